// readability: text + locale + band → CheckResult (reading-level, long-sentence and jargon
// findings with compiler-style messages).
#include "readability/check.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "readability/jargon.h"
#include "readability/text.h"

namespace pnc::readability {
namespace {

// One decimal, independent of the C locale (printf would write "8,4" under some locales).
std::string OneDecimal(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  return std::string(buffer, result.ptr);
}

double RoundOneDecimal(double value) { return std::round(value * 10) / 10; }

bool InGlossary(const JargonEntry& entry, const std::vector<std::string>& glossary) {
  std::string term = FoldCase(entry.term);
  return std::any_of(glossary.begin(), glossary.end(), [&](const std::string& g) {
    std::string folded = FoldCase(g);
    if (folded == term) return true;
    return std::any_of(entry.forms.begin(), entry.forms.end(),
                       [&](const std::string& form) { return FoldCase(form) == folded; });
  });
}

}  // namespace

CheckResult Check(std::string_view text, const LocaleData& locale, const Band& band,
                  const std::vector<std::string>& glossary, const CheckOptions& options) {
  CheckResult result;
  result.stats = Measure(text, locale);
  std::string who = BandPhrase(band.id);

  if (!locale.grade_measured || !band.max_grade) {
    result.grade = GradeStatus::kNoFormula;
  } else if (!options.reading_level) {
    result.grade = GradeStatus::kSkipped;
  } else if (result.stats.words < options.min_words_for_grade || !result.stats.flesch_kincaid) {
    result.grade = GradeStatus::kTooShort;
  } else {
    result.grade = GradeStatus::kMeasured;
    double grade = RoundOneDecimal(*result.stats.flesch_kincaid);
    if (grade > *band.max_grade) {
      const TextStats& s = result.stats;
      Finding f;
      f.rule = "reading-level";
      f.message =
          "reading grade " + OneDecimal(grade) + " is above the target " + OneDecimal(*band.max_grade) + " for " + who;
      f.hint = "use shorter sentences and shorter words: " + OneDecimal(s.average_sentence_words) +
               " words per sentence, " + OneDecimal(static_cast<double>(s.syllables) / s.words) + " syllables per word";
      f.measured = grade;
      f.target = *band.max_grade;
      f.length = text.size();
      result.findings.push_back(std::move(f));
    }
  }

  if (options.long_sentences) {
    for (const Sentence& s : SplitSentences(text, locale.abbreviations)) {
      if (s.words <= band.max_sentence_words) continue;
      Finding f;
      f.rule = "long-sentence";
      f.message = "sentence has " + std::to_string(s.words) + " words, the target for " + who + " is at most " +
                  std::to_string(band.max_sentence_words);
      f.hint = "split it into shorter sentences";
      f.measured = s.words;
      f.target = band.max_sentence_words;
      f.offset = s.offset;
      f.length = s.length;
      result.findings.push_back(std::move(f));
    }
  }

  if (options.jargon) {
    for (const JargonHit& hit : FindJargon(text, locale, band.id)) {
      const JargonEntry& entry = locale.jargon[hit.entry];
      if (entry.glossary && InGlossary(entry, glossary)) continue;
      Finding f;
      f.rule = "jargon";
      f.message = "'" + std::string(text.substr(hit.offset, hit.length)) + "' is jargon for " + who;
      f.hint = "say '" + entry.plain + "'";
      if (entry.glossary) f.hint += ", or explain '" + entry.term + "' in the glossary";
      f.offset = hit.offset;
      f.length = hit.length;
      f.term = entry.term;
      f.plain = entry.plain;
      result.findings.push_back(std::move(f));
    }
  }

  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.offset < b.offset; });
  return result;
}

}  // namespace pnc::readability
