// rules: a kind of data whose purposes concern children and other groups together is said, in the
// adult notice and the children's version, to be about all of them; pnc cannot know which of them
// it is really about, so it asks (whose-data) rather than print a claim the source does not make. The
// same for a retention record whose kinds of data are about different groups: it is said to be kept
// about every group any of them is about. And for a source another body is (a court, a referrer)
// that gives a kind of data purposes about different groups share: whose data it gives.
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
    if (source::CriminalLeavesChildren(m, s, i)) {
      // Criminal offence data told to children as theirs would be untrue of a volunteers' DBS check
      // and a staff matter in a children's guide (user test F30): it is left out of children's
      // versions until the source says (source::ComputeScope).
      ctx.Report("whose-data", c.pointer,
                 "data category '" + c.id + "' is criminal offence data used by purposes that concern " + whom +
                     ", so the children's versions leave it out until the source says whose it is",
                 {"add \"data_subjects\" to the category with the groups it is about: the adults alone (from " +
                  join(others) + ") keep it out of the children's versions; with the children (" + join(children) +
                  ") too, as for safeguarding concerns about them, their versions tell them of it"});
      continue;
    }
    ctx.Report("whose-data", c.pointer,
               "data category '" + c.id + "' is used by purposes that concern " + whom +
                   ", so the notices will say it is about all of them",
               {"add \"data_subjects\" to the category with the groups it is really about; list them all if it is "
                "about every one"});
  }
}

// A record keeping the young parents' support notes and the contact details every group gives was
// said to be kept about volunteers too (its period printed on the volunteer application). A group
// reached through one of a record's kinds alone, while others are its firm subjects
// (source::RecordFirmGroups), is named, and the source asked whose the record is; children's
// versions leave the record out for such children until it says.
void CheckWhoseRecords(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  for (size_t i = 0; i < m.retention.size() && i < s.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!r.subjects_pointer.empty()) continue;  // the source says whose it is
    if (auto adult = source::AdultOnlyKinds(m, s, i); !adult.empty()) {
      for (auto& id : adult) id = "'" + id + "'";
      ctx.Report("whose-data", r.pointer,
                 "retention record '" + r.id + "' holds " + JoinIds(adult, " and ") +
                     ", which no purpose about children uses, with kinds of data that children's purposes use, so "
                     "the children's versions leave it out: its name may be about adults only" +
                     (r.child.present() || !r.child_by_band.by_band.empty()
                          ? std::string(" (its \"child\" wording is not shown)")
                          : std::string()),
                 {"add \"data_subjects\" to the record with whose records they are, and a \"child_name\" if children "
                  "are among them; or keep the adults' kinds of data in a record of their own"});
      continue;
    }
    const source::Groups firm = source::RecordFirmGroups(m, s, i);
    if (!source::Any(firm)) continue;
    source::Groups loose = s.retention[i];
    for (size_t g = 0; g < loose.size(); ++g) loose[g] = loose[g] && !firm[g];
    if (!source::Any(loose)) continue;
    std::vector<std::string> through;  // the one kind each loose group shares with the record
    for (size_t p = 0; p < m.purposes.size() && p < s.purposes.size(); ++p) {
      if (!source::Any(source::Intersect(s.purposes[p], loose))) continue;
      for (const auto& c : m.purposes[p].categories) {
        for (const auto& rc : r.categories) {
          const std::string id = "'" + c.id + "'";
          if (c.id == rc.id && std::find(through.begin(), through.end(), id) == through.end()) through.push_back(id);
        }
      }
    }
    ctx.Report("whose-data", r.pointer,
               "retention record '" + r.id + "' is said to be kept about " +
                   JoinIds(QuotedGroupIds(m, loose), " and ") +
                   (through.empty() ? std::string(" although none of their purposes uses its kinds of data")
                                    : " only because it holds " + JoinIds(through, " or ") +
                                          ", which their purposes use; none of them uses its other kinds of data"),
               {"add \"data_subjects\" to the record with whose records they are (children's versions leave it "
                "out for those children until then); list them all if it is kept about every one"});
  }
}

// A referring court named as a source of the contact details every group gives was listed in the
// Article 30 record as the source of the donors' and staff's data (user test s28 F3). A source the
// person is not, and that does not say whose data it gives, is asked when a kind of data it gives is
// used by a purpose about only some of that kind's groups: that purpose's record would name it.
// (The person themselves, and what the organisation observes, give each person's own data.)
void CheckWhoseSources(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  for (size_t i = 0; i < m.sources.size() && i < s.sources.size(); ++i) {
    const auto& src = m.sources[i];
    if (src.from_person || src.observed || !src.subjects_pointer.empty()) continue;
    for (size_t c = 0; c < m.categories.size() && c < s.categories.size(); ++c) {
      const auto& cat = m.categories[c];
      if (std::none_of(cat.sources.begin(), cat.sources.end(), [&](const auto& r) { return r.id == src.id; })) continue;
      const source::Groups& whose = s.categories[c];
      std::string narrower;  // a purpose that uses the kind about only some of its groups
      for (size_t p = 0; p < m.purposes.size() && p < s.purposes.size() && narrower.empty(); ++p) {
        const auto& cats = m.purposes[p].categories;
        if (std::none_of(cats.begin(), cats.end(), [&](const auto& r) { return r.id == cat.id; })) continue;
        const source::Groups part = source::Intersect(whose, s.purposes[p]);
        if (source::Any(part) && part != whose) narrower = m.purposes[p].id;
      }
      if (narrower.empty()) continue;
      ctx.Report("whose-data", src.pointer,
                 "source '" + src.id + "' does not say whose data it gives, but data category '" + cat.id +
                     "', which it gives, is about " + JoinIds(QuotedGroupIds(m, whose), " and ") +
                     ", and purposes about only some of them use it ('" + narrower +
                     "'): the Article 30 record names the source for each of those purposes",
                 {"add \"data_subjects\" to the source with the groups it gives data about (of " +
                  JoinIds(QuotedGroupIds(m, s.sources[i])) +
                  "): the record and the notice then name it for them only; list them all if it gives data about "
                  "every one"});
      break;  // once per source
    }
  }
}

}  // namespace pnc::rules
