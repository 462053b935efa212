// report: Sink → one SARIF 2.1.0 run, the only SARIF writer (source lint and draft lint): rule
// metadata and ruleIndex from the rule table, percent-encoded artifact URIs.
#include <map>
#include <set>

#include "law/registry.h"
#include "report/format.h"
#include "report/writers.h"

namespace pnc::report {
using diag::Diagnostic;
using diag::Severity;
using diag::Status;
namespace {

using ordered = nlohmann::ordered_json;

// A region only where the line is known: a missing element has no place in the file.
ordered Location(const std::string& file, diag::Position pos) {
  ordered loc;
  loc["physicalLocation"]["artifactLocation"]["uri"] = UriOf(file);
  if (pos.line > 0) {
    loc["physicalLocation"]["region"]["startLine"] = pos.line;
    if (pos.column > 0) loc["physicalLocation"]["region"]["startColumn"] = pos.column;
  }
  return loc;
}

// A checklist verdict says what it is and what the rule requires; any other finding its message.
std::string MessageOf(const Diagnostic& d) {
  if (!d.status) return d.message;
  const rules::RuleInfo* info = rules::FindRule(d.rule);
  return std::string(diag::StatusName(*d.status)) + ": " + d.message +
         " (required: " + (info ? std::string(info->summary) : d.rule) + ")";
}

}  // namespace

bool IsFinding(const Diagnostic& d) {
  return !d.status || *d.status == Status::kMissing || *d.status == Status::kDoubtful;
}

nlohmann::ordered_json SarifRules(const std::set<std::string>& used, std::map<std::string, int>* index) {
  ordered rules = ordered::array();
  for (const auto& info : rules::AllRules()) {
    std::string id(info.id);
    if (!used.count(id)) continue;
    (*index)[id] = static_cast<int>(rules.size());
    ordered rule;
    rule["id"] = id;
    rule["shortDescription"]["text"] = std::string(info.summary);
    rule["properties"]["legalReference"] = std::string(info.reference);
    if (!info.in_force.empty()) rule["properties"]["inForce"] = std::string(info.in_force);
    rules.push_back(rule);
  }
  return rules;
}

nlohmann::ordered_json Sarif(const diag::Sink& sink) {
  std::set<std::string> used;
  for (const auto& d : sink.All()) {
    if (IsFinding(d)) used.insert(d.rule.empty() ? "internal" : d.rule);
  }
  std::map<std::string, int> index;
  ordered rules = SarifRules(used, &index);
  ordered results = ordered::array();
  for (const auto& d : sink.All()) {
    if (!IsFinding(d)) continue;
    const std::string rule = d.rule.empty() ? "internal" : d.rule;
    ordered r;
    r["ruleId"] = rule;
    if (auto it = index.find(rule); it != index.end()) r["ruleIndex"] = it->second;
    r["level"] = SeverityName(d.severity);
    r["message"]["text"] = MessageOf(d);
    r["locations"] = ordered::array({Location(d.file, d.pos)});
    // In a checklist run a finding without a verdict is a wrong or outdated statement.
    if (d.status)
      r["properties"]["status"] = diag::StatusName(*d.status);
    else if (!sink.Subjects().empty())
      r["properties"]["status"] = "problem";
    if (!d.language.empty()) r["properties"]["language"] = d.language;
    if (d.more > 0) r["properties"]["more"] = d.more;  // a folded summary: this many more like it
    if (!d.status && !d.evidence.empty()) r["properties"]["quote"] = d.evidence.front().text;
    results.push_back(r);
  }
  ordered run;
  run["tool"]["driver"]["name"] = "pnc";
  run["tool"]["driver"]["version"] = PNC_VERSION;
  run["tool"]["driver"]["rules"] = rules;
  // A checklist run says whether every document could be read; one that could not is a tool
  // execution notification, not a result (no rule was checked).
  if (!sink.Subjects().empty()) {
    ordered notifications = ordered::array();
    for (const auto& s : sink.Subjects()) {
      if (s.error.empty()) continue;
      ordered n;
      n["level"] = "error";
      n["message"]["text"] = s.file + ": " + s.error;
      n["locations"] = ordered::array({Location(s.file, {})});
      notifications.push_back(n);
    }
    ordered inv;
    inv["executionSuccessful"] = notifications.empty();
    if (!notifications.empty()) inv["toolExecutionNotifications"] = notifications;
    run["invocations"] = ordered::array({inv});
  }
  run["results"] = results;
  ordered root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered::array({run});
  return root;
}

}  // namespace pnc::report
