// rules: Welsh text → its marks of address ('ti' or 'chi'), word by word, and the 'chi' form of a
// familiar mark for a fix hint. The cy-register rule that uses them is welsh_register.cc.
#include "rules/welsh_register.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/utf8.h"
#include "source/visit.h"

namespace pnc::rules {
namespace {

// The word lists are grammar, not phrases: some words count only next to another (a verb before
// "di"), so they live here rather than in data/lint-vocabulary.json's whole-phrase lists. Each
// familiar word is paired with its 'chi' form for the fix hint. Only forms that are nothing but
// second-person address are listed: "gelli" (also a grove, "Y Gelli") counts only with "di";
// imperatives in -a only where no other word is spelt so ("da", "yma", "gyda" end in -a too).
constexpr std::array<std::pair<std::string_view, std::string_view>, 38> kFamiliar = {{
    {"ti", "chi"},
    {"chdi", "chi"},
    {"dy", "eich"},
    {"th", "ch"},
    {"wyt", "ydych"},
    {"rwyt", "rydych"},
    {"dwyt", "dydych"},
    {"oeddet", "oeddech"},
    {"roeddet", "roeddech"},
    {"doeddet", "doeddech"},
    {"byddi", "byddwch"},
    {"fyddi", "fyddwch"},
    {"iti", "i chi"},
    {"atat", "atoch"},
    {"amdanat", "amdanoch"},
    {"gennyt", "gennych"},
    {"arnat", "arnoch"},
    {"wrthyt", "wrthych"},
    {"ohonot", "ohonoch"},
    {"drosot", "drosoch"},
    {"cofia", "cofiwch"},
    {"paid", "peidiwch"},
    {"dere", "dewch"},
    {"tyrd", "dewch"},
    {"gofynna", "gofynnwch"},
    {"edrycha", "edrychwch"},
    {"darllena", "darllenwch"},
    {"gwranda", "gwrandewch"},
    {"cysyllta", "cysylltwch"},
    {"ffonia", "ffoniwch"},
    {"clicia", "cliciwch"},
    {"dewisa", "dewiswch"},
    {"gelli di", "gallwch chi"},
    {"galli di", "gallwch chi"},
    {"elli di", "allwch chi"},
    {"alli di", "allwch chi"},
    {"cei di", "cewch chi"},
    {"gei di", "gewch chi"},
}};
// Verbs in the second person singular after which "di" is the pronoun (beyond the four above).
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kDiVerbs = {{
    {"wnei", "wnewch"},
    {"gwnei", "gwnewch"},
    {"fedri", "fedrwch"},
    {"medri", "medrwch"},
    {"hoffet", "hoffech"},
    {"allet", "allech"},
    {"gallet", "gallech"},
    {"ddylet", "ddylech"},
    {"dylet", "dylech"},
    {"fyddet", "fyddech"},
    {"wyddost", "wyddoch"},
    {"chei", "chewch"},
    {"wnest", "wnaethoch"},
    {"gest", "gawsoch"},
}};
constexpr std::array<std::string_view, 52> kFormal = {
    "chi",       "chwi",      "chithau",   "ichi",       "iwch",       "eich",       "ch",       "atoch",    "amdanoch",
    "gennych",   "arnoch",    "wrthych",   "ohonoch",    "drosoch",    "trwyddoch",  "ydych",    "rydych",   "dydych",
    "oeddech",   "roeddech",  "doeddech",  "byddwch",    "fyddwch",    "gallwch",    "allwch",   "hoffech",  "dylech",
    "ddylech",   "cewch",     "gewch",     "chewch",     "wnewch",     "gwnewch",    "ewch",     "dewch",    "cofiwch",
    "peidiwch",  "gofynnwch", "edrychwch", "darllenwch", "gwrandewch", "cysylltwch", "ffoniwch", "cliciwch", "dewiswch",
    "siaradwch", "dywedwch",  "llenwch",   "medrwch",    "fedrwch",    "gallech",    "allech",
};

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c == 0xD7 || c == 0xF7) return false;  // × ÷
  return (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
// The code point at s[i], or 0 past the end.
char32_t At(std::string_view s, size_t i) {
  size_t length = 0;
  return i < s.size() ? base::DecodeUtf8At(s, i, &length) : 0;
}
bool IsUpper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

// ASCII and Latin-1/Welsh lowercase (Â → â, Ŵ → ŵ, Ŷ → ŷ); other letters as they are.
std::string Lower(std::string_view word) {
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = base::NextUtf8(word, &i);
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
    if (c == 0x174 || c == 0x176) c += 1;
    base::AppendUtf8(c, &out);
  }
  return out;
}

// The closing mark of an opening quotation mark, or 0.
char32_t Closer(char32_t c) {
  switch (c) {
    case 0x201C:
      return 0x201D;  // “ ”
    case 0x201E:
      return 0x201C;  // „ “ (also closed by ”)
    case 0x00AB:
      return 0x00BB;  // « »
    case 0x2039:
      return 0x203A;  // ‹ ›
    case 0x2018:
      return 0x2019;  // ‘ ’ (an apostrophe inside a word does not close it)
    case '"':
      return '"';
    case '{':
      return '}';  // a catalogue placeholder ({org}): a name, not the catalogue's words
    default:
      return 0;
  }
}

struct Word {
  std::string lower, text;
  size_t offset = 0;
  bool skip = false;  // no mark whatever it says (see FindRegisterMarks)
};

std::vector<Word> Tokens(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  char32_t quote = 0;   // the closing mark awaited, 0 outside quotations
  char32_t before = 0;  // the character before the current one
  char32_t before_before = 0;
  bool sentence_start = true;  // nothing but spaces and opening marks since the text began or a . ! ? :
  bool in_address = false;     // inside a web or e-mail address (a run without spaces that holds one)
  size_t chunk_end = 0;        // where the run of non-space characters `in_address` describes ends
  while (i < text.size()) {
    const size_t start = i;
    char32_t c = base::NextUtf8(text, &i);
    if (start >= chunk_end && c != ' ' && c != '\n' && c != '\t') {
      // Each run is looked at once, so the scan stays linear in the text.
      chunk_end = std::min(text.size(), text.find_first_of(" \n\t", start));
      const std::string_view chunk = text.substr(start, chunk_end - start);
      in_address = chunk.find("://") != chunk.npos || chunk.find('@') != chunk.npos || chunk.find("www.") != chunk.npos;
    }
    if (quote != 0) {
      const bool closes = c == quote || (quote == 0x201C && c == 0x201D);
      // ’ closes a ‘ quotation only where it is not an apostrophe inside a word (sy’n).
      if (closes && !(c == 0x2019 && IsLetter(At(text, i)))) quote = 0;
      before_before = before;
      before = c;
      continue;
    }
    if (!IsLetter(c)) {
      if (char32_t close = Closer(c); close != 0 && !(c == 0x2019)) {
        quote = close;
      } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
        sentence_start = true;
      }
      before_before = before;
      before = c;
      continue;
    }
    // A word: letters (and digits) up to the next other character.
    size_t end = i;
    char32_t last = c;
    while (end < text.size()) {
      size_t next = end;
      char32_t d = base::NextUtf8(text, &next);
      if (!IsLetter(d)) break;
      last = d;
      end = next;
    }
    Word w;
    w.text = std::string(text.substr(start, end - start));
    w.lower = Lower(w.text);
    w.offset = start;
    const bool after_apostrophe = IsApostrophe(before);
    const bool elided = after_apostrophe && !IsLetter(before_before);  // 'di, 'dy: a word cut short
    const char32_t following = At(text, end);
    w.skip = in_address || elided || IsHyphen(before) || IsHyphen(following) ||
             (IsUpper(c) && !sentence_start && w.text.size() > 1) ||
             // A clitic after an apostrophe ("i'ch", "a'th") counts; any other word there does not.
             (after_apostrophe && w.lower != "ch" && w.lower != "th") ||
             (!after_apostrophe && (w.lower == "ch" || w.lower == "th"));
    words.push_back(std::move(w));
    sentence_start = false;
    before_before = before;
    before = last;
    i = end;
  }
  return words;
}

