// render: the Article 30 record → CSV (RFC 4180), the "Article 30 RoPA" sheet: one row per purpose.
#include "render/ropa.h"

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

}  // namespace pnc::render
