// readability: one English word → its number of syllables, by the heuristic documented in
// syllables.h plus a small exceptions table from the locale file.
#include "readability/syllables.h"

#include <array>
#include <vector>

#include "readability/text.h"

namespace pnc::readability {
namespace {

const SyllableExceptions kNoExceptions;

// Second halves of compounds whose first half may end in a silent e ("some|one", "guide|line").
constexpr std::array<std::string_view, 28> kTails = {"things", "thing", "where", "places", "place", "times", "time",
                                                     "lines",  "line",  "sites", "site",   "pages", "page",  "ones",
                                                     "one",    "body",  "fore",  "more",   "care",  "ware",  "some",
                                                     "like",   "days",  "day",   "hold",   "wise",  "over",  "self"};

struct Suffix {
  std::string_view text;
  int syllables;
};
// Suffixes counted apart from their stem, so the stem's silent e stays silent ("late|ly").
constexpr std::array<Suffix, 9> kSuffixes = {{{"fully", 2},
                                              {"ments", 1},
                                              {"ment", 1},
                                              {"ness", 1},
                                              {"less", 1},
                                              {"ful", 1},
                                              {"ings", 1},
                                              {"ing", 1},
                                              {"ly", 1}}};

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool In(char c, std::string_view set) { return c != 0 && set.find(c) != std::string_view::npos; }
bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}
bool HasVowel(std::string_view s) {
  for (char c : s) {
    if (IsVowelLetter(c)) return true;
  }
  return false;
}

// Letters of a word lowercased to ASCII: accented vowels become plain ones, other non-ASCII
// letters a consonant. `accented_end` records a final é ("café"), which is never silent. A vowel
// with a diaeresis ("naïve", "coöperate") is said apart from the one before it: it is kept
// uppercase so that Heuristic starts a new group there.
std::string Letters(std::string_view word, bool* accented_end) {
  std::string out;
  *accented_end = false;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t len = 0;
    char32_t c = DecodeAt(word, i, &len);
    i += len;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c));
      *accented_end = false;
      continue;
    }
    if (!IsLetter(c)) continue;
    char32_t f = c >= 0xC0 && c <= 0xDE ? c + 0x20 : c;
    char mapped = 'b';
    if (f >= 0xE0 && f <= 0xE5) mapped = 'a';
    if (f >= 0xE8 && f <= 0xEB) mapped = 'e';
    if (f >= 0xEC && f <= 0xEF) mapped = 'i';
    if ((f >= 0xF2 && f <= 0xF6) || f == 0xF8) mapped = 'o';
    if (f >= 0xF9 && f <= 0xFC) mapped = 'u';
    if (f == 0xFD || f == 0xFF || f == 0x176 || f == 0x177) mapped = 'y';
    if (f == 0x174 || f == 0x175) mapped = 'w';
    bool diaeresis = f == 0xE4 || f == 0xEB || f == 0xEF || f == 0xF6 || f == 0xFC;
    out.push_back(diaeresis ? static_cast<char>(mapped - 32) : mapped);
    *accented_end = mapped == 'e';
  }
  return out;
}

// Whether the vowels w[i-1] and w[i] are said as two syllables (rules in syllables.h, step 5).
bool SplitPair(std::string_view w, std::size_t i, int groups_before) {
  char a = w[i - 1];
  char b = w[i];
  char p = i >= 2 ? w[i - 2] : 0;
  std::string_view rest = w.substr(i + 1);
  if (a == 'i' && b == 'a' && !rest.empty() && rest[0] == 't') return true;  // "associate"
  if (a == 'i' && b == 'a' && rest.substr(0, 2) == "ge") return false;       // "carriage"
  if (a == 'i' && (b == 'a' || b == 'u')) return !In(p, "cstgx");
  if (a == 'i' && b == 'o') return !In(p, "cstgxlnh");
  if (a == 'u' && (b == 'a' || b == 'o')) return !In(p, "qg");
  if (a == 'e' && b == 'u') return i == 2 && w[0] == 'r';  // "reuse"
  if (a == 'u' && b == 'i') return rest == "ty" || rest == "d" || rest.substr(0, 3) == "tio";
  if (a == 'e' && b == 'o') {
    if (!rest.empty() && rest[0] == 'u') return !In(p, "gc");  // "erroneous", "gorgeous"
    return !In(p, "pl");                                       // "video", "people"
  }
  if (a == 'i' && b == 'e') {
    if (groups_before > 0 && (rest == "r" || rest == "st")) return true;  // "happier"
    if (!rest.empty() && rest[0] == 't') return true;                     // "quiet", "society"
    bool nt = rest.substr(0, 2) == "nt" || rest.substr(0, 2) == "nc";
    return nt && !In(p, "cstgxn");
  }
  if (a == 'u' && b == 'e') {
    return (rest.substr(0, 2) == "nt" || rest.substr(0, 2) == "nc") && !In(p, "qg");
  }
  if (a == 'e' && b == 'a') {
    if (groups_before > 0 && rest.empty()) return true;  // "idea", "area"
    auto starts = [&](std::string_view prefix, std::size_t at) {
      return w.substr(0, prefix.size()) == prefix && i == at;
    };
    return (starts("creat", 3) && w.substr(5, 1) != "u") || starts("react", 2) || starts("reali", 2) ||
           starts("theat", 3);
  }
  return false;
}

