#pragma once
// render: the table of output formats. A new format is one renderer file plus one row here.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "notice/notice_doc.h"

namespace pnc::source {
struct Model;
}
namespace pnc::rules {
struct LawData;
}

namespace pnc::render {

/// What a renderer may need besides the document: where pnc's data lives and output options.
struct RenderContext {
  std::string data_dir;      // holds templates/, accessibility/, locales/
  bool fragment = false;     // HTML: body only, for embedding
  std::string paper = "A4";  // PDF: "A4" or "Letter"
  /// Template files the driver has read, by path relative to data_dir ("templates/html/page.mustache").
  const std::map<std::string, std::string>* templates = nullptr;
  /// The source and the law, for per-source formats (the Art 30 record, DPV) that describe the
  /// processing itself rather than render a document; nullptr for the others.
  const source::Model* model = nullptr;
  const rules::LawData* law = nullptr;
  /// HTML: the file name of the JSON-LD notice written beside the page ("" = none is written).
  std::string linked_data;
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
  /// A per-source format is written once per source under this name ("ropa.csv"), not once per
  /// document; "" for per-document formats. Rows may share a name: `--format ropa` writes each.
  std::string_view file_name = {};
};

/// Every format pnc writes, in build order.
std::span<const Format> AllFormats();

/// The format with this name, or nullptr.
const Format* FindFormat(std::string_view name);

}  // namespace pnc::render
