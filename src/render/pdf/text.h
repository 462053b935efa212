#pragma once
// render/pdf: line-break opportunities for the large-print layout engine.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace pnc::render::pdf {

// UTF-8 comes from base/utf8.h: malformed bytes become U+FFFD, so they surface as a missing
// glyph, not a crash.
using base::AppendUtf8;
using base::DecodeUtf8;
using base::EncodeUtf8;

/// "U+0175" for diagnostics.
std::string CodePointName(char32_t c);

/// True for collapsible white space (space, tab, line feed, carriage return, form feed).
bool IsSpace(char32_t c);

/// True for characters that draw nothing and never reach the page (soft hyphen, zero-width marks).
bool IsInvisible(char32_t c);

/// True for combining marks, which must stay on the same line as the letter before them.
bool IsCombining(char32_t c);

/// True when a space-free word reads as a URL or e-mail address and may break at / . @ etc.
bool LooksLikeAddress(std::u32string_view word);

/// For an address, how good a line break before position `i` is: 0 none, 1 weak (before - or _,
/// which also occur inside words), 2 strong (after /, before . @ ? & = #).
int AddressBreakBefore(std::u32string_view word, size_t i);

/// Replaces "{name}" in `pattern` with `value`; returns false if the placeholder is absent.
bool Substitute(std::string* pattern, std::string_view name, std::string_view value);

}  // namespace pnc::render::pdf
