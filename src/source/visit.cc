// source: Model → every free-text field, in the order they appear in a source.
#include "source/visit.h"

#include "source/scope.h"

namespace pnc::source {
namespace {

void ContactTexts(const source::Contact& c, const std::function<void(const Text&)>& fn) {
  for (const Text* t : {&c.name, &c.role, &c.address}) {
    if (t->present()) fn(*t);
  }
}

void Banded(const BandTexts& b, const std::function<void(const Text&)>& fn) {
  for (const auto& [band, t] : b.by_band) {
    if (t.present()) fn(t);
  }
}

void Items(const Item& i, const std::function<void(const Text&)>& fn) {
  for (const Text* t : {&i.name, &i.description, &i.child}) {
    if (t->present()) fn(*t);
  }
  Banded(i.child_by_band, fn);
}

}  // namespace

void ForEachText(const Model& m, const std::function<void(const Text&)>& fn) {
  auto one = [&](const Text& t) {
    if (t.present()) fn(t);
  };
  one(m.notice.title);
  ContactTexts(m.controller.contact, fn);
  for (const auto& j : m.controller.joint_controllers) ContactTexts(j, fn);
  if (m.controller.representative) ContactTexts(*m.controller.representative, fn);
  if (m.dpo) ContactTexts(m.dpo->contact, fn);
  for (const auto& s : m.subjects) Items(s, fn);
  for (const auto& s : m.services) one(s.name);
  for (const auto& s : m.sources) Items(s, fn);
  for (const auto& c : m.categories) Items(c, fn);
  for (const auto& p : m.purposes) {
    Items(p, fn);
    one(p.legitimate_interest);
    one(p.legal_obligation);
    one(p.public_task);
    one(p.special.detail);
    one(p.criminal.detail);
    for (const auto& q : p.requirements) {
      one(q.consequence);
      one(q.child);
      Banded(q.child_by_band, fn);
    }
  }
  for (const auto& f : m.forms) {  // a just-in-time notice's heading names the form
    one(f.name);
    one(f.child);
    Banded(f.child_by_band, fn);
  }
  for (const auto& r : m.recipients) Items(r, fn);
  for (const auto& t : m.transfers) {
    one(t.destination);
    one(t.detail);
  }
  one(m.retention_general);
  for (const auto& r : m.retention) {
    Items(r, fn);
    one(r.period);
    one(r.criteria);
    one(r.child_name);
    Banded(r.child_name_by_band, fn);
  }
  for (const auto& d : m.decisions) {
    Items(d, fn);
    one(d.logic);
    one(d.consequences);
    one(d.safeguards);
    one(d.special.detail);
  }
  one(m.security);
  one(m.security_child);
  Banded(m.security_child_by_band, fn);
  for (const auto& s : m.sections) {
    one(s.title);
    one(s.body);
    one(s.child);
    Banded(s.child_by_band, fn);
    one(s.child_title);
    Banded(s.child_title_by_band, fn);
  }
  one(m.rights.how_to_exercise);
  one(m.rights.extra);
  if (m.complaints) {
    ContactTexts(m.complaints->contact, fn);
    one(m.complaints->how);
    one(m.complaints->child);
    Banded(m.complaints->child_by_band, fn);
  }
  one(m.changes);
  for (const auto& w : m.wording) one(w.text);
}

void ForEachChildText(const Model& m, const Scope& scope, const std::string& band,
                      const std::function<void(const Text&)>& fn) {
  auto one = [&](const Text& t) {
    if (t.present()) fn(t);
  };
  // The item's wording for this band, where its groups in this band's scope include children.
  auto items = [&](const auto& list, const std::vector<Groups>& groups) {
    for (size_t i = 0; i < list.size() && i < groups.size(); ++i) {
      if (scope.ConcernsChildren(groups[i])) one(ChildFor(list[i].child, list[i].child_by_band, band));
    }
  };
  for (size_t i = 0; i < m.subjects.size() && i < scope.children.size(); ++i) {
    if (scope.children[i]) one(ChildFor(m.subjects[i].child, m.subjects[i].child_by_band, band));
  }
  items(m.sources, scope.sources);
  items(m.categories, scope.categories);
  for (size_t i = 0; i < m.purposes.size() && i < scope.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (!scope.ConcernsChildren(scope.purposes[i])) continue;
    one(ChildFor(p.child, p.child_by_band, band));
    for (const auto& q : p.requirements) one(ChildFor(q.child, q.child_by_band, band));
  }
  items(m.recipients, scope.recipients);
  for (size_t i = 0; i < m.retention.size() && i < scope.retention.size(); ++i) {
    if (!scope.ConcernsChildren(scope.retention[i])) continue;
    one(ChildFor(m.retention[i].child_name, m.retention[i].child_name_by_band, band));
    one(ChildFor(m.retention[i].child, m.retention[i].child_by_band, band));
  }
  items(m.decisions, scope.decisions);
  items(m.sections, scope.sections);  // (a heading is not prose: its readability is not measured)
  // (Every children's version shows these.)
  one(ChildFor(m.security_child, m.security_child_by_band, band));
  if (m.complaints) one(ChildFor(m.complaints->child, m.complaints->child_by_band, band));
}

}  // namespace pnc::source
