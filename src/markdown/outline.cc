// markdown: Markdown → TextBlocks for the draft linter (see outline.h).
#include "markdown/outline.h"

#include <cmark-gfm.h>

#include <cstring>

#include "markdown/parse.h"

namespace pnc::markdown {
namespace {

// Containers nested deeper than this are read as one block of text, so a hostile draft cannot
// exhaust the stack (cmark itself nests without limit).
constexpr int kMaxDepth = 100;

bool TypeIs(cmark_node* n, const char* name) {
  const char* t = cmark_node_get_type_string(n);
  return t && std::strcmp(t, name) == 0;
}

// Appends a text, code or line-break node (a break records the line the next text starts on);
// false for any other node.
bool AppendLeaf(cmark_node* c, int& line, TextBlock& b) {
  switch (cmark_node_get_type(c)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      b.text += cmark_node_get_literal(c) ? cmark_node_get_literal(c) : "";
      return true;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      b.text += ' ';
      b.line_breaks.push_back({b.text.size(), ++line});
      return true;
    default:
      return false;
  }
}

// All the text under `n`, without recursion, for anything nested past kMaxDepth; blocks are
// separated by a space.
void FlatText(cmark_node* n, int& line, TextBlock& b) {
  cmark_iter* it = cmark_iter_new(n);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* c = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || c == n || AppendLeaf(c, line, b)) continue;
    cmark_node_type type = cmark_node_get_type(c);
    if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && !b.text.empty() && b.text.back() != ' ')
      b.text += ' ';
    if ((type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) && cmark_node_get_literal(c)) {
      b.text += cmark_node_get_literal(c);
    }
  }
  cmark_iter_free(it);
}

// Inline text of `n`.
void InlineText(cmark_node* n, int& line, TextBlock& b, int depth) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    if (AppendLeaf(c, line, b) || cmark_node_get_type(c) == CMARK_NODE_HTML_INLINE) continue;
    size_t before = b.text.size();
    if (depth < kMaxDepth) {
      InlineText(c, line, b, depth + 1);
    } else {
      FlatText(c, line, b);
    }
    if (cmark_node_get_type(c) == CMARK_NODE_LINK) {
      const char* url = cmark_node_get_url(c);
      std::string u = url ? url : "";
      // Keep contact targets: "email us" linked to mailto: is the controller's contact detail.
      // Autolinks ("x@y.org" → mailto:x@y.org) already show their target.
      std::string shown = b.text.substr(before);
      if (!u.empty() && (shown.empty() || u.find(shown) == std::string::npos)) b.text += " (" + u + ")";
    }
  }
}

void Walk(cmark_node* n, std::vector<TextBlock>& out, int depth) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    cmark_node_type type = cmark_node_get_type(c);
    TextBlock b;
    b.line = cmark_node_get_start_line(c);
    b.line_breaks.push_back({0, b.line});
    int line = b.line;
    if (type == CMARK_NODE_HEADING) {
      b.kind = TextBlock::Kind::kHeading;
      b.heading = cmark_node_get_heading_level(c);
      InlineText(c, line, b, depth);
    } else if (type == CMARK_NODE_PARAGRAPH) {
      cmark_node* parent = cmark_node_parent(c);
      if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) b.kind = TextBlock::Kind::kListItem;
      InlineText(c, line, b, depth);
    } else if (TypeIs(c, "table_row") || TypeIs(c, "table_header")) {
      b.kind = TextBlock::Kind::kTableRow;
      for (cmark_node* cell = cmark_node_first_child(c); cell; cell = cmark_node_next(cell)) {
        if (!b.text.empty()) b.text += " | ";
        InlineText(cell, line, b, depth);
      }
    } else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
      b.kind = type == CMARK_NODE_CODE_BLOCK ? TextBlock::Kind::kCode : TextBlock::Kind::kHtml;
      const char* lit = cmark_node_get_literal(c);
      b.text = lit ? lit : "";
    } else if (depth >= kMaxDepth) {
      FlatText(c, line, b);
    } else {
      Walk(c, out, depth + 1);  // document, lists, items, block quotes, tables
      continue;
    }
    out.push_back(std::move(b));
  }
}

}  // namespace

bool Outline(std::string_view text, std::vector<TextBlock>* out) {
  cmark_node* root = ParseGfm(text);
  if (!root) return false;
  Walk(root, *out, 0);
  cmark_node_free(root);
  return true;
}

}  // namespace pnc::markdown
