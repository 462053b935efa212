// render: NoticeDoc → large-print PDF bytes (or its layout dump). Settings, fonts and glyph
// coverage are checked before layout, so a failure writes nothing.
#include "render/pdf.h"

#include "render/pdf/document.h"
#include "render/pdf/dump.h"
#include "render/pdf/writer.h"

namespace pnc::render {
namespace {

bool Prepare(const notice::NoticeDoc& doc, const RenderContext& ctx, pdf::Style* style,
             pdf::Fonts* fonts, pdf::Layout* layout, diag::Sink* sink) {
  const std::string* settings = ctx.files ? ctx.files->Get(pdf::kSettingsFile) : nullptr;
  return pdf::LoadStyle(ctx.data_dir, settings, doc.audience, ctx.paper, style, sink) &&
         pdf::LoadFonts(*style, ctx.files, fonts, sink) && pdf::CheckCoverage(doc, *style, *fonts, sink) &&
         pdf::BuildLayout(doc, *style, *fonts, layout, sink);
}

}  // namespace

bool RenderPdf(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out,
               diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  return Prepare(doc, ctx, &style, &fonts, &layout, sink) &&
         pdf::WritePdf(doc, style, fonts, layout, out, sink);
}

std::string PdfLayoutDump(const notice::NoticeDoc& doc, const RenderContext& ctx,
                          diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  if (!Prepare(doc, ctx, &style, &fonts, &layout, sink)) return "";
  return pdf::DumpLayout(layout);
}

std::vector<std::string> PdfFontFiles(const InputFiles& files) {
  const std::string* settings = files.Get(pdf::kSettingsFile);
  return settings ? pdf::FontFiles(*settings) : std::vector<std::string>{};
}

}  // namespace pnc::render
