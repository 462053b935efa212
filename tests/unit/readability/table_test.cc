// Tests for readability/table: rows per section plus a total, and the exact formatted table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readability/table.h"
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
    std::vector<TableRow> rows =
        ReadabilityRows(sections, Shipped("en"), ShippedBand("en", "10-12"), {});
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

  TEST_CASE("table: aligned columns, deterministic, '-' where Welsh has no grade") {
    std::vector<SectionText> en = {
        {"What we collect", "We keep your name. We keep your personal data safe."},
        {"A very long section title that will not fit in the column",
         "We share it with third parties when the law says we must."},
    };
    std::string table =
        FormatTable(ReadabilityRows(en, Shipped("en"), ShippedBand("en", "10-12"), {}));
    CHECK(table == FormatTable(ReadabilityRows(en, Shipped("en"), ShippedBand("en", "10-12"), {})));
    MESSAGE("\n" << table);
    CHECK(table ==
          "section                           words  sent   avg  max    FK  SMOG   jargon\n"
          "What we collect                      10     2   5.0    6  -0.4   3.1*       1\n"
          "A very long section title that …     12     1  12.0   12   2.9   3.1*       1\n"
          "total                                22     3   7.3   12   0.6   3.1*       2\n"
          "* SMOG from fewer than 30 sentences: an estimate only\n");

    std::vector<SectionText> cy = {{"Beth rydyn ni'n ei gasglu", "Rydyn ni'n prosesu eich enw."}};
    CHECK(FormatTable(ReadabilityRows(cy, Shipped("cy"), ShippedBand("cy", "10-12"), {})) ==
          "section                    words  sent  avg  max  FK  SMOG  jargon\n"
          "Beth rydyn ni'n ei gasglu      5     1  5.0    5   -     -       1\n"
          "total                          5     1  5.0    5   -     -       1\n");
  }
}

}  // namespace
}  // namespace pnc::readability
