// source: JSON text → the span of every value and key by pointer, by a small recursive-descent scanner that
// accepts exactly what nlohmann accepts with ignore_comments (so positions and values always agree).
#include "source/json_scanner.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "source/json_slips.h"

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
      if (!failed_ && pos_ < t_.size()) Unexpected(" after the end of the document");
    }
    return failed_ ? Fail(error) : true;
  }

 private:
  bool Fail(ScanError* error) {
    *error = error_;
    return false;
  }
  void SetError(ScanError e) {
    if (failed_) return;
    failed_ = true;
    error_ = std::move(e);
  }
  void SetError(size_t at, std::string message, std::string hint = "") {
    SetError({at, std::move(message), "json-syntax", std::move(hint)});
  }
  // "unexpected <the character at pos_><rest>", with the fix when the character is a known slip
  // (json_slips.h: a curly quote, a no-break space, a byte order mark inside the text).
  void Unexpected(const std::string& rest) {
    SetError(pos_, "unexpected " + DescribeAt(t_, pos_) + rest, HintAt(t_, pos_));
  }
  // A word processor's curly quotes (“name” or ‘name’) look like quotes but are not JSON's: say so
  // where `what` ("a key", "a value") is expected rather than "unexpected character".
  bool CurlyQuote(const std::string& what, bool top = false) {
    if (failed_ || CurlyQuoteAt(t_, pos_).empty()) return false;
    SetError(CurlyQuoteError(t_, pos_, what, top));
    return true;
  }
  // A string closed with a curly quote ("name”, "next": …) runs on to the next straight quote, so
  // the error shows just after it (or at the end of its line): point at the curly quote instead.
  // `end`: where the string's text stopped; `closed`: at its (straight) closing quote.
  bool CurlyClosed(size_t open, size_t end, bool closed) {
    if (failed_ || open == std::string_view::npos) return false;
    const size_t at = CurlyClose(t_, open + 1, end, closed);
    if (at == std::string_view::npos) return false;
    SetError(CurlyCloseError(t_, at));
    return true;
  }
  // After a string value or key: the error at pos_ follows it directly (nothing but space between).
  bool CurlyClosedBefore() {
    if (string_end_ == std::string_view::npos || string_end_ >= pos_) return false;
    if (t_.substr(string_end_ + 1, pos_ - string_end_ - 1).find_first_not_of(" \t\r\n") != std::string_view::npos) {
      return false;
    }
    return CurlyClosed(string_open_, string_end_, true);
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
    } else if (CurlyQuote("a value")) {
      return;
    } else if (!ParseLiteral("true") && !ParseLiteral("false") && !ParseLiteral("null")) {
      Unexpected(": expected a value (string, number, object, array, true, false or null)");
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
        if (pos_ < t_.size() && t_[pos_] == '}') {
          SetError(pos_, "trailing comma before '}': remove the last ','");
        } else {
          Unexpected(": expected a key in double quotes");
        }
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
        if (!CurlyClosedBefore()) Unexpected(": expected ':' after key '" + key + "'");
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
      if (!CurlyClosedBefore()) {
        Unexpected(": expected ',' or '}' after the value of '" + key + "'" + MissingCommaHint(t_, pos_));
      }
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
      if (!CurlyClosedBefore()) Unexpected(": expected ',' or ']' in the list" + MissingCommaHint(t_, pos_));
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
        string_open_ = start;
        string_end_ = pos_++;
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
          // A backslash before a multi-byte character ("\\”") names the whole character, not its first byte.
          SetError(pos_, "invalid escape '\\" + EscapedCharacter(t_, pos_ + 1) + "' in string", HintAt(t_, pos_ + 1));
          return out;
        }
        out.push_back(e == '"' || e == '\\' || e == '/' ? e : '?');
        pos_ += 2;
        continue;
      }
      if (c < 0x20) {
        if ((c == '\n' || c == '\r') && CurlyClosed(start, pos_, false)) return out;
        SetError(pos_, c == '\n' ? "unterminated string: add the closing '\"' before the end of the line"
                                 : "control character in string: write it as an escape such as \\t or \\n");
        return out;
      }
      out.push_back(static_cast<char>(c));
      ++pos_;
    }
    if (!CurlyClosed(start, pos_, false)) SetError(start, "unterminated string: add the closing '\"'");
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
  // The last string read (a key or a value): its opening and closing quotes' offsets.
  size_t string_open_ = std::string_view::npos, string_end_ = std::string_view::npos;
  ScanError error_;
  std::unordered_map<std::string, Span>* values_;
  std::unordered_map<std::string, Span>* keys_;
  std::vector<ScanError>* duplicates_;
};

}  // namespace

bool ScanJson(std::string_view text, std::unordered_map<std::string, Span>* values,
              std::unordered_map<std::string, Span>* keys, std::vector<ScanError>* duplicates, ScanError* error) {
  Scanner scanner(text, values, keys, duplicates);
  return scanner.Run(error);
}

}  // namespace pnc::source
