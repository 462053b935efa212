// rules: a kind of data whose purposes concern children and other groups together is said, in the
// adult notice and the children's version, to be about all of them; pnc cannot know which of them
// it is really about, so it asks (whose-data) rather than print a claim the source does not make. The
// same for a retention record whose kinds of data are about different groups: it is said to be kept
// about every group any of them is about.
#include <algorithm>

#include "rules/context.h"

namespace pnc::rules {

void CheckWhoseData(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  for (size_t i = 0; i < m.categories.size() && i < s.categories.size(); ++i) {
    const auto& c = m.categories[i];
    if (!c.subjects_pointer.empty()) continue;  // the source says whose it is
    const source::Groups& g = s.categories[i];
    if (!s.ConcernsChildren(g)) continue;
    const std::vector<std::string> children = QuotedGroupIds(m, g, 1), others = QuotedGroupIds(m, g, 0);
    if (children.size() + others.size() < 2) continue;
    auto join = [](const std::vector<std::string>& v) { return JoinIds(v, " and "); };
    std::string whom = others.empty() ? "several groups of children (" + join(children) + ")"
                                      : "children (" + join(children) + ") and others (" + join(others) + ")";
    ctx.Report("whose-data", c.pointer,
               "data category '" + c.id + "' is used by purposes that concern " + whom +
                   ", so the notices will say it is about all of them",
               {"add \"data_subjects\" to the category with the groups it is really about; list them all if it is "
                "about every one"});
  }
}

// A record keeping the young parents' support notes and the contact details every group gives was
// said to be kept about volunteers too (its period printed on the volunteer application). A group
// whose purposes each share only one kind of data with a record of several is linked to it by that
// kind alone: the record may be another group's file that happens to hold it, so the source is asked.
// A group with a purpose using two or more of its kinds (a course file about parents and children) is
// taken to be what the record is about.
void CheckWhoseRecords(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  for (size_t i = 0; i < m.retention.size() && i < s.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!r.subjects_pointer.empty() || r.categories.size() < 2) continue;  // the source says whose it is
    source::Groups loose(m.subjects.size(), false), firm(m.subjects.size(), false);
    std::vector<std::string> through, one(m.purposes.size());
    for (size_t p = 0; p < m.purposes.size() && p < s.purposes.size(); ++p) {
      std::vector<std::string> shared;
      for (const auto& c : m.purposes[p].categories) {
        for (const auto& rc : r.categories) {
          if (c.id == rc.id) shared.push_back("'" + c.id + "'");
        }
      }
      if (shared.empty()) continue;
      source::Groups& g = shared.size() == 1 ? loose : firm;
      for (size_t k = 0; k < g.size(); ++k) g[k] = g[k] || (s.purposes[p][k] && s.retention[i][k]);
      if (shared.size() == 1) one[p] = shared[0];
    }
    for (size_t k = 0; k < loose.size(); ++k) loose[k] = loose[k] && !firm[k];
    if (!source::Any(loose)) continue;
    for (size_t p = 0; p < one.size(); ++p) {  // the kinds that link the groups named
      if (!one[p].empty() && source::Any(source::Intersect(s.purposes[p], loose)) &&
          std::find(through.begin(), through.end(), one[p]) == through.end())
        through.push_back(one[p]);
    }
    ctx.Report("whose-data", r.pointer,
               "retention record '" + r.id + "' is said to be kept about " +
                   JoinIds(QuotedGroupIds(m, loose), " and ") + " only because it holds " + JoinIds(through, " or ") +
                   ", which their purposes use; none of them uses its other kinds of data",
               {"add \"data_subjects\" to the record with whose records they are (the notices and just-in-time "
                "notices then leave it out for the others); list them all if it is kept about every one"});
  }
}

}  // namespace pnc::rules
