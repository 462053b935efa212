// law: Model + LawData → the data-subject rights that apply, per data subject group, with the
// source facts each follows from.
#include "law/rights.h"

#include <algorithm>

namespace pnc::rules {
namespace {

bool Uses(const std::vector<source::Ref>& refs, const std::string& id) {
  return std::any_of(refs.begin(), refs.end(), [&](const source::Ref& r) { return r.id == id; });
}

}  // namespace

bool PurposeGivesRight(const RightDef& right, const source::Purpose& p) {
  bool gives = false;
  for (const auto& b : right.bases) gives = gives || Uses(p.bases, b);
  for (const auto& c : right.article_9) gives = gives || p.special.id.id == c;
  gives = gives || (right.direct_marketing && p.direct_marketing);
  // Art 20(1)(b): only processing carried out by automated means.
  if (right.needs_automated_means && p.automated_means == false) gives = false;
  return gives;
}

bool PurposeHasRight(const RightDef& right, const source::Purpose& p) {
  if (!right.Always()) return PurposeGivesRight(right, p);
  const bool excluded =
      !right.not_when_only.empty() && !p.bases.empty() &&
      std::all_of(p.bases.begin(), p.bases.end(), [&](const auto& b) {
        return std::find(right.not_when_only.begin(), right.not_when_only.end(), b.id) != right.not_when_only.end();
      });
  return !excluded;
}

std::vector<std::string> ApplicableRights(const source::Model& model, const LawData& law) {
  source::Scope scope = source::ComputeScope(model);
  std::vector<std::string> out;
  // With no data subject groups declared, the rights follow from every purpose.
  source::Groups who = scope.all.empty() ? source::Groups{} : scope.all;
  for (const auto& r : DeriveRights(model, law, scope, who)) out.push_back(r.id);
  return out;
}

std::vector<DerivedRight> DeriveRights(const source::Model& model, const LawData& law, const source::Scope& scope,
                                       const source::Groups& who) {
  // No groups declared: one pseudo-group that every item concerns.
  const bool ungrouped = who.empty();
  const size_t n = ungrouped ? 1 : who.size();
  auto concerns = [&](const source::Groups& g, size_t s) { return ungrouped || (s < g.size() && g[s]); };
  std::vector<DerivedRight> out;
  for (const auto& right : law.rights) {
    DerivedRight d{right.id, source::Groups(n, false), {}, {}};
    std::vector<bool> used(right.bases.size(), false);  // which of the right's bases it follows from
    const bool always =
        right.bases.empty() && right.article_9.empty() && !right.direct_marketing && right.decision_conditions.empty();
    for (size_t s = 0; s < n; ++s) {
      if (!ungrouped && !who[s]) continue;
      bool applies = always;
      for (size_t i = 0; i < model.purposes.size(); ++i) {
        const auto& p = model.purposes[i];
        if (!concerns(scope.purposes[i], s) || !PurposeGivesRight(right, p)) continue;
        applies = true;
        for (size_t b = 0; b < right.bases.size(); ++b) {
          for (const auto& ref : p.bases) {
            if (ref.id != right.bases[b]) continue;
            d.facts.push_back(ref.pointer);
            used[b] = true;
          }
        }
        for (const auto& c : right.article_9) {
          if (p.special.id.id == c) d.facts.push_back(p.special.id.pointer);
        }
        if (right.direct_marketing && p.direct_marketing) d.facts.push_back(p.pointer + "/direct_marketing");
      }
      for (size_t i = 0; i < model.decisions.size(); ++i) {
        if (!concerns(scope.decisions[i], s)) continue;
        for (const auto& c : right.decision_conditions) {
          if (model.decisions[i].special.id.id == c)
            applies = true, d.facts.push_back(model.decisions[i].special.id.pointer);
          if (model.decisions[i].exception.id == c)  // the Art 22(2)(c) exception (notices before 5 Feb 2026)
            applies = true, d.facts.push_back(model.decisions[i].exception.pointer);
        }
      }
      if (right.needs_decisions) {
        bool decided = false;
        for (size_t i = 0; i < model.decisions.size(); ++i) {
          if (concerns(scope.decisions[i], s)) decided = true, d.facts.push_back(model.decisions[i].pointer);
        }
        applies = applies && decided;
      }
      d.groups[s] = applies;
    }
    if (!source::Any(d.groups)) continue;
    for (size_t b = 0; b < used.size(); ++b) {
      if (used[b]) d.bases.push_back(right.bases[b]);
    }
    std::sort(d.facts.begin(), d.facts.end());
    d.facts.erase(std::unique(d.facts.begin(), d.facts.end()), d.facts.end());
    if (ungrouped) d.groups.clear();
    out.push_back(std::move(d));
  }
  return out;
}

const DerivedRight* FindRight(const std::vector<DerivedRight>& rights, const std::string& id) {
  for (const auto& r : rights) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

}  // namespace pnc::rules
