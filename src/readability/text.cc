// readability: plain text → words (Tokenise) and sentences (SplitSentences), as byte spans.
// Works on UTF-8 without a Unicode library: only the distinctions readability needs are made.
#include "readability/text.h"

#include <algorithm>

namespace pnc::readability {
namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char32_t c) { return IsDigit(c) || IsLetter(c); }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsTerminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
// Closing quotes and brackets that belong to the sentence they follow: 'He said "stop."'.
bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB;
}
bool IsOpener(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '<' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 ||
         c == 0xAB;
}
bool IsTrailingPunct(char32_t c) {
  return IsCloser(c) || IsTerminator(c) || c == ',' || c == ';' || c == ':' || c == '>' || c == '}';
}

char32_t FoldChar(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    if (c == 0x178) return 0xFF;
    bool upper_is_odd = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    bool odd = c % 2 == 1;
    return odd == upper_is_odd ? c + 1 : c;
  }
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c % 2 == 0 ? c + 1 : c;
  return c;
}

bool IsUpper(char32_t c) { return IsLetter(c) && FoldChar(c) != c; }
// Lowercase in the Latin ranges FoldChar knows; uncased scripts count as neither.
bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0x24F) return c != 0xF7 && !IsUpper(c);
  return c >= 0x1E00 && c <= 0x1EFF && c % 2 == 1;
}

char32_t At(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  return i < s.size() ? DecodeAt(s, i, &len) : U'\0';
}

// The code point that ends just before byte `i` (0 at the start).
char32_t Before(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  return At(s, base::Utf8CharStart(s, i - 1));
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (FoldChar(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(prefix[i])) {
      return false;
    }
  }
  return true;
}

// A whitespace-delimited run that a reader takes in as one unit: URL, e-mail, @handle, domain.
bool IsAddress(std::string_view run) {
  if (StartsWithNoCase(run, "http://") || StartsWithNoCase(run, "https://") || StartsWithNoCase(run, "mailto:") ||
      StartsWithNoCase(run, "www.")) {
    return true;
  }
  std::size_t at = run.find('@');
  if (at != std::string_view::npos && at + 1 < run.size() && IsAlnum(At(run, at + 1))) return true;
  // Domain names: at least two dot-separated ASCII labels, the last alphabetic and 2+ letters.
  // Dotted initialisms ("e.g", "U.K") are not domains: every label is one letter there.
  std::string_view host = run.substr(0, run.find_first_of("/?#:"));
  if (host.find('.') == std::string_view::npos) return false;
  bool all_single = true;
  std::size_t labels = 0;
  std::string_view last;
  std::size_t start = 0;
  while (start <= host.size()) {
    std::size_t dot = host.find('.', start);
    std::string_view label = host.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty()) return false;
    for (char ch : label) {
      bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-';
      if (!ok) return false;
    }
    all_single = all_single && label.size() == 1;
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (labels < 2 || all_single || last.size() < 2) return false;
  return std::all_of(last.begin(), last.end(),
                     [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); });
}

// Scans one word starting at a letter or digit at `i`; returns its end.
std::size_t ScanWord(std::string_view text, std::size_t i, std::size_t end, bool* has_letter) {
  std::size_t j = i;
  bool initialism = true;  // so far only single letters joined by dots, as in "e.g"
  int segment = 0;         // letters since the last dot
  char32_t prev = 0;
  while (j < end) {
    std::size_t len = 0;
    char32_t c = DecodeAt(text, j, &len);
    std::size_t next_at = j + len;
    char32_t next = next_at < end ? At(text, next_at) : U'\0';
    if (IsAlnum(c)) {
      if (IsLetter(c)) {
        *has_letter = true;
      } else {
        initialism = false;
      }
      ++segment;
    } else if ((IsApostrophe(c) || IsHyphen(c)) && IsAlnum(prev) && IsAlnum(next)) {
      initialism = false;  // "don't", "well-known"
    } else if ((c == '.' || c == ',') && IsDigit(prev) && IsDigit(next)) {
      initialism = false;  // "3.5", "1,000"
    } else if (c == '.' && initialism && segment == 1 && next < 0x80 && IsLetter(next) &&
               !IsAlnum(next_at + 1 < end ? At(text, next_at + 1) : U'\0')) {
      segment = 0;  // "e.g", "i.e", "U.K"
    } else {
      break;
    }
    prev = c;
    j = next_at;
  }
  return j;
}

bool Contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// The lowercase text of a word with curly apostrophes made straight, for abbreviation lookup.
std::string Key(std::string_view word) {
  std::string folded = FoldCase(word);
  std::string out;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t len = 0;
    char32_t c = DecodeAt(folded, i, &len);
    if (c == 0x2019) {
      out.push_back('\'');
    } else {
      out.append(folded, i, len);
    }
    i += len;
  }
  return out;
}

