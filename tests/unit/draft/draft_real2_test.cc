// draft tests: the second held-out set (tests/drafts/real2): 11 real notices of small UK
// organisations, labelled before the linter was run on them, texts outside the project
// (/work/heldout2 or PNC_HELDOUT2_DIR, rebuilt by tests/drafts/real2/extract.py). Skips without them.
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

// Floors at the fourth pass's figures. The set was measured blind once at the end of the third pass
// (missing precision 55/64, recall 55/59); its errors were then read, so it is now a seen set that the
// fourth pass fixed by class (src/draft/README.md): 58/58, 58/58 (one retention label aligned with the
// convention of tests/drafts/real3/README.md), no "missing" where the label is present.
constexpr double kPrecision = 1.0, kRecall = 1.0;
constexpr int kFalseMissingPresent = 0;

fs::path Labels() { return fs::path(PNC_TEST_DATA_DIR) / "drafts" / "real2" / "labels"; }

fs::path Texts() {
  if (const char* dir = std::getenv("PNC_HELDOUT2_DIR"); dir != nullptr && *dir != '\0') return dir;
  return fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / "heldout2";
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft second held-out labels: 25 elements each, paraphrased, sources pinned to a commit") {
    int files = 0;
    for (const auto& e : fs::directory_iterator(Labels())) {
      ++files;
      CAPTURE(e.path().string());
      auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
      CHECK(lab["file"].get<std::string>() == "heldout2/" + e.path().stem().string() + ".txt");
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

  TEST_CASE("draft accuracy on the second held-out set (real2; measured blind once, then seen and fixed by class)") {
    if (!fs::exists(Texts())) {
      MESSAGE(Texts().string() << " not found: the second held-out accuracy test is skipped (rebuild the texts with "
                                  "tests/drafts/real2/extract.py, see its README)");
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
      ScoreNotice("held-out-2", lab["file"].get<std::string>(), bytes, lab, per, all);
    }
    PrintTallies("held-out-2", per, all);
    if (read == 0) return;
    CHECK(all.Precision() >= kPrecision);
    CHECK(all.Recall() >= kRecall);
    CHECK(all.false_missing_present <= kFalseMissingPresent);
  }
}
