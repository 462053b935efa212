#pragma once
// diag: the Diagnostic value every stage reports problems with, and the sink that collects them.
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

/// One finding: where, how bad, what, which rule, and how to fix it.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;      // path as the user gave it
  Position pos;          // line 0: unknown, then `pointer` is shown
  std::string pointer;   // JSON pointer into the source, e.g. /purposes/2/basis
  std::string message;   // lowercase, no trailing period, user values in '…'
  std::string rule;      // stable kebab-case rule id
  std::vector<std::string> hints;  // "hint: …" lines
  std::string source_line;         // the offending line's text (or a part of it), for the caret display
  int caret_column = 0;            // the caret's column in source_line (0: pos.column)
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
  /// Sorts by file, then position, then message, so output is stable.
  void Sort();
  /// Appends another sink's diagnostics.
  void Merge(const Sink& other);
  /// Turns every warning into an error (for --strict style promotion of chosen rules).
  void Promote(const std::string& rule);

 private:
  std::vector<Diagnostic> items_;
};

/// "a, b, c" for a hint, at most `max` items: "a, b, c, … and 99,997 more" (a hint listing every
/// id of a 100,000-entry list once filled megabytes of stderr).
std::string JoinCapped(const std::vector<std::string>& items, size_t max = 20);

/// Convenience constructor for the common case.
Diagnostic Make(Severity severity, std::string file, std::string pointer, std::string message,
                std::string rule);

}  // namespace pnc::diag
