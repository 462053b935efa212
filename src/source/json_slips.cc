// source: the JSON scanner's words for a slip at a place in the text (see json_slips.h): what the
// character is and how to fix it. A word processor's curly quotes and no-break spaces look right
// on screen, so the message names what is there rather than "unexpected character".
#include "source/json_slips.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"
#include "source/invisible.h"

namespace pnc::source {
namespace {

constexpr std::string_view kQuotes[] = {"\u201C", "\u201D", "\u2018", "\u2019"};

// One hint for every curly quote, at any depth: what happened and what to type instead.
constexpr const char* kCurlyHint =
    "use a straight double quote \" in place of each curly (typographic) quote: word processors and editors with "
    "smart quotes replace \" with \u201C and \u201D";

// Spaces a word processor or web page puts where JSON allows only space, tab and line break.
struct NamedSpace {
  char32_t cp;
  const char* name;
};
constexpr NamedSpace kSpaces[] = {{0x00A0, "no-break space"},
                                  {0x2007, "figure space"},
                                  {0x202F, "narrow no-break space"},
                                  {0x3000, "ideographic space"}};

const char* SpaceName(char32_t cp) {
  for (const auto& s : kSpaces) {
    if (s.cp == cp) return s.name;
  }
  return cp >= 0x2000 && cp <= 0x200A ? "typographic space" : nullptr;
}

char32_t CodePointAt(std::string_view t, size_t pos) {
  size_t length = 0;
  return base::DecodeUtf8At(t, pos, &length);
}

// Zero-width characters, direction controls and a byte order mark inside the text, as the source checks
// name them ("U+200B (zero width space)"); "" for a character they have no name for.
std::string InvisibleName(char32_t cp) {
  const std::string named = DescribeCodePoint(cp);
  return named.find('(') == std::string::npos ? "" : named;
}

}  // namespace

std::string EscapedCharacter(std::string_view t, size_t pos) {
  if (pos >= t.size()) return "";
  const unsigned char c = static_cast<unsigned char>(t[pos]);
  if (c >= 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
  size_t length = 0;
  const char32_t cp = base::DecodeUtf8At(t, pos, &length);
  char code[16];
  if (cp == base::kReplacementChar && length == 1 && c >= 0x80) {
    std::snprintf(code, sizeof code, "byte 0x%02X", c);
    return code;
  }
  if (cp < 0x20 || cp == 0x7F || SpaceName(cp) != nullptr || !InvisibleName(cp).empty()) {
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    return code;
  }
  return std::string(t.substr(pos, length));
}

std::string_view CurlyQuoteAt(std::string_view t, size_t pos) {
  const std::string_view q = t.substr(pos, 3);
  return std::find(std::begin(kQuotes), std::end(kQuotes), q) != std::end(kQuotes) ? q : std::string_view();
}

std::string DescribeAt(std::string_view t, size_t pos) {
  if (pos >= t.size()) return "end of file";
  unsigned char c = static_cast<unsigned char>(t[pos]);
  if (c == 0) return "NUL byte";
  if (c < 0x80) return c < 0x20 ? "character" : std::string("'") + static_cast<char>(c) + "'";
  if (std::string_view q = CurlyQuoteAt(t, pos); !q.empty()) return "curly quote '" + std::string(q) + "'";
  const char32_t cp = CodePointAt(t, pos);
  if (const char* space = SpaceName(cp)) return std::string(space) + " (" + DescribeCodePoint(cp) + ")";
  const std::string named = InvisibleName(cp);
  return named.empty() ? "character" : "character " + named;
}

std::string HintAt(std::string_view t, size_t pos) {
  if (pos >= t.size() || static_cast<unsigned char>(t[pos]) < 0x80) return "";
  if (!CurlyQuoteAt(t, pos).empty()) return kCurlyHint;
  const char32_t cp = CodePointAt(t, pos);
  if (SpaceName(cp) != nullptr) {
    return "replace it with an ordinary space: JSON allows only spaces, tabs and line breaks between its parts "
           "(word processors and web pages put in no-break spaces)";
  }
  if (cp == 0xFEFF) {
    return "delete it: a byte order mark may stand only at the very start of a file (one is left inside when files "
           "are joined or pasted together)";
  }
  if (!InvisibleName(cp).empty()) {
    return "delete it: JSON allows only spaces, tabs and line breaks between its parts";
  }
  return "";
}

// When the unexpected token starts a new line, the ',' is most likely missing at the end of the
// line before (the usual slip when adding a member); say which line.
std::string MissingCommaHint(std::string_view t, size_t pos) {
  size_t line_start = t.rfind('\n', pos == 0 ? 0 : pos - 1);
  if (line_start == std::string_view::npos) return "";
  for (size_t i = line_start + 1; i < pos; ++i) {
    if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r') return "";
  }
  int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
  return "; is a ',' missing at the end of line " + std::to_string(line) + "?";
}

ScanError CurlyQuoteError(std::string_view t, size_t pos, const std::string& what, bool top) {
  const std::string q(CurlyQuoteAt(t, pos));
  ScanError e{pos, "curly quote '" + q + "' found where " + what + " is expected", "json-syntax", kCurlyHint};
  // The file's first value: a source is an object, not a string in curly quotes.
  if (top) {
    const bool wrapped = t.substr(pos + 3, 1) == "{";
    e.hint = wrapped ? "a source is one JSON object, { … }, not a quoted text: delete the curly quotes before "
                       "'{' and after the last '}' (a word processor added them)"
                     : "a source is one JSON object: start the file with '{' (see pnc init for a starting source)";
  } else if (t.substr(pos + 3, 1) == "{" || t.substr(pos + 3, 1) == "[") {
    // “{…}”: an object or list put in quotes; straight quotes would make it a string.
    const bool object = t[pos + 3] == '{';
    e.hint = std::string("delete the curly quotes before '") +
             (object ? "{' and after its '}': an object" : "[' and after its ']': a list") +
             " is not quoted (a word processor added them)";
  }
  return e;
}

size_t CurlyClose(std::string_view t, size_t begin, size_t end, bool followed) {
  size_t tail = end;
  while (tail > begin && std::string_view(" \t\r,:}]").find(t[tail - 1]) != std::string_view::npos) --tail;
  if (followed && tail == end) return std::string_view::npos;
  if (tail >= begin + 3 && (t.substr(tail - 3, 3) == "\u201C" || t.substr(tail - 3, 3) == "\u201D")) return tail - 3;
  // A key closed with a curly quote runs on past its value ("a”: 1, "): the first curly double quote
  // that a ':' follows (or a ',' '}' ']' after a value) is where the string was meant to end.
  for (size_t i = begin; i + 3 <= end; ++i) {
    const std::string_view q = t.substr(i, 3);
    if (q != "\u201C" && q != "\u201D") continue;
    size_t next = i + 3;
    while (next < end && (t[next] == ' ' || t[next] == '\t')) ++next;
    if (next < end && std::string_view(":,}]").find(t[next]) != std::string_view::npos) return i;
  }
  return std::string_view::npos;
}

ScanError CurlyCloseError(std::string_view t, size_t at) {
  return {at, "string closed with a curly quote '" + std::string(CurlyQuoteAt(t, at)) + "'", "json-syntax", kCurlyHint};
}

}  // namespace pnc::source
