#pragma once
// render: the table of output formats. A new format is one renderer file plus one row here.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "notice/notice_doc.h"

namespace pnc::render {

/// What a renderer may need besides the document: where pnc's data lives and output options.
struct RenderContext {
  std::string data_dir;      // holds templates/, accessibility/, locales/
  bool fragment = false;     // HTML: body only, for embedding
  std::string paper = "A4";  // PDF: "A4" or "Letter"
  /// Template files the driver has read, by path relative to data_dir ("templates/html/page.mustache").
  const std::map<std::string, std::string>* templates = nullptr;
  int braille_cells = 40;    // BRF: cells per line
  int braille_lines = 25;    // BRF: lines per page
  int braille_grade = 2;     // BRF: 2 = contracted UEB, 1 = uncontracted
  std::string audio_cache;   // audio: the synthesis cache folder ("" = no cache)
};

/// Renders one document to bytes; returns false (and reports to `sink`) on failure.
using RenderFn = bool (*)(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out,
                          diag::Sink* sink);

/// One output format.
struct Format {
  std::string_view name;       // "html", "pdf"
  std::string_view extension;  // file extension without dot
  RenderFn render;
  bool by_default = true;      // written when no --format is given (debug formats are not)
  bool in_lint = true;         // rendered by `pnc lint` too, for its findings (audio has none, and is slow)
};

/// Every format pnc writes, in build order.
std::span<const Format> AllFormats();

/// The format with this name, or nullptr.
const Format* FindFormat(std::string_view name);

}  // namespace pnc::render
