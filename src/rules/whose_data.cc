// rules: a kind of data whose purposes concern children and other groups together is said, in the
// adult notice and the children's version, to be about all of them; pnc cannot know which of them
// it is really about, so it asks (whose-data) rather than print a claim the source does not make.
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

}  // namespace pnc::rules
