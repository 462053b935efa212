#pragma once
// base: Welsh or English, told by a text's function words: the one pair of word lists. The draft
// reader splits bilingual drafts with it; the rules check that a source's default-locale texts are
// in the default locale's language.
#include <string>
#include <string_view>
#include <vector>

namespace pnc::base {

/// "cy", "en", or "" when the function words among `words` (lower case, with elisions such as
/// "yw'r" split into "yw" and "r") do not tell: names, addresses, numbers, a short phrase.
std::string WordsLanguage(const std::vector<std::string>& words);

/// The words of `text` for WordsLanguage: runs of letters and digits in lower case, split at every
/// other character (apostrophes too); letters outside ASCII stay inside their word.
std::vector<std::string> LowerWords(std::string_view text);

}  // namespace pnc::base
