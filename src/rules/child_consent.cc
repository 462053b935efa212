// rules: consent from children to an online service (UK GDPR Art 8, DPA 2018 s.9). Model → diagnostics
// under child-online-consent: a child under 13 cannot consent alone to an information society
// service offered directly to them; a parent or carer gives or authorises it. A preventive or
// counselling service is not one (Art 8(1A); DPA 2018 s.9(b) before 2021).
#include "rules/context.h"
#include "source/scope.h"

namespace pnc::rules {

void CheckChildConsent(const RuleContext& ctx) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const source::Purpose& p = m.purposes[i];
    if (!p.online_service || p.parental_consent || !RuleContext::Uses(p.bases, "consent")) continue;
    // Children use counselling and helplines in confidence: the law asks no parent's consent for them.
    if (p.counselling_service) continue;
    const source::Groups children = source::Intersect(ctx.scope.purposes.at(i), ctx.scope.children);
    for (size_t g = 0; g < m.subjects.size(); ++g) {
      const source::Subject& s = m.subjects[g];
      if (!children[g] || (s.ages.present() && s.ages.from >= 13)) continue;
      const std::string hint =
          "a parent or carer must give or authorise consent for a child under 13 (Art 8(1)): add \"parental_consent\": "
          "true to the purpose once you ask for it and make reasonable efforts to check it (Art 8(2)), or rely on "
          "another basis; for a preventive or counselling service, add \"counselling_service\": true instead, as "
          "Art 8 does not apply to it (" +
          std::string(ctx.Date() < "2021-01-01" ? "DPA 2018 s.9(b)" : "UK GDPR Art 8(1A)") + ")";
      if (s.ages.present()) {
        ctx.Report("child-online-consent", p.online_service_pointer,
                   "purpose '" + p.id + "' asks for consent to an online service from '" + s.id + "', aged " +
                       std::to_string(s.ages.from) + " to " + std::to_string(s.ages.to) +
                       ", but does not say that a parent or carer consents for those under 13",
                   {hint});
        continue;
      }
      // Without the group's ages pnc cannot tell whether any are under 13: ask, as a warning.
      auto d = diag::Make(diag::Severity::kWarning, m.file, p.online_service_pointer,
                          "purpose '" + p.id + "' asks for consent to an online service from children group '" + s.id +
                              "', which gives no ages, and does not say that a parent or carer consents for "
                              "those under 13",
                          "child-online-consent");
      d.hints = {"add \"ages\" to data subject '" + s.id + "'; if some are under 13, " + hint};
      ctx.sink->Add(std::move(d));
    }
  }
}

}  // namespace pnc::rules
