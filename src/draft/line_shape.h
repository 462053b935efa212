#pragma once
// draft: line shapes for the line reader (line_shape.cc): what the layout of plain-text lines says
// when the text has no markup, blank lines or cell borders left; page-number lines; pasted <hN> lines.
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {

/// The column a hard-wrapped text breaks its lines at; 0 when the text is not wrapped.
size_t WrapWidth(const std::vector<std::string>& lines);

/// For a hard-wrapped text whose every line stands alone between blank lines (a PDF or an e-mail
/// pasted into Word, each line made a paragraph): the blank lines a wrap left inside a sentence, after
/// a line that does not end one and that the next line's first word would not have fitted on (or
/// before a line that opens in lower case). Empty for any other text.
std::vector<size_t> WrapGaps(const std::vector<std::string>& lines);

/// The same for a document whose paragraphs are such lines (a .docx of a PDF): each body paragraph
/// that a wrap cut off is joined to the one before, keeping each part's line.
void JoinWrappedParagraphs(std::vector<Block>& blocks);

/// Whether a line opens with a short field label ("Name: Acme Trust", "Last updated: 1 May 2025").
bool FieldLine(const std::string& t);

/// Rewrites runs of two or more lines cut into the same number of cells by tabs or " | " as pipe
/// rows ("| Purpose | Lawful basis |"), the one table form the line reader knows.
void MarkCellRuns(std::vector<std::string>& lines);

/// Whether a line ends with a page number ("Acme Trust   Page 2 of 8"): a running header or footer.
bool EndsWithPageNumber(const std::string& t);

/// A line that is one HTML heading element ("<h3>Our contact details</h3>"): its level and text; 0
/// otherwise.
int TagHeading(std::string_view t, std::string* text);

}  // namespace pnc::draft
