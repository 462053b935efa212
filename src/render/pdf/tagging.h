#pragma once
// render/pdf: everything libharu's public API cannot do — marked content, the structure tree,
// /Lang, /MarkInfo, DisplayDocTitle and PDF 1.7. With haru_font.h and metadata.h, the only code
// that touches libharu internals; it lives in tagging.cc.
#include <hpdf.h>

#include <string>
#include <vector>

#include "render/pdf/layout.h"

namespace pnc::render::pdf {

/// Where the writer put each tagged run and link annotation.
struct TagRefs {
  std::vector<HPDF_Page> pages;
  std::vector<std::pair<int, int>> run_mcid;                // by run id: (page, MCID); page -1 = not drawn
  std::vector<std::pair<int, HPDF_Annotation>> link_annot;  // by link id: (page, annotation)
};

/// Opens marked content "/Tag <</MCID n>> BDC" on `page` (outside any text object).
void BeginMarkedContent(HPDF_Page page, const std::string& tag, int mcid);

/// Opens "/Artifact <</Type /Pagination>> BDC" (footers, repeated headers) or a layout artifact.
void BeginArtifact(HPDF_Page page, bool pagination);

/// Closes the innermost marked content with "EMC".
void EndMarkedContent(HPDF_Page page);

/// Writes the structure tree for `layout` and the catalog entries of a tagged PDF in `lang`;
/// false when libharu failed (its error is in the document).
bool FinishTagging(HPDF_Doc doc, const Layout& layout, const std::string& lang, const TagRefs& refs);

}  // namespace pnc::render::pdf
