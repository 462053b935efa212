// draft: what one plain-text line's own marks say, for the line reader (read_text.cc): its list
// marker or pictographic mark, its inline Markdown, its words, whether it is a rule, and the heading
// level its shape suggests when the text has no markup.
#include "draft/line_marks.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace pnc::draft {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Length in bytes of a first code point in U+2190–U+2BFF or U+1F300–U+1FAFF, or 0.
size_t SymbolLength(std::string_view t) {
  if (t.size() >= 3 && static_cast<unsigned char>(t[0]) == 0xE2) {
    unsigned cp = ((t[0] & 0x0Fu) << 12) | ((t[1] & 0x3Fu) << 6) | (t[2] & 0x3Fu);
    return cp >= 0x2190 && cp <= 0x2BFF ? 3 : 0;
  }
  if (t.size() >= 4 && static_cast<unsigned char>(t[0]) == 0xF0) {
    unsigned cp = ((t[0] & 0x07u) << 18) | ((t[1] & 0x3Fu) << 12) | ((t[2] & 0x3Fu) << 6) | (t[3] & 0x3Fu);
    return cp >= 0x1F300 && cp <= 0x1FAFF ? 4 : 0;
  }
  return 0;
}

// Length of a pictographic mark and its space ("✓ ", "✗ ", "➤ ", "☐ ", an emoji), or 0: any code
// point of the symbol blocks (arrows to miscellaneous symbols, dingbats; pictographs), with an
// optional variation selector. A writer's choice of mark says nothing about the item, so no list of
// marks is kept.
size_t MarkLength(std::string_view t) {
  size_t len = SymbolLength(t);
  if (len == 0) return 0;
  if (t.substr(len, 3) == "\xEF\xB8\x8F") len += 3;  // U+FE0F, emoji presentation
  return t.size() > len + 1 && t[len] == ' ' ? len + 1 : 0;
}

}  // namespace

// A marked line is a list item when it is one of a run (the line before or after it, with no blank
// line between, is marked too: "✓ ask for …" / "✓ keep …"). A mark on a paragraph of its own ("📝 what
// we keep: …" between blank lines) decorates it and the line is read as it stands.
size_t MarkedItemLength(const std::vector<std::string>& lines, size_t i) {
  size_t len = MarkLength(lines[i]);
  if (len == 0) return 0;
  bool before = i > 0 && MarkLength(lines[i - 1]) > 0, after = i + 1 < lines.size() && MarkLength(lines[i + 1]) > 0;
  return before || after ? len : 0;
}

// Length of a list marker ("- ", "* ", "• ", "1. ", "a) ", "(iv) "), or 0.
size_t BulletLength(std::string_view t) {
  for (std::string_view m : {"- ", "* ", "+ ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x80\x93 ", "o ", "\xEF\x82\xB7 ",
                             "\xE2\x97\x8F ", "\xE2\x96\xAA ", "> "}) {
    if (StartsWith(t, m) && t.size() > m.size()) return m.size();
  }
  size_t i = 0;
  bool paren = !t.empty() && t[0] == '(';
  if (paren) ++i;
  size_t digits = i;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i > digits && i - digits <= 2 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ') {
    // "1. Who we are" is more often a numbered heading than a list item; the caller decides.
    return i + 2;
  }
  i = paren ? 1 : 0;
  if (i + 2 < t.size() && std::islower(static_cast<unsigned char>(t[i])) && t[i + 1] == ')' && t[i + 2] == ' ') {
    return i + 3;
  }
  return 0;
}

