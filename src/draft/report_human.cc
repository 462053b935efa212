// draft: human report writer. DraftReports → text grouped per file as present / missing /
// doubtful / wrong or outdated / not applicable, each with file:line evidence and the law cited.
#include <set>
#include <string>

#include "base/utf8.h"
#include "draft/report.h"
#include "law/registry.h"

namespace pnc::draft {
namespace {

std::string Reference(const std::string& rule) {
  const rules::RuleInfo* info = rules::FindRule(rule);
  return info ? std::string(info->reference) : "";
}

// Long sentences are cut at a word boundary (never inside a UTF-8 sequence).
std::string Quote(const std::string& text) {
  constexpr size_t kMax = 200;
  if (text.size() <= kMax) return "\"" + text + "\"";
  size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) {
    cut = base::Utf8CharStart(text, kMax);
  }
  return "\"" + text.substr(0, cut) + " \xE2\x80\xA6\"";
}

std::string Where(const DraftReport& r, const Evidence& e) {
  std::string s = r.path + ":" + std::to_string(e.line);
  if (e.page > 0) s += " (page " + std::to_string(e.page) + ", line " + std::to_string(e.page_line) + ")";
  return s;
}

void Group(const DraftReport& r, Status status, std::string_view title, std::string& out) {
  bool any = false;
  for (const auto& e : r.elements) {
    if (e.status != status) continue;
    if (!any) out += "  " + std::string(title) + ":\n";
    any = true;
    out += "    " + e.rule + " (" + Reference(e.rule) + ")";
    if (!e.reason.empty()) out += ": " + e.reason;
    out += "\n";
    for (const auto& ev : e.evidence) out += "      " + Where(r, ev) + ": " + Quote(ev.text) + "\n";
  }
}

}  // namespace

std::string FormatHuman(const std::vector<DraftReport>& reports) {
  std::string out;
  std::set<std::string> files, files_missing, errors;
  for (const auto& r : reports) {
    files.insert(r.path);
    if (!r.error.empty()) {
      out += r.path + ": error: " + r.error + "\n";
      errors.insert(r.path);
      continue;
    }
    int n[4] = {0, 0, 0, 0};
    for (const auto& e : r.elements) ++n[static_cast<int>(e.status)];
    if (n[1]) files_missing.insert(r.path);
    std::string language = r.language == "cy" ? ", Welsh text" : r.language == "en" ? ", English text" : "";
    out += r.path + ": " + r.format + language + (r.notice_date.empty() ? "" : ", notice date " + r.notice_date) + ": " +
           std::to_string(n[0]) + " present, " + std::to_string(n[1]) + " missing, " + std::to_string(n[2]) +
           " doubtful, " + std::to_string(n[3]) + " not applicable, " + std::to_string(r.problems.size()) +
           (r.problems.size() == 1 ? " problem\n" : " problems\n");
    Group(r, Status::kPresent, "present", out);
    Group(r, Status::kMissing, "missing", out);
    Group(r, Status::kDoubtful, "doubtful", out);
    if (!r.problems.empty()) out += "  wrong or outdated:\n";
    for (const auto& p : r.problems) {
      out += "    " + Where(r, p.evidence) + ": " +
             (p.severity == diag::Severity::kError ? "error: " : "warning: ") + p.message + " [" + p.rule + "] (" +
             Reference(p.rule) + ")\n      " + Quote(p.evidence.text) + "\n";
    }
    bool any = false;
    for (const auto& e : r.elements) {
      if (e.status != Status::kNotApplicable) continue;
      out += any ? ", " : "  not applicable: ";
      out += e.rule + " (" + e.reason + ")";
      any = true;
    }
    if (any) out += "\n";
  }
  out += std::to_string(files.size()) + (files.size() == 1 ? " file" : " files") + ": " +
         std::to_string(files_missing.size()) + " with missing elements, " + std::to_string(errors.size()) +
         " unreadable\n";
  return out;
}

}  // namespace pnc::draft
