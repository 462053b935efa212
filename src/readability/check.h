#pragma once
// readability: the readability findings for one text against one audience band.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readability/locale_data.h"
#include "readability/scores.h"

namespace pnc::readability {

/// Words a text needs before its reading grade is judged: under this, one long word moves
/// Flesch–Kincaid by half a grade or more, so a short section is judged only as part of the
/// whole notice.
inline constexpr int kMinWordsForGrade = 100;

/// Whether the text's reading grade was measured, and if not, why.
enum class GradeStatus {
  kMeasured,   // stats.flesch_kincaid was compared with the band's max_grade
  kNoFormula,  // the locale has no validated formula (Welsh): no grade is given at all
  kTooShort,   // fewer than min_words_for_grade words: the grade is in stats but not judged
  kSkipped,    // CheckOptions::reading_level was false
};

/// One readability problem. Rule ids: "reading-level", "long-sentence", "jargon".
struct Finding {
  std::string rule;
  std::string message;     // compiler style: lowercase, no trailing period, values in '…'
  std::string hint;        // how to fix it, without the "hint: " prefix
  double measured = 0;     // grade (to 1 decimal) or words in the sentence; 0 for jargon
  double target = 0;       // max grade or max words; 0 for jargon
  std::size_t offset = 0;  // byte offset into the text (0 for reading-level: the whole text)
  std::size_t length = 0;  // bytes of the sentence or term (the whole text for reading-level)
  std::string term;        // jargon: the listed term
  std::string plain;       // jargon: the plain alternative
};

/// Which checks to run; all by default.
struct CheckOptions {
  bool reading_level = true;
  bool long_sentences = true;
  bool jargon = true;
  int min_words_for_grade = kMinWordsForGrade;
};

/// The counts of a text and its findings, sorted by offset (at one offset: reading-level,
/// long-sentence, jargon).
struct CheckResult {
  TextStats stats;
  GradeStatus grade = GradeStatus::kNoFormula;
  std::vector<Finding> findings;
};

/// Checks plain `text` (Markdown already stripped, one paragraph or list item per line, no
/// headings) against `band` of `locale`. `glossary` lists the terms the notice's glossary
/// explains: a jargon entry marked "glossary" is not reported when its term is listed there.
CheckResult Check(std::string_view text, const LocaleData& locale, const Band& band,
                  const std::vector<std::string>& glossary, const CheckOptions& options = {});

}  // namespace pnc::readability
