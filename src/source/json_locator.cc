// source: JSON text → pointer-to-position map, by a small recursive-descent scanner that accepts
// exactly what nlohmann accepts with ignore_comments (so positions and values always agree).
#include "source/json_locator.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <vector>

#include "base/utf8.h"

namespace pnc::source {
namespace {

constexpr int kMaxDepth = 200;  // real notices nest < 10 deep; deeper input is hostile or broken

class Scanner {
 public:
  Scanner(std::string_view text, std::unordered_map<std::string, Span>* values,
          std::unordered_map<std::string, Span>* keys, std::vector<ScanError>* duplicates)
      : t_(text), values_(values), keys_(keys), duplicates_(duplicates) {}

  bool Run(ScanError* error) {
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // nlohmann skips a UTF-8 BOM too
    SkipSpace();
    if (failed_) return Fail(error);
    if (pos_ >= t_.size()) {
      error_ = {pos_, "the file is empty: expected a JSON object", "json-syntax", ""};
      return Fail(error);
    }
    ParseValue("", 0);
    if (!failed_) {
      SkipSpace();
      if (!failed_ && pos_ < t_.size()) SetError(pos_, "unexpected " + Describe() + " after the end of the document");
    }
    return failed_ ? Fail(error) : true;
  }

 private:
  bool Fail(ScanError* error) {
    *error = error_;
    return false;
  }
  void SetError(size_t at, std::string message, std::string rule = "json-syntax") {
    if (failed_) return;
    failed_ = true;
    error_ = {at, std::move(message), std::move(rule), ""};
  }
  // A word processor's curly quotes (“name” or ‘name’) look like quotes but are not JSON's: say so
  // at `what` ("a key", "a string") rather than "unexpected character".
  // `top`: the file's first value, where only an object may stand, so the fix is not a straight quote.
  bool CurlyQuote(const std::string& what, bool top = false) {
    const std::string_view q = t_.substr(pos_, 3);
    if (q != "\u201C" && q != "\u201D" && q != "\u2018" && q != "\u2019") return false;
    if (top) {
      SetError(pos_, "curly quote '" + std::string(q) + "' found where " + what + " is expected");
      const bool wrapped = t_.substr(pos_ + 3, 1) == "{";
      error_.hint = wrapped ? "a source is one JSON object, { … }, not a quoted text: delete the curly quotes before "
                              "'{' and after the last '}' (a word processor added them)"
                            : "a source is one JSON object: start the file with '{' (see pnc init for a starting "
                              "source)";
      return true;
    }
    SetError(pos_, "curly quote '" + std::string(q) + "' found: " + what + " must be in straight double quotes");
    error_.hint = "type the quotes as \" (straight), or turn off smart quotes in your editor";
    return true;
  }
  std::string Describe() const {
    if (pos_ >= t_.size()) return "end of file";
    unsigned char c = static_cast<unsigned char>(t_[pos_]);
    if (c == 0) return "NUL byte";
    if (c < 0x20 || c >= 0x80) return "character";
    return std::string("'") + static_cast<char>(c) + "'";
  }

