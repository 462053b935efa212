// Tests for readability/table: rows per section plus a total (tests/unit/report/table_test.cc
// checks the printed table).
#include "readability/table.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readability/test_locales.h"

namespace pnc::readability {
namespace {

using testing::Shipped;
using testing::ShippedBand;

TEST_SUITE("readability") {
  TEST_CASE("table: one row per section and a total measured on the whole text") {
    std::vector<SectionText> sections = {
        {"What we collect", "We keep your name. We keep your personal data safe."},
        {"Who we share it with", "We share it with third parties when the law says we must."},
    };
    std::vector<TableRow> rows = ReadabilityRows(sections, Shipped("en"), ShippedBand("en", "10-12"), {});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].stats.words == 10);
    CHECK(rows[0].stats.sentences == 2);
    CHECK(rows[0].jargon == 1);
    CHECK(rows[1].jargon == 1);
    CHECK(rows[2].title == "total");
    CHECK(rows[2].stats.words == 22);
    CHECK(rows[2].stats.sentences == 3);
    CHECK(rows[2].jargon == 2);
  }
}

}  // namespace
}  // namespace pnc::readability
