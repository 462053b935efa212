#pragma once
// render/pdf: Layout → PDF bytes through libharu.
#include <string>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "render/pdf/layout.h"
#include "render/pdf/style.h"
#include "render/pdf/wrap.h"

namespace pnc::render::pdf {

/// Writes `layout` as a tagged PDF with embedded fonts, bookmarks, links and document info;
/// libharu errors become an `internal` diagnostic and a false return with `out` untouched.
bool WritePdf(const notice::NoticeDoc& doc, const Style& style, const Fonts& fonts, const Layout& layout,
              std::string* out, diag::Sink* sink);

}  // namespace pnc::render::pdf
