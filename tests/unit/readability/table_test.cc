// Tests for readability/table: rows per section plus a total, and the exact formatted table.
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
    // Section 1: 10 words, 2 sentences, 13 syllables (per-son-al 3, da-ta 2), 1 polysyllable:
    //   FK = 0.39·5 + 11.8·1.3 − 15.59 = 1.70; SMOG = 1.043·√15 + 3.1291 = 7.17.
    // Section 2: 12 words, 1 sentence, 13 syllables (par-ties 2), none of 3+:
    //   FK = 0.39·12 + 11.8·13/12 − 15.59 = 1.87; SMOG = 3.1291.
    // Total: 22 words, 3 sentences, 26 syllables, 1 polysyllable:
    //   FK = 0.39·22/3 + 11.8·26/22 − 15.59 = 1.22; SMOG = 1.043·√10 + 3.1291 = 6.43.
    CHECK(table ==
          "section                           words  sent   avg  max   FK  SMOG   jargon\n"
          "What we collect                      10     2   5.0    6  1.7   7.2*       1\n"
          "A very long section title that …     12     1  12.0   12  1.9   3.1*       1\n"
          "total                                22     3   7.3   12  1.2   6.4*       2\n"
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
