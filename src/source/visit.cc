// source: Model → every free-text field, in the order they appear in a source.
#include "source/visit.h"

namespace pnc::source {
namespace {

void ContactTexts(const source::Contact& c, const std::function<void(const Text&)>& fn) {
  for (const Text* t : {&c.name, &c.role, &c.address}) {
    if (t->present()) fn(*t);
  }
}

void Items(const Item& i, const std::function<void(const Text&)>& fn) {
  for (const Text* t : {&i.name, &i.description, &i.child}) {
    if (t->present()) fn(*t);
  }
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
    one(p.special.detail);
    one(p.criminal.detail);
    for (const auto& q : p.requirements) {
      one(q.consequence);
      one(q.child);
    }
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
  for (const auto& s : m.sections) {
    one(s.title);
    one(s.body);
    one(s.child);
    one(s.child_title);
  }
  one(m.rights.how_to_exercise);
  one(m.rights.extra);
  if (m.complaints) {
    ContactTexts(m.complaints->contact, fn);
    one(m.complaints->how);
    one(m.complaints->child);
  }
  one(m.changes);
  for (const auto& w : m.wording) one(w.text);
}

void ForEachChildText(const Model& m, const std::function<void(const Text&)>& fn) {
  auto one = [&](const Text& t) {
    if (t.present()) fn(t);
  };
  for (const auto& s : m.subjects) one(s.child);
  for (const auto& s : m.sources) one(s.child);
  for (const auto& c : m.categories) one(c.child);
  for (const auto& p : m.purposes) {
    one(p.child);
    for (const auto& q : p.requirements) one(q.child);
  }
  for (const auto& r : m.recipients) one(r.child);
  for (const auto& r : m.retention) {
    one(r.child_name);
    one(r.child);
  }
  for (const auto& d : m.decisions) one(d.child);
  for (const auto& s : m.sections) one(s.child);
  if (m.complaints) one(m.complaints->child);
}

}  // namespace pnc::source