  // When the unexpected token starts a new line, the ',' is most likely missing at the end of the
  // line before (the usual slip when adding a member); say which line.
  std::string MissingCommaHint() const {
    size_t line_start = t_.rfind('\n', pos_ == 0 ? 0 : pos_ - 1);
    if (line_start == std::string_view::npos) return "";
    for (size_t i = line_start + 1; i < pos_; ++i) {
      if (t_[i] != ' ' && t_[i] != '\t' && t_[i] != '\r') return "";
    }
    int line = 1 + static_cast<int>(std::count(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
    return "; is a ',' missing at the end of line " + std::to_string(line) + "?";
  }

  void SkipSpace() {
    while (pos_ < t_.size() && !failed_) {
      char c = t_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos_;
      } else if (c == '/' && pos_ + 1 < t_.size() && t_[pos_ + 1] == '/') {
        while (pos_ < t_.size() && t_[pos_] != '\n') ++pos_;
      } else if (c == '/' && pos_ + 1 < t_.size() && t_[pos_ + 1] == '*') {
        size_t end = t_.find("*/", pos_ + 2);
        if (end == std::string_view::npos) {
          SetError(pos_, "unterminated comment: add '*/'");
          return;
        }
        pos_ = end + 2;
      } else {
        return;
      }
    }
  }

  void ParseValue(const std::string& ptr, int depth) {
    if (depth > kMaxDepth) {
      SetError(pos_, "nesting is deeper than " + std::to_string(kMaxDepth) + " levels");
      return;
    }
    SkipSpace();
    if (failed_) return;
    size_t begin = pos_;
    if (pos_ >= t_.size()) {
      SetError(pos_, "unexpected end of file: expected a value");
      return;
    }
    char c = t_[pos_];
    if (c == '{') {
      ParseObject(ptr, depth);
    } else if (c == '[') {
      ParseArray(ptr, depth);
    } else if (c == '"') {
      ParseString();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      ParseNumber();
    } else if (ptr.empty() && CurlyQuote("the source's opening '{'", true)) {
      return;  // the file's first value: a source is an object, not a string in curly quotes
    } else if (CurlyQuote("a string")) {
      return;
    } else if (!ParseLiteral("true") && !ParseLiteral("false") && !ParseLiteral("null")) {
      SetError(pos_,
               "unexpected " + Describe() + ": expected a value (string, number, object, array, true, false or null)");
    }
    if (!failed_) (*values_)[ptr] = {begin, pos_};
  }

  bool ParseLiteral(std::string_view word) {
    if (t_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  void ParseObject(const std::string& ptr, int depth) {
    ++pos_;
    std::set<std::string> seen;
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == '}') {
      ++pos_;
      return;
    }
    while (!failed_) {
      SkipSpace();
      if (failed_) return;
      if (pos_ >= t_.size() || t_[pos_] != '"') {
        if (CurlyQuote("a key")) return;
        SetError(pos_, pos_ < t_.size() && t_[pos_] == '}'
                           ? "trailing comma before '}': remove the last ','"
                           : "unexpected " + Describe() + ": expected a key in double quotes");
        return;
      }
      size_t key_begin = pos_;
      std::string key = ParseString();
      if (failed_) return;
      std::string child = ptr + "/" + EscapePointerToken(key);
      if (!seen.insert(key).second) {
        duplicates_->push_back(
            {key_begin, "duplicate key '" + key + "': the later value would silently win", "duplicate-key", ""});
      }
      (*keys_)[child] = {key_begin, pos_};
      SkipSpace();
      if (failed_) return;
      if (pos_ >= t_.size() || t_[pos_] != ':') {
        SetError(pos_, "unexpected " + Describe() + ": expected ':' after key '" + key + "'");
        return;
      }
      ++pos_;
      ParseValue(child, depth + 1);
      if (failed_) return;
      SkipSpace();
      if (failed_) return;
      if (pos_ < t_.size() && t_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < t_.size() && t_[pos_] == '}') {
        ++pos_;
        return;
      }
      SetError(pos_, "unexpected " + Describe() + ": expected ',' or '}' after the value of '" + key + "'" +
                         MissingCommaHint());
      return;
    }
  }

  void ParseArray(const std::string& ptr, int depth) {
    ++pos_;
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == ']') {
      ++pos_;
      return;
    }
    for (size_t index = 0; !failed_; ++index) {
      SkipSpace();
      if (!failed_ && pos_ < t_.size() && t_[pos_] == ']') {
        SetError(pos_, "trailing comma before ']': remove the last ','");
        return;
      }
      ParseValue(ptr + "/" + std::to_string(index), depth + 1);
      if (failed_) return;
      SkipSpace();
      if (failed_) return;
      if (pos_ < t_.size() && t_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < t_.size() && t_[pos_] == ']') {
        ++pos_;
        return;
      }
      SetError(pos_, "unexpected " + Describe() + ": expected ',' or ']' in the list" + MissingCommaHint());
      return;
    }
  }

  // Returns the decoded key text well enough for pointers (escapes other than \" \\ \/ kept raw,
  // which only matters for keys no valid source uses).
  std::string ParseString() {
    size_t start = pos_;
    ++pos_;
    std::string out;
    while (pos_ < t_.size()) {
      unsigned char c = static_cast<unsigned char>(t_[pos_]);
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c == '\\') {
        if (pos_ + 1 >= t_.size()) break;
        char e = t_[pos_ + 1];
        if (e == 'u') {
          int unit = HexUnit(pos_);
          if (unit < 0) {
            SetError(pos_, "invalid \\u escape: use four hex digits, e.g. \\u00e9");
            return out;
          }
          // Surrogates come in pairs (\ud83d\ude00); nlohmann rejects a lone half.
          if (unit >= 0xDC00 && unit <= 0xDFFF) {
            SetError(pos_,
                     "invalid \\u escape: '" + std::string(t_.substr(pos_, 6)) +
                         "' is the second half of a surrogate pair without the first; write the character itself");
            return out;
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            int low = t_.substr(pos_ + 6, 2) == "\\u" ? HexUnit(pos_ + 6) : -1;
            if (low < 0xDC00 || low > 0xDFFF) {
              SetError(pos_, "invalid \\u escape: '" + std::string(t_.substr(pos_, 6)) +
                                 "' is half of a surrogate pair; write the character itself");
              return out;
            }
            out.append(t_.substr(pos_, 12));
            pos_ += 12;
            continue;
          }
          out.append(t_.substr(pos_, 6));
          pos_ += 6;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          SetError(pos_, std::string("invalid escape '\\") + e + "' in string");
          return out;
        }
        out.push_back(e == '"' || e == '\\' || e == '/' ? e : '?');
        pos_ += 2;
        continue;
      }
      if (c < 0x20) {
        SetError(pos_, c == '\n' ? "unterminated string: add the closing '\"' before the end of the line"
                                 : "control character in string: write it as an escape such as \\t or \\n");
        return out;
      }
      out.push_back(static_cast<char>(c));
      ++pos_;
    }
    SetError(start, "unterminated string: add the closing '\"'");
    return out;
  }

