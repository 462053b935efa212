#pragma once
// render: NoticeDoc → a self-contained HTML5 page (or a body fragment), from templates/html/.
#include <string>
#include <vector>

#include "render/registry.h"

namespace pnc::render {

/// Renders one notice as HTML (RenderFn).
bool RenderHtml(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// Renders several language versions of one notice into one bilingual page, in the given order.
bool RenderBilingualHtml(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx, std::string* out,
                         diag::Sink* sink);

}  // namespace pnc::render
