#pragma once
// render: NoticeDoc blocks and inlines → HTML markup (escaped; no reader-visible text is added here).
#include <string>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::render {

/// Escapes text for HTML element content and attribute values.
std::string EscapeHtml(const std::string& text);
/// Inlines as HTML, inside an element in `lang`: a span in another language gets <span lang>.
std::string InlinesHtml(const notice::Inlines& inlines, const std::string& lang = "");
/// Blocks as HTML; `heading_level` is the level used for heading blocks; `lang` is the language of
/// the element they go in (the page's), so only text in another one is marked.
std::string BlocksHtml(const std::vector<notice::Block>& blocks, int heading_level, const std::string& lang = "");

}  // namespace pnc::render
