// render: the format table. A new format is one renderer file plus one row here.
#include "render/registry.h"

#include <array>

#include "render/audio.h"
#include "render/braille.h"
#include "render/html.h"
#include "render/pdf.h"
#include "render/speech_script.h"

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
    Format{"brf", "brf", &RenderBrf},
    Format{"mp3", "mp3", &RenderMp3, true, false},
    Format{"speech", "speech.txt", &RenderSpeechScript, false, false},
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
