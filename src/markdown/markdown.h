#pragma once
// markdown: the only stage that includes cmark-gfm (this file, outline.h for drafts, parse.h). Markdown text →
// NoticeDoc blocks, in safe mode: raw HTML never passes, and links other than http(s), mailto, tel and #anchors become
// plain text. (It uses the NoticeDoc value types from notice/notice_doc.h, a types-only header.)
#include <string>
#include <string_view>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::markdown {

/// Something unsafe that was removed from the Markdown.
struct Issue {
  std::string message;  // e.g. "raw HTML '<script>' was removed"
  /// Words a reader would have seen went with it (an HTML block with text in it, "<p>Only staff…</p>",
  /// or a script that swallows the lines after it): the published text would silently lack them.
  bool lost_text = false;
};

/// Parses GFM Markdown (tables, autolinks) into blocks; removed content is listed in `issues`.
std::vector<notice::Block> ToBlocks(std::string_view text, std::vector<Issue>* issues);

/// Parses a single paragraph's worth of Markdown into inlines (blocks are flattened, joined by spaces).
notice::Inlines ToInlines(std::string_view text, std::vector<Issue>* issues);

/// The text of blocks without markup, one paragraph or list item per line.
std::string PlainText(const std::vector<notice::Block>& blocks);

/// The text of inlines without markup.
std::string PlainText(const notice::Inlines& inlines);

/// True when `href` is a scheme pnc lets through (http, https, mailto, tel, or a #fragment).
bool IsSafeHref(std::string_view href);

}  // namespace pnc::markdown
