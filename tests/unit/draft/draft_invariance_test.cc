// draft tests: form invariance. Each labelled draft, written back in other layouts (draft_perturb.h),
// must get the same element statuses; with PNC_PERTURB_TABLE=1 the table of src/draft/README.md
// ("Twelfth pass") is measured on the held-out sets, the labelled drafts and pnc's own notices.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "draft_fixtures.h"
#include "draft_perturb.h"
#include "draft_real_score.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

namespace fs = std::filesystem;

using Answers = std::map<std::string, Status>;  // "language/rule" → status

Answers Lint(const std::string& path, const std::string& bytes) {
  Answers out;
  for (const DraftReport& r : LintDraftPerLanguage(path, bytes, Options())) {
    for (const auto& e : r.elements) out[r.language + "/" + e.rule] = e.status;
  }
  return out;
}

int Changed(const Answers& a, const Answers& b) {
  int n = 0;
  for (const auto& [k, s] : a) n += !b.count(k) || b.at(k) != s;
  for (const auto& [k, s] : b) n += !a.count(k);
  return n;
}

// Adds a notice's answers to `t` against its labels (as ScoreNotice, without printing).
void Score(const Answers& got, const nlohmann::json& lab, Tally& t) {
  for (const auto& [key, st] : got) {
    std::string want = lab["elements"][key.substr(key.find('/') + 1)]["status"].get<std::string>();
    ++t.total;
    t.agree += Accepts(want, st) ? 1 : 0;
    bool missing = st == Status::kMissing;
    if (want == "absent") (missing ? t.tp : t.fn)++;
    if (missing && want != "absent" && want != "partial") t.fp++;
    if (missing && want == "present") t.false_missing_present++;
    if (st == Status::kPresent && (want == "absent" || want == "partial")) t.false_present++;
  }
}

std::string LabelledDir() { return std::string(PNC_TEST_DATA_DIR) + "/drafts/labelled/"; }

// At most this many element answers over the labelled drafts may change under each change of form
// (the figures of the twelfth pass, src/draft/README.md). At the branch point (dedd601): text without
// blank lines 26 (now 6), PDF-like 24 (9), tables flattened to bare pipes or tabs 4 (0), plain or bold
// headings 3 (1), a list run into a sentence 1 (0). Headings written as sentences or dropped lose what a
// heading tells (the section's topic): measured, not yet invariant.
const std::map<std::string, int> kCeiling = {
    {"canonical", 0},
    {"crlf", 0},
    {"nbsp", 0},
    {"quotes-curly", 0},
    {"quotes-straight", 0},
    {"page-furniture", 0},
    {"wrap-72", 0},
    {"wrap-60-plain", 1},
    {"headings-caps", 0},
    {"headings-bold", 1},
    {"headings-plain", 1},
    {"headings-numbered", 1},
    {"no-blank-lines", 0},
    {"no-blank-lines-plain", 4},  // 6 before the 17th pass: a capitalised line after a list item is its own
    {"pdf-like", 7},              // paragraph (9 before it)
    {"lists-semicolons", 0},
    {"sections-one-paragraph", 0},
    {"prose-lists-bulleted", 0},
    {"table-bare-pipes", 0},
    {"table-tabs", 0},
    {"table-cell-lines", 6},
    {"headings-sentence", 23},  // 24 before the structural pass (a run-in question now reads as a heading)
    {"headings-dropped", 25},   // headings lost as headings: context lost (26 before the structural pass)
};

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft form invariance: the labelled drafts keep their statuses in other layouts") {
    auto labels = nlohmann::json::parse(ReadFile(LabelledDir() + "labels.json"));
    std::map<std::string, int> changed;
    for (const auto& [file, lab] : labels["drafts"].items()) {
      std::string bytes = ReadFile(LabelledDir() + file);
      REQUIRE_FALSE(bytes.empty());
      Answers base = Lint(file, bytes);
      auto blocks = DraftBlocks(file, bytes);
      for (const Perturbation& p : Perturbations()) {
        Answers got = Lint(file + "." + p.name + ".txt", p.apply(blocks));
        changed[p.name] += Changed(base, got);
        for (const auto& [k, s] : base) {
          if (got.count(k) && got[k] == s) continue;
          MESSAGE(file << " written " << p.name << ": " << k << " " << StatusName(s) << " -> "
                       << (got.count(k) ? StatusName(got[k]) : "absent"));
        }
      }
    }
    for (const Perturbation& p : Perturbations()) {
      CAPTURE(p.name);
      REQUIRE(kCeiling.count(p.name) == 1);
      CHECK(changed[p.name] <= kCeiling.at(p.name));
    }
  }
}

