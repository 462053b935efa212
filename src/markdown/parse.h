#pragma once
// markdown: the one cmark-gfm parser setup (GFM tables, autolinks, strikethrough), shared by
// markdown.cc and outline.cc.
#include <string_view>

struct cmark_node;

namespace pnc::markdown {

/// The document tree of `text`, for the caller to free with cmark_node_free; nullptr on failure.
cmark_node* ParseGfm(std::string_view text);

}  // namespace pnc::markdown
