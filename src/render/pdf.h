#pragma once
// render: the large-print PDF format (libharu), with its own layout engine under render/pdf/.
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "render/registry.h"

namespace pnc::render {

/// Renders `doc` as a tagged large-print PDF. On any error (missing glyph, right-to-left locale,
/// settings below 16 pt, libharu failure) reports to `sink`, returns false and leaves `out` alone.
bool RenderPdf(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// The PDF's layout as golden text: a header line, then "page font size x y width text" for every
/// text run, then link and bookmark lines. Returns "" (and reports) when RenderPdf would fail.
std::string PdfLayoutDump(const notice::NoticeDoc& doc, const RenderContext& ctx, diag::Sink* sink);

/// Renders several language versions of one notice (in the given order: Welsh first for
/// `--bilingual cy,en`) as one tagged large-print PDF of whole-language halves (BilingualFn).
bool RenderBilingualPdf(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx, std::string* out,
                        diag::Sink* sink);

/// The layout dump of RenderBilingualPdf's document (BilingualFn of the pdf-layout format).
bool BilingualPdfLayoutDump(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx,
                            std::string* out, diag::Sink* sink);

/// The font files accessibility/large-print.json names (Format::named_inputs).
std::vector<std::string> PdfFontFiles(const InputFiles& files);

}  // namespace pnc::render
