// notice: a just-in-time notice's purposes → its list of main rights (adult: the rights' titles; children's: the
// guide's words), each right only some of the notice's groups have said with whose it is.
#include <algorithm>
#include <set>

#include "law/rights.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

template <typename T>
void AddOnce(std::vector<T>* list, const T& v) {
  if (std::find(list->begin(), list->end(), v) == list->end()) list->push_back(v);
}

// The rights a just-in-time notice names for `purposes`: those the purposes give (rules::PurposeHasRight,
// the rule the Article 30 record and the DPV export use too: no erasure from a purpose resting on a legal
// obligation or public task alone, Art 17(3)(b)), in the order the purposes first give them, never the
// complaint routes or the rights about automated decisions (the full notice says those). A right every
// purpose has stands where the first purpose would give it, once any purpose does.
std::vector<std::string> RightIds(const Writer& w, const std::vector<size_t>& purposes) {
  const auto& m = w.model();
  std::set<std::string> given;
  for (size_t i : purposes) {
    for (const auto& r : w.law().rights) {
      if (rules::PurposeHasRight(r, m.purposes[i])) given.insert(r.id);
    }
  }
  std::vector<std::string> ids;
  for (size_t i : purposes) {
    for (const auto& r : w.law().rights) {
      if (r.id == "complain-controller" || r.id == "complain-ico" || r.needs_decisions) continue;
      if (r.Always() ? given.count(r.id) > 0 : rules::PurposeGivesRight(r, m.purposes[i])) AddOnce(&ids, r.id);
    }
  }
  return ids;
}

// A right a just-in-time notice names, and whose it is when not every reader's.
struct JitRight {
  std::string id;
  source::Groups groups;           // the groups that have it; empty: every group the notice is for
  std::vector<std::string> facts;  // then: the purposes that give it to them
};

bool Names(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The rights of a notice's purposes (RightIds), each with the groups of `within` that have it where
// the purposes concern several of those groups and not all of them have it (review H1: a form asking
// for the siblings' consent and using the patients' data for our interests told every child reader
// that they could change their mind and say no). A group has the rights of the purposes about it,
// by the same rule (so erasure is not a group's whose purposes here all rest on a legal obligation).
std::vector<JitRight> RightsOf(const Writer& w, const std::vector<size_t>& purposes, const std::string& at,
                               const source::Groups& within) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::vector<JitRight> out;
  for (const auto& id : RightIds(w, purposes)) out.push_back({id, {}, {}});
  auto about = [&](size_t i, size_t g) {
    return i < scope.purposes.size() && g < scope.purposes[i].size() && scope.purposes[i][g];
  };
  const size_t n = m.subjects.size();
  source::Groups readers(n, false);
  std::vector<source::Groups> has(out.size(), source::Groups(n, false));
  for (size_t g = 0; g < n && g < within.size(); ++g) {
    std::vector<size_t> theirs;
    for (size_t i : purposes) {
      if (within[g] && about(i, g)) theirs.push_back(i);
    }
    if (theirs.empty()) continue;
    readers[g] = true;
    const std::vector<std::string> ids = RightIds(w, theirs);
    for (size_t r = 0; r < out.size(); ++r) has[r][g] = Names(ids, out[r].id);
  }
  for (size_t r = 0; r < out.size(); ++r) {
    if (!source::Any(has[r]) || has[r] == readers) continue;  // everyone's (or no group's found: said to all)
    out[r].groups = has[r];
    for (size_t i : purposes) {
      bool theirs = false;
      for (size_t g = 0; g < n; ++g) theirs = theirs || (has[r][g] && about(i, g));
      if (theirs && Names(RightIds(w, {i}), out[r].id)) out[r].facts.push_back(m.purposes[i].pointer);
    }
    if (out[r].facts.empty()) out[r].facts.push_back(at);
  }
  return out;
}

}  // namespace

std::vector<Block> JitAdultRights(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  Block rights = Bullets({});
  for (const JitRight& r : RightsOf(w, purposes, at, w.scope().all)) {
    std::vector<Block> item = {Para(Writer::Text(
        w.T("right." + r.id + ".title"), w.Derived("a right this purpose's lawful basis gives (data/law.json)", at)))};
    if (!r.groups.empty()) {
      for (auto& b : w.ListBlocks("rights.applies-to", "groups", GroupTexts(w, r.groups), r.facts.front(), r.facts))
        item.push_back(std::move(b));
    }
    rights.items.push_back(std::move(item));
  }
  if (rights.items.empty()) return {};
  return {w.P("jit.rights", {}, at), std::move(rights)};
}

// The rights these purposes give children, in the children's guide's words: at the point of collection a
// child asked to say yes must hear that they can change their mind (Art 7(3)), and one whose data is
// used for our interests that they can say no (Art 21(4)). A right only some of the notice's children
// groups have is said under those groups, as the guide's "This guide is for" says it: the group as the
// guide names it, then "Are you one of them? You can also:" and the rights that are theirs.
std::vector<Block> JitChildRights(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  const auto& m = w.model();
  const std::vector<JitRight> all = RightsOf(w, purposes, at, w.scope().children);
  std::vector<std::vector<Block>> names(m.subjects.size());  // each group as the guide names it
  for (size_t g = 0; g < names.size(); ++g) {
    const bool some =
        std::any_of(all.begin(), all.end(), [&](const JitRight& r) { return !r.groups.empty() && r.groups[g]; });
    if (some) names[g] = GroupBlocks(w, m.subjects[g]);
  }
  std::vector<Inlines> rights;
  std::vector<std::vector<const JitRight*>> theirs(m.subjects.size());
  for (const JitRight& r : all) {
    if (r.groups.empty()) {
      rights.push_back(w.I(w.Banded("child.right." + r.id), {}, at));
      continue;
    }
    bool named = true;  // every group that has it can be named (a group always has a name: else ask us)
    for (size_t g = 0; g < r.groups.size(); ++g) named = named && (!r.groups[g] || !names[g].empty());
    if (named) {
      for (size_t g = 0; g < r.groups.size(); ++g) {
        if (r.groups[g]) theirs[g].push_back(&r);
      }
      continue;
    }
    Inlines item = w.I(w.Banded("child.right." + r.id), {}, r.facts.front(), r.facts);
    Append(&item, w.I(w.Banded("child.right.some-ask"), {}, r.facts.front()));
    rights.push_back(std::move(item));
  }
  std::vector<Block> out;
  if (!rights.empty()) out = {w.P(w.Banded("child.rights.intro"), {}, at), Bullets(rights)};
  for (size_t g = 0; g < theirs.size(); ++g) {
    if (theirs[g].empty()) continue;
    std::vector<Inlines> items;
    std::vector<std::string> facts;
    for (const JitRight* r : theirs[g]) {
      items.push_back(w.I(w.Banded("child.right." + r->id), {}, r->facts.front(), r->facts));
      // Two rights from one purpose cite it once (explain lists each fact the line follows from).
      for (const auto& f : r->facts)
        if (std::find(facts.begin(), facts.end(), f) == facts.end()) facts.push_back(f);
    }
    for (auto& b : names[g]) out.push_back(std::move(b));
    out.push_back(w.P(rights.empty() ? "jit.child.group-rights-first" : "jit.child.group-rights", {},
                      m.subjects[g].pointer + "/children", facts));
    out.push_back(Bullets(std::move(items)));
  }
  return out;
}

}  // namespace pnc::notice
