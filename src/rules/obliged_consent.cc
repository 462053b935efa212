// rules: explicit consent (Art 9(2)(a), and Art 22B or 22(2)(c) for an automated decision) on data a
// law or contract obliges the person to give → statutory-requirement errors. Consent is freely given
// (Art 4(11), 7(4)): the notice would say both that they must give the data and that they can
// change their mind about consent. (Art 6 consent alone: stray_fields.cc.)
#include <algorithm>

#include "rules/context.h"
#include "source/scope.h"

namespace pnc::rules {
namespace {

bool Obliges(const source::Requirement& q) {
  return q.kind == "statutory" || q.kind == "contractual" || q.kind == "contract-entry";
}

std::string WhyNotFree(const std::string& kind) {
  return kind == "statutory" ? "a law obliges them to give it" : "their contract depends on it";
}

// The Art 9(2) condition to use instead, by what obliges the person.
std::string PurposeHint(const std::string& kind) {
  if (kind == "statutory") {
    return "use the condition the duty gives: \"article_9\": \"employment-social-protection\" (9(2)(b)) with "
           "\"schedule_1\": \"employment\" for an employment, social security or social protection duty, or "
           "\"substantial-public-interest\" (9(2)(g)) with the Schedule 1 Part 2 condition that fits (such as "
           "\"safeguarding-children\" or \"statutory-purposes\"); if the person may in fact refuse, give the "
           "requirement \"type\": \"none\"";
  }
  return "use the condition that fits without consent: \"employment-social-protection\" (9(2)(b)) with "
         "\"schedule_1\": \"employment\" for an employment contract, \"health-social-care\" (9(2)(h)) for care, or "
         "\"substantial-public-interest\" (9(2)(g)) with a Schedule 1 Part 2 condition; or make giving this data "
         "optional (\"type\": \"none\") so that consent can be refused";
}

// Whether answer `q` of a purpose is for one of the groups in `groups` (an answer naming no groups is
// for all of the purpose's).
bool AnswerFor(const source::Model& m, const source::Requirement& q, const source::Groups& groups) {
  if (q.subjects.empty()) return true;
  for (size_t g = 0; g < m.subjects.size() && g < groups.size(); ++g) {
    if (groups[g] && RuleContext::Uses(q.subjects, m.subjects[g].id)) return true;
  }
  return false;
}

void CheckPurposeConsent(const RuleContext& ctx) {
  for (const auto& p : ctx.model.purposes) {
    if (p.special.id.id != "explicit-consent") continue;
    // On consent alone, stray_fields.cc already reports the same answer: one error is enough.
    if (!p.bases.empty() &&
        std::all_of(p.bases.begin(), p.bases.end(), [](const source::Ref& b) { return b.id == "consent"; }))
      continue;
    for (const auto& q : p.requirements) {
      if (!Obliges(q)) continue;
      ctx.Report("statutory-requirement", q.pointer,
                 "purpose '" + p.id +
                     "' relies on explicit consent (Art 9(2)(a)) but says the person is obliged "
                     "to give the data ('" +
                     q.kind + "'): consent is not freely given when " + WhyNotFree(q.kind) +
                     ", and the notice would say they must give it and that they can change their mind",
                 {PurposeHint(q.kind)});
    }
  }
}

// A decision rests on explicit consent while a purpose that processes its data about the same people
// says they must give that data: the person cannot refuse, so the consent is not free either.
void CheckDecisionConsent(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& conds = ctx.law.automated_special;
  const bool before = !conds.empty() && ctx.Date() < conds.front().in_force;
  for (size_t i = 0; i < m.decisions.size(); ++i) {
    const source::Decision& d = m.decisions[i];
    const source::Ref* consent = d.special.id.id == "explicit-consent"  ? &d.special.id
                                 : d.exception.id == "explicit-consent" ? &d.exception
                                                                        : nullptr;
    if (consent == nullptr) continue;
    const source::Groups& of_decision = ctx.scope.decisions.at(i);
    bool reported = false;
    for (size_t k = 0; k < m.purposes.size() && !reported; ++k) {
      const source::Purpose& p = m.purposes[k];
      const source::Groups both = source::Intersect(of_decision, ctx.scope.purposes.at(k));
      if (!source::Any(both)) continue;
      const auto shared = std::find_if(d.categories.begin(), d.categories.end(),
                                       [&](const source::Ref& c) { return RuleContext::Uses(p.categories, c.id); });
      if (shared == d.categories.end()) continue;
      for (const auto& q : p.requirements) {
        if (!Obliges(q) || !AnswerFor(m, q, both)) continue;
        ctx.Report("statutory-requirement", consent->pointer,
                   "automated decision '" + d.id + "' relies on explicit consent (" +
                       (before ? "Art 22(2)(c)" : "Art 22B") + ") but uses '" + shared->id + "', which purpose '" +
                       p.id + "' says the person is obliged to give ('" + q.kind +
                       "'): consent is not freely given "
                       "when " +
                       WhyNotFree(q.kind),
                   {before ? "name the exception that applies: \"contract\" (Art 22(2)(a)) when the decision is "
                             "necessary for a contract with the person, or \"authorised-by-law\" (22(2)(b)); with "
                             "special category data, Art 22(4) then needs 9(2)(g) and a Schedule 1 Part 2 condition"
                           : "use \"article_22b\": \"contract\" when the decision is necessary for a contract with "
                             "the person, or \"authorised-by-law\", each with \"schedule_1\": a substantial public "
                             "interest condition (Art 22B, 9(2)(g)); or have a person take the decision"});
        reported = true;
        break;
      }
    }
  }
}

}  // namespace

void CheckObligedConsent(const RuleContext& ctx) {
  CheckPurposeConsent(ctx);
  CheckDecisionConsent(ctx);
}

}  // namespace pnc::rules
