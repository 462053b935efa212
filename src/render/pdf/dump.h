#pragma once
// render/pdf: Layout → deterministic text for golden files and tests.
#include <string>

#include "render/pdf/layout.h"

namespace pnc::render::pdf {

/// "# page font size x y width text" header, one line per run (pages in order, runs in drawing
/// order), then "link page x0 y0 x1 y1 target" and "bookmark level page title" lines.
std::string DumpLayout(const Layout& layout);

}  // namespace pnc::render::pdf
