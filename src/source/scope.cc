// source: Model → Scope, the data subject groups each item concerns (rules in scope.h).
#include "source/scope.h"

#include <algorithm>
#include <map>
#include <set>

namespace pnc::source {
namespace {

void UnionInto(Groups* into, const Groups& g) {
  for (size_t i = 0; i < into->size(); ++i) (*into)[i] = (*into)[i] || g[i];
}

// Items are looked up by id many times (every category for every purpose); a map keeps a large
// source linear-logarithmic instead of quadratic.
template <typename T>
std::map<std::string, size_t> IndexOf(const std::vector<T>& items) {
  std::map<std::string, size_t> out;
  for (size_t i = 0; i < items.size(); ++i) out.emplace(items[i].id, i);
  return out;
}

// The union of the groups of the linked items; every group when nothing is linked.
Groups Linked(const Scope& s, const std::vector<Ref>& refs, const std::map<std::string, size_t>& index,
              const std::vector<Groups>& groups) {
  Groups out(s.all.size(), false);
  bool linked = false;
  for (const auto& r : refs) {
    auto it = index.find(r.id);
    if (it == index.end()) continue;
    UnionInto(&out, groups[it->second]);
    linked = true;
  }
  return linked ? out : s.all;
}

}  // namespace

bool Any(const Groups& g) {
  for (bool b : g) {
    if (b) return true;
  }
  return false;
}

Groups Intersect(const Groups& a, const Groups& b) {
  Groups out(a.size(), false);
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) out[i] = a[i] && b[i];
  return out;
}

bool Scope::ConcernsChildren(const Groups& g) const { return Any(Intersect(g, children)); }

Groups GroupsOf(const Model& model, const std::vector<Ref>& refs) {
  Groups out(model.subjects.size(), false);
  for (const auto& r : refs) {
    for (size_t i = 0; i < model.subjects.size(); ++i) {
      if (model.subjects[i].id == r.id) out[i] = true;
    }
  }
  return out;
}

Scope ComputeScope(const Model& m, const std::string& band) { return ComputeScope(m, band, !band.empty()); }

bool CriminalLeavesChildren(const Model& m, const Scope& s, size_t c) {
  if (!m.categories.at(c).criminal || !m.categories[c].subjects_pointer.empty()) return false;
  const Groups& g = s.categories.at(c);
  bool children = false, others = false;
  for (size_t i = 0; i < g.size() && i < s.children.size(); ++i) {
    children = children || (g[i] && s.children[i]);
    others = others || (g[i] && !s.children[i]);
  }
  return children && others;
}

