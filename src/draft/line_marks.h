#pragma once
// draft: what one plain-text line's own marks say (line_marks.cc), for the line reader.
#include <string>
#include <string_view>
#include <vector>

namespace pnc::draft {

/// Length of a pictographic mark and its space opening line `i` ("✓ ", "➤ "), when the line is one of
/// a run of marked lines (a list), or 0.
size_t MarkedItemLength(const std::vector<std::string>& lines, size_t i);
/// Length of a list marker ("- ", "* ", "• ", "1. ", "a) ", "(iv) "), or 0.
size_t BulletLength(std::string_view t);
/// "[text](url)" → "text (url)"; "**bold**" and "__x__" markers removed.
std::string StripInlineMarkdown(std::string_view s);
/// Words separated by spaces.
int CountWords(std::string_view t);
/// Whether the line is a rule of `c` ("---", "* * *", "===").
bool IsRule(std::string_view t, char c);
/// Heading level from the line's shape, or 0. `standalone`: blank (or a sentence end) before and not
/// continued by a lowercase line after.
int GuessHeading(std::string t, bool standalone, bool alone_paragraph, bool big_font, bool lead_line,
                 bool before_table);

}  // namespace pnc::draft
