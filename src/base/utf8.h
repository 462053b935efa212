#pragma once
// base: UTF-8, the one implementation: decode, encode, validate and step through code points
// (and UTF-16 from UTF-8).
// Every stage that looks inside text (source, readability, draft, render/pdf, report) uses it.
#include <cstddef>
#include <string>
#include <string_view>

namespace pnc::base {

/// U+FFFD, what a malformed sequence decodes as.
inline constexpr char32_t kReplacementChar = U'\uFFFD';

/// The code point at s[i] (i < s.size()) and, in `*length`, its byte count. A malformed sequence
/// (a stray continuation or invalid lead byte, a truncated sequence, an overlong form, a surrogate,
/// a value above U+10FFFF) decodes as U+FFFD of length 1, so a walk resynchronises at the next byte.
char32_t DecodeUtf8At(std::string_view s, size_t i, size_t* length);

/// The code point at s[*i]; advances *i past it (malformed: U+FFFD, one byte).
char32_t NextUtf8(std::string_view s, size_t* i);

/// Every code point of `s`, malformed sequences as U+FFFD.
std::u32string DecodeUtf8(std::string_view s);

/// Appends `c` as UTF-8; a value that is not a Unicode scalar value (a surrogate, above
/// U+10FFFF) is appended as U+FFFD, so the output is always valid UTF-8.
void AppendUtf8(char32_t c, std::string* out);

/// `s` as UTF-8 (AppendUtf8 for each).
std::string EncodeUtf8(std::u32string_view s);

/// The byte offset of the first malformed sequence in `s`, or npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

/// The length a sequence starting with `lead` claims, by that byte alone: 2–4 for a lead byte,
/// 1 for ASCII and for a byte that cannot start a sequence.
size_t Utf8SequenceLength(unsigned char lead);

/// True for a continuation byte (10xxxxxx): counting the bytes that are not gives characters.
inline bool IsUtf8Continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

/// For the malformed sequence at s[i] (as FindInvalidUtf8 reports it): true when it has UTF-8's
/// shape (a lead byte and its continuation bytes, all present) but encodes an overlong form, a
/// surrogate or a value past U+10FFFF; false for a stray, invalid or truncated sequence.
bool IsUtf8OutOfRange(std::string_view s, size_t i);

/// `s` as UTF-16 code units (supplementary characters as surrogate pairs; malformed UTF-8 as
/// U+FFFD), for formats that store UTF-16 (ID3 text frames).
std::u16string Utf16FromUtf8(std::string_view s);

/// The start of the character holding byte `i` of `s` (i ≤ s.size()): `i` moved back over
/// continuation bytes, so s.substr(0, result) never ends inside a character.
size_t Utf8CharStart(std::string_view s, size_t i);

/// A name compared without case, spaces or punctuation: letters and digits only, lower-cased in
/// ASCII, Latin-1 and Latin Extended-A (so "GRŴP Sgowtiaid" and "Grŵp sgowtiaid." fold alike).
std::string FoldedName(std::string_view s);

}  // namespace pnc::base
