#pragma once
// markdown: an existing document's Markdown as a flat list of text blocks with source lines, for
// the draft linter. Unlike ToBlocks this keeps everything (raw HTML is handed back, not dropped):
// the text is only read, never published.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pnc::markdown {

/// One paragraph, heading, list-item paragraph, table row (cells joined by " | "), code block or
/// raw HTML block, in document order.
struct TextBlock {
  enum class Kind { kParagraph, kHeading, kListItem, kTableRow, kCode, kHtml };
  Kind kind = Kind::kParagraph;
  std::string text;  // inline text; a link's target follows it in brackets unless already shown
  int line = 0;      // 1-based line of the block's first character
  int heading = 0;   // 1..6 for kHeading
  std::vector<std::pair<size_t, int>> line_breaks;  // (byte offset in text, line) of each source line
};

/// The blocks of `text` (GFM: tables, autolinks, strikethrough); false if cmark cannot parse it.
bool Outline(std::string_view text, std::vector<TextBlock>* out);

}  // namespace pnc::markdown
