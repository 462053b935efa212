#pragma once
// render/pdf: the whole-notice layout (title page, contents, summary, sections) and the checks
// that must pass before any byte is written.
#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "render/pdf/layout.h"
#include "render/pdf/style.h"
#include "render/pdf/wrap.h"
#include "render/registry.h"

namespace pnc::render::pdf {

/// Loads both faces for `style` from `files` (the driver's; cached per process); reports an error
/// naming the config file.
bool LoadFonts(const Style& style, const InputFiles* files, Fonts* fonts, diag::Sink* sink);

/// Reports `missing-glyph` for every character of `doc` the fonts lack (and for right-to-left
/// documents, which libharu cannot shape); true when everything can be printed.
bool CheckCoverage(const notice::NoticeDoc& doc, const Style& style, const Fonts& fonts, diag::Sink* sink);

/// Lays out `doc` on pages. Needs labels "contents", "page-of", "version", "last-updated" (and
/// "summary" when the summary has no title); a missing one is an internal error.
bool BuildLayout(const notice::NoticeDoc& doc, const Style& style, const Fonts& fonts, Layout* layout,
                 diag::Sink* sink);

/// Lays out several language versions of one notice as whole-language halves, in the given
/// order: each starts on a new page with its title, a link to the start of each other half (in
/// that half's language, label "language-jump"), its contents, summary and sections. Each half is
/// a Part structure element with /Lang and a top-level bookmark named in its language.
bool BuildBilingualLayout(const std::vector<const notice::NoticeDoc*>& docs, const Style& style, const Fonts& fonts,
                          Layout* layout, diag::Sink* sink);

}  // namespace pnc::render::pdf
