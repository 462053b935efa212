#pragma once
// draft: lints an existing privacy notice (text, Markdown, HTML, .docx, PDF) against the Art 13/14
// checklist. Bytes in, DraftReport out, and DraftReports → diagnostics; the CLI reads files and
// prints them through report/.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/exit_codes.h"

namespace pnc::draft {

/// How a checklist element fares in one draft (the diagnostic vocabulary's verdicts).
using Status = diag::Status;
using diag::StatusName;

/// Where a finding was seen and the sentence quoted (diag::Evidence): 1-based line (docx:
/// paragraph number; PDF: line counted across the whole extracted text), the PDF page and the line
/// on it (0 when not a PDF).
using Evidence = diag::Evidence;

/// One checklist element (a content rule id) and what the draft says about it.
struct ElementResult {
  std::string rule;  // rule id from rules::AllRules()
  Status status = Status::kMissing;
  std::string reason;              // lowercase, why this status (always set unless present)
  std::vector<Evidence> evidence;  // best first; empty when missing
};

/// A wrong or outdated statement (DPA 1998, Privacy Shield, "sensitive personal data", …).
struct Problem {
  std::string rule;  // rule id the statement breaks
  diag::Severity severity = diag::Severity::kWarning;
  std::string message;  // lowercase, no trailing period
  Evidence evidence;
};

/// Options for LintDraft.
struct DraftOptions {
  std::string notice_date;  // "YYYY-MM-DD"; rules in force after it do not apply ("" = all apply)
  std::string data_dir;     // holds data/draft/vocabulary.json ("" = PNC_DEFAULT_DATA_DIR)
};

/// The date a draft gives itself ("Last updated March 2026"): "YYYY-MM-DD" or "YYYY-MM", with the
/// sentence that gives it; `date` empty when the draft gives none.
struct StatedDate {
  std::string date;
  Evidence evidence;
};

/// The result of linting one draft; `error` set means it could not be read (exit 4).
struct DraftReport {
  std::string path;                     // as given by the caller
  std::string format;                   // text, markdown, html, docx, pdf ("" if unknown)
  std::string notice_date;              // the date it is judged at (DraftOptions::notice_date)
  StatedDate stated;                    // the date the draft gives itself, if any
  std::string language;                 // "cy", "en": set when a bilingual draft is judged per language
  std::string error;                    // lowercase message; empty when the file was read
  std::vector<ElementResult> elements;  // one per content rule, in rule-table order
  std::vector<Problem> problems;        // sorted by line
};

/// Detects the format of `bytes` (by content, then by the extension of `path`), extracts text,
/// splits it into sections and sentences and evaluates every checklist element. Never throws.
DraftReport LintDraft(std::string_view path, std::string_view bytes, const DraftOptions& opts);

/// Like LintDraft, but a bilingual draft (Welsh and English side by side or one after the other)
/// gives one report per language, each judged on that language's text alone; a monolingual draft
/// gives one report. Never throws.
std::vector<DraftReport> LintDraftPerLanguage(std::string_view path, std::string_view bytes, const DraftOptions& opts);

/// Every sentence, heading and list item of the draft in reading order, each list item also joined
/// to its lead-in or definition term ("Email" + "a@b.org" → "Email a@b.org"), with its place (for
/// `pnc init --from`, which looks for contact details anywhere); `error` set and {} when the file
/// cannot be read. Never throws.
std::vector<Evidence> DraftSentences(std::string_view path, std::string_view bytes, const DraftOptions& opts,
                                     std::string* error);

/// The reports as diagnostics, for report::Render: each report a diag::Subject (its file,
/// language, format and notice date, or why it could not be read); each element a diagnostic with
/// its status, reason and evidence, in rule-table order (present and not applicable as notes,
/// missing at the rule's severity, doubtful as warnings); then each wrong or outdated statement,
/// with its sentence quoted. Appended in report order, not sorted.
void AddDiagnostics(const std::vector<DraftReport>& reports, diag::Sink* sink);

/// What the run found, for diag::ExitCodeFor: an unreadable draft is a file error; each missing
/// element (whatever its rule's severity) an error. Doubtful elements and problems do not count.
diag::Outcome DraftOutcome(const std::vector<DraftReport>& reports);

/// diag::ExitCodeFor(DraftOutcome(reports)): 4 when any file could not be read, else 1 when a
/// required element is missing, else 0.
int DraftExitCode(const std::vector<DraftReport>& reports);

}  // namespace pnc::draft
