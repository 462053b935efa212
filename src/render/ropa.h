#pragma once
// render: the Article 30(1) record of processing activities (ROPA) built from a source, as tables
// that ropa_csv.cc (RFC 4180) and ropa_xlsx.cc (libxlsxwriter) write out.
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "law/law_data.h"
#include "render/registry.h"
#include "source/model.h"

namespace pnc::render {

/// One sheet: a title, column headings and rows of cells.
struct Sheet {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

/// The record: "Article 30 RoPA" (one row per purpose), "Special category data" (one row per
/// purpose that uses Art 9 or Art 10 data) and "Controller details" (one row).
struct Ropa {
  std::vector<Sheet> sheets;
};

/// Builds the record from the source; headings and labels come from templates/ropa/columns.json
/// (`columns_json`). Returns false (and reports) when that file is malformed.
bool BuildRopa(const source::Model& m, const rules::LawData& law, const std::string& columns_json, Ropa* out,
               diag::Sink* sink);

/// The record sheet as CSV (RFC 4180: CRLF line ends, every field quoted, quotes doubled).
bool RenderRopaCsv(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// The record as an XLSX workbook, one sheet per record type.
bool RenderRopaXlsx(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// The CSV text of one sheet (headings first).
std::string SheetCsv(const Sheet& sheet);

}  // namespace pnc::render
