// draft tests: the sixteenth pass's mechanisms (src/draft/README.md): pictographic marks as list
// markers, a heading that opens a clause ("WE DO") as its list's lead-in, a list item denied by the
// lead-in it is read with, "sensitive data" as what security protects, and fields in a run of field lines
// that answer their label.
#include <doctest/doctest.h>

#include <string>

#include "draft/document.h"
#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

constexpr const char* kHead =
    "Oakbury Play Club\n\nOakbury Play Club, 4 Mill Lane, Oakbury OB1 2CD. Email: hello@oakbury.org.uk.\n\n";

Status Lint(const std::string& text, const std::string& rule) {
  return StatusOf(LintDraft("marks.txt", kHead + text, Options()), rule);
}

int Headings(const std::string& text) {
  int n = 0;
  for (const Block& b : ReadPlainText(text).blocks) n += b.heading > 0 ? 1 : 0;
  return n;
}

bool IsHeading(const std::string& text, const std::string& start) {
  for (const Block& b : ReadPlainText(text).blocks) {
    if (b.text.rfind(start, 0) == 0) return b.heading > 0;
  }
  return false;
}

int Items(const std::string& text) {
  int n = 0;
  for (const Block& b : ReadPlainText(text).blocks) n += b.list_item ? 1 : 0;
  return n;
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("marks: a run of lines opened by a pictographic mark is a list") {
    CHECK(Items("Our promises\n\xE2\x9C\x93 we answer within a week\n\xE2\x9C\x93 we keep it locked away\n") == 2);
    CHECK(Items("Steps\n\xE2\x9E\xA4 fill in the form\n\xE2\x9E\xA4 send it back\n") == 2);
    CHECK(Items("Notes\n\xF0\x9F\x93\x8C read this\n\xF0\x9F\x93\x8C and this\n") == 2);
    // A mark on a paragraph of its own decorates it; a mark without a space, or a lone mark, is no marker.
    CHECK(Items("\xF0\x9F\x93\x9D what we keep: your name\n\n\xE2\x9D\x93 why: to ring you back\n") == 0);
    CHECK(Items("\xE2\x9C\x93"
                "done and dusted\n\xE2\x9C\x93"
                "all of it\n") == 0);
    CHECK(Items("\xC2\xA9"
                " Oakbury Play Club 2026\n\xC2\xA9"
                " all rights reserved\n") == 0);  // U+00A9 is no symbol block
  }

  TEST_CASE("marks: a heading that opens a clause leads in the list under it") {
    const std::string yes =
        "WE DO\n\xE2\x9C\x93 show you your file whenever you ask\n\xE2\x9C\x93 keep a list of who comes\n";
    CHECK(Lint(yes, "right-access") == Status::kPresent);
    const std::string no =
        "WE DON'T\n\xE2\x9C\x97 ask about your health or your religion\n\xE2\x9C\x97 sell your details to anyone\n";
    CHECK(Lint(no, "special-category-condition") == Status::kNotApplicable);
    // Not a clause opening: a heading that names its verb, so its items say nothing about "we don't".
    const std::string named =
        "Things we record\n\xE2\x9C\x97 health or allergy details for each child\n\xE2\x9C\x97 who collects them\n";
    CHECK(Lint(named, "special-category-condition") == Status::kMissing);
    // A lead-in that denies nothing keeps the item's special category data.
    const std::string plain = "We will:\n- ask about your health before each trip\n- keep a list of who comes\n";
    CHECK(Lint(plain, "special-category-condition") == Status::kMissing);
  }

  TEST_CASE("marks: an item of several sentences is not denied by its lead-in's other words") {
    const std::string text =
        "The law gives you:\n- The right not to be subject to decisions made by computer alone. We do not make any "
        "decisions by computer alone.\n- The right to complain to us.\n";
    CHECK(Lint(text, "automated-decisions") == Status::kPresent);
  }

  TEST_CASE("marks: 'sensitive data' as what security protects is no special category data") {
    CHECK(Lint("Our locked cabinets and passwords protect sensitive data at all times.",
               "special-category-condition") == Status::kNotApplicable);
    // Held sensitive data, or a kind named, still is.
    CHECK(Lint("We hold sensitive data about your child's health.", "special-category-condition") == Status::kMissing);
    CHECK(Lint("We protect sensitive data such as health records that we keep about members.",
               "special-category-condition") == Status::kMissing);
  }

  TEST_CASE("fields: a field in a run of field lines answers its label") {
    const std::string run =
        "Purposes: running the club\nInternational transfers: none\nRetention: two years after you leave\n";
    CHECK(Lint(run, "international-transfers") == Status::kPresent);
    // A field whose value starts in capitals, or whose label holds a number, may still be a heading.
    CHECK(Headings("Section 4: Your rights\nYou can ask for a copy.\n") == 1);
    CHECK_FALSE(IsHeading("Purposes: running the club\nOutside the UK: none\nRetention: two years\n", "Outside"));
    CHECK(IsHeading("Purposes: running the club\nSection 4: Your rights\nYou can ask for a copy.\n", "Section 4"));
  }

  TEST_CASE("fields: a complaints field taken to one of the organisation's people") {
    const std::string ours =
        "Purposes: running the club\nComplaints: to the Club Secretary, in writing; answered within a month\n"
        "Retention: two years after you leave\n";
    CHECK(Lint(ours, "right-complain-controller") == Status::kPresent);
    CHECK(Lint("Purposes: running the club\nComplaints: in writing to our Chair\nRetention: two years\n",
               "right-complain-controller") == Status::kPresent);
    // The regulator, or a route that is not one of the organisation's people, is no complaint to it.
    CHECK(Lint("Purposes: running the club\nComplaints: to the Information Commissioner, ico.org.uk\nRetention: two "
               "years\n",
               "right-complain-controller") == Status::kMissing);
    CHECK(Lint("Purposes: running the club\nComplaints: to your local councillor\nRetention: two years\n",
               "right-complain-controller") == Status::kMissing);
  }
}