TEST_SUITE("draft-measure") {
  TEST_CASE("draft form invariance: the measured table (PNC_PERTURB_TABLE=1)") {
    const char* on = std::getenv("PNC_PERTURB_TABLE");
    if (on == nullptr || *on == '\0') return;
    struct Row {
      int changed = 0, lints = 0;
      Tally all;
    };
    std::map<std::string, std::map<std::string, Row>> table;  // corpus → perturbation → row
    auto run = [&](const std::string& corpus, const std::string& file, const std::string& bytes,
                   const nlohmann::json* lab) {
      Answers base = Lint(file, bytes);
      auto blocks = DraftBlocks(file, bytes);
      if (lab) Score(base, *lab, table[corpus]["original"].all);
      for (const Perturbation& p : Perturbations()) {
        Answers got = Lint(file + ".txt", p.apply(blocks));
        Row& row = table[corpus][p.name];
        if (const char* show = std::getenv("PNC_PERTURB_SHOW"); show && p.name == show) {
          for (const auto& [k, st] : base) {
            if (got.count(k) && got[k] != st)
              MESSAGE("CHANGE " << file << " " << k << " " << StatusName(st) << " -> " << StatusName(got[k]));
          }
          std::set<std::string> before, after;
          for (const Block& x : blocks)
            if (x.heading) before.insert(Upper(x.text));
          for (const Block& x : DraftBlocks(file + ".txt", p.apply(blocks)))
            if (x.heading) after.insert(Upper(x.text));
          for (const auto& h : before)
            if (!after.count(h)) MESSAGE("LOST " << file << " " << h);
          for (const auto& h : after)
            if (!before.count(h)) MESSAGE("NEW " << file << " " << h);
          if (const char* dump = std::getenv("PNC_PERTURB_DUMP")) {
            std::ofstream(std::string(dump) + "/" + fs::path(file).filename().string() + "." + p.name + ".txt")
                << p.apply(blocks);
          }
        }
        row.changed += Changed(base, got);
        ++row.lints;
        if (lab) Score(got, *lab, row.all);
      }
    };
    for (int n = 2; n <= 8; ++n) {
      fs::path texts = fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / ("heldout" + std::to_string(n));
      fs::path labels = fs::path(PNC_TEST_DATA_DIR) / "drafts" / ("real" + std::to_string(n)) / "labels";
      if (!fs::exists(texts)) continue;
      for (const auto& e : fs::directory_iterator(labels)) {
        auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
        std::string bytes = ReadFile((texts / (e.path().stem().string() + ".txt")).string());
        if (!bytes.empty()) run("held-out 2-8", e.path().stem().string() + ".txt", bytes, &lab);
      }
    }
    auto labels = nlohmann::json::parse(ReadFile(LabelledDir() + "labels.json"));
    for (const auto& [file, lab] : labels["drafts"].items())
      run("labelled", file, ReadFile(LabelledDir() + file), nullptr);
    for (const auto& [corpus, rows] : table) {
      for (const auto& [name, r] : rows) {
        const Tally& t = r.all;
        MESSAGE(corpus << " | " << name << " | changed " << r.changed << " | P " << t.tp << "/" << t.tp + t.fp << " R "
                       << t.tp << "/" << t.tp + t.fn << " | missing-where-present " << t.false_missing_present
                       << " | present-on-absent/partial " << t.false_present << " | agree " << t.agree << "/"
                       << t.total);
      }
    }
  }
}
