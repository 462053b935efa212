#pragma once
// render: NoticeDoc blocks and inlines → HTML markup (escaped; no reader-visible text is added here).
#include <string>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::render {

/// Escapes text for HTML element content and attribute values.
std::string EscapeHtml(const std::string& text);
/// Inlines as HTML.
std::string InlinesHtml(const notice::Inlines& inlines);
/// Blocks as HTML; `heading_level` is the level used for heading blocks.
std::string BlocksHtml(const std::vector<notice::Block>& blocks, int heading_level);

}  // namespace pnc::render
