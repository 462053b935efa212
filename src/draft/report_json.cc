// draft: JSON report writer. DraftReports → one JSON document (schema:
// data/draft/report.schema.json), keys in a fixed order so output is byte-stable.
#include <nlohmann/json.hpp>

#include "draft/report.h"
#include "law/registry.h"

namespace pnc::draft {
namespace {

using ordered = nlohmann::ordered_json;

ordered EvidenceJson(const Evidence& e) {
  ordered j;
  j["line"] = e.line;
  if (e.page > 0) {
    j["page"] = e.page;
    j["page_line"] = e.page_line;
  }
  j["text"] = e.text;
  return j;
}

}  // namespace

std::string FormatJson(const std::vector<DraftReport>& reports) {
  ordered root;
  root["version"] = 1;
  root["reports"] = ordered::array();
  for (const auto& r : reports) {
    ordered jr;
    jr["file"] = r.path;
    jr["format"] = r.format;
    jr["notice_date"] = r.notice_date;
    if (!r.language.empty()) jr["language"] = r.language;
    jr["error"] = r.error.empty() ? ordered() : ordered(r.error);
    ordered summary;
    int n[4] = {0, 0, 0, 0};
    for (const auto& e : r.elements) ++n[static_cast<int>(e.status)];
    summary["present"] = n[0];
    summary["missing"] = n[1];
    summary["doubtful"] = n[2];
    summary["not_applicable"] = n[3];
    summary["problems"] = r.problems.size();
    jr["summary"] = summary;
    jr["elements"] = ordered::array();
    for (const auto& e : r.elements) {
      const rules::RuleInfo* info = rules::FindRule(e.rule);
      ordered je;
      je["rule"] = e.rule;
      je["status"] = StatusName(e.status);
      je["reference"] = info ? std::string(info->reference) : "";
      je["summary"] = info ? std::string(info->summary) : "";
      je["reason"] = e.reason;
      je["evidence"] = ordered::array();
      for (const auto& ev : e.evidence) je["evidence"].push_back(EvidenceJson(ev));
      jr["elements"].push_back(je);
    }
    jr["problems"] = ordered::array();
    for (const auto& p : r.problems) {
      const rules::RuleInfo* info = rules::FindRule(p.rule);
      ordered jp;
      jp["rule"] = p.rule;
      jp["level"] = p.severity == diag::Severity::kError ? "error" : "warning";
      jp["message"] = p.message;
      jp["reference"] = info ? std::string(info->reference) : "";
      jp["evidence"] = EvidenceJson(p.evidence);
      jr["problems"].push_back(jp);
    }
    root["reports"].push_back(jr);
  }
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pnc::draft
