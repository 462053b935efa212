// render: NoticeDoc → large-print PDF bytes (or its layout dump). Settings, fonts and glyph
// coverage are checked before layout, so a failure writes nothing.
#include "render/pdf.h"

#include "render/pdf/document.h"
#include "render/pdf/dump.h"
#include "render/pdf/writer.h"

namespace pnc::render {
namespace {

bool Prepare(const notice::NoticeDoc& doc, const RenderContext& ctx, pdf::Style* style, pdf::Fonts* fonts,
             pdf::Layout* layout, diag::Sink* sink) {
  const std::string* settings = ctx.files ? ctx.files->Get(pdf::kSettingsFile) : nullptr;
  return pdf::LoadStyle(ctx.data_dir, settings, doc.audience, ctx.paper, style, sink) &&
         pdf::LoadFonts(*style, ctx.files, fonts, sink) && pdf::CheckCoverage(doc, *style, *fonts, sink) &&
         pdf::BuildLayout(doc, *style, *fonts, layout, sink);
}

// Settings, fonts and coverage for every version, then the halves' layout.
bool PrepareBilingual(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx, pdf::Style* style,
                      pdf::Fonts* fonts, pdf::Layout* layout, diag::Sink* sink) {
  if (docs.empty()) return false;
  const std::string* settings = ctx.files ? ctx.files->Get(pdf::kSettingsFile) : nullptr;
  if (!pdf::LoadStyle(ctx.data_dir, settings, docs.front()->audience, ctx.paper, style, sink) ||
      !pdf::LoadFonts(*style, ctx.files, fonts, sink)) {
    return false;
  }
  bool covered = true;
  for (const notice::NoticeDoc* d : docs) covered = pdf::CheckCoverage(*d, *style, *fonts, sink) && covered;
  return covered && pdf::BuildBilingualLayout(docs, *style, *fonts, layout, sink);
}

// What the document information and XMP say of a bilingual PDF: every title, first language
// first; the catalog's /Lang is the first language (each half's Part carries its own).
notice::NoticeDoc BilingualInfo(const std::vector<const notice::NoticeDoc*>& docs) {
  notice::NoticeDoc info;
  info.locale = docs.front()->locale;
  info.organisation = docs.front()->organisation;
  for (const notice::NoticeDoc* d : docs) {
    if (info.title.find(d->title) != std::string::npos) continue;  // one title, not "X / X"
    info.title += (info.title.empty() ? "" : " / ") + d->title;
  }
  return info;
}

}  // namespace

bool RenderPdf(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  return Prepare(doc, ctx, &style, &fonts, &layout, sink) && pdf::WritePdf(doc, style, fonts, layout, out, sink);
}

std::string PdfLayoutDump(const notice::NoticeDoc& doc, const RenderContext& ctx, diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  if (!Prepare(doc, ctx, &style, &fonts, &layout, sink)) return "";
  return pdf::DumpLayout(layout);
}

bool RenderBilingualPdf(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx, std::string* out,
                        diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  return PrepareBilingual(docs, ctx, &style, &fonts, &layout, sink) &&
         pdf::WritePdf(BilingualInfo(docs), style, fonts, layout, out, sink);
}

bool BilingualPdfLayoutDump(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx,
                            std::string* out, diag::Sink* sink) {
  pdf::Style style;
  pdf::Fonts fonts;
  pdf::Layout layout;
  if (!PrepareBilingual(docs, ctx, &style, &fonts, &layout, sink)) return false;
  *out = pdf::DumpLayout(layout);
  return true;
}

std::vector<std::string> PdfFontFiles(const InputFiles& files) {
  const std::string* settings = files.Get(pdf::kSettingsFile);
  return settings ? pdf::FontFiles(*settings) : std::vector<std::string>{};
}

}  // namespace pnc::render
