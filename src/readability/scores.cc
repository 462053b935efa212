// readability: plain text → TextStats (counts, Flesch–Kincaid and SMOG grades).
#include "readability/scores.h"

#include <cmath>

namespace pnc::readability {

double FleschKincaidGrade(int words, int sentences, int syllables) {
  if (words == 0 || sentences == 0) return 0;
  return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
}

double SmogGrade(int polysyllables, int sentences) {
  if (sentences == 0) return 0;
  return 1.0430 * std::sqrt(polysyllables * 30.0 / sentences) + 3.1291;
}

TextStats Measure(std::string_view text, const LocaleData& locale) {
  TextStats stats;
  std::vector<Word> words = Tokenise(text);
  std::vector<Sentence> sentences = SplitSentences(text, locale.abbreviations);
  stats.sentences = static_cast<int>(sentences.size());
  for (const Sentence& s : sentences) {
    stats.words += s.words;
    if (s.words > stats.max_sentence_words) {
      stats.max_sentence_words = s.words;
      stats.longest_sentence_offset = s.offset;
    }
  }
  if (stats.sentences > 0) {
    stats.average_sentence_words = static_cast<double>(stats.words) / stats.sentences;
  }
  if (!locale.grade_measured || stats.words == 0) return stats;
  for (const Word& w : words) {
    int n = w.kind == WordKind::kWord ? CountSyllables(text.substr(w.offset, w.length), locale.syllable_exceptions) : 1;
    stats.syllables += n;
    if (n >= 3) ++stats.polysyllables;
  }
  stats.flesch_kincaid = FleschKincaidGrade(stats.words, stats.sentences, stats.syllables);
  stats.smog = SmogGrade(stats.polysyllables, stats.sentences);
  stats.smog_reliable = stats.sentences >= kSmogSentences;
  return stats;
}

}  // namespace pnc::readability
