// rules: whom each item concerns can be told: a children's version has children to be for, every
// purpose says whose data it uses, and an item's own data_subjects only narrow what its links give
// it (source/scope.h). Art 12(1): information addressed to a child is about that child.
#include "rules/context.h"

namespace pnc::rules {
namespace {

std::string Names(const source::Model& m, const source::Groups& g) {
  std::string s = JoinIds(QuotedGroupIds(m, g));
  return s.empty() ? "no group" : s;
}

template <typename T>
void CheckNarrowing(const RuleContext& ctx, const std::vector<T>& items, const std::vector<source::Groups>& scope,
                    const std::string& what, const std::string& linked_by) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    if (item.subjects_pointer.empty()) continue;
    if (item.subjects.empty()) {
      ctx.Report("scope", item.subjects_pointer, what + " '" + item.id + "' lists no data subjects",
                 {"name the groups it concerns, or remove \"data_subjects\" (it then concerns the groups of " +
                  linked_by + ")"});
      continue;
    }
    for (const auto& ref : item.subjects) {
      for (size_t s = 0; s < m.subjects.size(); ++s) {
        if (m.subjects[s].id != ref.id || scope[i][s]) continue;
        ctx.Report("scope", ref.pointer,
                   what + " '" + item.id + "' is narrowed to '" + ref.id + "', but none of " + linked_by +
                       " concerns that group",
                   {"data_subjects can only narrow: it concerns " + Names(m, scope[i]) + "; add '" + ref.id +
                    "' to the data_subjects of the purposes it belongs to"});
      }
    }
  }
}

}  // namespace

void CheckScope(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  if (m.notice.child && !source::Any(s.children)) {
    ctx.Report(
        "scope", m.notice.child_pointer,
        "a children's version is declared but no data subject group is marked \"children\": true",
        {m.subjects.empty() ? "add \"data_subjects\" with the children the notice is for, marked \"children\": true"
                            : "mark the groups that are children with \"children\": true; only their facts "
                              "and rights go into the children's version"});
  }
  if (m.notice.child && source::Any(s.children)) {
    for (const auto& p : m.purposes) {
      if (!p.subjects.empty()) continue;
      ctx.Report("scope", p.pointer,
                 "purpose '" + p.id +
                     "' does not say whose data it uses, so pnc cannot tell whether it belongs in "
                     "the children's version",
                 {"add \"data_subjects\": the ids of the groups it concerns"});
    }
  }
  // Narrowing is checked against what the item's links give it: its scope computed without its
  // own data_subjects (each kind widened alone, so linked items keep theirs). Done only for the
  // kinds that narrow: most sources never do.
  auto wide = [&](auto member, auto groups) {
    source::Model copy = m;
    for (auto& item : copy.*member) item.subjects_pointer.clear();
    return source::ComputeScope(copy).*groups;
  };
  auto narrows = [](const auto& items) {
    for (const auto& item : items) {
      if (!item.subjects_pointer.empty()) return true;
    }
    return false;
  };
  using M = source::Model;
  using S = source::Scope;
  if (narrows(m.categories)) {
    CheckNarrowing(ctx, m.categories, wide(&M::categories, &S::categories), "data category",
                   "the purposes that use it");
  }
  if (narrows(m.sources)) {
    CheckNarrowing(ctx, m.sources, wide(&M::sources, &S::sources), "source", "the data categories that name it");
  }
  if (narrows(m.recipients)) {
    CheckNarrowing(ctx, m.recipients, wide(&M::recipients, &S::recipients), "recipient", "the purposes it serves");
  }
  if (narrows(m.retention)) {
    CheckNarrowing(ctx, m.retention, wide(&M::retention, &S::retention), "retention record", "its data categories");
  }
  if (narrows(m.decisions)) {
    CheckNarrowing(ctx, m.decisions, wide(&M::decisions, &S::decisions), "automated decision", "its data categories");
  }
  for (const auto& x : m.sections) {
    if (!x.subjects_pointer.empty() && x.subjects.empty()) {
      ctx.Report("scope", x.subjects_pointer, "section '" + x.id + "' lists no data subjects",
                 {"name the groups it concerns, or remove \"data_subjects\" (it then concerns everyone)"});
    }
  }
}

std::vector<std::string> QuotedGroupIds(const source::Model& m, const source::Groups& g, int children) {
  std::vector<std::string> out;
  for (size_t i = 0; i < g.size() && i < m.subjects.size(); ++i) {
    if (g[i] && (children < 0 || m.subjects[i].children == (children == 1)))
      out.push_back("'" + m.subjects[i].id + "'");
  }
  return out;
}

std::string JoinIds(const std::vector<std::string>& ids, const std::string& last) {
  std::string out;
  for (size_t k = 0; k < ids.size(); ++k) out += (k == 0 ? "" : k + 1 == ids.size() ? last : ", ") + ids[k];
  return out;
}

}  // namespace pnc::rules
