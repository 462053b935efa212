// render: the format table. A new format is one renderer file plus one row here.
#include "render/registry.h"

#include <array>

#include "render/dpv.h"
#include "render/html.h"
#include "render/pdf.h"
#include "render/ropa.h"

namespace pnc::render {
namespace {

// The PDF's layout as text: the golden-file form of a PDF (page, font, size, x, y, text).
bool RenderPdfLayout(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  *out = PdfLayoutDump(doc, ctx, sink);
  return !out->empty();
}

constexpr std::array kFormats = {
    Format{"html", "html", &RenderHtml},
    Format{"pdf", "pdf", &RenderPdf},
    Format{"pdf-layout", "pdf-layout.txt", &RenderPdfLayout, false},
    Format{"ropa", "csv", &RenderRopaCsv, false, "ropa.csv"},
    Format{"ropa", "xlsx", &RenderRopaXlsx, false, "ropa.xlsx"},
    Format{"dpv", "jsonld", &RenderDpv, false, "notice.jsonld"},
};

}  // namespace

std::span<const Format> AllFormats() { return kFormats; }

const Format* FindFormat(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace pnc::render
