#pragma once
// report: the writers Render dispatches to, shared inside the report module only.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pnc::report {

/// The severity's word: "error", "warning" or "note".
const char* SeverityName(diag::Severity s);

/// False for a checklist verdict that asks nothing of the reader (present, not applicable): those
/// are listed in a checklist report, never printed or exported as findings.
bool IsFinding(const diag::Diagnostic& d);

/// The rule's legal reference from the rule table ("" for an unknown id).
std::string ReferenceOf(const std::string& rule);

/// A checklist report (a sink with subjects) as text grouped per subject: present, missing,
/// doubtful, wrong or outdated, not applicable, each with file:line evidence and the law cited.
std::string ChecklistHuman(const diag::Sink& sink);

/// A checklist report as JSON per data/draft/report.schema.json.
std::string ChecklistJson(const diag::Sink& sink);

/// Every diagnostic of `sink` as one SARIF 2.1.0 run (checklist verdicts that are not findings,
/// present and not applicable, are left out; unreadable subjects are tool execution
/// notifications).
nlohmann::ordered_json Sarif(const diag::Sink& sink);

}  // namespace pnc::report
