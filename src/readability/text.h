#pragma once
// readability: words and sentences of plain text, with byte offsets into it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace pnc::readability {

/// What a word is made of; numbers and addresses count as words but are not sounded out.
enum class WordKind { kWord, kNumber, kAddress };

/// One word: a byte span of the text and its kind.
struct Word {
  std::size_t offset = 0;  // byte offset into the text
  std::size_t length = 0;  // bytes
  WordKind kind = WordKind::kWord;
};

/// One sentence: from its first word to its closing punctuation (closing quotes included).
struct Sentence {
  std::size_t offset = 0;      // byte offset of the first character
  std::size_t length = 0;      // bytes
  std::size_t first_word = 0;  // index into Tokenise(text)
  int words = 0;               // number of words
};

/// Abbreviations (lowercase, without their last dot: "e.g", "mr") whose dot may not end a sentence.
struct Abbreviations {
  std::vector<std::string> never_final;   // "mr", "e.g": the sentence always goes on
  std::vector<std::string> may_be_final;  // "etc": ends the sentence only before a capital letter
};

/// The words of `text` in order: letters and digits joined by inner apostrophes and hyphens,
/// numbers with inner '.' or ',' ("3.5", "1,000"), dotted initialisms ("e.g"), and e-mail
/// addresses, URLs and domain names as one word each.
std::vector<Word> Tokenise(std::string_view text);

/// The sentences of `text`, each with at least one word. A sentence ends at '.', '!', '?' or '…'
/// followed by a space or the end, and at every line break: the caller gives one paragraph or
/// list item per line, so list items without a full stop are sentences too.
std::vector<Sentence> SplitSentences(std::string_view text, const Abbreviations& abbreviations);

/// `s` with ASCII, Latin-1 and Latin Extended letters (including Welsh ŵ, ŷ, ẁ, ỳ) lowercased.
/// Every byte length is kept, so offsets into the result are offsets into `s`.
std::string FoldCase(std::string_view s);

/// The code point at s[i] and its byte length (base/utf8.h: malformed bytes are U+FFFD, length 1).
inline char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length) {
  return base::DecodeUtf8At(s, i, length);
}

/// True for letters in any script (not punctuation, symbols or emoji).
bool IsLetter(char32_t c);

}  // namespace pnc::readability
