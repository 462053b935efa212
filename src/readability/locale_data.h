#pragma once
// readability: one locale's targets, jargon list and language data, parsed from
// accessibility/readability/<locale>.json (the caller reads the file; this stage does no I/O).
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "readability/syllables.h"
#include "readability/text.h"

namespace pnc::readability {

/// The audience bands every locale file must define: the ICO children's code age ranges a
/// notice can be written for (0-5 is read to, not by, the child) and "adult".
std::span<const std::string_view> RequiredBands();

/// Targets for one audience band.
struct Band {
  std::string id;                   // "6-9", "10-12", "13-15", "16-17" or "adult"
  std::optional<double> max_grade;  // Flesch–Kincaid grade; empty where the locale has no formula
  int max_sentence_words = 0;       // longest sentence allowed, in words
};

/// One word or phrase to avoid, with what to say instead.
struct JargonEntry {
  std::string term;                // as listed, e.g. "data controller"
  std::string plain;               // the plain alternative to suggest
  bool glossary = false;           // may stay when the notice's glossary explains it
  std::vector<std::string> forms;  // other surface forms matched as this term (irregular plurals…)
  std::vector<std::string> bands;  // bands it is flagged for
};

/// Everything the readability checks need to know about one locale.
struct LocaleData {
  std::string locale;                      // "en", "cy"
  bool grade_measured = false;             // true only with a validated reading-grade formula
  std::vector<Band> bands;                 // in file order
  Abbreviations abbreviations;             // for sentence splitting
  SyllableExceptions syllable_exceptions;  // for the syllable counter (grade-measured locales)
  std::vector<std::string> inflections;    // endings the last word of a term may take: "s", "'r"
  bool initial_mutations = false;          // Welsh: also match mutated forms of a term's first word
  std::vector<JargonEntry> jargon;
};

/// A problem in a locale file: where (JSON pointer) and what.
struct LoadError {
  std::string pointer;  // e.g. "/bands/10-12/max_sentence_words"
  std::string message;  // lowercase, no trailing period
};

/// The parsed locale, or the errors that stop it from being used.
struct LocaleLoad {
  LocaleData data;
  std::vector<LoadError> errors;  // empty: `data` is complete
};

/// Parses one locale file's JSON; reports every problem found, never throws.
LocaleLoad LoadLocale(const nlohmann::json& json);

/// The band with this id, or nullptr.
const Band* FindBand(const LocaleData& locale, std::string_view id);

/// "ages 10-12", or "adults": how messages name a band.
std::string BandPhrase(std::string_view band_id);

}  // namespace pnc::readability
