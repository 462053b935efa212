// draft tests: the third held-out set (tests/drafts/real3): 8 real notices of small UK
// organisations, labelled before the linter was run on them, texts outside the project
// (/work/heldout3 or PNC_HELDOUT3_DIR, rebuilt by tests/drafts/real3/extract.py). Skips without them.
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

// Floors at the figures measured once, blind, at the end of the fourth pass (src/draft/README.md):
// missing precision 49/52, recall 49/62, 2 "missing" reports where the label is present. The set is
// never tuned on, so they only guard against regressions; they are checked where the texts exist.
constexpr double kPrecision = 0.942, kRecall = 0.790;
constexpr int kFalseMissingPresent = 2;

fs::path Labels() { return fs::path(PNC_TEST_DATA_DIR) / "drafts" / "real3" / "labels"; }

fs::path Texts() {
  if (const char* dir = std::getenv("PNC_HELDOUT3_DIR"); dir != nullptr && *dir != '\0') return dir;
  return fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / "heldout3";
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft third held-out labels: 25 elements each, paraphrased, sources pinned to a commit") {
    int files = 0;
    for (const auto& e : fs::directory_iterator(Labels())) {
      ++files;
      CAPTURE(e.path().string());
      auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
      CHECK(lab["file"].get<std::string>() == "heldout3/" + e.path().stem().string() + ".txt");
      CHECK(lab["source"]["commit"].get<std::string>().size() == 40);
      CHECK_FALSE(lab["source"]["repo"].get<std::string>().empty());
      CHECK_FALSE(lab["source"]["path"].get<std::string>().empty());
      CHECK(lab["elements"].size() == 25);
      for (const auto& [rule, l] : lab["elements"].items()) {
        CAPTURE(rule);
        CHECK(pnc::rules::FindRule(rule) != nullptr);
        std::string st = l["status"].get<std::string>();
        CHECK((st == "present" || st == "absent" || st == "partial" || st == "not-applicable"));
        CHECK(l["why"].get<std::string>().size() < 160);  // a paraphrase, not the notice's text
      }
    }
    CHECK(files >= 8);
  }

  TEST_CASE("draft accuracy on the third held-out set (real3; blind, measured once, never tuned on)") {
    if (!fs::exists(Texts())) {
      MESSAGE(Texts().string() << " not found: the third held-out accuracy test is skipped (rebuild the texts with "
                                  "tests/drafts/real3/extract.py, see its README)");
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
      ScoreNotice("held-out-3", lab["file"].get<std::string>(), bytes, lab, per, all);
    }
    PrintTallies("held-out-3", per, all);
    if (read == 0) return;
    CHECK(all.Precision() >= kPrecision);
    CHECK(all.Recall() >= kRecall);
    CHECK(all.false_missing_present <= kFalseMissingPresent);
  }
}