  // The value of the four hex digits after "\\u" at `at`, or -1.
  int HexUnit(size_t at) const {
    if (at + 6 > t_.size()) return -1;
    int v = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
      char c = t_[i];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  void ParseNumber() {
    size_t start = pos_;
    if (t_[pos_] == '-') ++pos_;
    auto digits = [&] {
      size_t s = pos_;
      while (pos_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[pos_]))) ++pos_;
      return pos_ - s;
    };
    if (pos_ < t_.size() && t_[pos_] == '0') {
      ++pos_;
    } else if (digits() == 0) {
      SetError(start, "invalid number");
      return;
    }
    if (pos_ < t_.size() && t_[pos_] == '.') {
      ++pos_;
      if (digits() == 0) SetError(start, "invalid number: digits must follow '.'");
    }
    if (pos_ < t_.size() && (t_[pos_] == 'e' || t_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < t_.size() && (t_[pos_] == '+' || t_[pos_] == '-')) ++pos_;
      if (digits() == 0) SetError(start, "invalid number: digits must follow the exponent");
    }
    // nlohmann refuses numbers beyond a double's range (1e999); say so with a position.
    if (!failed_ &&
        (pos_ - start > 15 || t_.substr(start, pos_ - start).find_first_of("eE") != std::string_view::npos)) {
      std::string number(t_.substr(start, pos_ - start));
      if (std::isinf(std::strtod(number.c_str(), nullptr))) {
        SetError(start, "number '" + (number.size() > 20 ? number.substr(0, 17) + "..." : number) +
                            "' is too large; write it as a string if it is an identifier");
      }
    }
  }

  std::string_view t_;
  size_t pos_ = 0;
  bool failed_ = false;
  ScanError error_;
  std::unordered_map<std::string, Span>* values_;
  std::unordered_map<std::string, Span>* keys_;
  std::vector<ScanError>* duplicates_;
};

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
  Scanner scanner(text, &values_, &keys_, duplicates);
  return scanner.Run(error);
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
