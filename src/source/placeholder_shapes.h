#pragma once
// source: the shapes a placeholder takes in a text (placeholder_shapes.cc), for placeholder.cc's
// scan: a chunk at a reserved domain, a word, zeros in groups, a phone number, a gap, a phrase.
// Internal to the placeholder finder.
#include <string>
#include <string_view>
#include <vector>

#include "source/placeholder.h"

namespace pnc::source::shapes {

/// ASCII lower case (other bytes unchanged).
inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
/// An ASCII letter or digit.
inline bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
/// Part of a word: letters of other scripts (UTF-8 bytes >= 0x80) are too.
inline bool IsWordByte(char c) { return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }
/// An ASCII digit.
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
/// A space, tab or line break.
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `s` in ASCII lower case.
inline std::string LowerOf(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

/// Whether `list` holds `s`.
inline bool In(const std::vector<std::string>& list, const std::string& s) {
  for (const auto& w : list) {
    if (w == s) return true;
  }
  return false;
}

/// A run of non-space characters that is question marks or an address at a reserved domain.
bool CheckChunk(std::string_view chunk, const PlaceholderWords& w, Placeholder* out);

/// A placeholder word, a row of x's or a registration number of zeros.
bool CheckWord(std::string_view word, const PlaceholderWords& w, Placeholder* out);

/// A number of zeros written in groups from `i`; returns where the next check may start.
size_t CheckSpacedZeros(std::string_view text, size_t i, Placeholder* out);

/// A phone number of zeros, or one Ofcom reserves for drama.
bool CheckPhone(std::string_view run, Placeholder* out);

/// A gap to fill in ("[insert date]", "{{name}}", "<insert …>") opening at `open`.
bool CheckGap(std::string_view text, size_t open, const PlaceholderWords& w, Placeholder* out);

/// The offset of `phrase` in `low` as whole words (`'` also matches ’), its length in `*length`; or npos.
size_t FindPhrase(const std::string& low, const std::string& phrase, size_t* length);

}  // namespace pnc::source::shapes
