// draft tests: the date a draft gives itself, reported beside the date it is judged at.
#include <doctest/doctest.h>

#include "draft/stated_date.h"
#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

TEST_SUITE("draft") {
  TEST_CASE("draft stated date: the date formats UK notices use, in English and Welsh") {
    CHECK(ParseDate("Last updated: 12 March 2026") == "2026-03-12");
    CHECK(ParseDate("Updated 1st of September, 2025.") == "2025-09-01");
    CHECK(ParseDate("Effective date: March 3, 2026") == "2026-03-03");
    CHECK(ParseDate("Last reviewed March 2026") == "2026-03");
    CHECK(ParseDate("Version 2.1 (2026-02-28)") == "2026-02-28");
    CHECK(ParseDate("Date: 05/06/2026") == "2026-06-05");  // UK order: day first
    CHECK(ParseDate("Date: 05.06.26") == "2026-06-05");
    CHECK(ParseDate("Diweddarwyd ddiwethaf ar 1 Hydref 2026") == "2026-10-01");
    CHECK(ParseDate("Adolygwyd ym mis Fawrth 2025") == "2025-03");
    // Not dates: a day that does not exist, a version number, a year alone, a phone number.
    CHECK(ParseDate("Updated 31 February 2026") == "");
    CHECK(ParseDate("Version 2.0") == "");
    CHECK(ParseDate("Updated in 2024") == "");
    CHECK(ParseDate("Call 01234 567890") == "");
    CHECK(ParseDate("We may 2 ways") == "");
  }

  TEST_CASE("draft stated date: the notice's own date, not its next review, in the report and the reasons") {
    std::string text =
        "Privacy notice\n\nWe are the Example Food Bank, registered charity 1234567.\n\n"
        "Next review due: 1 March 2028.\n\nLast updated 4 March 2026.\n";
    DraftReport r = LintDraft("notice.txt", text, Options());
    REQUIRE(r.error.empty());
    CHECK(r.stated.date == "2026-03-04");
    CHECK(r.stated.evidence.line == 7);
    // The complaint to the controller became required on 19 June 2026, after this notice's date.
    bool seen = false;
    for (const auto& e : r.elements) {
      if (e.rule != "right-complain-controller") continue;
      seen = true;
      CHECK(e.status == Status::kMissing);
      CHECK(e.reason.find("after the date the draft gives itself (2026-03-04, line 7): the notice needs updating") !=
            std::string::npos);
    }
    CHECK(seen);
    CHECK(LintDraft("notice.txt", "We are the Example Food Bank.\n", Options()).stated.date.empty());
  }

  TEST_CASE("draft stated date: the latest date of a sentence, the one before a review note, none from the future") {
    auto dated = [](const std::string& line) {
      return LintDraft("notice.txt", "We are the Example Food Bank.\n\n" + line + "\n", Options("2026-11-23"))
          .stated.date;
    };
    CHECK(dated("Last updated: 25 May 2018, reviewed and reissued 3 March 2026.") == "2026-03-03");
    CHECK(dated("This policy was adopted on 1 June 2019 and last reviewed on 5 January 2024.") == "2024-01-05");
    CHECK(dated("Last updated 3 April 2026 (next review due April 2027).") == "2026-04-03");
    CHECK(dated("Last updated 28 March 2089.") == "");  // after the date it is judged at
    CHECK(ParseDates("1 May 2024 and 2 June 2025") == std::vector<std::string>{"2024-05-01", "2025-06-02"});
  }
}