template <typename List>
bool Listed(const List& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](const auto& e) {
    if constexpr (std::is_same_v<std::decay_t<decltype(e)>, std::string_view>) {
      return e == word;
    } else {
      return e.first == word;
    }
  });
}

}  // namespace

std::vector<RegisterMark> FindRegisterMarks(std::string_view text) {
  std::vector<RegisterMark> marks;
  const std::vector<Word> words = Tokens(text);
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (w.skip) continue;
    if (w.lower == "di") {
      // The pronoun only right after a second-person verb ("gelli di", "wnei di"); else it may be
      // "wedi" cut short or a prefix.
      if (k > 0 && !words[k - 1].skip &&
          (Listed(kDiVerbs, words[k - 1].lower) || Listed(kFamiliar, words[k - 1].lower + " di"))) {
        const Word& verb = words[k - 1];
        if (!marks.empty() && marks.back().offset == verb.offset) marks.pop_back();
        marks.push_back({true, verb.text + " " + w.text, verb.offset});
      }
      continue;
    }
    // "ei dy newydd" is "dŷ" (house) typed without its circumflex after a possessive, not "your".
    if (w.lower == "dy" && k > 0) {
      // ("i'w dy", "a'i dy": the tokens split at the apostrophe, the clitic marked skip.)
      const Word& before = words[k - 1];
      if (before.lower == "ei" || before.lower == "eu" ||
          (before.skip && (before.lower == "w" || before.lower == "i"))) {
        continue;
      }
    }
    if (Listed(kFamiliar, w.lower)) {
      marks.push_back({true, w.text, w.offset});
    } else if (Listed(kFormal, w.lower)) {
      marks.push_back({false, w.text, w.offset});
    }
  }
  return marks;
}

std::string FormalFor(const std::string& familiar_words) {
  const std::string lower = Lower(familiar_words);
  for (const auto& [f, formal] : kFamiliar) {
    if (f == lower) return std::string(formal);
  }
  const size_t space = lower.find(' ');
  if (space != std::string::npos && lower.substr(space + 1) == "di") {
    for (const auto& [f, formal] : kDiVerbs) {
      if (f == lower.substr(0, space)) return std::string(formal) + " chi";
    }
  }
  return "";
}

}  // namespace pnc::rules
