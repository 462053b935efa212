// rules: facts the source marks "unconfirmed" block publication; with --preview they are warnings
// and the outputs are marked as a draft (Art 5(1)(a), 12(1): a notice states only what is true).
#include "rules/context.h"

namespace pnc::rules {

void CheckDrafts(const RuleContext& ctx) {
  for (const auto& u : ctx.model.unconfirmed) {
    std::string message = u.what + " is not confirmed: " + u.note;
    std::vector<std::string> hints = {
        "check it, then remove \"unconfirmed\"; a draft can be built with --preview, "
        "marked on every page as not confirmed"};
    if (ctx.options.preview) {
      auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, u.pointer, message, "unconfirmed");
      d.hints = {"this preview is marked as a draft; it cannot be published until this is confirmed"};
      ctx.sink->Add(std::move(d));
    } else {
      ctx.Report("unconfirmed", u.pointer, message, hints);
    }
  }
}

}  // namespace pnc::rules
