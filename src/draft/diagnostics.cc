// draft: DraftReports → diagnostics and subjects (report/ prints them), and the run's outcome
// for its exit code. No printing here.
#include "draft/draft.h"
#include "law/registry.h"

namespace pnc::draft {
namespace {

// Where a verdict points: its first quote, if any. A missing element has no place in the draft
// (its evidence is what made it apply), so it points nowhere.
diag::Position PlaceOf(const ElementResult& e) {
  if (e.status == Status::kMissing || e.evidence.empty()) return {};
  return {e.evidence.front().line, 0};
}

diag::Severity SeverityOf(const ElementResult& e) {
  switch (e.status) {
    case Status::kMissing: {
      const rules::RuleInfo* info = rules::FindRule(e.rule);
      return info && info->severity == diag::Severity::kWarning ? diag::Severity::kWarning : diag::Severity::kError;
    }
    case Status::kDoubtful:
      return diag::Severity::kWarning;
    default:
      return diag::Severity::kNote;
  }
}

}  // namespace

void AddDiagnostics(const std::vector<DraftReport>& reports, diag::Sink* sink) {
  for (const auto& r : reports) {
    sink->AddSubject({r.path, r.language, r.format, r.notice_date, r.error, r.stated.date, r.stated.evidence.line});
    if (!r.error.empty()) continue;
    for (const auto& e : r.elements) {
      diag::Diagnostic d;
      d.severity = SeverityOf(e);
      d.file = r.path;
      d.pos = PlaceOf(e);
      d.message = e.reason;
      d.rule = e.rule;
      d.status = e.status;
      d.evidence = e.evidence;
      d.language = r.language;
      sink->Add(std::move(d));
    }
    for (const auto& p : r.problems) {
      diag::Diagnostic d;
      d.severity = p.severity;
      d.file = r.path;
      d.pos = {p.evidence.line, 0};
      d.message = p.message;
      d.rule = p.rule;
      d.evidence = {p.evidence};
      d.language = r.language;
      sink->Add(std::move(d));
    }
  }
}

diag::Outcome DraftOutcome(const std::vector<DraftReport>& reports) {
  diag::Outcome o;
  for (const auto& r : reports) {
    o.file_error = o.file_error || !r.error.empty();
    for (const auto& e : r.elements) o.errors += e.status == Status::kMissing;
  }
  return o;
}

int DraftExitCode(const std::vector<DraftReport>& reports) { return diag::ExitCodeFor(DraftOutcome(reports)); }

}  // namespace pnc::draft
