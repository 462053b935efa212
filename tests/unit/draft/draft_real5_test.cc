// draft tests: the fifth held-out set (tests/drafts/real5): 10 real notices of small UK
// organisations, labelled before the linter was run on them, texts outside the project
// (/work/heldout5 or PNC_HELDOUT5_DIR, rebuilt by tests/drafts/real5/extract.py). Skips without them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "draft_fixtures.h"
#include "draft_real_score.h"
#include "law/registry.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

namespace fs = std::filesystem;

// Floors at the figures measured once, blind, at 18:35 UTC on 2026-12-06, after the fixes made on the
// third and fourth sets (src/draft/README.md): missing precision 40/53, recall 40/48, 10 "missing" reports
// where the label is present. The set was then read and its classes fixed, so it is no longer blind; the
// floors only guard against regressions and are checked where the texts exist.
// Raised in the seventh pass (layout pairing, section topics, partial evidence) to the seen figures
// then measured; those are not estimates of accuracy on new notices (README, "seventh pass").
// Present answers on labels marked partial are capped too (a DPO would want them doubtful).
constexpr double kPrecision = 0.938, kRecall = 0.958;
constexpr int kFalseMissingPresent = 3;
constexpr int kPresentOnPartial = 5;

fs::path Labels() { return fs::path(PNC_TEST_DATA_DIR) / "drafts" / "real5" / "labels"; }

fs::path Texts() {
  if (const char* dir = std::getenv("PNC_HELDOUT5_DIR"); dir != nullptr && *dir != '\0') return dir;
  return fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / "heldout5";
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft fifth held-out labels: 25 elements each, paraphrased, sources pinned to a commit") {
    int files = 0;
    for (const auto& e : fs::directory_iterator(Labels())) {
      ++files;
      CAPTURE(e.path().string());
      auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
      CHECK(lab["file"].get<std::string>() == "heldout5/" + e.path().stem().string() + ".txt");
      CHECK(lab["source"]["commit"].get<std::string>().size() == 40);
      CHECK_FALSE(lab["source"]["repo"].get<std::string>().empty());
      CHECK_FALSE(lab["source"]["path"].get<std::string>().empty());
      std::string extract = lab["source"]["extract"].get<std::string>();
      CHECK((extract == "md" || extract == "markup"));  // the modes of tests/drafts/real5/extract.py
      CHECK(lab["elements"].size() == 25);
      for (const auto& [rule, l] : lab["elements"].items()) {
        CAPTURE(rule);
        CHECK(pnc::rules::FindRule(rule) != nullptr);
        std::string st = l["status"].get<std::string>();
        CHECK((st == "present" || st == "absent" || st == "partial" || st == "not-applicable"));
        CHECK(l["why"].get<std::string>().size() < 160);  // a paraphrase, not the notice's text
        for (const auto& line : l["lines"]) CHECK(line.get<int>() >= 1);
        if (st == "present" || st == "partial") CHECK_FALSE(l["lines"].empty());  // evidence has a place
      }
    }
    CHECK(files >= 8);
  }

  TEST_CASE("draft accuracy on the fifth held-out set (real5; measured once blind, then read)") {
    if (!fs::exists(Texts())) {
      MESSAGE(Texts().string() << " not found: the fifth held-out accuracy test is skipped (rebuild the texts with "
                                  "tests/drafts/real5/extract.py, see its README)");
      return;
    }
    std::map<std::string, Tally> per;
    Tally all;
    int read = 0;
    for (const auto& e : fs::directory_iterator(Labels())) {
      auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
      fs::path text = Texts() / (e.path().stem().string() + ".txt");
      std::string bytes = ReadFile(text.string());
      if (bytes.empty()) {
        MESSAGE(text.string() << " missing: not scored");
        continue;
      }
      ++read;
      ScoreNotice("held-out-5", lab["file"].get<std::string>(), bytes, lab, per, all);
    }
    PrintTallies("held-out-5", per, all);
    if (read == 0) return;
    CHECK(all.Precision() >= kPrecision);
    CHECK(all.Recall() >= kRecall);
    CHECK(all.false_missing_present <= kFalseMissingPresent);
    CHECK(all.present_on_partial <= kPresentOnPartial);
  }
}
