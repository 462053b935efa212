// rules: what a solely automated significant decision says of its safeguards and whom it concerns
// (UK GDPR Arts 22A-22D, Recital 71). Model → automated-decisions diagnostics.
#include "law/phrases.h"
#include "rules/context.h"
#include "source/scope.h"

namespace pnc::rules {

namespace {

// "None.", "n/a", Welsh "dim": the whole text says there is nothing. Words() drops the punctuation,
// so "N/A." is "n a"; a sentence that only starts with "no" is not a negation.
bool Negation(const Vocabulary& v, const std::string& text) {
  const std::vector<std::string> words = Words(text);
  if (words.empty()) return false;
  const std::string found = v.negations.FindIn(words);
  return !found.empty() && Words(found).size() == words.size();
}

// Art 22C(1)-(2) (from 5 Feb 2026; Art 22(3) before): the controller must have safeguards that let the
// person have information about the decision, make representations, obtain human intervention and
// contest it. A decision whose safeguards are "None." is made unlawfully, and the notice would say so.
void CheckSafeguardsGiven(const RuleContext& ctx, const source::Decision& d, bool old_art22) {
  for (const auto& [locale, tr] : d.safeguards.by_locale) {
    if (!Negation(ctx.law.vocabulary, tr.text)) continue;
    const std::string article = old_art22 ? "Art 22(3)" : "Art 22C";
    ctx.Report("automated-decisions", tr.pointer.empty() ? d.safeguards.pointer : tr.pointer,
               "automated decision '" + d.id + "' gives its safeguards as '" + diag::Shorten(tr.text) +
                   "', but a solely automated significant decision must have them (" + article + ")",
               {"say how the person can get information about the decision, give their point of view, have a "
                "person review it and challenge it (" +
                article +
                "); if you cannot offer these, have a person take the decision and remove it from "
                "automated_decisions"});
    return;
  }
}

// Recital 71: a solely automated decision with legal or similarly significant effects should not
// concern a child. Arts 22A-22D do not forbid it, so lint asks, as the ICO's Children's code
// (standards 2 and 12) does: a DPIA and a reason, or a person takes the decision.
void CheckChildren(const RuleContext& ctx, size_t index) {
  const auto& m = ctx.model;
  const source::Decision& d = m.decisions[index];
  const source::Groups children = source::Intersect(ctx.scope.decisions.at(index), ctx.scope.children);
  const std::vector<std::string> ids = QuotedGroupIds(m, children, 1);
  if (ids.empty()) return;
  // At the children group among the decision's data_subjects, or the decision when it names none.
  std::string at = d.pointer;
  for (const auto& ref : d.subjects) {
    for (size_t g = 0; g < m.subjects.size() && g < children.size(); ++g) {
      if (children[g] && m.subjects[g].id == ref.id && at == d.pointer) at = ref.pointer;
    }
  }
  auto w = diag::Make(diag::Severity::kWarning, m.file, at,
                      "automated decision '" + d.id + "' concerns children (" + JoinIds(ids, " and ") +
                          "): solely automated significant decisions should not concern a child (Recital 71)",
                      "automated-decisions");
  w.hints = {
      "confirm that a data protection impact assessment covers the decision and why it must be made "
      "about children (ICO Children's code, standards 2 and 12), or have a person take the decision and "
      "remove it from automated_decisions"};
  ctx.sink->Add(std::move(w));
}

}  // namespace

void CheckDecisionFacts(const RuleContext& ctx) {
  const auto& conds = ctx.law.automated_special;
  const bool old_art22 = !conds.empty() && ctx.Date() < conds.front().in_force;
  for (size_t i = 0; i < ctx.model.decisions.size(); ++i) {
    CheckSafeguardsGiven(ctx, ctx.model.decisions[i], old_art22);
    CheckChildren(ctx, i);
  }
}

}  // namespace pnc::rules
