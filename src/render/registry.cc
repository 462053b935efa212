// render: the format table, the only list of formats. A new format is one renderer file plus one
// row here (see registry.h for what a row carries).
#include "render/registry.h"

#include <array>

#include "render/audio.h"
#include "render/braille.h"
#include "render/dpv.h"
#include "render/html.h"
#include "render/jit.h"
#include "render/pdf.h"
#include "render/ropa.h"
#include "render/speech_script.h"

namespace pnc::render {
namespace {

// The PDF's layout as text: the golden-file form of a PDF (page, font, size, x, y, text).
bool RenderPdfLayout(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  *out = PdfLayoutDump(doc, ctx, sink);
  return !out->empty();
}

// Braille: liblouis tables for English and Welsh only (braille_lines.cc); audio: their voices.
bool HasBraille(const std::string& locale) {
  bool unverified = false;
  return !BrailleTables(locale, 2, &unverified).empty();
}
bool HasVoice(const std::string& locale) { return !VoiceFor(locale).empty(); }

constexpr std::array<std::string_view, 1> kHtmlInputs = {"templates/html/"};
constexpr std::array<std::string_view, 1> kHtmlOptions = {"--fragment"};
constexpr std::array<std::string_view, 1> kPdfInputs = {"accessibility/large-print.json"};
constexpr std::array<std::string_view, 1> kPdfOptions = {"--paper"};
constexpr std::array<std::string_view, 2> kBrfOptions = {"--braille-page", "--braille-grade"};
constexpr std::array<std::string_view, 1> kAudioOptions = {"--cache-dir"};
constexpr std::array<std::string_view, 1> kRopaInputs = {"templates/ropa/"};

constexpr std::array kFormats = {
    Format{.name = "html",
           .extension = "html",
           .render = &RenderHtml,
           .inputs = kHtmlInputs,
           .render_bilingual = &RenderBilingualHtml,
           .fragment_extension = "fragment.html",
           .options = kHtmlOptions},
    Format{.name = "pdf",
           .extension = "pdf",
           .render = &RenderPdf,
           .inputs = kPdfInputs,
           .named_inputs = &PdfFontFiles,
           .render_bilingual = &RenderBilingualPdf,
           .options = kPdfOptions,
           .library = "libharu (PDF)"},
    Format{.name = "pdf-layout",
           .extension = "pdf-layout.txt",
           .render = &RenderPdfLayout,
           .by_default = false,
           .inputs = kPdfInputs,
           .named_inputs = &PdfFontFiles,
           .render_bilingual = &BilingualPdfLayoutDump,
           .options = kPdfOptions},
    Format{
        .name = "brf", .extension = "brf", .render = &RenderBrf, .options = kBrfOptions, .writes_locale = &HasBraille},
    Format{.name = "mp3",
           .extension = "mp3",
           .render = &RenderMp3,
           .options = kAudioOptions,
           .in_lint = false,
           .library = "espeak-ng (speech)",
           .writes_locale = &HasVoice},
    Format{.name = "speech",
           .extension = "speech.txt",
           .render = &RenderSpeechScript,
           .by_default = false,
           .options = kAudioOptions,
           .in_lint = false},
    Format{.name = "ropa",
           .extension = "csv",
           .render = &RenderRopaCsv,
           .by_default = false,
           .inputs = kRopaInputs,
           .file_name = "ropa.csv"},
    Format{.name = "ropa",
           .extension = "xlsx",
           .render = &RenderRopaXlsx,
           .by_default = false,
           .inputs = kRopaInputs,
           .file_name = "ropa.xlsx"},
    Format{
        .name = "dpv", .extension = "jsonld", .render = &RenderDpv, .by_default = false, .file_name = "notice.jsonld"},
    // Just-in-time notices: HTML fragments to put next to each form, and plain text for paper.
    Format{.name = "jit", .extension = "jit.html", .render = &RenderJitHtml, .by_default = false, .just_in_time = true},
    Format{.name = "jit", .extension = "jit.txt", .render = &RenderJitText, .by_default = false, .just_in_time = true},
};

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::span<const Format> AllFormats() { return kFormats; }

bool WritesLocale(const Format& format, const std::string& locale) {
  return format.writes_locale == nullptr || format.writes_locale(locale);
}

const Format* FindFormat(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::string FormatNames(std::string_view separator, bool by_default_only) {
  std::string out;
  for (const auto& f : kFormats) {
    if (by_default_only && !f.by_default) continue;
    if (FindFormat(f.name) != &f) continue;  // rows sharing a name (ropa: csv and xlsx) are one format
    if (!out.empty()) out += separator;
    out += f.name;
  }
  return out;
}

std::string_view ExtensionOf(const Format& format, bool fragment) {
  return fragment && !format.fragment_extension.empty() ? format.fragment_extension : format.extension;
}

std::string OutputSuffix(std::string_view file_name) {
  std::string best;
  for (const auto& f : kFormats) {
    for (std::string_view ext : {f.extension, f.fragment_extension}) {
      if (ext.empty()) continue;
      std::string suffix = "." + std::string(ext);
      if (suffix.size() > best.size() && EndsWith(file_name, suffix)) best = suffix;
    }
  }
  return best;
}

}  // namespace pnc::render
