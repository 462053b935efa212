#pragma once
// render: a NoticeDoc's just-in-time notices (NoticeDoc::jit) → HTML fragments and plain text.
#include <string>

#include "diag/diagnostic.h"
#include "render/registry.h"

namespace pnc::render {

/// notice.<locale>.jit.html: one <aside> per form and purpose, each to paste next to its form
/// (no page around them, no styles: the site's own apply). False when the document has none.
bool RenderJitHtml(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// notice.<locale>.jit.txt: the same notices as plain text, for paper forms.
bool RenderJitText(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

}  // namespace pnc::render
