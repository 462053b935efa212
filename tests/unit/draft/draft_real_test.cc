// draft tests: the real notices (../shared/corpus, ../shared/seeds) against labels written before
// the linter was run on them (tests/drafts/real). Per element, precision and recall of "missing"
// on the tuning and held-out sets; floors in src/draft/README.md. Skips when ../shared is absent.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "draft_fixtures.h"
#include "law/registry.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

// Floors: the tuning set is held to the goal; the held-out set to a little under what was
// measured when the linter was frozen (it is never tuned on, so it only guards regressions).
constexpr double kTuningPrecision = 0.95, kTuningRecall = 0.95;
constexpr double kHeldOutPrecision = 0.85, kHeldOutRecall = 0.85;

struct Tally {
  int tp = 0, fp = 0, fn = 0;            // "missing" against labels "absent"
  int false_missing_present = 0;         // missing where the label says present
  int false_present = 0;                 // present where the label says absent or partial
  int agree = 0, total = 0;
};

bool Accepts(const std::string& label, Status got) {
  if (label == "present") return got == Status::kPresent;
  if (label == "absent") return got == Status::kMissing;
  if (label == "partial") return got == Status::kDoubtful || got == Status::kMissing;
  return got == Status::kNotApplicable;
}

}  // namespace

TEST_SUITE("draft") {
TEST_CASE("draft real-notice labels: every notice in the split once, 25 elements each, paraphrased") {
  namespace fs = std::filesystem;
  fs::path real = fs::path(PNC_TEST_DATA_DIR) / "drafts" / "real";
  auto split = nlohmann::json::parse(ReadFile((real / "split.json").string()));
  std::set<std::string> seen;
  for (const char* set : {"tuning", "held-out"}) {
    for (const auto& name : split[set]) CHECK(seen.insert(name.get<std::string>()).second);
  }
  int files = 0;
  for (const auto& e : fs::directory_iterator(real / "labels")) {
    ++files;
    std::string name = e.path().stem().string();
    CAPTURE(name);
    CHECK(seen.count(name) == 1);
    auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
    CHECK(lab["elements"].size() == 25);
    for (const auto& [rule, l] : lab["elements"].items()) {
      CAPTURE(rule);
      CHECK(pnc::rules::FindRule(rule) != nullptr);
      std::string st = l["status"].get<std::string>();
      CHECK((st == "present" || st == "absent" || st == "partial" || st == "not-applicable"));
      CHECK(l["why"].get<std::string>().size() < 160);  // a paraphrase, not the notice's text
    }
  }
  CHECK(files == static_cast<int>(seen.size()));
}

TEST_CASE("draft accuracy on real notices (labelled blind; tuning and held-out)") {
  namespace fs = std::filesystem;
  fs::path shared = fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / "shared";
  if (!fs::exists(shared / "corpus")) {
    MESSAGE("../shared/corpus not found: the real-notice accuracy test is skipped");
    return;
  }
  fs::path real = fs::path(PNC_TEST_DATA_DIR) / "drafts" / "real";
  auto split = nlohmann::json::parse(ReadFile((real / "split.json").string()));
  for (std::string set : {"tuning", "held-out"}) {
    std::map<std::string, Tally> per;
    Tally all;
    for (const auto& name : split[set]) {
      auto lab = nlohmann::json::parse(ReadFile((real / "labels" / (name.get<std::string>() + ".json")).string()));
      std::string file = lab["file"].get<std::string>();
      std::string bytes = ReadFile((shared / file).string());
      REQUIRE_FALSE(bytes.empty());
      for (const DraftReport& r : LintDraftPerLanguage(file, bytes, Options())) {
        REQUIRE(r.error.empty());
        for (const auto& e : r.elements) {
          std::string want = lab["elements"][e.rule]["status"].get<std::string>();
          for (Tally* t : {&per[e.rule], &all}) {
            ++t->total;
            t->agree += Accepts(want, e.status) ? 1 : 0;
            bool missing = e.status == Status::kMissing;
            if (want == "absent") (missing ? t->tp : t->fn)++;
            if (missing && want != "absent" && want != "partial") t->fp++;
            if (missing && want == "present") t->false_missing_present++;
            if (e.status == Status::kPresent && (want == "absent" || want == "partial")) t->false_present++;
          }
          if (!Accepts(want, e.status)) {
            MESSAGE(set << " " << file << ": " << e.rule << " labelled " << want << ", reported " << StatusName(e.status));
          }
        }
      }
    }
    auto ratio = [](int a, int b) { return b ? static_cast<double>(a) / b : 1.0; };
    for (const auto& [rule, t] : per) {
      if (t.tp + t.fp + t.fn == 0) continue;
      MESSAGE(set << " " << rule << ": missing precision " << t.tp << "/" << t.tp + t.fp << ", recall " << t.tp << "/"
                  << t.tp + t.fn);
    }
    double p = ratio(all.tp, all.tp + all.fp), r = ratio(all.tp, all.tp + all.fn);
    MESSAGE(set << ": missing precision " << p << " (" << all.tp << "/" << all.tp + all.fp << "), recall " << r << " ("
                << all.tp << "/" << all.tp + all.fn << "); agreement " << all.agree << "/" << all.total
                << "; reported missing where labelled present: " << all.false_missing_present
                << "; reported present where labelled absent or partial: " << all.false_present);
    if (set == "tuning") {
      CHECK(p >= kTuningPrecision);
      CHECK(r >= kTuningRecall);
      CHECK(all.false_missing_present == 0);
    } else {
      CHECK(p >= kHeldOutPrecision);
      CHECK(r >= kHeldOutRecall);
    }
  }
}
}
