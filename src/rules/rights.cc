// rules: the derived rights may not be dropped where they apply, and the complaint routes exist
// (Art 13(2)(b)-(d) as amended; DPA 2018 ss.164A, 165).
#include <algorithm>

#include "rules/context.h"

namespace pnc::rules {

void CheckRights(const RuleContext& ctx) {
  const auto& m = ctx.model;
  auto applicable = ApplicableRights(m, ctx.law);
  for (const auto& omit : m.rights.omit) {
    const RightDef* def = nullptr;
    for (const auto& r : ctx.law.rights) {
      if (r.id == omit.id) def = &r;
    }
    if (def == nullptr) continue;  // reported as unknown-id
    if (std::find(applicable.begin(), applicable.end(), omit.id) != applicable.end()) {
      ctx.Report(def->rule, omit.pointer,
                 "the right '" + omit.id + "' applies to this notice and cannot be left out",
                 {"remove '" + omit.id + "' from rights.omit; pnc states each right only where the law gives it"});
    }
  }
  const bool has_route = m.complaints && (m.complaints->contact.reachable() || !m.complaints->form_url.empty());
  if (!has_route) {
    ctx.Report("right-complain-controller", m.complaints ? m.complaints->pointer : "",
               "the source does not say how to complain to the organisation",
               {"add \"complaints\": {\"email\": …, \"form_url\": …} (DPA 2018 s.164A: a complaint form that can be "
                "completed electronically and by other means)"});
  }
  if (ctx.law.RegulatorOn(ctx.Date()) == nullptr) {
    ctx.Report("right-complain-ico", m.notice.date_pointer,
               "data/regulator.json has no regulator details in force on " + ctx.Date());
  }
}

}  // namespace pnc::rules
