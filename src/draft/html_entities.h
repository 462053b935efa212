#pragma once
// draft: HTML named character references (all of the WHATWG list that end in ';'), for the HTML
// draft reader.
#include <string_view>

namespace pnc::draft {

/// The UTF-8 text of the named character reference `name` (without '&' and ';': "oacute"), or ""
/// when HTML has no such name. Names are case-sensitive ("Eacute" ≠ "eacute").
std::string_view HtmlEntity(std::string_view name);

/// The longest name HtmlEntity knows ("CounterClockwiseContourIntegral": 31 bytes).
inline constexpr size_t kMaxHtmlEntityName = 31;

}  // namespace pnc::draft
