// tests: whom each item concerns: from the purposes that use it, narrowed by its own data_subjects.
#include <doctest/doctest.h>

#include <memory>

#include "source/loader.h"
#include "source/scope.h"

namespace pnc {
namespace {

struct Loaded {
  std::string text;
  source::Loaded loaded;
};

std::unique_ptr<Loaded> Load(const std::string& text) {
  auto l = std::make_unique<Loaded>();
  l->text = text;
  diag::Sink sink;
  l->loaded = source::Load("t.json", l->text, &sink);
  return l;
}

const char* kSource = R"({
  "notice": {"title": "T", "version": "1", "last_updated": "2026-10-01"},
  "controller": {"name": "Org", "email": "a@b.uk"},
  "data_subjects": [{"id": "kids", "name": "Kids", "children": true}, {"id": "parents", "name": "Parents"},
                    {"id": "staff", "name": "Staff"}],
  "sources": [{"id": "forms", "name": "Forms"}, {"id": "hr", "name": "HR"}, {"id": "spare", "name": "Spare"}],
  "data_categories": [
    {"id": "contact", "name": "Contact", "sources": ["forms", "hr"]},
    {"id": "pay", "name": "Pay", "sources": ["hr"]},
    {"id": "notes", "name": "Notes", "sources": ["forms"], "data_subjects": ["kids"]}
  ],
  "purposes": [
    {"id": "club", "name": "Club", "data_subjects": ["kids", "parents"], "data_categories": ["contact", "notes"]},
    {"id": "payroll", "name": "Payroll", "data_subjects": ["staff"], "data_categories": ["contact", "pay"]},
    {"id": "all", "name": "Everyone", "data_categories": ["contact"]}
  ],
  "recipients": [{"id": "bank", "name": "Bank", "purposes": ["payroll"]}, {"id": "it", "name": "IT"}],
  "transfers": [{"destination": "USA", "recipients": ["bank"]}],
  "retention": {"records": [{"id": "pay", "name": "Pay", "data_categories": ["pay"]},
                            {"id": "contact", "name": "Contact", "data_categories": ["contact"], "data_subjects": ["parents", "staff"]}]},
  "sections": [{"id": "a", "title": "A", "body": "b"}, {"id": "b", "title": "B", "body": "b", "data_subjects": ["staff"]}]
})";

using G = source::Groups;

}  // namespace

TEST_CASE("items concern the groups of the purposes that use them, narrowed by their own data_subjects") {
  auto l = Load(kSource);
  const auto& m = l->loaded.model;
  source::Scope s = source::ComputeScope(m);
  CHECK(s.all == G{true, true, true});
  CHECK(s.children == G{true, false, false});
  CHECK(s.purposes == std::vector<G>{{true, true, false}, {false, false, true}, {true, true, true}});
  // contact: every purpose; pay: payroll; notes: the club, narrowed to kids.
  CHECK(s.categories == std::vector<G>{{true, true, true}, {false, false, true}, {true, false, false}});
  // forms: contact + notes; hr: contact + pay; spare: named by nothing, so everyone.
  CHECK(s.sources == std::vector<G>{{true, true, true}, {true, true, true}, {true, true, true}});
  // bank: payroll; it: serves no purpose, so everyone.
  CHECK(s.recipients == std::vector<G>{{false, false, true}, {true, true, true}});
  CHECK(s.transfers == std::vector<G>{{false, false, true}});
  CHECK(s.retention == std::vector<G>{{false, false, true}, {false, true, true}});
  CHECK(s.sections == std::vector<G>{{true, true, true}, {false, false, true}});
  CHECK(s.ConcernsChildren(s.categories[2]));
  CHECK_FALSE(s.ConcernsChildren(s.categories[1]));
  CHECK_FALSE(s.ConcernsChildren(s.retention[1]));
}

TEST_CASE("a source with no data subjects concerns nobody in particular") {
  auto l = Load(R"({"notice": {"title": "T", "version": "1", "last_updated": "2026-10-01"},
                    "purposes": [{"id": "p", "name": "P"}]})");
  source::Scope s = source::ComputeScope(l->loaded.model);
  CHECK(s.all.empty());
  CHECK(s.purposes == std::vector<G>{G{}});
  CHECK_FALSE(s.ConcernsChildren(s.purposes[0]));
}

}  // namespace pnc
