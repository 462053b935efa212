// rules: what a public authority (DPA 2018 s.7) may not say: legitimate interests for its tasks
// (Art 6(1) last subparagraph), no DPO (Art 37(1)(a)), the not-for-profit conditions (Art 9(2)(d), Sch 1
// paras 16, 31). Model → diagnostics under public-authority and dpo-contact.
#include "rules/context.h"

namespace pnc::rules {
namespace {

constexpr const char* kPointer = "/controller/public_authority";

// Art 9(2)(d) and Sch 1 paras 16 and 31 are for foundations, associations and other not-for-profit
// bodies; a council or NHS trust is none of them, so the condition the notice prints is not one it has.
void CheckNotForProfit(const RuleContext& ctx, const source::Purpose& p) {
  const std::pair<const source::Ref*, const char*> used[] = {
      {&p.special.id, "Art 9(2)(d)"},
      {&p.special.schedule_1, "DPA 2018 Sch 1 para 16"},
      {&p.criminal.schedule_1, "DPA 2018 Sch 1 para 31"},
  };
  for (const auto& [ref, article] : used) {
    const bool para16 = ref == &p.special.schedule_1;
    const char* id = para16 ? "disability-support" : "not-for-profit-body";
    if (ref->id != id) continue;
    ctx.Report("public-authority", ref->pointer,
               "purpose '" + p.id + "' relies on '" + ref->id + "' (" + article +
                   "), a condition only a not-for-profit body can use, but the controller is a public authority",
               {"choose the condition that fits the authority's function: for special category data usually "
                "'substantial-public-interest' with \"schedule_1\": 'statutory-purposes' (Sch 1 para 6), or "
                "'health-social-care'; or remove controller.public_authority if it is not one"});
  }
}

}  // namespace

void CheckPublicAuthority(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (!m.controller.public_authority) return;
  // Art 37(1)(a): every public authority designates a DPO, courts acting judicially excepted.
  if (!m.dpo || !m.dpo->designated) {
    ctx.Report("dpo-contact", m.dpo ? "/dpo/designated" : kPointer,
               "the controller is a public authority but has no designated Data Protection Officer",
               {"a public authority must designate a DPO (Art 37(1)(a); only courts acting in their judicial "
                "capacity are exempt): set \"dpo\": {\"designated\": true, …} with the DPO's contact details"});
  }
  for (const auto& p : m.purposes) {
    CheckNotForProfit(ctx, p);
    if (!RuleContext::Uses(p.bases, "legitimate-interests") || !p.not_public_task.empty()) continue;
    const source::Ref* li = nullptr;
    for (const auto& b : p.bases) {
      if (b.id == "legitimate-interests") li = &b;
    }
    ctx.Report("public-authority", li->pointer,
               "purpose '" + p.id +
                   "' relies on legitimate interests, which a public authority cannot use for its tasks (Art 6(1))",
               {"use 'public-task' (Art 6(1)(e)) for the authority's functions; if this processing is not one of "
                "its tasks (fundraising, say), add \"not_public_task\": why"});
  }
}

}  // namespace pnc::rules
