#pragma once
// readability: word, sentence and syllable counts of a text and the grade formulas over them.
//
// Which grade to trust: both formulas give a US school grade (≈ reading age − 5).
// - Flesch–Kincaid (Kincaid et al. 1975) uses average sentence length and syllables per word;
//   it works on any length of text but is unstable under about 100 words, where one long word
//   moves it by half a grade. The band targets are FK grades, so the reading-level check uses FK.
// - SMOG (McLaughlin 1969) counts words of 3+ syllables and was calibrated on samples of 30
//   sentences for full comprehension, so it reads 1-2 grades above FK. It is shown beside FK for a
//   second opinion and marked unreliable under 30 sentences, which is every section of a
//   children's notice; it is never checked against a target.
#include <cstddef>
#include <optional>
#include <string_view>

#include "readability/locale_data.h"

namespace pnc::readability {

/// Counts and grades of one text.
struct TextStats {
  int words = 0;
  int sentences = 0;
  int syllables = 0;      // 0 where the locale measures no grade
  int polysyllables = 0;  // words of 3 or more syllables
  double average_sentence_words = 0;
  int max_sentence_words = 0;
  std::size_t longest_sentence_offset = 0;  // byte offset of the (first) longest sentence
  std::optional<double> flesch_kincaid;     // grade; empty without a formula or without words
  std::optional<double> smog;               // grade; empty without a formula or without words
  bool smog_reliable = false;               // 30 or more sentences, as SMOG was calibrated
};

/// Sentences SMOG was calibrated on.
inline constexpr int kSmogSentences = 30;

/// Counts the words, sentences and syllables of `text` and, where the locale has a grade
/// formula, its Flesch–Kincaid and SMOG grades. Numbers, e-mail addresses and URLs are one word
/// of one syllable: a reader takes them in whole, and spelling them out would punish a notice
/// for giving its contact details.
TextStats Measure(std::string_view text, const LocaleData& locale);

/// Flesch–Kincaid grade: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
double FleschKincaidGrade(int words, int sentences, int syllables);

/// SMOG grade: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.
double SmogGrade(int polysyllables, int sentences);

}  // namespace pnc::readability
