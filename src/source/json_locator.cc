// source: JSON text → pointer-to-position map: checks the text is UTF-8 (naming UTF-16 when it is), has
// json_scanner.cc record where each value and key sits, and turns byte offsets into line:column.
#include "source/json_locator.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"
#include "source/json_scanner.h"

namespace pnc::source {
namespace {

// Returns the offset of the first byte that is not valid UTF-8 (or a NUL), or npos. Overlong
// forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either (nlohmann rejects
// them, without a position); base/utf8 tells them from other malformed bytes.
size_t FirstBadByte(std::string_view s, std::string* why, std::string* hint) {
  // UTF-16 (Notepad's "Unicode") is the usual cause: name it rather than its first odd byte.
  const bool le = s.substr(0, 2) == "\xFF\xFE", be = s.substr(0, 2) == "\xFE\xFF";
  // Without a byte-order mark, ASCII text in UTF-16 has a 0 after (little-endian) or before
  // (big-endian) each byte; iconv must then be told which, since its "UTF-16" assumes big-endian.
  const bool bare = !le && !be && s.size() >= 4;
  const bool bare_le = bare && s[0] != '\0' && s[1] == '\0' && s[2] != '\0' && s[3] == '\0';
  const bool bare_be = bare && s[0] == '\0' && s[1] != '\0' && s[2] == '\0' && s[3] != '\0';
  if (le || be || bare_le || bare_be) {
    *why = std::string("the file is UTF-16 (") +
           (le        ? "it starts with the bytes FF FE"
            : be      ? "it starts with the bytes FE FF"
            : bare_le ? "little-endian, without a byte-order mark: every other byte is 0"
                      : "big-endian, without a byte-order mark: every other byte is 0") +
           "), not UTF-8";
    *hint = std::string("save it as UTF-8: in your editor's Save As, choose the encoding 'UTF-8' (or run: iconv -f ") +
            (bare_le   ? "UTF-16LE"
             : bare_be ? "UTF-16BE"
                       : "UTF-16") +
            " -t UTF-8)";
    return 0;
  }
  const size_t nul = s.find('\0');
  const size_t bad = base::FindInvalidUtf8(s.substr(0, nul));
  if (bad != std::string_view::npos) {
    *why = base::IsUtf8OutOfRange(s, bad)
               ? "invalid UTF-8 (overlong, surrogate or out-of-range sequence): save the file as UTF-8"
               : "invalid UTF-8: save the file as UTF-8";
    return bad;
  }
  if (nul != std::string_view::npos) *why = "NUL byte in the file: a source must be UTF-8 text";
  return nul;
}

}  // namespace

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool Locator::Scan(std::string_view text, ScanError* error, std::vector<ScanError>* duplicates) {
  text_ = text;
  values_.clear();
  keys_.clear();
  std::string why, hint;
  size_t bad = FirstBadByte(text, &why, &hint);
  if (bad != std::string_view::npos) {
    bom_ = 0;
    Index();
    *error = {bad, why, "source-encoding", hint};
    return false;
  }
  bom_ = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  Index();
  return ScanJson(text, &values_, &keys_, duplicates, error);
}

std::optional<Span> Locator::Value(const std::string& pointer) const {
  auto it = values_.find(pointer);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::optional<Span> Locator::Key(const std::string& pointer) const {
  auto it = keys_.find(pointer);
  if (it == keys_.end()) return std::nullopt;
  return it->second;
}

// Line starts, and how many UTF-8 continuation bytes precede every kBlock-th byte: with them,
// locating many diagnostics in a big (even single-line) file costs no more than reading it.
void Locator::Index() {
  line_starts_.assign(1, 0);
  continuations_.assign(1, 0);
  size_t count = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n') line_starts_.push_back(i + 1);
    if (base::IsUtf8Continuation(static_cast<char>(c))) ++count;
    if ((i + 1) % kBlock == 0) continuations_.push_back(count);
  }
}

size_t Locator::ContinuationsBefore(size_t offset) const {
  size_t block = std::min(offset / kBlock, continuations_.size() - 1);
  size_t count = continuations_[block];
  for (size_t i = block * kBlock; i < offset; ++i) {
    if (base::IsUtf8Continuation(text_[i])) ++count;
  }
  return count;
}

diag::Position Locator::PositionOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  if (line_starts_.empty()) return {1, 1};
  size_t line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin();
  size_t start = line_starts_[line - 1];
  if (line == 1) start = std::min(offset, bom_);  // a byte-order mark is not a column
  // Columns count characters, not bytes.
  size_t chars = (offset - start) - (ContinuationsBefore(offset) - ContinuationsBefore(start));
  return {static_cast<int>(line), static_cast<int>(1 + chars)};
}

size_t Locator::LineLength(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return 0;
  size_t end = static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] : text_.size();
  return end - line_starts_[line - 1];
}

std::string Locator::Excerpt(int line, int column, int* caret) const {
  *caret = column;
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return "";
  constexpr size_t kBytes = 450;  // each side: well past the ~100 columns a report shows
  size_t start = line == 1 ? bom_ : line_starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string_view::npos) end = text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  if (end - start <= 2 * kBytes) return std::string(text_.substr(start, end - start));
  // The byte offset of the column: columns grow with offsets, so a binary search finds it.
  size_t lo = start, hi = end;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (PositionOf(mid).column < column)
      lo = mid + 1;
    else
      hi = mid;
  }
  auto continuation = [&](size_t i) { return base::IsUtf8Continuation(text_[i]); };
  size_t from = lo > start + kBytes ? lo - kBytes : start, to = std::min(end, lo + kBytes);
  while (from > start && from < end && continuation(from)) --from;
  while (to < end && continuation(to)) ++to;
  *caret = 1;
  for (size_t i = from; i < lo; ++i) *caret += continuation(i) ? 0 : 1;
  return std::string(text_.substr(from, to - from));
}

std::string Locator::LineText(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return "";
  size_t start = line_starts_[line - 1];
  if (line == 1) start = bom_;
  size_t end = text_.find('\n', start);
  std::string_view s = text_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return std::string(s);
}

diag::Position Locator::Nearest(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    if (auto v = Value(p)) return PositionOf(v->begin);
    if (p.empty()) return {};
    size_t slash = p.rfind('/');
    if (slash == std::string::npos) return {};  // not a JSON pointer (e.g. "catalogue:key")
    p = p.substr(0, slash);
  }
}

}  // namespace pnc::source
