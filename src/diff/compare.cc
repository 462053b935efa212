// diff: two Models → Changes; here how a change is recorded, contacts, rights and the run (the lists of
// items are in compare_items.cc). Items are matched by id, never by text: a renamed purpose is a wording
// change, a new id a new purpose. Classes and reasons follow the ICO's guidance on the right to be informed:
// a new use of data must be told before it starts; less processing, clearer wording, new contacts need not be.
#include <algorithm>
#include <map>
#include <set>

#include "diff/comparer.h"
#include "diff/diff.h"
#include "law/rights.h"

namespace pnc::diff {
namespace {

using source::Model;
using source::Ref;
using source::Text;

constexpr const char* kNewCondition =
    "a new Art 9 or Art 10 condition: special category or criminal offence data used on a new ground";
constexpr const char* kRightGone = "a right people had no longer applies: tell them before the change takes effect";
constexpr const char* kRightNew = "people gain a right: nothing new is done with their data (the notice must say so)";
constexpr const char* kContact = "contact details: the notice must be updated, but nothing changes for people's data";
constexpr const char* kController =
    "the controller's legal name changed: if another organisation is now the controller, people must be told (Art "
    "13(1)(a))";
constexpr const char* kJoint =
    "a new joint controller (Art 26): another organisation decides how people's data is used";

std::set<std::string> Ids(const std::vector<Ref>& refs) {
  std::set<std::string> out;
  for (const auto& r : refs) out.insert(r.id);
  return out;
}

}  // namespace

std::string Plain(const Text& t, const std::string& locale) {
  if (const auto* tr = t.Get(locale)) return tr->text;
  return t.by_locale.empty() ? "" : t.by_locale.begin()->second.text;
}

std::map<std::string, std::string> All(const Text& t) {
  std::map<std::string, std::string> out;
  for (const auto& [code, tr] : t.by_locale) out[code] = tr.text;
  return out;
}

void Comparer::Add(std::string area, std::string id, std::string what, std::string other, std::string before,
                   std::string after, std::string pointer, Class cls, const char* reason) {
  Change c;
  c.key = area + (id.empty() ? "" : ":" + id) + ":" + what + (other.empty() ? "" : ":" + other);
  c.area = std::move(area);
  c.id = std::move(id);
  c.what = std::move(what);
  c.other = std::move(other);
  c.before = std::move(before);
  c.after = std::move(after);
  c.pointer = std::move(pointer);
  c.cls = cls;
  c.reason = reason;
  out_->changes.push_back(std::move(c));
}

// A free-text field: a change of wording in any locale is minor.
void Comparer::Wording(const std::string& area, const std::string& id, const std::string& field, const Text& x,
                       const Text& y, const std::string& pointer) {
  if (All(x) == All(y)) return;
  Add(area, id, field + "-changed", "", Plain(x, la_), Plain(y, lb_), y.pointer.empty() ? pointer : y.pointer,
      Class::kMinor, kWording);
}

// Ref lists: additions are `added_cls`, removals minor.
void Comparer::Refs(const std::string& area, const std::string& id, const std::string& what, const std::vector<Ref>& x,
                    const std::vector<Ref>& y, const std::string& pointer, Class added_cls, const char* added_reason,
                    const char* removed_reason, Class removed_cls) {
  std::set<std::string> before = Ids(x), after = Ids(y);
  for (const auto& r : y) {
    if (!before.count(r.id))
      Add(area, id, what + "-added", r.id, "", r.id, r.pointer.empty() ? pointer : r.pointer, added_cls, added_reason);
  }
  for (const auto& r : x) {
    if (!after.count(r.id)) Add(area, id, what + "-removed", r.id, r.id, "", pointer, removed_cls, removed_reason);
  }
}

// An Art 9, Art 10 or Art 22B condition (and its Schedule 1 paragraph): a new or changed one is
// material, one removed minor, the same one with new detail wording.
void Comparer::Conditions(const std::string& area, const std::string& id, const std::string& changed,
                          const std::string& detail, const source::Condition& cx, const source::Condition& cy,
                          const std::string& pointer) {
  auto both = [](const source::Condition& c) {
    if (c.id.id.empty() || c.schedule_1.id.empty()) return c.id.id + c.schedule_1.id;
    return c.id.id + " / " + c.schedule_1.id;  // Art 9 condition / Schedule 1 paragraph
  };
  std::string before = both(cx), after = both(cy);
  if (before != after) {
    bool gone = after.empty();
    Add(area, id, changed, "", before, after, cy.pointer.empty() ? pointer : cy.pointer,
        gone ? Class::kMinor : Class::kMaterial, gone ? kConditionGone : kNewCondition);
  } else {
    Statement(area, id, detail, cx.detail, cy.detail, pointer);
  }
}

void Comparer::Contacts() {
  const auto& cx = a_.controller.contact;
  const auto& cy = b_.controller.contact;
  if (All(cx.name) != All(cy.name)) {
    Add("controller", "", "name-changed", "", Plain(cx.name, la_), Plain(cy.name, lb_), "/controller", Class::kMaterial,
        kController);
  }
  auto contact = [&](const std::string& area, const source::Contact& x, const source::Contact& y,
                     const std::string& pointer) {
    auto field = [&](const char* what, const std::string& before, const std::string& after) {
      if (before != after) Add(area, "", what, "", before, after, pointer, Class::kMinor, kContact);
    };
    field("email-changed", x.email, y.email);
    field("phone-changed", x.phone, y.phone);
    field("website-changed", x.website, y.website);
    if (All(x.address) != All(y.address)) field("address-changed", Plain(x.address, la_), Plain(y.address, lb_));
    if (area == "dpo" && All(x.name) != All(y.name)) field("name-changed", Plain(x.name, la_), Plain(y.name, lb_));
    if (area == "dpo" && All(x.role) != All(y.role)) field("role-changed", Plain(x.role, la_), Plain(y.role, lb_));
  };
  contact("controller", cx, cy, "/controller");
  source::Dpo none;
  const source::Dpo& dx = a_.dpo ? *a_.dpo : none;
  const source::Dpo& dy = b_.dpo ? *b_.dpo : none;
  contact("dpo", dx.contact, dy.contact, "/dpo");
  if (dx.designated != dy.designated) {
    Add("dpo", "", dy.designated ? "designated" : "no-longer-designated", "", "", "", "/dpo", Class::kMinor, kContact);
  }
  std::set<std::string> before;
  for (const auto& j : a_.controller.joint_controllers) before.insert(Plain(j.name, la_));
  for (const auto& j : b_.controller.joint_controllers) {
    std::string name = Plain(j.name, lb_);
    if (!before.count(name)) Add("joint-controller", name, "added", "", "", name, j.pointer, Class::kMaterial, kJoint);
  }
  std::set<std::string> after;
  for (const auto& j : b_.controller.joint_controllers) after.insert(Plain(j.name, lb_));
  for (const auto& j : a_.controller.joint_controllers) {
    std::string name = Plain(j.name, la_);
    if (!after.count(name)) Add("joint-controller", name, "removed", "", name, "", j.pointer, Class::kMinor, kLess);
  }
}

void Comparer::Rights(const rules::LawData& law) {
  std::vector<std::string> x = rules::ApplicableRights(a_, law), y = rules::ApplicableRights(b_, law);
  for (const auto& r : x) {
    if (std::find(y.begin(), y.end(), r) == y.end())
      Add("right", r, "no-longer-applies", "", r, "", "", Class::kMaterial, kRightGone);
  }
  for (const auto& r : y) {
    if (std::find(x.begin(), x.end(), r) == x.end())
      Add("right", r, "now-applies", "", "", r, "", Class::kMinor, kRightNew);
  }
}

void Comparer::Run(const rules::LawData& law) {
  Contacts();
  Subjects();
  Sources();
  Categories();
  Purposes();
  Recipients();
  Transfers();
  Retention();
  Decisions();
  Rights(law);
}

const char* ClassName(Class c) { return c == Class::kMaterial ? "material" : "minor"; }

int Diff::Count(Class c) const {
  return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const Change& ch) { return ch.cls == c; }));
}

