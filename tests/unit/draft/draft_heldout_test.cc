// draft tests: the held-out sets of real notices (tests/drafts/real2 … real14): real notices of small UK
// organisations found in public website repositories, labelled before the linter was run on them, texts
// kept outside the project (/work/heldoutN or PNC_HELDOUTN_DIR, rebuilt by tests/drafts/realN/extract.py
// from the commit each label pins). Each set's accuracy test skips without its texts.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "draft_fixtures.h"
#include "draft_real_score.h"
#include "law/registry.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

namespace fs = std::filesystem;

/// One held-out set. Each was measured once blind (the figures src/draft/README.md reports); its
/// errors were then read and fixed by class, so it is a seen set. Floors are the figures after those
/// fixes: they guard against regressions, not the blind measure.
struct HeldOut {
  int n;                      ///< tests/drafts/real<n>, /work/heldout<n>
  int min_notices;            ///< label files expected
  double precision, recall;   ///< floors on "missing" (against labels "absent")
  int false_missing_present;  ///< at most this many "missing" where the label says present
  int false_present;          ///< at most this many "present" where the label says absent or partial
};

// Floors at the figures after the seventh pass (22:40 UTC on 2026-12-06): real2 58/58 and 58/58, 3 present
// on absent or partial; real3 62/62, 62/62, 3; real4 54/54, 54/54, 10; real5 46/49, 46/48, 3 missing where
// present, 6. The sixth set (real6) was measured blind twice, before and after the seventh pass, with the same
// figures both times (missing precision 58/65, recall 58/61, 6 missing where present, 6 present on absent or
// partial); three of its classes were then fixed (a typo'd "lawful base … is your consent"; "will not use … or
// pass it on to third parties" as a no-recipients statement; a purpose as the list item before its basis):
// 58/62, 58/61, 3.
// Eighth pass (01:05 UTC on 2026-12-07; seen sets): real4 54/54, 54/54, 7 present on absent or partial
// (a basis for some purposes only is doubtful; objection as a ground of restriction is not the right);
// real5 46/49, 46/48, 3, 5; real6 59/60, 59/61, 1 missing where present, 5 (a text file's <h3> heading
// lines; a hosting company as a recipient; a legal duty as an exception to sharing is no basis).
// The seventh set (real7, 10 notices, four of them stored web pages) was measured blind on 85ff397 (00:33
// UTC on 2026-12-07): missing precision 68/81, recall 68/71, 10 missing where present, 10 present on absent
// or partial (9 of them on partial).
// Tenth pass (04:30 UTC on 2026-12-07; seen sets): real4 6 present on absent or partial (withdrawal only as
// unsubscribing while consent covers photographs is doubtful); real7 70/70, 70/71, 0 missing where present
// (an organisation named as its sentences' subject with contact details is doubtful; photographs used for
// promotion are not direct marketing, so a consent-only choir needs no right to object); real5 46/48, 46/48,
// 2 (a route to the organisation's own officer in the sentence that also names the ICO counts).
// The eighth set (real8, 9 notices) was measured blind twice: on 2288ab8 (missing precision 43/54, recall
// 43/49, 6 missing where present, 11 present on absent or partial) and on 67bc4ff after the tenth pass
// (43/53, 43/49, 5, 11). Eleventh pass (seen): 48/48, 48/49, 0 missing where present, 10 (the notice's
// opening naming its organisation in a long sentence; a denied or security "third parties" is no source;
// listed "sensitive information" naming no special category; a summary of bases the draft's own list
// leaves out; checks made by another body; the person's location is no transfer; a title-case "Provided by You").
// The ninth set (real9, 6 notices) was measured blind on dedd601: missing precision 40/46, recall 40/42, 6 missing
// where present, 7 present on absent or partial. Thirteenth pass (seen): 42/42, 42/42, 0, 4 (a contact block
// naming the organisation; an HTML table in a text file read as rows; publications, Gift Aid and "neither is
// passed on" as recipients; erasure on request; conditions of use; sources named by "provided by X").
// The tenth set (real10, 7 thin notices) was measured blind on main after the thirteenth pass (and on dedd601):
// missing precision 54/61, recall 54/64, 7 missing where present, 4 present on absent or partial. Fourteenth
// pass (seen): 62/62, 62/64, 0, 1 (short-form rights; deletion on membership ceasing; a bare remark about
// rights is no evidence; "the Society" never named; kinds of data one per sentence; the accuracy principle).
// The eleventh set (real11, 7 notices) was measured blind by the lead on cf63b10: missing precision 47/54,
// recall 47/52, 5 missing where present, 5 present on absent or partial. Fifteenth pass (seen, general rules
// by class): 51/51, 51/52, 0, 0 (rights as what the person can set off; a heading read by its section;
// leaving by unsubscribing; consent or agreement to the processing; a name as the opening statement's subject;
// crime as news; the law's term; fields in columns under a lead-in; data required for the service; one age
// group's requirement; a request against automated decisions; the law's LI wording in a list of bases).
// The twelfth set (real12, 6 notices) was measured blind on 97826f2: missing precision 56/63, recall 56/62, 6
// missing where present, 7 present on absent or partial. Sixteenth pass (seen, general rules by class): 56/57,
// 56/62, 1, 7 (exceptions to confidentiality naming who receives; a purpose in the passive; removal from
// systems after a time; "sensitive data" as what security protects; records a person is entitled to read).
// The thirteenth set (real13, 6 notices, one Welsh) was measured blind on 8b9d0fb: missing precision 57/64,
// recall 57/59, 7 missing where present, 5 present on absent or partial. Seventeenth pass (seen, by class):
// 58/58, 58/58, 0, 4 — with one label changed after the blind measure (hollin-lane-allotments' objection,
// absent → partial, tests/drafts/real13/README.md; as labelled blind, recall 58/59). Classes: "so it can …"
// and Welsh "er mwyn" purposes; access as information on the data held; "not kept once people have left";
// data visible to other subscribers; a DPO after the route for requests; counselling notes as health data;
// marketing-only objection with no basis named; a login profile as a source; a name spelt by the e-mail
// domain; "we just need:" lists; "correct it if it is wrong"; a capitalised line after a list item.
// The fourteenth set (real14, 8 notices, longer and more varied: companies, a CIC, a festival, a students'
// union, a Welsh national-charity notice) was measured blind on d0ccb6d: missing precision 33/42, recall
// 33/36, 4 missing where present, 11 present on absent or partial. Eighteenth pass (seen, by class): 35/35,
// 35/36, 0, 5; no label changed. Classes: "registered in the UK" read as established abroad; a DPO heading
// over "we are not required to appoint one"; a definition of special data whose section says none is
// collected; consent only in a promise not to collect sensitive data; "this may limit the service" and a
// "limited" heading as restriction; access by third parties as a source; "data consists of … such as";
// statutory "regardless of your choice", "if you choose not to …, you cannot", "minimum data required by
// law"; "prevent such processing" after marketing; "the option to delete it"; "hosted in the UK" beside
// "may be processed outside"; "not outside the EEA" alone (partial); Welsh "megis" examples, "budd
// cyfreithlon", "cytundebol", "chwynion", a bare "polisi cadw" title, "cyfnod byr".
constexpr HeldOut kSets[] = {
    {2, 11, 1.0, 1.0, 0, 3},    {3, 8, 1.0, 1.0, 0, 3},    {4, 11, 1.0, 1.0, 0, 6},     {5, 10, 0.958, 0.958, 2, 5},
    {6, 9, 0.983, 0.967, 1, 5}, {7, 10, 1.0, 0.985, 0, 8}, {8, 9, 1.0, 0.979, 0, 10},   {9, 6, 1.0, 1.0, 0, 4},
    {10, 7, 1.0, 0.968, 0, 1},  {11, 7, 1.0, 0.98, 0, 0},  {12, 6, 0.982, 0.903, 1, 7}, {13, 6, 1.0, 1.0, 0, 4},
    {14, 8, 1.0, 0.972, 0, 5},
};