Scope ComputeScope(const Model& m, const std::string& band, bool children_view) {
  Scope s;
  const size_t n = m.subjects.size();
  s.all.assign(n, true);
  s.children.assign(n, false);
  // Without the children groups, for an item another band's version shows.
  Groups not_children(n, true);
  for (size_t i = 0; i < n; ++i) {
    s.children[i] = m.subjects[i].children && m.subjects[i].age_bands.Allows(band) && m.subjects[i].ages.Overlaps(band);
    not_children[i] = !m.subjects[i].children;
  }
  auto in_band = [&](Groups g, const BandLimit& limit) { return limit.Allows(band) ? g : Intersect(g, not_children); };
  // An item's own data_subjects narrows what its links give it; its age bands, whether it is in this band.
  auto narrow = [&](Groups g, const Item& item) {
    return in_band(item.subjects_pointer.empty() ? g : Intersect(g, GroupsOf(m, item.subjects)), item.age_bands);
  };

  for (const auto& p : m.purposes)
    s.purposes.push_back(narrow(p.subjects.empty() ? s.all : GroupsOf(m, p.subjects), p));

  // Categories ← the purposes that use them.
  std::map<std::string, size_t> category_index = IndexOf(m.categories);
  std::vector<Groups> from_purposes(m.categories.size(), Groups(n, false));
  std::vector<bool> used(m.categories.size(), false);
  for (size_t p = 0; p < m.purposes.size(); ++p) {
    for (const auto& r : m.purposes[p].categories) {
      auto it = category_index.find(r.id);
      if (it == category_index.end()) continue;
      UnionInto(&from_purposes[it->second], s.purposes[p]);
      used[it->second] = true;
    }
  }
  // A category no purpose uses concerns no group (user test F10): it is an error of its own
  // (categories-of-data, often a misspelt id), and as everyone's it drew children's-wording errors and
  // a whose-data warning for data no purpose was said to hold.
  for (size_t c = 0; c < m.categories.size(); ++c) {
    s.categories.push_back(narrow(used[c] ? from_purposes[c] : Groups(n, false), m.categories[c]));
  }
  // Volunteers' DBS checks on a register that also lists the members are not told to the members
  // (user test F30); its sources and records follow it out unless other data brings them in. The
  // adult notice keeps it, about every group, and whose-data asks whose it is.
  for (size_t c = 0; children_view && c < m.categories.size(); ++c) {
    if (CriminalLeavesChildren(m, s, c)) s.categories[c] = Intersect(s.categories[c], not_children);
  }

  // Sources ← the categories that name them.
  std::map<std::string, size_t> source_index = IndexOf(m.sources);
  std::vector<Groups> from_categories(m.sources.size(), Groups(n, false));
  std::vector<bool> named(m.sources.size(), false);
  for (size_t c = 0; c < m.categories.size(); ++c) {
    for (const auto& r : m.categories[c].sources) {
      auto it = source_index.find(r.id);
      if (it == source_index.end()) continue;
      UnionInto(&from_categories[it->second], s.categories[c]);
      named[it->second] = true;
    }
  }
  for (size_t i = 0; i < m.sources.size(); ++i) {
    s.sources.push_back(narrow(named[i] ? from_categories[i] : s.all, m.sources[i]));
  }

  std::map<std::string, size_t> purpose_index = IndexOf(m.purposes);
  for (const auto& r : m.recipients)
    s.recipients.push_back(narrow(Linked(s, r.purposes, purpose_index, s.purposes), r));
  // A record that names its purposes is about their groups only: volunteers' DBS results kept for
  // volunteering are not the staff's, though staff DBS results are the same kind of data (user test
  // s30 F2, where the notice told staff the volunteers' period while the Art 30 record did not).
  for (const auto& r : m.retention) {
    Groups g = Linked(s, r.categories, category_index, s.categories);
    if (!r.purposes_pointer.empty()) {
      Groups kept_for = Intersect(g, Linked(s, r.purposes, purpose_index, s.purposes));
      if (Any(kept_for)) g = kept_for;
    }
    s.retention.push_back(narrow(g, r));
  }
  // A children's version leaves out a record for the children it concerns only loosely while other
  // groups are its firm subjects (RecordFirmGroups): a volunteers' DBS file that also holds the contact
  // details every member gives is not told to the cubs. The adult notice keeps it, and whose-data asks.
  for (size_t i = 0; children_view && i < m.retention.size(); ++i) s.retention[i] = WithoutLooseChildren(m, s, i);
  for (const auto& d : m.decisions)
    s.decisions.push_back(narrow(Linked(s, d.categories, category_index, s.categories), d));
  std::map<std::string, size_t> recipient_index = IndexOf(m.recipients);
  // A transfer concerns the groups of its recipients. One tied to no recipient may be about any
  // group's data (a donors' newsletter tool): with several groups it is told to the adult notice
  // only, never to a children's version, and whose-data asks (rules/sharing.cc).
  for (const auto& t : m.transfers) {
    const bool tied = std::any_of(t.recipients.begin(), t.recipients.end(),
                                  [&](const Ref& r) { return recipient_index.count(r.id) > 0; });
    s.transfers.push_back(tied ? Linked(s, t.recipients, recipient_index, s.recipients)
                               : (n <= 1 ? s.all : not_children));
  }
  for (const auto& x : m.sections) {
    s.sections.push_back(
        in_band(x.subjects_pointer.empty() ? s.all : Intersect(s.all, GroupsOf(m, x.subjects)), x.age_bands));
  }
  return s;
}

Groups FormGroups(const Model& m, const Scope& s, const Form& form) {
  Groups out(m.subjects.size(), false);
  for (const auto& ref : form.purposes) {
    for (size_t p = 0; p < m.purposes.size() && p < s.purposes.size(); ++p) {
      if (m.purposes[p].id == ref.id) UnionInto(&out, s.purposes[p]);
    }
  }
  return out;
}

std::vector<size_t> SourcesFor(const Model& m, const Scope& s, const std::vector<Ref>& categories,
                               const Groups& about) {
  std::vector<size_t> out;
  const std::map<std::string, size_t> category_index = IndexOf(m.categories);
  const std::map<std::string, size_t> source_index = IndexOf(m.sources);
  for (const auto& ref : categories) {
    auto c = category_index.find(ref.id);
    if (c == category_index.end() || c->second >= s.categories.size()) continue;
    const Groups whose = Intersect(s.categories[c->second], about);
    for (const auto& r : m.categories[c->second].sources) {
      auto i = source_index.find(r.id);
      if (i == source_index.end() || i->second >= s.sources.size()) continue;
      // The source's scope is its categories' groups narrowed by its own data_subjects.
      if (!Any(Intersect(whose, s.sources[i->second]))) continue;
      if (std::find(out.begin(), out.end(), i->second) == out.end()) out.push_back(i->second);
    }
  }
  return out;
}

