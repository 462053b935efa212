#pragma once
// report: diagnostics and tables → text in the four output formats (human, short, json, sarif).
// The one printer of findings; no printing itself (the cli writes what it returns).
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/table.h"

namespace pnc::report {
using diag::Diagnostic;
using diag::Severity;
using diag::Sink;

/// Output formats for diagnostics.
enum class Format { kHuman, kShort, kJson, kSarif };

/// Parses "human", "short", "json" or "sarif"; false if unknown.
bool ParseFormat(std::string_view name, Format* out);

/// Renders all diagnostics in `sink` (already sorted) in `format`; human and short end with a
/// count line such as "2 errors, 1 warning" when there is anything to count. A sink with subjects
/// (a checklist report, `pnc lint --draft`) is printed grouped per subject in human text and as
/// data/draft/report.schema.json in JSON; SARIF is one writer for both. Checklist verdicts that
/// ask nothing (present, not applicable) are never results or short lines.
std::string Render(const Sink& sink, Format format);

/// Tables as text (each: its title, aligned columns, its notes, a blank line) or, for kJson, one
/// JSON array of {title, columns, rows (objects keyed by column), notes}. kSarif has no tables:
/// it gives the JSON; kShort gives the text.
std::string RenderTables(const std::vector<diag::Table>& tables, Format format);

/// `text` safe to print on a terminal: control characters (C0 but tab, DEL, C1), bidi controls
/// (U+200E/F, U+202A-U+202E, U+2066-U+2069) and invalid UTF-8 bytes are shown as escapes such as
/// "\x1b" or "\u{202e}", so a source or path cannot send escape sequences or reorder the line.
/// `show_spaces`: also spaces other than U+0020 ("\u{a0}"), which a diagnostic must not pass off as a space.
std::string Printable(std::string_view text, bool show_spaces = false);

/// A file path as a SARIF artifact URI reference: every byte but A-Z a-z 0-9 - . _ ~ / is
/// percent-encoded.
std::string UriOf(std::string_view path);

/// The SARIF `tool.driver.rules` entries of the rules in `used` (ids not in the rule table are
/// left out), in rule-table order, and each one's index there: a result's `ruleIndex`.
nlohmann::ordered_json SarifRules(const std::set<std::string>& used, std::map<std::string, int>* index);

/// "2 errors, 1 warning" (empty when both are zero).
std::string Summary(int errors, int warnings);

}  // namespace pnc::report
