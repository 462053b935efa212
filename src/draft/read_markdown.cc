// draft: Markdown reader. markdown::Outline (CommonMark + GFM tables) → blocks: headings keep
// their level, list-item paragraphs are list items, table rows are one block with cells joined by
// " | ", raw HTML blocks are read as HTML.
#include <string>
#include <string_view>

#include "draft/document.h"
#include "markdown/outline.h"

namespace pnc::draft {

Extracted ReadMarkdown(std::string_view utf8) {
  Extracted out;
  out.format = "markdown";
  std::vector<markdown::TextBlock> blocks;
  if (!markdown::Outline(utf8, &blocks)) {
    out.error = "cannot parse the Markdown";
    return out;
  }
  using Kind = markdown::TextBlock::Kind;
  for (auto& tb : blocks) {
    if (tb.kind == Kind::kHtml) {
      Extracted h = ReadHtml(tb.text);
      for (auto& hb : h.blocks) {
        hb.line += tb.line - 1;
        for (auto& lb : hb.line_breaks) lb.second += tb.line - 1;
        out.blocks.push_back(std::move(hb));
      }
      continue;
    }
    Block b;
    b.line = tb.line;
    b.heading = tb.kind == Kind::kHeading ? tb.heading : 0;
    b.list_item = tb.kind == Kind::kListItem;
    b.table_row = tb.kind == Kind::kTableRow;
    b.line_breaks = std::move(tb.line_breaks);
    b.text = CollapseSpace(tb.text);
    // Offsets shift when spaces collapse; keep only the first line mapping then.
    if (b.text.size() != tb.text.size()) b.line_breaks.resize(1);
    if (!b.text.empty()) out.blocks.push_back(std::move(b));
  }
  return out;
}

}  // namespace pnc::draft
