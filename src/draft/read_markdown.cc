// draft: Markdown reader. CommonMark + GFM tables (cmark-gfm) → blocks: headings keep their level,
// list-item paragraphs are list items, table rows become one block with cells joined by " | ".
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <string>
#include <string_view>

#include "draft/document.h"

namespace pnc::draft {
namespace {

bool TypeIs(cmark_node* n, const char* name) {
  const char* t = cmark_node_get_type_string(n);
  return t && std::strcmp(t, name) == 0;
}

// Inline text of `n`; soft breaks record the source line where the next text starts.
void InlineText(cmark_node* n, int& line, Block& b) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        b.text += cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "";
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        b.text += ' ';
        b.line_breaks.push_back({b.text.size(), ++line});
        break;
      case CMARK_NODE_LINK: {
        size_t before = b.text.size();
        InlineText(c, line, b);
        const char* url = cmark_node_get_url(c);
        std::string u = url ? url : "";
        // Keep contact targets: "email us" linked to mailto: is the controller's contact detail.
        // Autolinks ("x@y.org" → mailto:x@y.org) already show their target.
        std::string shown = b.text.substr(before);
        if (!u.empty() && u.find(shown) == std::string::npos) b.text += " (" + u + ")";
        break;
      }
      case CMARK_NODE_HTML_INLINE:
        break;
      default:
        InlineText(c, line, b);
    }
  }
}

void Walk(cmark_node* n, Extracted& out) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    cmark_node_type type = cmark_node_get_type(c);
    Block b;
    b.line = cmark_node_get_start_line(c);
    b.line_breaks.push_back({0, b.line});
    int line = b.line;
    if (type == CMARK_NODE_HEADING) {
      b.heading = cmark_node_get_heading_level(c);
      InlineText(c, line, b);
    } else if (type == CMARK_NODE_PARAGRAPH) {
      cmark_node* parent = cmark_node_parent(c);
      b.list_item = parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM;
      InlineText(c, line, b);
    } else if (TypeIs(c, "table_row")) {
      b.table_row = true;
      for (cmark_node* cell = cmark_node_first_child(c); cell; cell = cmark_node_next(cell)) {
        if (!b.text.empty()) b.text += " | ";
        InlineText(cell, line, b);
      }
    } else if (type == CMARK_NODE_CODE_BLOCK) {
      const char* lit = cmark_node_get_literal(c);
      b.text = lit ? lit : "";
    } else if (type == CMARK_NODE_HTML_BLOCK) {
      const char* lit = cmark_node_get_literal(c);
      Extracted h = ReadHtml(lit ? lit : "");
      for (auto& hb : h.blocks) {
        hb.line += b.line - 1;
        for (auto& lb : hb.line_breaks) lb.second += b.line - 1;
        out.blocks.push_back(std::move(hb));
      }
      continue;
    } else {
      Walk(c, out);  // document, lists, items, block quotes, tables
      continue;
    }
    std::string collapsed = CollapseSpace(b.text);
    if (collapsed.size() != b.text.size()) {
      // Offsets shift when spaces collapse; keep only the first line mapping then.
      b.line_breaks.resize(1);
    }
    b.text = std::move(collapsed);
    if (!b.text.empty()) out.blocks.push_back(std::move(b));
  }
}

}  // namespace

Extracted ReadMarkdown(std::string_view utf8) {
  Extracted out;
  out.format = "markdown";
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* ext : {"table", "autolink", "strikethrough"}) {
    if (cmark_syntax_extension* e = cmark_find_syntax_extension(ext)) cmark_parser_attach_syntax_extension(parser, e);
  }
  cmark_parser_feed(parser, utf8.data(), utf8.size());
  cmark_node* root = cmark_parser_finish(parser);
  if (root) {
    Walk(root, out);
    cmark_node_free(root);
  } else {
    out.error = "cannot parse the Markdown";
  }
  cmark_parser_free(parser);
  return out;
}

}  // namespace pnc::draft