Groups RecordFirmGroups(const Model& model, const Scope& scope, size_t record) {
  const auto& cats = model.retention.at(record).categories;
  std::vector<std::set<std::string>> kinds(model.subjects.size());
  for (size_t p = 0; p < model.purposes.size() && p < scope.purposes.size(); ++p) {
    for (const auto& c : model.purposes[p].categories) {
      bool held = std::any_of(cats.begin(), cats.end(), [&](const Ref& r) { return r.id == c.id; });
      for (size_t g = 0; held && g < kinds.size(); ++g) {
        if (scope.purposes[p][g]) kinds[g].insert(c.id);
      }
    }
  }
  Groups firm(model.subjects.size(), false);
  for (size_t g = 0; g < firm.size(); ++g) firm[g] = kinds[g].size() >= 2;
  return firm;
}

std::vector<std::string> AdultOnlyKinds(const Model& model, const Scope& scope, size_t record) {
  const auto& r = model.retention.at(record);
  if (!r.subjects_pointer.empty() || Any(RecordFirmGroups(model, scope, record))) return {};
  std::vector<std::string> adult_only;
  bool child_kind = false;
  for (const auto& c : r.categories) {
    bool used = false, by_children = false;
    for (size_t p = 0; p < model.purposes.size() && p < scope.purposes.size(); ++p) {
      const auto& cats = model.purposes[p].categories;
      if (std::none_of(cats.begin(), cats.end(), [&](const Ref& x) { return x.id == c.id; })) continue;
      used = true;
      for (size_t g = 0; g < scope.purposes[p].size() && g < scope.children.size(); ++g) {
        by_children = by_children || (scope.purposes[p][g] && scope.children[g]);
      }
    }
    if (used && !by_children) adult_only.push_back(c.id);
    child_kind = child_kind || by_children;
  }
  return child_kind ? adult_only : std::vector<std::string>{};
}

Groups WithoutLooseChildren(const Model& model, const Scope& scope, size_t record) {
  Groups out = scope.retention.at(record);
  if (!model.retention[record].subjects_pointer.empty()) return out;  // the source says whose it is
  if (!AdultOnlyKinds(model, scope, record).empty()) {
    for (size_t g = 0; g < out.size() && g < scope.children.size(); ++g) out[g] = out[g] && !scope.children[g];
    return out;
  }
  const Groups firm = RecordFirmGroups(model, scope, record);
  if (!Any(firm)) return out;
  for (size_t g = 0; g < out.size(); ++g) out[g] = out[g] && (firm[g] || !scope.children[g]);
  return out;
}

namespace {
bool HasRef(const std::vector<Ref>& refs, const std::string& id) {
  return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == id; });
}
bool SharesRef(const std::vector<Ref>& a, const std::vector<Ref>& b) {
  return std::any_of(a.begin(), a.end(), [&](const Ref& x) { return HasRef(b, x.id); });
}
}  // namespace

// A record kept for some services belongs to the purposes of those services: a purpose naming
// other services never shares it (a referral form's notice does not list the bereavement
// service's notes); a purpose naming none shares it only through a category that no purpose of the
// record's services uses (Gift Aid records kept with the meetings' files are the Gift Aid
// purpose's; the contact details every service holds are not a safeguarding purpose's). A shared
// service alone never links them: the DBS checks of a youth club do not keep its photos.
bool RecordHoldsPurposeData(const Model& m, const Purpose& p, const Retention& r) {
  if (!SharesRef(p.categories, r.categories)) return false;
  if (r.services.empty()) return true;
  if (!p.services.empty()) return SharesRef(p.services, r.services);
  return std::any_of(r.categories.begin(), r.categories.end(), [&](const Ref& c) {
    const bool explained = std::any_of(m.purposes.begin(), m.purposes.end(), [&](const Purpose& q) {
      return SharesRef(q.services, r.services) && HasRef(q.categories, c.id);
    });
    return HasRef(p.categories, c.id) && !explained;
  });
}

namespace {

// The loose link: the record keeps one of the purpose's kinds of data, for its services, and the two
// concern a group in common. Alone it over-reaches: contact details sit on the course file and on
// the email list, and the email list's period is not the course file's.
bool MayKeep(const Model& m, const Scope& scope, size_t purpose, size_t record) {
  if (!RecordHoldsPurposeData(m, m.purposes.at(purpose), m.retention.at(record))) return false;
  if (record >= scope.retention.size() || purpose >= scope.purposes.size() || scope.purposes[purpose].empty())
    return true;
  return Any(Intersect(scope.retention[record], scope.purposes[purpose]));
}

}  // namespace

