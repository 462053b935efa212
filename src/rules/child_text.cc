// rules: a children's version never drops a fact: every organisation-specific item needs a child
// wording when the children's audience is declared (UK GDPR Art 12(1), Recital 58; the ICO
// Children's code, guidance here and statutory only for online services, says the same).
#include "rules/context.h"

namespace pnc::rules {
namespace {

template <typename T>
void Need(const RuleContext& ctx, const std::vector<T>& items, const std::string& what) {
  for (const auto& item : items) {
    if (item.child.present()) continue;
    ctx.Report("missing-child-text", item.pointer,
               what + " '" + item.id + "' has no children's wording",
               {"add \"child\": the same fact in words a child aged " + ctx.model.notice.child_band + " understands"});
  }
}

}  // namespace

void CheckChildText(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (!m.notice.child) return;
  Need(ctx, m.sources, "source");
  Need(ctx, m.categories, "data category");
  Need(ctx, m.purposes, "purpose");
  Need(ctx, m.recipients, "recipient");
  Need(ctx, m.retention, "retention record");
  Need(ctx, m.decisions, "automated decision");
  Need(ctx, m.sections, "section");
}

}  // namespace pnc::rules
