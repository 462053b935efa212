#pragma once
// diag: the Diagnostic value every stage reports problems with, and the sink that collects them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pnc::diag {

/// How bad a finding is; kNote only accompanies another diagnostic.
enum class Severity { kError, kWarning, kNote };

/// A 1-based line:column in a file; line 0 means "no position known".
struct Position {
  int line = 0;
  int column = 0;
};

/// A sentence quoted in support of a finding, and where it was seen: 1-based line (a .docx:
/// paragraph number; a PDF: line counted across the whole extracted text), the PDF page and the
/// line on it (0 when not a PDF).
struct Evidence {
  int line = 0;
  int page = 0;
  int page_line = 0;
  std::string text;
};

/// How a checklist element fares in a document examined as a whole (`pnc lint --draft`).
enum class Status { kPresent, kMissing, kDoubtful, kNotApplicable };

/// "present", "missing", "doubtful" or "not-applicable".
std::string_view StatusName(Status s);

/// One finding: where, how bad, what, which rule, and how to fix it.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;                // path as the user gave it
  Position pos;                    // line 0: unknown, then `pointer` is shown
  std::string pointer;             // JSON pointer into the source, e.g. /purposes/2/basis
  std::string message;             // lowercase, no trailing period, user values in '…'
  std::string rule;                // stable kebab-case rule id
  std::vector<std::string> hints;  // "hint: …" lines
  std::string source_line;         // the offending line's text (or a part of it), for the caret display
  int caret_column = 0;            // the caret's column in source_line (0: pos.column)
  std::optional<Status> status;    // set on a checklist element's verdict (the message is its reason)
  std::vector<Evidence> evidence;  // sentences quoted in support, best first
  std::string language;            // "cy", "en": the language part of a bilingual file it is about
  int more = 0;                    // a summary (Sink::Sort): it stands for itself and this many more like it
};

/// A file (or one language of a bilingual file) examined as a whole against a checklist: a
/// checklist report groups its findings and counts them per subject. `error` set: it could not
/// be read, and it has no findings.
struct Subject {
  std::string file;         // path as the user gave it
  std::string language;     // as Diagnostic::language ("" for the whole file)
  std::string format;       // what it was read as: text, markdown, html, docx, pdf ("" if unknown)
  std::string notice_date;  // the date it was judged at, "YYYY-MM-DD"
  std::string error;        // lowercase, why it could not be read; empty when it was
  std::string stated_date;  // the date the file gives itself ("YYYY-MM-DD" or "YYYY-MM"), if any
  int stated_line = 0;      // where it gives it
};

/// `text` cut to at most `max` bytes (at a character boundary) with "…" appended when cut.
std::string Shorten(std::string_view text, size_t max = 60);

/// Collects diagnostics from every stage; stages never print.
class Sink {
 public:
  /// Adds one diagnostic; its message and hints are cut to 1,000 bytes each.
  void Add(Diagnostic d);
  /// All diagnostics so far, in the order added.
  const std::vector<Diagnostic>& All() const { return items_; }
  /// Number of errors.
  int Errors() const;
  /// Number of warnings.
  int Warnings() const;
  /// Sorts by file, then position, then message, so output is stable; then keeps at most
  /// kShownAtOnePlace diagnostics of one rule and severity at one place (see PlaceOf) and folds the
  /// rest into one summary there, so a hostile list cannot turn into thousands of lines.
  void Sort();
  /// Appends another sink's diagnostics.
  void Merge(const Sink& other);
  /// Turns every warning into an error (for --strict style promotion of chosen rules).
  void Promote(const std::string& rule);
  /// Records a document examined as a whole; a sink with subjects is a checklist report, and the
  /// report module prints it grouped per subject, in the order they were added.
  void AddSubject(Subject s) { subjects_.push_back(std::move(s)); }
  /// Every subject so far, in the order added.
  const std::vector<Subject>& Subjects() const { return subjects_; }

 private:
  /// Folds repeats of one rule at one place into a summary (see Sort).
  void FoldRepeats();

  std::vector<Diagnostic> items_;
  std::vector<Subject> subjects_;
};

/// How many diagnostics of one rule and severity at one place Sink::Sort keeps before it folds
/// the rest into one summary (which counts them, lists where the first few are, and keeps the
/// fix): a real source's longest lists stay whole, a hostile one is a screenful.
inline constexpr int kShownAtOnePlace = 20;

/// Where a diagnostic is, with every list index replaced by '*' ("/purposes/*/requirement/*"):
/// the entries of one list (and of lists nested in them) are one place. (Sink::Sort also puts the
/// unknown keys of one object at one place.) "" for no pointer (a draft's line, a syntax error):
/// those are never folded.
std::string PlaceOf(const std::string& pointer);

/// "a, b, c" for a hint, at most `max` items: "a, b, c, … and 99,997 more" (a hint listing every
/// id of a 100,000-entry list once filled megabytes of stderr).
std::string JoinCapped(const std::vector<std::string>& items, size_t max = 20);

/// Convenience constructor for the common case.
Diagnostic Make(Severity severity, std::string file, std::string pointer, std::string message, std::string rule);

}  // namespace pnc::diag
