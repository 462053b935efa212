#pragma once
// source: a JSON (with comments) scanner that records where every value and key sits, because
// nlohmann 3.11.2 gives no value positions. It also reports syntax errors with line:column.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"

namespace pnc::source {

/// Byte range [begin, end) of a value (or key) in the source text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

/// A syntax or encoding error found while scanning.
struct ScanError {
  size_t offset = 0;
  std::string message;
  std::string rule;  // json-syntax, source-encoding or duplicate-key
  std::string hint;  // the fix, when the message alone does not say it ("" = none)
};

/// Maps JSON pointers to positions in one source text.
class Locator {
 public:
  /// Scans `text`; returns false and fills `error` on the first syntax problem. Duplicate keys are
  /// collected in `duplicates` (scanning goes on).
  bool Scan(std::string_view text, ScanError* error, std::vector<ScanError>* duplicates);
  /// Span of the value at `pointer`, if it exists.
  std::optional<Span> Value(const std::string& pointer) const;
  /// Span of the key naming the member at `pointer`, if it is an object member.
  std::optional<Span> Key(const std::string& pointer) const;
  /// 1-based line and column (in characters) of a byte offset.
  diag::Position PositionOf(size_t offset) const;
  /// The text of a 1-based line, without its newline.
  std::string LineText(int line) const;
  /// The part of `line` around `column` (all of it if short): at most ~900 bytes, so a
  /// diagnostic on a minified multi-megabyte line copies little. `*caret` is the column's
  /// place in the excerpt.
  std::string Excerpt(int line, int column, int* caret) const;
  /// Position of the value at `pointer`, or of the nearest enclosing value that exists.
  diag::Position Nearest(const std::string& pointer) const;
  /// The text scanned.
  std::string_view Text() const { return text_; }
  /// Length in bytes of a 1-based line, with its newline.
  size_t LineLength(int line) const;

 private:
  static constexpr size_t kBlock = 4096;
  void Index();
  size_t ContinuationsBefore(size_t offset) const;

  std::string_view text_;
  size_t bom_ = 0;                     // 3 when the text starts with a UTF-8 byte-order mark
  std::vector<size_t> line_starts_;    // byte offset of each line's first byte
  std::vector<size_t> continuations_;  // continuation bytes before each kBlock-th byte
  std::unordered_map<std::string, Span> values_;
  std::unordered_map<std::string, Span> keys_;
};

/// Escapes one reference token for a JSON pointer (~ → ~0, / → ~1).
std::string EscapePointerToken(std::string_view token);

}  // namespace pnc::source
