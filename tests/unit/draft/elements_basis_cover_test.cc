// draft tests: a lawful basis named for some purposes only (elements_basis_cover.cc). Drafts written
// for this test, in the shapes seen in real notices: a purpose per section, a heading per purpose
// with a basis heading for one of them, groups of purposes under a basis section.
#include <doctest/doctest.h>

#include <string>

#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

// A food bank: three purposes under "How we use your information", a basis only for Gift Aid.
constexpr const char* kFoodBank = R"(# Riverside Food Bank privacy notice

Riverside Food Bank (registered charity 1199999) is the data controller. Email privacy@riverside-fb.org.uk.

## How we use your information

### Food parcels

When an agency refers you, we record your name, household size and dietary needs so we can give you the right parcel.

### Volunteering

We keep volunteers' contact details to plan shifts and to thank you for your time.

### Gift Aid

If you give with Gift Aid, we keep your declaration to claim tax back from HMRC. We do this because the law requires it: this is a legal obligation.

## How long we keep it

We keep parcel records for two years.
)";

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft lawful basis: named for one purpose only, the others named in the evidence") {
    DraftReport r = LintDraft("foodbank.md", kFoodBank, Options());
    const ElementResult* e = Element(r, "lawful-basis");
    REQUIRE(e != nullptr);
    CHECK(e->status == Status::kDoubtful);
    CHECK(e->reason.find("some purposes only") != std::string::npos);
    CHECK(e->reason.find("'Food parcels'") != std::string::npos);
    CHECK(e->reason.find("'Volunteering'") != std::string::npos);
    CHECK(e->reason.find("Gift Aid") == std::string::npos);  // it has one
    bool quotes_basis = false;
    for (const auto& ev : e->evidence)
      quotes_basis = quotes_basis || ev.text.find("legal obligation") != std::string::npos;
    CHECK(quotes_basis);
  }

  TEST_CASE("draft lawful basis: a general statement covers every purpose") {
    std::string general = std::string(kFoodBank) +
                          "\n## Our lawful bases\n\nWe rely on our legitimate interests in running the food bank for "
                          "everything else we do with your information.\n";
    CHECK(StatusOf(LintDraft("foodbank.md", general, Options()), "lawful-basis") == Status::kPresent);
    // A general statement inside the last purpose's own section says so by its scope (review M2).
    std::string inside = kFoodBank;
    inside.replace(inside.find("## How long we keep it"), 0,
                   "For all our other purposes, our lawful basis is our legitimate interest in running the food "
                   "bank.\n\n");
    CHECK(StatusOf(LintDraft("foodbank.md", inside, Options()), "lawful-basis") == Status::kPresent);
    // Without the scope, the same sentence there is Gift Aid's own: the others still have none.
    std::string unscoped = kFoodBank;
    unscoped.replace(unscoped.find("## How long we keep it"), 0,
                     "Our lawful basis is our legitimate interest in running the food bank.\n\n");
    CHECK(StatusOf(LintDraft("foodbank.md", unscoped, Options()), "lawful-basis") == Status::kDoubtful);
    // A basis in each purpose's own section: every purpose has one.
    std::string each = kFoodBank;
    each.replace(each.find("give you the right parcel."), 26,
                 "give you the right parcel. We rely on our legitimate interests for this.");
    each.replace(each.find("for your time."), 14, "for your time. We rely on your consent for this.");
    CHECK(StatusOf(LintDraft("foodbank.md", each, Options()), "lawful-basis") == Status::kPresent);
    // A basis named only while explaining a right is neither tied to a purpose nor general.
    std::string right =
        std::string(kFoodBank) + "\n## Your rights\n\nWhen we rely on your consent, you can withdraw it at any time.\n";
    CHECK(StatusOf(LintDraft("foodbank.md", right, Options()), "lawful-basis") == Status::kDoubtful);
  }

  TEST_CASE("draft lawful basis: a heading per purpose, and a basis heading for one of them") {
    constexpr const char* kClub = R"(# Hillside Bowls Club privacy notice

Hillside Bowls Club is the data controller. Email secretary@hillsidebowls.org.uk.

## What we collect and why

### We use the following information to run matches and league fixtures:

- Names and phone numbers

### We use the following information to collect annual subscriptions:

- Names and bank details

## Our lawful bases

### Our lawful basis for using information to run matches and league fixtures is:

- Contract: we need it to give you the membership you signed up for.
)";
    DraftReport r = LintDraft("club.md", kClub, Options());
    const ElementResult* e = Element(r, "lawful-basis");
    REQUIRE(e != nullptr);
    CHECK(e->status == Status::kDoubtful);
    CHECK(e->reason.find("annual subscriptions") != std::string::npos);
    CHECK(e->reason.find("league fixtures") == std::string::npos);
    // With a basis heading for the second purpose too, every purpose has its basis.
    std::string both = std::string(kClub) +
                       "\n### Our lawful basis for using information to collect annual subscriptions is:\n\n- "
                       "Contract: the subscription is part of your membership.\n";
    CHECK(StatusOf(LintDraft("club.md", both, Options()), "lawful-basis") == Status::kPresent);
  }

  TEST_CASE("draft lawful basis: groups of purposes under a basis section, one group with no basis") {
    constexpr const char* kTrust = R"(# Meadow Grants Trust privacy notice

Meadow Grants Trust is the data controller. Email office@meadowgrants.org.uk.

## Our legal grounds for using your information

Processing that supports our charitable work

- To assess applications for help.
- To pay grants and follow up on them.
- To answer your questions about an application.

Processing needed to comply with our legal obligations

- To file annual returns with the charity regulator.
)";
    DraftReport r = LintDraft("trust.md", kTrust, Options());
    const ElementResult* e = Element(r, "lawful-basis");
    REQUIRE(e != nullptr);
    CHECK(e->status == Status::kDoubtful);
    CHECK(e->reason.find("charitable work") != std::string::npos);
    // The negative: a draft listing its purposes once, with one basis for all of them.
    constexpr const char* kOne = R"(# Meadow Grants Trust privacy notice

Meadow Grants Trust is the data controller. Email office@meadowgrants.org.uk.

## How we use your information

We use your information to assess applications, to pay grants and to answer your questions.

## Our lawful basis

We rely on our legitimate interests in running the trust for all of these uses.
)";
    CHECK(StatusOf(LintDraft("trust.md", kOne, Options()), "lawful-basis") == Status::kPresent);
  }
}
