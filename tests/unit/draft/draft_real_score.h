#pragma once
// draft tests: scoring a set of real notices against their blind labels (tests/drafts/real*/):
// per element and overall, precision and recall of "missing" against labels "absent".
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "draft_fixtures.h"

namespace pnc::draft::testing {

/// Counts for one element or a whole set. A "missing" report is a true positive on an "absent"
/// label, a false positive on "present" or "not-applicable"; on "partial" it is not counted.
struct Tally {
  int tp = 0, fp = 0, fn = 0;
  int false_missing_present = 0;  ///< missing where the label says present
  int false_present = 0;          ///< present where the label says absent or partial
  int present_on_partial = 0;     ///< present where the label says partial (a DPO would want doubtful)
  int agree = 0, total = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
};

/// Whether the linter's answer is acceptable for the label ("partial" accepts doubtful or missing).
inline bool Accepts(const std::string& label, Status got) {
  if (label == "present") return got == Status::kPresent;
  if (label == "absent") return got == Status::kMissing;
  if (label == "partial") return got == Status::kDoubtful || got == Status::kMissing;
  return got == Status::kNotApplicable;
}

/// Lints one notice (`bytes`, named `file`) and adds its elements to `per` and `all`; prints each
/// disagreement with the labels under `set`.
inline void ScoreNotice(const std::string& set, const std::string& file, const std::string& bytes,
                        const nlohmann::json& labels, std::map<std::string, Tally>& per, Tally& all) {
  for (const DraftReport& r : LintDraftPerLanguage(file, bytes, Options())) {
    REQUIRE(r.error.empty());
    for (const auto& e : r.elements) {
      std::string want = labels["elements"][e.rule]["status"].get<std::string>();
      for (Tally* t : {&per[e.rule], &all}) {
        ++t->total;
        t->agree += Accepts(want, e.status) ? 1 : 0;
        bool missing = e.status == Status::kMissing;
        if (want == "absent") (missing ? t->tp : t->fn)++;
        if (missing && want != "absent" && want != "partial") t->fp++;
        if (missing && want == "present") t->false_missing_present++;
        if (e.status == Status::kPresent && (want == "absent" || want == "partial")) t->false_present++;
        if (e.status == Status::kPresent && want == "partial") t->present_on_partial++;
      }
      if (!Accepts(want, e.status)) {
        MESSAGE(set << " " << file << ": " << e.rule << " labelled " << want << ", reported " << StatusName(e.status));
      }
    }
  }
}

/// Prints the per-element and overall figures of a set.
inline void PrintTallies(const std::string& set, const std::map<std::string, Tally>& per, const Tally& all) {
  for (const auto& [rule, t] : per) {
    if (t.tp + t.fp + t.fn == 0) continue;
    MESSAGE(set << " " << rule << ": missing precision " << t.tp << "/" << t.tp + t.fp << ", recall " << t.tp << "/"
                << t.tp + t.fn);
  }
  MESSAGE(set << ": missing precision " << all.Precision() << " (" << all.tp << "/" << all.tp + all.fp << "), recall "
              << all.Recall() << " (" << all.tp << "/" << all.tp + all.fn << "); agreement " << all.agree << "/"
              << all.total << "; reported missing where labelled present: " << all.false_missing_present
              << "; reported present where labelled absent or partial: " << all.false_present
              << " (on partial: " << all.present_on_partial << ")");
}

}  // namespace pnc::draft::testing
