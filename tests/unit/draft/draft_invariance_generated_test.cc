// draft tests: form invariance on pnc's own notices (measured only, with PNC_PERTURB_TABLE=1): each
// generated HTML notice written back in the layouts of draft_perturb.h, answers compared with the
// HTML's. The row "generated" of the twelfth pass's table in src/draft/README.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include "draft_perturb.h"
#include "draft_roundtrip.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

TEST_SUITE("draft-measure") {
  TEST_CASE("draft form invariance on the generated notices (PNC_PERTURB_TABLE=1)") {
    const char* on = std::getenv("PNC_PERTURB_TABLE");
    if (on == nullptr || *on == '\0') return;
    std::map<std::string, int> changed, not_present;
    int notices = 0;
    auto answers = [](const std::string& path, const std::string& bytes) {
      std::map<std::string, Status> out;
      for (const DraftReport& r : LintDraftPerLanguage(path, bytes, Options())) {
        for (const auto& e : r.elements) out[r.language + "/" + e.rule] = e.status;
      }
      return out;
    };
    for (const auto& b : BuildAllNotices()) {
      std::string html = Html(b.doc);
      auto base = answers(b.label + ".html", html);
      auto blocks = DraftBlocks(b.label + ".html", html);
      if (const char* dump = std::getenv("PNC_PERTURB_DUMP")) {
        std::string name = b.label;
        std::replace(name.begin(), name.end(), ' ', '-');
        std::ofstream(std::string(dump) + "/" + name + ".html") << html;
        std::ofstream(std::string(dump) + "/" + name + ".canonical.txt") << Perturbations()[0].apply(blocks);
      }
      ++notices;
      for (const Perturbation& p : Perturbations()) {
        auto got = answers(b.label + ".txt", p.apply(blocks));
        for (const auto& [k, s] : base) {
          if (!got.count(k) || got[k] != s) {
            ++changed[p.name];
            if (const char* show = std::getenv("PNC_PERTURB_SHOW"); show && p.name == show) {
              MESSAGE("CHANGE " << b.label << " " << k << " " << StatusName(s) << " -> "
                                << (got.count(k) ? StatusName(got[k]) : "absent"));
            }
          }
          if (s == Status::kPresent && got.count(k) && got[k] != Status::kPresent) ++not_present[p.name];
        }
      }
    }
    for (const Perturbation& p : Perturbations()) {
      MESSAGE("generated | " << p.name << " | notices " << notices << " | changed " << changed[p.name]
                             << " | present lost " << not_present[p.name]);
    }
  }
}
