// draft tests: precision and recall on the labelled drafts (tests/drafts/labelled/labels.json);
// fails when any figure drops below the floor recorded in src/draft/README.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

// Floors at the third pass's figures (every status 1.00 on 850 labels; problems 1.00).
constexpr double kFloorPrecision[4] = {1.0, 1.0, 1.0, 1.0};  // present, missing, doubtful, n/a
constexpr double kFloorRecall[4] = {1.0, 1.0, 1.0, 1.0};
constexpr double kFloorProblems = 1.0;

Status Parse(const std::string& s) {
  if (s == "present") return Status::kPresent;
  if (s == "doubtful") return Status::kDoubtful;
  if (s == "not-applicable") return Status::kNotApplicable;
  return Status::kMissing;
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft accuracy on the labelled drafts") {
    std::string dir = std::string(PNC_TEST_DATA_DIR) + "/drafts/labelled/";
    auto labels = nlohmann::json::parse(ReadFile(dir + "labels.json"));
    int confusion[4][4] = {};  // [expected][got]
    int prob_tp = 0, prob_got = 0, prob_want = 0;
    for (const auto& [file, lab] : labels["drafts"].items()) {
      CAPTURE(file);
      std::string bytes = ReadFile(dir + file);
      REQUIRE_FALSE(bytes.empty());
      std::map<std::string, Status> want;
      for (const char* st : {"present", "missing", "doubtful", "not-applicable"}) {
        for (const auto& rule : lab.value(st, nlohmann::json::array())) want[rule.get<std::string>()] = Parse(st);
      }
      // A bilingual draft is judged once per language; each language must meet the labels.
      for (const DraftReport& r : LintDraftPerLanguage(file, bytes, Options())) {
        CAPTURE(r.language);
        REQUIRE(r.error.empty());
        for (const auto& e : r.elements) {
          Status w = want.count(e.rule) ? want[e.rule] : Parse(lab["default"].get<std::string>());
          if (w != e.status) {
            MESSAGE(file << (r.language.empty() ? "" : " [" + r.language + "]") << ": " << e.rule << " expected "
                         << StatusName(w) << ", got " << StatusName(e.status));
          }
          ++confusion[static_cast<int>(w)][static_cast<int>(e.status)];
        }
        // Every rule named in the labels exists in the report.
        for (const auto& [rule, st] : want) CHECK(Element(r, rule) != nullptr);
        std::vector<std::string> want_p, got_p;
        for (const auto& p : lab.value("problems", nlohmann::json::array())) want_p.push_back(p.get<std::string>());
        for (const auto& p : r.problems) got_p.push_back(p.rule);
        std::sort(want_p.begin(), want_p.end());
        std::sort(got_p.begin(), got_p.end());
        std::vector<std::string> common;
        std::set_intersection(want_p.begin(), want_p.end(), got_p.begin(), got_p.end(), std::back_inserter(common));
        prob_tp += static_cast<int>(common.size());
        prob_got += static_cast<int>(got_p.size());
        prob_want += static_cast<int>(want_p.size());
      }
    }
    const char* names[4] = {"present", "missing", "doubtful", "not-applicable"};
    for (int s = 0; s < 4; ++s) {
      int tp = confusion[s][s], got = 0, want = 0;
      for (int k = 0; k < 4; ++k) {
        got += confusion[k][s];
        want += confusion[s][k];
      }
      double precision = got ? static_cast<double>(tp) / got : 1.0;
      double recall = want ? static_cast<double>(tp) / want : 1.0;
      MESSAGE(std::string(names[s]) << ": precision " << precision << " recall " << recall << " (" << tp << "/" << got
                                    << ", " << tp << "/" << want << ")");
      CHECK(precision >= kFloorPrecision[s]);
      CHECK(recall >= kFloorRecall[s]);
    }
    double pp = prob_got ? static_cast<double>(prob_tp) / prob_got : 1.0;
    double pr = prob_want ? static_cast<double>(prob_tp) / prob_want : 1.0;
    MESSAGE("problems: precision " << pp << " recall " << pr);
    CHECK(pp >= kFloorProblems);
    CHECK(pr >= kFloorProblems);
  }
}