// "[text](url)" → "text (url)"; "**bold**" and "__x__" markers removed.
std::string StripInlineMarkdown(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '*' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == s[i]) {
      ++i;
      continue;
    }
    if (s[i] == '[') {
      size_t close = s.find("](", i);
      size_t end = close == std::string_view::npos ? close : s.find(')', close);
      if (close != std::string_view::npos && end != std::string_view::npos && s.find('\n', i) > end) {
        std::string_view text = s.substr(i + 1, close - i - 1), url = s.substr(close + 2, end - close - 2);
        out.append(text);
        if (url != text && !url.empty()) out.append(" (").append(url).append(")");
        i = end;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

int CountWords(std::string_view t) {
  int n = 0;
  bool in = false;
  for (char c : t) {
    bool w = c != ' ';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool IsRule(std::string_view t, char c) {
  return t.size() >= 3 && std::all_of(t.begin(), t.end(), [c](char x) { return x == c || x == ' '; });
}

// Heading level from the line's shape, or 0. `standalone`: blank (or a sentence end) before and
// not continued by a lowercase line after.
int GuessHeading(std::string t, bool standalone, bool alone_paragraph, bool big_font, bool lead_line,
                 bool before_table) {
  // "We may collect information from:" introduces a list; it is not a heading.
  bool colon = !t.empty() && t.back() == ':';
  if (colon) t.pop_back();
  if (t.empty() || t.size() > 90) return 0;
  int words = CountWords(t);
  if (words > 14) return 0;
  char last = t.back();
  if (last == '.' || last == ',' || last == ';') {
    // "3." alone or "Section 2." still look like headings only when numbered; keep it simple.
    return 0;
  }
  if (t.find('@') != std::string::npos || t.find("http") != std::string::npos || t.find("www.") != std::string::npos)
    return 0;
  int upper = 0, lower = 0, digits = 0;
  for (unsigned char c : t) {
    if (std::isupper(c)) ++upper;
    if (std::islower(c)) ++lower;
    if (std::isdigit(c)) ++digits;
  }
  // "Name, address, email" is a list, not a heading; a line in capitals keeps its commas
  // ("WHAT WE COLLECT, USE, AND WHY": headings typed in capitals are as long as any other).
  bool all_caps = upper >= 3 && lower * 4 <= upper;
  if (std::count(t.begin(), t.end(), ',') >= 2 && !all_caps) return 0;
  if (upper + lower < 3) return 0;
  if (digits > 6) return 0;  // phone numbers, postcodes, dates
  if (!standalone) return 0;
  if (big_font && words <= 14) return 2;
  bool numbered = std::isdigit(static_cast<unsigned char>(t[0])) || StartsWith(t, "Section ") ||
                  StartsWith(t, "Part ") || StartsWith(t, "Adran ") || StartsWith(t, "Rhan ");
  size_t alpha = 0;
  while (alpha < t.size() && !std::isalpha(static_cast<unsigned char>(t[alpha]))) ++alpha;
  bool first_upper = alpha < t.size() && std::isupper(static_cast<unsigned char>(t[alpha]));
  if (all_caps) return 2;
  if (numbered && first_upper && words <= 12) return 2;
  if (!first_upper || (colon && words >= 5)) return 0;
  if (last == '?' && words <= 14) return 3;
  // Title Case: most words of four letters or more start with a capital.
  int long_words = 0, caps = 0;
  size_t i = 0;
  while (i < t.size()) {
    size_t j = t.find(' ', i);
    if (j == std::string::npos) j = t.size();
    if (j - i >= 4) {
      ++long_words;
      if (std::isupper(static_cast<unsigned char>(t[i]))) ++caps;
    }
    i = j + 1;
  }
  if (long_words >= 2 && caps * 10 >= long_words * 7 && words <= 12) return 3;
  if (alone_paragraph && words <= 9) return 3;  // "How we use your information"
  // A short first line of a paragraph, without a full stop, followed by a capitalised line:
  // "Who we are\nAcme is a charity…" (headings pasted from Word lose their blank line).
  if (lead_line && words <= 8 && t.size() <= 60) return 3;
  // A line standing alone over a table names it: "Why we hold it and the law that allows it".
  if (alone_paragraph && before_table && words <= 12) return 3;
  return 0;
}

}  // namespace pnc::draft
