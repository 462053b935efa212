// draft tests: the tune half of the blind synthetic set (tests/drafts/synth1/, issue 14). The set is split by
// document: this test reads only the twelve notices of the tune half, the half the structural pass was tuned
// on; the other twelve are the lead's blind measure and are never read here. Floors are the tune half's
// figures after the structural pass (seen figures: they guard against regressions, they estimate nothing).
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "draft_fixtures.h"
#include "draft_real_score.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

namespace fs = std::filesystem;

// The tune half, by name; nothing else of the set is opened.
constexpr const char* kTuneHalf[] = {
    "bethel-chapel-porthcarrow",   "coldmoor-allotments",   "dunmore-heritage-scio",
    "first-wexcombe-scouts",       "greenbank-lunch-club",  "hartsmere-bowls",
    "knockbreda-youth-fellowship", "nethercombe-food-bank", "riverside-tennis",
    "st-brannock-church",          "tuesday-tots",          "walking-group-statement",
};

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft accuracy on synth1's tune half (seen; the held half is measured blind by the lead)") {
    const fs::path dir = fs::path(PNC_TEST_DATA_DIR) / "drafts" / "synth1";
    std::map<std::string, Tally> per;
    Tally all;
    for (const char* name : kTuneHalf) {
      CAPTURE(name);
      auto lab = nlohmann::json::parse(ReadFile((dir / "labels" / (std::string(name) + ".json")).string()));
      std::string bytes = ReadFile((dir / "texts" / (std::string(name) + ".txt")).string());
      REQUIRE_FALSE(bytes.empty());
      ScoreNotice("synth1-tune", lab["file"].get<std::string>(), bytes, lab, per, all);
    }
    PrintTallies("synth1-tune", per, all);
    // Before the structural pass: 64/88, 64/70, 20 missing where present, 7 present on absent or partial.
    // After: 70/71, 70/70, 0, 7 (the one false "missing" is coldmoor's right to object, labelled not
    // applicable with the newsletter read as part of the tenancy: a label the set's README calls doubtful).
    // Seventeenth pass: 6 present on absent or partial, 284 agreeing (dunmore's marketing-only objection with
    // no basis named is doubtful).
    CHECK(all.tp >= 70);
    CHECK(all.Precision() >= 0.985);
    CHECK(all.Recall() >= 1.0);
    CHECK(all.false_missing_present <= 0);
    CHECK(all.false_present <= 6);
    CHECK(all.agree >= 284);
  }
}
