#pragma once
// source: the invisible characters of a source's text: direction controls (which can reorder what
// a reader sees) and zero-width characters (paste debris that a search or a screen reader meets).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pnc::source {

/// True for a direction embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). The marks
/// U+200E, U+200F and U+061C are not: they only settle where neutral characters go, and
/// right-to-left text uses them legitimately.
bool IsBidiControl(uint32_t cp);

/// True for the zero-width non-joiner and joiner (U+200C, U+200D).
bool IsJoiner(uint32_t cp);

/// The first invisible character of a text that deserves a warning, if any.
struct Invisible {
  uint32_t cp = 0;   // 0: none
  size_t index = 0;  // its place in the text, in characters from 1
  size_t count = 0;  // how many such characters the text holds
};

/// Zero-width and other invisible format characters in `text` (U+200B, U+200C, U+200D, U+2060,
/// U+2061–U+2064, U+FEFF). A joiner (U+200C, U+200D) between two characters beyond Latin (Arabic,
/// Persian and Indic letters, emoji) is part of how that script or emoji is written, so it is
/// not counted; next to a Latin letter, a space, punctuation or the text's edge it joins nothing.
Invisible FindInvisible(std::string_view text);

/// "U+200B (zero width space)".
std::string DescribeCodePoint(uint32_t cp);

}  // namespace pnc::source