fs::path Labels(int n) { return fs::path(PNC_TEST_DATA_DIR) / "drafts" / ("real" + std::to_string(n)) / "labels"; }

fs::path Texts(int n) {
  std::string env = "PNC_HELDOUT" + std::to_string(n) + "_DIR";
  if (const char* dir = std::getenv(env.c_str()); dir != nullptr && *dir != '\0') return dir;
  return fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / ("heldout" + std::to_string(n));
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft held-out labels: 25 elements each, paraphrased, sources pinned to a commit") {
    for (const HeldOut& set : kSets) {
      CAPTURE(set.n);
      int files = 0;
      for (const auto& e : fs::directory_iterator(Labels(set.n))) {
        ++files;
        CAPTURE(e.path().string());
        auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
        CHECK(lab["file"].get<std::string>() ==
              "heldout" + std::to_string(set.n) + "/" + e.path().stem().string() + ".txt");
        const auto& src = lab["source"];
        std::string extract = src["extract"].get<std::string>();
        if (src.contains("url")) {
          // A stored public web page whose whole text was shorter than the search excerpt: pinned by
          // its address and the day it was read, saved as read.
          CHECK(src["url"].get<std::string>().rfind("http", 0) == 0);
          CHECK(src["read"].get<std::string>().size() == 10);
          CHECK(extract == "none");
        } else {
          CHECK(src["commit"].get<std::string>().size() == 40);
          CHECK_FALSE(src["repo"].get<std::string>().empty());
          CHECK_FALSE(src["path"].get<std::string>().empty());
          // The modes of extract.py (mdent: real12's; django: real14's), or "none" where the file is the
          // text itself (real14's csvbase, a plain-text file served as is).
          CHECK((extract == "md" || extract == "markup" || extract == "haml" || extract == "firstpane" ||
                 extract == "mdent" || extract == "django" || extract == "none"));
        }
        CHECK(lab["elements"].size() == 25);
        for (const auto& [rule, l] : lab["elements"].items()) {
          CAPTURE(rule);
          CHECK(pnc::rules::FindRule(rule) != nullptr);
          std::string st = l["status"].get<std::string>();
          CHECK((st == "present" || st == "absent" || st == "partial" || st == "not-applicable"));
          // A paraphrase, not the notice's text (real12's labeller wrote reasons of up to 188 bytes).
          CHECK(l["why"].get<std::string>().size() < (set.n >= 12 ? 200u : 160u));
          for (const auto& line : l["lines"]) CHECK(line.get<int>() >= 1);
          if (st == "present" || st == "partial") CHECK_FALSE(l["lines"].empty());  // evidence has a place
        }
      }
      CHECK(files >= set.min_notices);
    }
  }

  TEST_CASE("draft accuracy on the held-out sets (each measured once blind, then read and fixed by class)") {
    for (const HeldOut& set : kSets) {
      std::string name = "held-out-" + std::to_string(set.n);
      CAPTURE(name);
      if (!fs::exists(Texts(set.n))) {
        MESSAGE(Texts(set.n).string() << " not found: " << name
                                      << " is skipped (rebuild the texts with tests/drafts/real" << set.n
                                      << "/extract.py, see its README)");
        continue;
      }
      std::map<std::string, Tally> per;
      Tally all;
      int read = 0;
      for (const auto& e : fs::directory_iterator(Labels(set.n))) {
        auto lab = nlohmann::json::parse(ReadFile(e.path().string()));
        fs::path text = Texts(set.n) / (e.path().stem().string() + ".txt");
        std::string bytes = ReadFile(text.string());
        if (bytes.empty()) {
          MESSAGE(text.string() << " missing: not scored");
          continue;
        }
        ++read;
        ScoreNotice(name, lab["file"].get<std::string>(), bytes, lab, per, all);
      }
      PrintTallies(name, per, all);
      if (read == 0) continue;
      CHECK(all.Precision() >= set.precision);
      CHECK(all.Recall() >= set.recall);
      CHECK(all.false_missing_present <= set.false_missing_present);
      CHECK(all.false_present <= set.false_present);
    }
  }
}
