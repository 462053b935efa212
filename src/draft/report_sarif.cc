// draft: SARIF 2.1.0 writer. DraftReports → one run of tool "pnc": missing and doubtful elements
// and wrong statements become results (missing ones point at line 1); unreadable files become
// tool execution notifications.
#include <nlohmann/json.hpp>
#include <map>
#include <set>

#include "draft/report.h"
#include "law/registry.h"
#include "report/format.h"

namespace pnc::draft {
namespace {

using ordered = nlohmann::ordered_json;

ordered Location(const std::string& path, int line) {
  ordered loc;
  loc["physicalLocation"]["artifactLocation"]["uri"] = report::UriOf(path);
  loc["physicalLocation"]["region"]["startLine"] = line < 1 ? 1 : line;
  return loc;
}

}  // namespace

std::string FormatSarif(const std::vector<DraftReport>& reports) {
  std::set<std::string> used;
  ordered results = ordered::array();
  ordered notifications = ordered::array();
  for (const auto& r : reports) {
    if (!r.error.empty()) {
      ordered n;
      n["level"] = "error";
      n["message"]["text"] = r.path + ": " + r.error;
      n["locations"] = ordered::array({Location(r.path, 1)});
      notifications.push_back(n);
      continue;
    }
    for (const auto& e : r.elements) {
      if (e.status != Status::kMissing && e.status != Status::kDoubtful) continue;
      const rules::RuleInfo* info = rules::FindRule(e.rule);
      used.insert(e.rule);
      ordered res;
      res["ruleId"] = e.rule;
      bool missing = e.status == Status::kMissing;
      res["level"] = missing ? (info && info->severity == diag::Severity::kWarning ? "warning" : "error") : "warning";
      std::string what = info ? std::string(info->summary) : e.rule;
      res["message"]["text"] = (missing ? "missing: " : "doubtful: ") + e.reason + " (required: " + what + ")";
      res["locations"] =
          ordered::array({Location(r.path, missing || e.evidence.empty() ? 1 : e.evidence.front().line)});
      res["properties"]["status"] = StatusName(e.status);
      if (!r.language.empty()) res["properties"]["language"] = r.language;
      results.push_back(res);
    }
    for (const auto& p : r.problems) {
      used.insert(p.rule);
      ordered res;
      res["ruleId"] = p.rule;
      res["level"] = p.severity == diag::Severity::kError ? "error" : "warning";
      res["message"]["text"] = p.message;
      res["locations"] = ordered::array({Location(r.path, p.evidence.line)});
      res["properties"]["status"] = "problem";
      res["properties"]["quote"] = p.evidence.text;
      results.push_back(res);
    }
  }
  // Rule metadata for every rule a result refers to, in rule-table order, as the source lint
  // writes it (report::SarifRules); results carry ruleIndex.
  std::map<std::string, int> index;
  ordered rules = report::SarifRules(used, &index);
  for (auto& res : results) {
    auto it = index.find(res["ruleId"].get<std::string>());
    if (it != index.end()) res["ruleIndex"] = it->second;
  }
  ordered run;
  run["tool"]["driver"]["name"] = "pnc";
#ifdef PNC_VERSION
  run["tool"]["driver"]["version"] = PNC_VERSION;
#endif
  run["tool"]["driver"]["rules"] = rules;
  ordered inv;
  inv["executionSuccessful"] = notifications.empty();
  if (!notifications.empty()) inv["toolExecutionNotifications"] = notifications;
  run["invocations"] = ordered::array({inv});
  run["results"] = results;
  ordered root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ordered::array({run});
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pnc::draft
