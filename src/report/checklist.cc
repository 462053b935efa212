// report: checklist reports (a Sink with subjects: `pnc lint --draft`) → text grouped per subject,
// and JSON per data/draft/report.schema.json. Each diagnostic is a verdict or a wrong statement.
#include <set>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "law/registry.h"
#include "report/format.h"
#include "report/writers.h"

namespace pnc::report {
using diag::Diagnostic;
using diag::Evidence;
using diag::Status;
using diag::Subject;
namespace {

using ordered = nlohmann::ordered_json;

// One subject and its findings.
struct Group {
  const Subject* subject;
  std::vector<const Diagnostic*> findings;
};

// Findings follow their subject in the sink (each subject's run of diagnostics with its file and
// language); a finding out of that order is kept, as a group without a subject, never dropped.
std::vector<Group> Grouped(const diag::Sink& sink) {
  std::vector<Group> out;
  const auto& all = sink.All();
  size_t j = 0;
  for (const auto& s : sink.Subjects()) {
    Group g{&s, {}};
    while (j < all.size() && all[j].file == s.file && all[j].language == s.language) g.findings.push_back(&all[j++]);
    out.push_back(std::move(g));
  }
  if (j < all.size()) {
    Group rest{nullptr, {}};
    for (; j < all.size(); ++j) rest.findings.push_back(&all[j]);
    out.push_back(std::move(rest));
  }
  return out;
}

// Long sentences are cut at a word boundary (never inside a UTF-8 sequence).
std::string Quote(const std::string& text) {
  constexpr size_t kMax = 200;
  if (text.size() <= kMax) return "\"" + text + "\"";
  size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) cut = base::Utf8CharStart(text, kMax);
  return "\"" + text.substr(0, cut) + " \xE2\x80\xA6\"";
}

std::string Where(const std::string& file, const Evidence& e) {
  std::string s = file + ":" + std::to_string(e.line);
  if (e.page > 0) s += " (page " + std::to_string(e.page) + ", line " + std::to_string(e.page_line) + ")";
  return s;
}

// Text from the draft (its path, quotes, reasons naming what it says) is made safe per line.
void Line(std::string& out, const std::string& line) { out += Printable(line) + "\n"; }

void Verdicts(const std::string& file, const std::vector<const Diagnostic*>& ds, Status status, std::string_view title,
              std::string& out) {
  bool any = false;
  for (const Diagnostic* d : ds) {
    if (d->status != status) continue;
    if (!any) Line(out, "  " + std::string(title) + ":");
    any = true;
    Line(out, "    " + d->rule + " (" + ReferenceOf(d->rule) + ")" + (d->message.empty() ? "" : ": " + d->message));
    for (const auto& ev : d->evidence) Line(out, "      " + Where(file, ev) + ": " + Quote(ev.text));
  }
}

int Count(const std::vector<const Diagnostic*>& ds, Status status) {
  int n = 0;
  for (const Diagnostic* d : ds) n += d->status == status;
  return n;
}

size_t Problems(const std::vector<const Diagnostic*>& ds) {
  size_t n = 0;
  for (const Diagnostic* d : ds) n += !d->status.has_value();
  return n;
}

// A wrong statement's place: its quote, else its line.
Evidence PlaceOf(const Diagnostic& d) {
  return d.evidence.empty() ? Evidence{d.pos.line, 0, 0, ""} : d.evidence.front();
}

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

std::string ChecklistHuman(const diag::Sink& sink) {
  std::string out;
  std::set<std::string> files, files_missing, errors;
  for (const auto& g : Grouped(sink)) {
    const Subject none;
    const Subject& s = g.subject ? *g.subject : none;
    const std::string& file = g.subject ? s.file : g.findings.front()->file;
    files.insert(file);
    if (!s.error.empty()) {
      Line(out, file + ": error: " + s.error);
      errors.insert(file);
      continue;
    }
    const int missing = Count(g.findings, Status::kMissing);
    const size_t problems = Problems(g.findings);
    if (missing) files_missing.insert(file);
    std::string language = s.language == "cy" ? ", Welsh text" : s.language == "en" ? ", English text" : "";
    Line(out,
         file + ": " + s.format + language + (s.notice_date.empty() ? "" : ", judged by the law on " + s.notice_date) +
             (s.stated_date.empty() ? ", undated"
                                    : ", dated " + s.stated_date + " (line " + std::to_string(s.stated_line) + ")") +
             ": " + std::to_string(Count(g.findings, Status::kPresent)) + " present, " + std::to_string(missing) +
             " missing, " + std::to_string(Count(g.findings, Status::kDoubtful)) + " doubtful, " +
             std::to_string(Count(g.findings, Status::kNotApplicable)) + " not applicable, " +
             std::to_string(problems) + (problems == 1 ? " problem" : " problems"));
    Verdicts(file, g.findings, Status::kPresent, "present", out);
    Verdicts(file, g.findings, Status::kMissing, "missing", out);
    Verdicts(file, g.findings, Status::kDoubtful, "doubtful", out);
    if (problems) Line(out, "  wrong or outdated:");
    for (const Diagnostic* d : g.findings) {
      if (d->status) continue;
      Line(out, "    " + Where(file, PlaceOf(*d)) + ": " + SeverityName(d->severity) + ": " + d->message + " [" +
                    d->rule + "] (" + ReferenceOf(d->rule) + ")");
      if (!d->evidence.empty()) Line(out, "      " + Quote(d->evidence.front().text));
    }
    std::string na;
    for (const Diagnostic* d : g.findings) {
      if (d->status != Status::kNotApplicable) continue;
      na += (na.empty() ? "  not applicable: " : ", ") + d->rule + " (" + d->message + ")";
    }
    if (!na.empty()) Line(out, na);
  }
  out += std::to_string(files.size()) + (files.size() == 1 ? " file" : " files") + ": " +
         std::to_string(files_missing.size()) + " with missing elements, " + std::to_string(errors.size()) +
         " unreadable\n";
  return out;
}

std::string ChecklistJson(const diag::Sink& sink) {
  ordered root;
  root["version"] = 1;
  root["reports"] = ordered::array();
  for (const auto& g : Grouped(sink)) {
    const Subject none;
    const Subject& s = g.subject ? *g.subject : none;
    ordered jr;
    jr["file"] = g.subject ? s.file : g.findings.front()->file;
    jr["format"] = s.format;
    jr["notice_date"] = s.notice_date;
    if (s.stated_date.empty()) {
      jr["stated_date"] = ordered();
    } else {
      jr["stated_date"] = {{"date", s.stated_date}, {"line", s.stated_line}};
    }
    if (!s.language.empty()) jr["language"] = s.language;
    jr["error"] = s.error.empty() ? ordered() : ordered(s.error);
    ordered summary;
    summary["present"] = Count(g.findings, Status::kPresent);
    summary["missing"] = Count(g.findings, Status::kMissing);
    summary["doubtful"] = Count(g.findings, Status::kDoubtful);
    summary["not_applicable"] = Count(g.findings, Status::kNotApplicable);
    summary["problems"] = Problems(g.findings);
    jr["summary"] = summary;
    jr["elements"] = ordered::array();
    jr["problems"] = ordered::array();
    for (const Diagnostic* d : g.findings) {
      const rules::RuleInfo* info = rules::FindRule(d->rule);
      ordered j;
      j["rule"] = d->rule;
      if (d->status) {
        j["status"] = diag::StatusName(*d->status);
        j["reference"] = info ? std::string(info->reference) : "";
        j["summary"] = info ? std::string(info->summary) : "";
        j["reason"] = d->message;
        j["evidence"] = ordered::array();
        for (const auto& ev : d->evidence) j["evidence"].push_back(EvidenceJson(ev));
        jr["elements"].push_back(j);
      } else {
        j["level"] = d->severity == diag::Severity::kError ? "error" : "warning";
        j["message"] = d->message;
        j["reference"] = info ? std::string(info->reference) : "";
        j["evidence"] = EvidenceJson(PlaceOf(*d));
        jr["problems"].push_back(j);
      }
    }
    root["reports"].push_back(jr);
  }
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pnc::report