// Steps 5 and 6 of the algorithm for one lowercase word without tails or suffixes.
// `stem` (a word less "-ing") skips the "-es"/"-ed" endings: "preced|ing" is not "named".
int Heuristic(std::string_view w, bool accented_end, bool stem) {
  std::size_t n = w.size();
  std::vector<bool> vowel(n, false);
  std::vector<bool> apart(n, false);  // a diaeresis vowel
  for (std::size_t i = 0; i < n; ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') {
      apart[i] = true;
      vowel[i] = true;
      continue;
    }
    if (c == 'y') {
      // y before a vowel is a consonant ("you", "beyond"), except before a final e ("bye").
      bool before_vowel = i + 1 < n && In(w[i + 1], "aeiou") && !(w[i + 1] == 'e' && i + 2 == n);
      vowel[i] = !before_vowel;
    } else if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < n && In(w[i + 1], "aeiouy")))) {
      vowel[i] = false;  // "qu", "gu" + vowel: the u is a w sound or silent
    } else {
      vowel[i] = In(c, "aeiou");
    }
  }
  int count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!vowel[i]) continue;
    if (i == 0 || !vowel[i - 1] || apart[i]) {
      ++count;
    } else if (SplitPair(w, i, count - 1)) {
      ++count;
    }
  }
  auto consonant = [&](std::size_t i) { return !vowel[i]; };
  if (count > 1 && n >= 3 && w[n - 1] == 'e' && consonant(n - 2) && !accented_end) {
    char before = w[n - 2];
    bool syllabic = (before == 'l' || before == 'r') && consonant(n - 3) && w[n - 3] != before;
    if (!syllabic) --count;  // "make", but "table", "centre"
  } else if (count > 1 && n >= 4 && !stem && EndsWith(w, "es") && consonant(n - 3)) {
    char before = w[n - 3];
    bool syllabic = In(before, "sxzcg") || (before == 'h' && In(w[n - 4], "cs")) ||
                    ((before == 'l' || before == 'r') && consonant(n - 4) && w[n - 4] != before);
    if (!syllabic) --count;  // "makes", but "places", "tables"
  } else if (count > 1 && n >= 4 && !stem && EndsWith(w, "ed") && consonant(n - 3)) {
    char before = w[n - 3];
    bool syllabic = In(before, "td") || ((before == 'l' || before == 'r') && consonant(n - 4) && w[n - 4] != before);
    if (!syllabic) --count;  // "named", but "wanted", "enabled", "hundred"
  }
  if (EndsWith(w, "ism")) ++count;  // "criticism": the m is a syllable of its own
  return count < 1 ? 1 : count;
}

