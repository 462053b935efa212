#pragma once
// readability: where a locale's jargon terms occur in a text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readability/locale_data.h"

namespace pnc::readability {

/// One occurrence of a jargon entry.
struct JargonHit {
  std::size_t offset = 0;  // byte offset of the first matched word
  std::size_t length = 0;  // bytes to the end of the last matched word
  std::size_t entry = 0;   // index into LocaleData::jargon
};

/// Occurrences in `text` of the entries flagged for `band`, sorted by offset. A term or form
/// matches whole words, case-insensitively, with spaces and hyphens alike between its words
/// ("third-party" = "third party") but no other punctuation; its last word may take one of the
/// locale's inflections ("parties", "consented", "controller's", "prosesu'r"); with
/// `initial_mutations` its first word may be mutated ("brosesu", "nghydsyniad"). Where hits
/// overlap, the earliest and then the longest is kept ("personal data" over "data").
std::vector<JargonHit> FindJargon(std::string_view text, const LocaleData& locale, std::string_view band);

/// The soft, nasal and aspirate mutations and h-prothesis of a lowercase Welsh word, without
/// the word itself: "prosesu" → "brosesu", "mhrosesu", "phrosesu".
std::vector<std::string> WelshMutations(std::string_view word);

}  // namespace pnc::readability