// A record that names its purposes keeps theirs and no other's. Otherwise it keeps a purpose's data
// when the data says so: it is the only record that may keep one of the purpose's kinds of data
// (the CCTV recordings, whatever the purpose), or it keeps two or more of them (the purpose's own
// file, as RecordFirmGroups reads it). A purpose that shares with it only kinds other records keep
// too may or may not be kept there (kUnclear): no period is printed for it, and lint asks; unless
// another record names the purpose, which says where its data is kept (kNo).
std::vector<Kept> RecordsOfPurpose(const Model& m, const Scope& scope, size_t purpose) {
  std::vector<Kept> out(m.retention.size(), Kept::kNo);
  if (purpose >= m.purposes.size()) return out;
  const Purpose& p = m.purposes[purpose];
  std::vector<bool> may(m.retention.size(), false);
  std::map<std::string, int> holders;  // kind of the purpose's data → records that may keep it
  bool named = false;                  // a record names this purpose
  for (size_t r = 0; r < m.retention.size(); ++r) {
    const Retention& rec = m.retention[r];
    if (!rec.purposes_pointer.empty()) {
      if (HasRef(rec.purposes, p.id)) out[r] = Kept::kYes;
      named = named || out[r] == Kept::kYes;
      may[r] = out[r] == Kept::kYes;
    } else {
      may[r] = MayKeep(m, scope, purpose, r);
    }
    if (!may[r]) continue;
    std::set<std::string> kinds;
    for (const Ref& c : rec.categories) {
      if (HasRef(p.categories, c.id) && kinds.insert(c.id).second) ++holders[c.id];
    }
  }
  for (size_t r = 0; r < m.retention.size(); ++r) {
    if (!may[r] || !m.retention[r].purposes_pointer.empty()) continue;
    std::set<std::string> shared;
    bool only = false;
    for (const Ref& c : m.retention[r].categories) {
      if (!HasRef(p.categories, c.id)) continue;
      shared.insert(c.id);
      only = only || holders[c.id] == 1;
    }
    out[r] = only || shared.size() >= 2 ? Kept::kYes : named ? Kept::kNo : Kept::kUnclear;
  }
  return out;
}

bool PurposeKeepsRecord(const Model& m, const Scope& scope, size_t purpose, size_t record) {
  const std::vector<Kept> kept = RecordsOfPurpose(m, scope, purpose);
  return record < kept.size() && kept[record] == Kept::kYes;
}

// Another purpose that uses one of this purpose's kinds of data about the same people passes that
// data to its recipients, whatever the form it was collected on: the names a children's group takes
// reach social care through the safeguarding purpose. Each link is narrowed by scope, so a recipient
// limited to the parents (its own data_subjects) is not one for the children's data.
std::vector<OnwardRecipient> OnwardRecipients(const Model& m, const Scope& scope, size_t purpose, const Groups& about) {
  std::vector<OnwardRecipient> out;
  if (purpose >= m.purposes.size() || purpose >= scope.purposes.size()) return out;
  const Purpose& p = m.purposes[purpose];
  const Groups mine = Intersect(scope.purposes[purpose], about);
  for (size_t j = 0; j < m.purposes.size() && j < scope.purposes.size(); ++j) {
    const Groups both = Intersect(mine, scope.purposes[j]);
    if (j == purpose || !Any(both)) continue;
    std::string category;
    for (const Ref& c : p.categories) {
      for (size_t k = 0; category.empty() && k < m.categories.size() && k < scope.categories.size(); ++k) {
        if (m.categories[k].id == c.id && HasRef(m.purposes[j].categories, c.id) &&
            Any(Intersect(both, scope.categories[k])))
          category = c.id;
      }
    }
    if (category.empty()) continue;
    for (size_t r = 0; r < m.recipients.size() && r < scope.recipients.size(); ++r) {
      if (HasRef(m.recipients[r].purposes, m.purposes[j].id) && Any(Intersect(both, scope.recipients[r])))
        out.push_back({r, j, category});
    }
  }
  return out;
}

Groups AnswerGroups(const Model& model, const Scope& scope, size_t purpose, const Requirement& answer) {
  const Groups& of_purpose = scope.purposes.at(purpose);
  return answer.subjects_pointer.empty() ? of_purpose : Intersect(of_purpose, GroupsOf(model, answer.subjects));
}

}  // namespace pnc::source