// Steps 3-6 for one lowercase word.
int Count(std::string_view w, bool accented_end, bool stem, const SyllableExceptions& exceptions) {
  if (w.empty()) return 0;
  if (auto it = exceptions.find(w); it != exceptions.end()) return it->second;
  // "there|of", "here|by", "where|as": the e of the first word is silent.
  for (std::string_view head : {"there", "where", "here"}) {
    if (w.size() >= head.size() + 2 && w.substr(0, head.size()) == head && w.substr(head.size(), 3) != "ver" &&
        w.substr(head.size(), 2) != "sy") {
      return 1 + Count(w.substr(head.size()), accented_end, stem, exceptions);
    }
  }
  if (w.size() > 3 && w.back() == 's') {
    std::string_view singular = w.substr(0, w.size() - 1);
    bool sibilant = In(singular.back(), "sxz") || EndsWith(singular, "ch") || EndsWith(singular, "sh");
    if (auto it = exceptions.find(singular); it != exceptions.end() && !sibilant) return it->second;
    if (!stem && EndsWith(w, "eas")) return Count(singular, false, stem, exceptions);  // "ideas"
  }
  for (std::string_view tail : kTails) {
    if (w.size() >= tail.size() + 2 && EndsWith(w, tail)) {
      std::string_view head = w.substr(0, w.size() - tail.size());
      if (HasVowel(head)) {
        return Count(head, false, false, exceptions) + Count(tail, accented_end, stem, exceptions);
      }
    }
  }
  // "-ically" is said "-ic-ly" ("basically"); "-ety" after a silent e is "-ty" ("safety").
  if (w.size() > 7 && EndsWith(w, "ically")) {
    return Count(w.substr(0, w.size() - 4), false, false, exceptions) + 1;
  }
  if (w.size() > 5 && EndsWith(w, "ety") && !IsVowelLetter(w[w.size() - 4]) && !EndsWith(w, "iety")) {
    return Count(w.substr(0, w.size() - 2), false, false, exceptions) + 1;
  }
  for (const Suffix& suffix : kSuffixes) {
    if (w.size() >= suffix.text.size() + 2 && EndsWith(w, suffix.text)) {
      std::string_view head = w.substr(0, w.size() - suffix.text.size());
      bool ing = suffix.text[0] == 'i';
      if (HasVowel(head)) return Count(head, false, ing, exceptions) + suffix.syllables;
    }
  }
  return Heuristic(w, accented_end, stem);
}

// Step 2, then 3-6, for a word part without hyphens or apostrophes.
int CountCore(std::string_view raw, const SyllableExceptions& exceptions) {
  if (raw.size() >= 2 && raw.size() <= 5) {
    bool capitals = true;
    for (char c : raw) capitals = capitals && c >= 'A' && c <= 'Z';
    if (capitals) {
      int n = 0;
      for (char c : raw) n += c == 'W' ? 3 : 1;  // "double-u"
      return n;
    }
  }
  bool accented_end = false;
  std::string w = Letters(raw, &accented_end);
  return Count(w, accented_end, false, exceptions);
}

bool EndsInConsonant(std::string_view raw) {
  bool accented = false;
  std::string w = Letters(raw, &accented);
  return !w.empty() && !IsVowelLetter(w.back());
}

// Step 1 for one hyphen-free part: a clitic after an apostrophe.
int CountPart(std::string_view part, const SyllableExceptions& exceptions) {
  std::size_t apostrophe = std::string_view::npos;
  std::size_t after = 0;
  for (std::size_t i = 0; i < part.size();) {
    std::size_t len = 0;
    char32_t c = DecodeAt(part, i, &len);
    if (c == '\'' || c == 0x2019) {
      apostrophe = i;
      after = i + len;
      break;
    }
    i += len;
  }
  if (apostrophe == std::string_view::npos) return CountCore(part, exceptions);
  std::string_view base = part.substr(0, apostrophe);
  bool ignored = false;
  std::string clitic = Letters(part.substr(after), &ignored);
  if (clitic == "t" && base.size() > 1 && (base.back() == 'n' || base.back() == 'N')) {
    std::string_view core = base.substr(0, base.size() - 1);  // "did|n't", "ca|n't"
    return CountCore(core, exceptions) + (EndsInConsonant(core) ? 1 : 0);
  }
  if (clitic == "s") {
    bool letters_ignored = false;
    std::string b = Letters(base, &letters_ignored);
    bool sibilant = !b.empty() && (In(b.back(), "sxz") || EndsWith(b, "ch") || EndsWith(b, "sh") || EndsWith(b, "ce") ||
                                   EndsWith(b, "ge"));
    return CountCore(base, exceptions) + (sibilant ? 1 : 0);  // "James's"
  }
  if (clitic.empty() || clitic == "ll" || clitic == "re" || clitic == "ve" || clitic == "d" || clitic == "m") {
    return CountCore(base, exceptions);
  }
  std::string joined(base);
  joined += part.substr(after);  // "O'Brien": not a clitic
  return CountCore(joined, exceptions);
}

}  // namespace

int CountSyllables(std::string_view word, const SyllableExceptions& exceptions) {
  int total = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= word.size();) {
    std::size_t len = 1;
    char32_t c = i < word.size() ? DecodeAt(word, i, &len) : U'-';
    if (c == '-' || c == 0x2010 || c == 0x2011) {
      if (i > start) total += CountPart(word.substr(start, i - start), exceptions);
      start = i + len;
    }
    i += len;
  }
  return total;
}

int CountSyllables(std::string_view word) { return CountSyllables(word, kNoExceptions); }

}  // namespace pnc::readability
