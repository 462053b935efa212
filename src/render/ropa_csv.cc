// render: the Article 30 record → CSV (RFC 4180), the "Article 30 RoPA" sheet: one row per purpose.
#include "render/ropa.h"

#include <string_view>

namespace pnc::render {

bool RenderRopaCsv(const notice::NoticeDoc&, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  if (ctx.model == nullptr || ctx.law == nullptr || ctx.files == nullptr ||
      ctx.files->Get("templates/ropa/columns.json") == nullptr) {
    sink->Add(diag::Make(diag::Severity::kError, "", "",
                         "the ROPA renderer needs the source, the law data and templates/ropa/columns.json",
                         "internal"));
    return false;
  }
  Ropa ropa;
  if (!BuildRopa(*ctx.model, *ctx.law, *ctx.files->Get("templates/ropa/columns.json"), &ropa, sink)) return false;
  *out = SheetCsv(ropa.sheets.front());
  return true;
}

// Every cell quoted and its quotes doubled, CRLF line ends (RFC 4180): a spreadsheet reads a comma
// or line break inside a cell as text.
std::string SheetCsv(const Sheet& sheet) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ",";
      out += "\"";
      // A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text (OWASP CSV injection).
      if (!cells[i].empty() && std::string_view("=+-@\t\r").find(cells[i][0]) != std::string_view::npos) out += "'";
      for (char ch : cells[i]) {
        if (ch == '"') out += "\"";
        out.push_back(ch);
      }
      out += "\"";
    }
    out += "\r\n";
  };
  line(sheet.columns);
  for (const auto& r : sheet.rows) line(r);
  return out;
}

}  // namespace pnc::render