bool Diff::VersionUnchanged() const { return Count(Class::kMaterial) > 0 && old_version == new_version; }

int Diff::Unacknowledged() const {
  return static_cast<int>(std::count_if(
      changes.begin(), changes.end(), [](const Change& ch) { return ch.cls == Class::kMaterial && !ch.acknowledged; }));
}

Diff Compare(const Model& old_model, const Model& new_model, const rules::LawData& law) {
  Diff d;
  d.old_file = old_model.file;
  d.new_file = new_model.file;
  d.old_version = old_model.notice.version;
  d.new_version = new_model.notice.version;
  Comparer(old_model, new_model, &d).Run(law);
  std::set<std::string> keys;
  for (const auto& c : d.changes) keys.insert(c.key);
  for (const auto& k : new_model.notice.acknowledged_changes) {
    if (!keys.count(k)) d.stale_acknowledgements.push_back(k);
  }
  for (auto& c : d.changes) {
    c.acknowledged = std::count(new_model.notice.acknowledged_changes.begin(),
                                new_model.notice.acknowledged_changes.end(), c.key) > 0;
  }
  // Material first, each class in source order: what must be told comes first.
  std::stable_sort(d.changes.begin(), d.changes.end(), [](const Change& x, const Change& y) {
    return x.cls == Class::kMaterial && y.cls != Class::kMaterial;
  });
  return d;
}

}  // namespace pnc::diff
