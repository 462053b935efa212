// law: text → words → the first listed phrase found. One pass over the words; each word looks up
// only the phrases that start with it, so the cost is the text's length times a constant bounded
// by the vocabulary, never a backtracking search.
#include "law/phrases.h"

#include "base/utf8.h"

namespace pnc::rules {
namespace {

// Typographic punctuation that must separate words like ASCII punctuation does: no-break space,
// dashes, curly quotes, ellipsis, guillemets.
size_t SeparatorLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (at(0) == 0xC2 && (at(1) == 0xA0 || at(1) == 0xAB || at(1) == 0xBB)) return 2;
  if (at(0) == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x90 && at(2) <= 0x9F) || at(2) == 0xA6)) return 3;
  return 0;
}

// Appends the lowercase form of the UTF-8 sequence at s[i] (length n): ASCII, Latin-1 capitals
// and the Welsh Ŵ Ŷ; anything else is kept as it is.
void AppendFolded(std::string_view s, size_t i, size_t n, std::string* out) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (n == 1) {
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
    return;
  }
  std::string seq(s.substr(i, n));
  unsigned char d = n > 1 ? static_cast<unsigned char>(seq[1]) : 0;
  if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) seq[1] = static_cast<char>(d + 0x20);
  if (c == 0xC5 && (d == 0xB4 || d == 0xB6)) seq[1] = static_cast<char>(d + 1);
  out->append(seq);
}

}  // namespace

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t sep = SeparatorLength(text, i);
    bool ascii_word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (sep == 0 && (ascii_word || c >= 0x80)) {
      size_t n = std::min(base::Utf8SequenceLength(c), text.size() - i);
      AppendFolded(text, i, n, &word);
      i += n;
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    i += sep ? sep : 1;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

void PhraseList::Add(const std::string& phrase) {
  Phrase p{Words(phrase), phrase};
  if (p.words.empty()) return;
  by_first_[p.words.front()].push_back(phrases_.size());
  phrases_.push_back(std::move(p));
}

std::string PhraseList::FindIn(const std::vector<std::string>& words) const {
  size_t best = phrases_.size();
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = by_first_.find(words[i]);
    if (it == by_first_.end()) continue;
    for (size_t k : it->second) {
      const auto& p = phrases_[k].words;
      if (i + p.size() > words.size()) continue;
      bool all = true;
      for (size_t j = 1; j < p.size() && all; ++j) all = words[i + j] == p[j];
      // The earliest match in the text is reported; among phrases starting at the same word, the
      // longest ("risk assessments" over "risk").
      if (all && (best == phrases_.size() || p.size() > phrases_[best].words.size())) best = k;
    }
    if (best != phrases_.size()) return phrases_[best].text;
  }
  return "";
}

}  // namespace pnc::rules