// Whether the terminator run text[i, q) ends the sentence (the byte after it is a space or end).
bool EndsSentence(std::string_view text, std::size_t i, std::size_t q, const std::vector<Word>& words,
                  const Abbreviations& abbreviations) {
  bool single_dot = text[i] == '.';
  for (std::size_t k = i; k < q;) {
    std::size_t len = 0;
    char32_t c = DecodeAt(text, k, &len);
    if (k > i && IsTerminator(c)) single_dot = false;
    k += len;
  }
  // The next character on the same line decides the rest.
  std::size_t n = q;
  while (n < text.size() && (text[n] == ' ' || text[n] == '\t' || At(text, n) == 0xA0)) {
    std::size_t len = 0;
    DecodeAt(text, n, &len);
    n += len;
  }
  if (n >= text.size() || text[n] == '\n' || text[n] == '\r') return true;
  char32_t next = At(text, n);
  while (IsOpener(next) && n < text.size()) {
    std::size_t len = 0;
    DecodeAt(text, n, &len);
    n += len;
    next = At(text, n);
  }
  if (single_dot) {
    auto it = std::lower_bound(words.begin(), words.end(), i,
                               [](const Word& w, std::size_t pos) { return w.offset + w.length < pos; });
    if (it != words.end() && it->offset + it->length == i && it->kind == WordKind::kWord) {
      std::string key = Key(text.substr(it->offset, it->length));
      if (Contains(abbreviations.never_final, key)) return false;
      if (Contains(abbreviations.may_be_final, key)) return IsUpper(next);
    }
  }
  // "approx. five", "… and then", "“Stop!” she said": a lowercase word goes on with the sentence.
  return !IsLower(next);
}

}  // namespace

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xFFFD) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, maths
  if (c >= 0x2E00 && c <= 0x2E7F) return false;  // supplemental punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE0F) return false;  // variation selectors
  return c < 0x1F000;                            // emoji and pictographs are not letters
}

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    char32_t c = DecodeAt(s, i, &len);
    char32_t f = FoldChar(c);
    if (f == c || c == 0xFFFD) {
      out.append(s, i, len);
    } else {
      base::AppendUtf8(f, &out);
    }
    i += len;
  }
  return out;
}

std::vector<Word> Tokenise(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    if (IsSpace(DecodeAt(text, i, &len))) {
      i += len;
      continue;
    }
    // One whitespace-delimited run [i, end).
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t l = 0;
      if (IsSpace(DecodeAt(text, end, &l))) break;
      end += l;
    }
    std::size_t lead = i;
    while (lead < end && IsOpener(At(text, lead))) {
      std::size_t l = 0;
      DecodeAt(text, lead, &l);
      lead += l;
    }
    std::size_t trail = end;
    while (trail > lead && IsTrailingPunct(Before(text, trail))) {
      trail = lead + base::Utf8CharStart(text.substr(lead), trail - 1 - lead);
    }
    if (trail > lead && IsAddress(text.substr(lead, trail - lead))) {
      words.push_back({lead, trail - lead, WordKind::kAddress});
      i = end;
      continue;
    }
    std::size_t j = i;
    while (j < end) {
      std::size_t l = 0;
      char32_t c = DecodeAt(text, j, &l);
      if (!IsAlnum(c)) {
        j += l;
        continue;
      }
      bool has_letter = false;
      std::size_t stop = ScanWord(text, j, end, &has_letter);
      words.push_back({j, stop - j, has_letter ? WordKind::kWord : WordKind::kNumber});
      j = stop;
    }
    i = end;
  }
  return words;
}

std::vector<Sentence> SplitSentences(std::string_view text, const Abbreviations& abbreviations) {
  std::vector<Word> words = Tokenise(text);
  std::vector<Sentence> sentences;
  std::size_t word = 0;
  auto close = [&](std::size_t start, std::size_t end) {
    while (word < words.size() && words[word].offset < start) ++word;
    Sentence s{start, end - start, word, 0};
    while (word < words.size() && words[word].offset < end) {
      ++word;
      ++s.words;
    }
    if (s.words > 0) sentences.push_back(s);
  };
  bool open = false;
  std::size_t start = 0;
  std::size_t content_end = 0;  // end of the last non-space character
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    char32_t c = DecodeAt(text, i, &len);
    if (c == '\n') {
      if (open) close(start, content_end);
      open = false;
      i += len;
      continue;
    }
    if (IsSpace(c)) {
      i += len;
      continue;
    }
    if (!open) {
      open = true;
      start = i;
    }
    if (!IsTerminator(c)) {
      content_end = i + len;
      i += len;
      continue;
    }
    std::size_t q = i;
    while (q < text.size()) {
      std::size_t l = 0;
      char32_t d = DecodeAt(text, q, &l);
      if (!IsTerminator(d) && !IsCloser(d)) break;
      q += l;
    }
    content_end = q;
    std::size_t l = 0;
    if ((q >= text.size() || IsSpace(DecodeAt(text, q, &l))) && EndsSentence(text, i, q, words, abbreviations)) {
      close(start, q);
      open = false;
    }
    i = q;
  }
  if (open) close(start, content_end);
  return sentences;
}

}  // namespace pnc::readability
