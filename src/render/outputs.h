#pragma once
// render: the "Other formats and languages" section states the files this build wrote beside the
// document (RenderContext::outputs), and links to them; the on-request offers stay as the source
// declares them.
#include "doc/notice_doc.h"
#include "render/registry.h"

namespace pnc::render {

/// `doc` with the files of `ctx.outputs` a reader of `doc` can use instead of `ctx.current`:
/// its other formats, its other languages, a bilingual document holding it, and (for the adult
/// notice) the children's guides. Each is a link to the file's relative name, under the labels
/// "output-<format>" (a format without a label is not for readers: it is not listed). The list
/// joins the section with id "formats" (made when the notice has none). `doc` unchanged when no
/// other file was written, or `ctx.current` is not in the set (a fragment lives in another
/// site's page, where the files are not beside it; lint writes nothing).
notice::NoticeDoc WithOutputs(const notice::NoticeDoc& doc, const RenderContext& ctx);

}  // namespace pnc::render
