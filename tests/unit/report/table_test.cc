// Tests for report/table: the readability measures (rules::MeasuresTable) printed as aligned text
// exactly as `pnc lint --readability` always printed them, and as JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "readability/table.h"
#include "readability/test_locales.h"
#include "report/format.h"
#include "rules/readability_checks.h"

namespace pnc::report {
namespace {

using readability::ReadabilityRows;
using readability::SectionText;
using readability::testing::Shipped;
using readability::testing::ShippedBand;

std::string Text(const diag::Table& t) { return RenderTables({t}, Format::kHuman); }

TEST_SUITE("report") {
  TEST_CASE("table: aligned columns, deterministic, '-' where Welsh has no grade") {
    std::vector<SectionText> en = {
        {"What we collect", "We keep your name. We keep your personal data safe."},
        {"A very long section title that will not fit in the column",
         "We share it with third parties when the law says we must."},
    };
    diag::Table t = rules::MeasuresTable("n.json: notice (en), targets for ages 10-12",
                                         ReadabilityRows(en, Shipped("en"), ShippedBand("en", "10-12"), {}));
    CHECK(Text(t) ==
          Text(rules::MeasuresTable(t.title, ReadabilityRows(en, Shipped("en"), ShippedBand("en", "10-12"), {}))));
    // Section 1: 10 words, 2 sentences, 13 syllables (per-son-al 3, da-ta 2), 1 polysyllable:
    //   FK = 0.39·5 + 11.8·1.3 − 15.59 = 1.70; SMOG = 1.043·√15 + 3.1291 = 7.17.
    // Section 2: 12 words, 1 sentence, 13 syllables (par-ties 2), none of 3+:
    //   FK = 0.39·12 + 11.8·13/12 − 15.59 = 1.87; SMOG = 3.1291.
    // Total: 22 words, 3 sentences, 26 syllables, 1 polysyllable:
    //   FK = 0.39·22/3 + 11.8·26/22 − 15.59 = 1.22; SMOG = 1.043·√10 + 3.1291 = 6.43.
    CHECK(Text(t) ==
          "n.json: notice (en), targets for ages 10-12\n"
          "section                           words  sent   avg  max   FK  SMOG   jargon\n"
          "What we collect                      10     2   5.0    6  1.7   7.2*       1\n"
          "A very long section title that …     12     1  12.0   12  1.9   3.1*       1\n"
          "total                                22     3   7.3   12  1.2   6.4*       2\n"
          "* SMOG from fewer than 30 sentences: an estimate only\n"
          "\n");

    std::vector<SectionText> cy = {{"Beth rydyn ni'n ei gasglu", "Rydyn ni'n prosesu eich enw."}};
    CHECK(Text(rules::MeasuresTable("c.json: notice (cy), targets for adults",
                                    ReadabilityRows(cy, Shipped("cy"), ShippedBand("cy", "10-12"), {}))) ==
          "c.json: notice (cy), targets for adults\n"
          "section                    words  sent  avg  max  FK  SMOG  jargon\n"
          "Beth rydyn ni'n ei gasglu      5     1  5.0    5   -     -       1\n"
          "total                          5     1  5.0    5   -     -       1\n"
          "\n");
  }

  TEST_CASE("table: no rows prints the notes indented; JSON keeps values, estimates and notes") {
    diag::Table empty{"x.json: notice (fr), targets for adults", {}, {}, {"not measured: no readability data"}};
    CHECK(Text(empty) == "x.json: notice (fr), targets for adults\n  not measured: no readability data\n\n");

    std::vector<SectionText> en = {{"What we collect", "We keep your name. We keep your personal data safe."}};
    diag::Table t = rules::MeasuresTable("n.json", ReadabilityRows(en, Shipped("en"), ShippedBand("en", "10-12"), {}));
    nlohmann::json j = nlohmann::json::parse(RenderTables({t, empty}, Format::kJson));
    REQUIRE(j.size() == 2);
    CHECK(j[0]["title"] == "n.json");
    CHECK(j[0]["columns"][6] == "SMOG");
    const auto& row = j[0]["rows"][0];
    CHECK(row["section"] == "What we collect");
    CHECK(row["words"] == 10);
    CHECK(row["SMOG"].get<double>() == doctest::Approx(7.17).epsilon(0.01));
    CHECK(row["estimates"] == nlohmann::json::array({"SMOG"}));
    CHECK(j[0]["notes"][0] == "* SMOG from fewer than 30 sentences: an estimate only");
    CHECK(j[1]["rows"].empty());
    CHECK(j[1]["notes"][0] == "not measured: no readability data");
  }

  TEST_CASE("table: a title or label cannot send terminal escapes") {
    diag::Table t{"evil\x1b]0;x\a.json", {}, {}, {"n"}};
    CHECK(Text(t).find('\x1b') == std::string::npos);
  }
}

}  // namespace
}  // namespace pnc::report
