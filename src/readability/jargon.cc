// readability: text + locale jargon list → JargonHit spans (whole-word, case-insensitive,
// inflection- and Welsh-mutation-tolerant matching).
#include "readability/jargon.h"

#include <algorithm>

#include "readability/text.h"

namespace pnc::readability {
namespace {

// One word of a text or a term, split at hyphens, lowercased, curly apostrophes made straight.
struct Piece {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string key;
};

bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

std::vector<Piece> Pieces(std::string_view text) {
  std::string folded = FoldCase(text);  // same byte offsets as `text`
  std::vector<Piece> out;
  for (const Word& word : Tokenise(folded)) {
    if (word.kind == WordKind::kAddress) continue;  // "data@charity.org" is not jargon
    Piece piece{word.offset, 0, ""};
    std::size_t end = word.offset + word.length;
    for (std::size_t i = word.offset; i <= end;) {
      std::size_t len = 1;
      char32_t c = i < end ? DecodeAt(folded, i, &len) : U'-';
      if (IsHyphen(c)) {
        piece.length = i - piece.offset;
        if (!piece.key.empty()) out.push_back(piece);
        piece = Piece{i + len, 0, ""};
      } else if (c == 0x2019) {
        piece.key.push_back('\'');
      } else {
        piece.key.append(folded, i, len);
      }
      i += len;
    }
  }
  return out;
}

// Whether only spaces and hyphens lie between two pieces, so they read as one phrase.
bool Joined(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to;) {
    std::size_t len = 0;
    char32_t c = DecodeAt(text, i, &len);
    if (c != ' ' && c != '\t' && c != 0xA0 && !IsHyphen(c)) return false;
    i += len;
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether `word` is `base` or, when `inflect`, `base` with one of the locale's endings
// (dropping a final e before a vowel ending, a final y before an i ending).
bool PieceMatches(std::string_view word, std::string_view base, bool inflect,
                  const std::vector<std::string>& inflections) {
  if (word == base) return true;
  if (!inflect) return false;
  for (const std::string& ending : inflections) {
    std::string_view e(ending);
    if (word.size() == base.size() + e.size() && word.substr(0, base.size()) == base && word.substr(base.size()) == e) {
      return true;
    }
    bool drop =
        !e.empty() && !base.empty() && ((base.back() == 'e' && IsVowel(e[0])) || (base.back() == 'y' && e[0] == 'i'));
    if (drop && word.size() == base.size() - 1 + e.size() &&
        word.substr(0, base.size() - 1) == base.substr(0, base.size() - 1) && word.substr(base.size() - 1) == e) {
      return true;
    }
  }
  return false;
}

struct Pattern {
  std::size_t entry;
  std::vector<std::string> words;   // after the first
  std::vector<std::string> firsts;  // the first word and its mutations
};

std::vector<Pattern> Patterns(const LocaleData& locale, std::string_view band) {
  std::vector<Pattern> patterns;
  for (std::size_t e = 0; e < locale.jargon.size(); ++e) {
    const JargonEntry& entry = locale.jargon[e];
    if (std::find(entry.bands.begin(), entry.bands.end(), band) == entry.bands.end()) continue;
    std::vector<std::string> surfaces = entry.forms;
    surfaces.insert(surfaces.begin(), entry.term);
    for (const std::string& surface : surfaces) {
      std::vector<Piece> pieces = Pieces(surface);
      if (pieces.empty()) continue;
      Pattern p{e, {}, {pieces[0].key}};
      if (locale.initial_mutations) {
        for (std::string& m : WelshMutations(pieces[0].key)) p.firsts.push_back(std::move(m));
      }
      for (std::size_t i = 1; i < pieces.size(); ++i) p.words.push_back(pieces[i].key);
      patterns.push_back(std::move(p));
    }
  }
  return patterns;
}

}  // namespace

std::vector<std::string> WelshMutations(std::string_view w) {
  std::vector<std::string> out;
  auto add = [&](std::string_view from, std::initializer_list<std::string_view> to) {
    if (w.substr(0, from.size()) != from) return false;
    for (std::string_view t : to) {
      std::string m(t);
      m += w.substr(from.size());
      if (m.size() >= 2) out.push_back(std::move(m));
    }
    return true;
  };
  // Digraphs first: "ll", "rh" mutate; "ch", "ph", "th", "dd", "ff", "ng" do not.
  if (add("ll", {"l"}) || add("rh", {"r"})) return out;
  for (std::string_view fixed : {"ch", "ph", "th", "dd", "ff", "ng"}) {
    if (w.substr(0, 2) == fixed) return out;
  }
  if (add("p", {"b", "mh", "ph"}) || add("t", {"d", "nh", "th"}) || add("c", {"g", "ngh", "ch"}) ||
      add("b", {"f", "m"}) || add("d", {"dd", "n"}) || add("g", {"", "ng"}) || add("m", {"f"})) {
    return out;
  }
  // h-prothesis before a vowel ("ei hawl"); w and y are vowels in Welsh.
  std::size_t len = 0;
  char32_t c = w.empty() ? 0 : DecodeAt(w, 0, &len);
  bool vowel = c < 0x80 ? c != 0 && std::string_view("aeiouwy").find(static_cast<char>(c)) != std::string_view::npos
                        : (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) || (c >= 0xF2 && c <= 0xF6) ||
                              (c >= 0xF9 && c <= 0xFC) || c == 0x175 || c == 0x177;
  if (vowel) out.push_back("h" + std::string(w));
  return out;
}

std::vector<JargonHit> FindJargon(std::string_view text, const LocaleData& locale, std::string_view band) {
  std::vector<Pattern> patterns = Patterns(locale, band);
  std::vector<Piece> pieces = Pieces(text);
  std::vector<JargonHit> hits;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    for (const Pattern& p : patterns) {
      std::size_t n = p.words.size() + 1;
      if (k + n > pieces.size()) continue;
      bool first_last = n == 1;
      bool ok = std::any_of(p.firsts.begin(), p.firsts.end(), [&](const std::string& first) {
        return PieceMatches(pieces[k].key, first, first_last, locale.inflections);
      });
      for (std::size_t j = 1; ok && j < n; ++j) {
        const Piece& prev = pieces[k + j - 1];
        ok = Joined(text, prev.offset + prev.length, pieces[k + j].offset) &&
             PieceMatches(pieces[k + j].key, p.words[j - 1], j + 1 == n, locale.inflections);
      }
      if (!ok) continue;
      const Piece& last = pieces[k + n - 1];
      hits.push_back({pieces[k].offset, last.offset + last.length - pieces[k].offset, p.entry});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const JargonHit& a, const JargonHit& b) {
    if (a.offset != b.offset) return a.offset < b.offset;
    if (a.length != b.length) return a.length > b.length;
    return a.entry < b.entry;
  });
  std::vector<JargonHit> kept;
  for (const JargonHit& h : hits) {
    if (kept.empty() || h.offset >= kept.back().offset + kept.back().length) kept.push_back(h);
  }
  return kept;
}

}  // namespace pnc::readability
