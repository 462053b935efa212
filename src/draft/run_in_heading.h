#pragma once
// draft: run-in headings (run_in_heading.cc). A paragraph that opens with a bold label ending in
// '.', ':', '?' or '!' ("**Why.** So that we can …", "__How long:__ Until you leave.") is a heading
// with its text under it: the label names the topic that frames the words after it.
#include <string>
#include <string_view>

namespace pnc::draft {

/// A line's opening bold label (Markdown "**…**" or "__…__"), one to eight words starting with a
/// capital and ending in '.', ':', '?' or '!' (inside the markers or just after them). Returns the
/// byte offset where the text after the label starts (the line's size when the label stands alone)
/// and sets `label` to its words without the closing '.' or ':'; 0 when the line opens with none.
size_t BoldRunInLabel(std::string_view line, std::string* label);

/// A line's opening short question with its answer after it on the same line ("Worried about something?
/// Speak to the secretary."): one to eight words from a capital to the first '?', then a capitalised
/// answer whose first sentence is no second question (pass the paragraph's next lines joined to the line, so
/// a hard-wrapped second question is seen). Returns where the answer starts and sets `label` to the
/// question; 0 when there is none.
size_t QuestionRunIn(std::string_view line, std::string* label);

}  // namespace pnc::draft
