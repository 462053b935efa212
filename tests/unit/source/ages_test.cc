// tests: a children group's `ages` (source/load_ages.cc): read as whole years, checked against the
// group's age bands and the notice's declared bands, and used by the scope of each band's guide.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "notice/explain.h"
#include "source/loader.h"
#include "source/scope.h"
#include "test_support.h"

namespace pnc {
namespace {

// The base source with children's versions for `bands` and a children group with `ages`.
nlohmann::json WithAges(const nlohmann::json& ages, const std::vector<std::string>& bands = {"6-9", "10-12"}) {
  nlohmann::json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_bands"] = bands;
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children."}});
  if (!ages.is_null()) s["data_subjects"][1]["ages"] = ages;
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  return s;
}

// The lint output (short format: one line per diagnostic, no hints).
std::string AgesLines(const nlohmann::json& source) { return test::LintJson(source); }

// True when the lint says nothing about ages.
bool Quiet(const nlohmann::json& source) {
  const std::string all = test::LintJson(source);
  for (const char* part : {"'ages'", " is aged ", "an age", "whole number", "[scope]"}) {
    if (all.find(part) != std::string::npos) return false;
  }
  return true;
}

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("ages are read as whole years and say which bands' guides show the group") {
  std::string text = WithAges({{"from", 5}, {"to", 8}}).dump();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(loaded.parsed);
  CHECK(sink.Errors() == 0);
  const source::Ages& a = loaded.model.subjects.at(1).ages;
  CHECK(a.present());
  CHECK(a.from == 5);
  CHECK(a.to == 8);
  CHECK(a.pointer == "/data_subjects/1/ages");
  CHECK(a.Overlaps("6-9"));
  CHECK_FALSE(a.Overlaps("10-12"));
  CHECK(a.Overlaps(""));  // not a banded question
  // The 10-12 guide is for no group of children with these ages; the 6-9 guide is.
  CHECK(source::ComputeScope(loaded.model, "6-9").children.at(1));
  CHECK_FALSE(source::ComputeScope(loaded.model, "10-12").children.at(1));
  CHECK(source::ComputeScope(loaded.model).children.at(1));  // the whole notice: still children
}

TEST_CASE("a group without ages is in every band's guide, as before") {
  std::string text = WithAges(nullptr).dump();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  CHECK_FALSE(loaded.model.subjects.at(1).ages.present());
  CHECK(source::ComputeScope(loaded.model, "6-9").children.at(1));
  CHECK(source::ComputeScope(loaded.model, "10-12").children.at(1));
}

TEST_CASE("ages that are not whole years within 0-17, or run backwards, are errors at the field") {
  CHECK(Has(AgesLines(WithAges({{"from", 11}, {"to", 5}})),
            "error: 'ages' runs from 11 to 5: 'from' is older [invalid-value]"));
  CHECK(Has(AgesLines(WithAges({{"from", 5}, {"to", 18}})), "'to' must be an age from 0 to 17 [invalid-value]"));
  CHECK(Has(AgesLines(WithAges({{"from", -1}, {"to", 8}})), "'from' must be an age from 0 to 17 [invalid-value]"));
  CHECK(Has(AgesLines(WithAges({{"from", 5.5}, {"to", 8}})), "'from' must be a whole number of years [invalid-value]"));
  CHECK(Has(AgesLines(WithAges({{"from", "5"}, {"to", 8}})),
            "'from' must be an age in whole years, not a string [type-mismatch]"));
  CHECK(Has(AgesLines(WithAges({{"from", 5}})), "'ages' has no 'to' [missing-field]"));
  CHECK(Has(AgesLines(WithAges({{"form", 5}, {"to", 8}})), "unknown key 'form' in 'ages'; did you mean 'from'?"));
  CHECK(Has(AgesLines(WithAges(nlohmann::json::array({5, 11}))),
            "'ages' must be an object with 'from' and 'to', not a list [type-mismatch]"));
  // Too large for an integer, so read as a fraction-less double: its problem is its size.
  CHECK(Has(AgesLines(WithAges({{"from", 1e30}, {"to", 8}})), "'from' must be an age from 0 to 17"));
  CHECK(Has(AgesLines(WithAges({{"from", 5.5}, {"to", 8}})), "'from' must be a whole number of years"));
  CHECK(Has(AgesLines(WithAges({{"from", 18446744073709551615ULL}, {"to", 8}})), "'from' must be an age from 0 to 17"));
  CHECK(Quiet(WithAges({{"from", 7}, {"to", 7}}, {"6-9"})));  // one age is a range too
}

TEST_CASE("ages must be reached by some declared band, and by each band the group is limited to") {
  // Aged 13 to 15 with bands 6-9 and 10-12: no guide is for them.
  std::string none = AgesLines(WithAges({{"from", 13}, {"to", 15}}));
  CHECK(Has(none,
            "error: data subject 'kids' is aged 13 to 15, but no children's version is for those ages (the "
            "notice's bands are '6-9', '10-12') [scope]"));
  // Under 6: no band is written for them at all (the hints are in tests/cases/children/0006).
  CHECK(Has(AgesLines(WithAges({{"from", 2}, {"to", 4}})), "data subject 'kids' is aged 2 to 4, but no children's"));
  // Limited to a band its ages do not reach.
  nlohmann::json limited = WithAges({{"from", 5}, {"to", 8}});
  limited["data_subjects"][1]["age_bands"] = {"10-12"};
  CHECK(Has(AgesLines(limited),
            "error: data subject 'kids' is aged 5 to 8, so it has no children in "
            "the version for ages 10-12 [invalid-value]"));
  // Ages on a group that is not children.
  nlohmann::json adults = WithAges(nullptr);
  adults["data_subjects"][0]["ages"] = {{"from", 5}, {"to", 8}};
  CHECK(Has(AgesLines(adults), "data subject 'parents' gives 'ages', but it is not marked \"children\": true"));
  // Ages that overlap a declared band: no diagnostic about ages.
  CHECK(Quiet(WithAges({{"from", 5}, {"to", 11}})));
}

TEST_CASE("a band whose guide no group's ages reach is a guide for nobody") {
  // Aged 6 to 8: the 10-12 guide would be for no group (rule scope, at the bands).
  std::string lint = test::LintJson(WithAges({{"from", 6}, {"to", 8}}));
  CHECK(Has(lint, "the children's version for ages 10-12 is for no data subject group [scope]"));
}

}  // namespace pnc

namespace pnc {

TEST_CASE("ages that a Children's code band holds but the notice does not declare: a warning") {
  // Aged 8 to 11 with only the 6-9 band: the 10- and 11-year-olds are given the 6-9 version.
  std::string lint = test::LintJson(WithAges({{"from", 8}, {"to", 11}}, {"6-9"}));
  CHECK(lint.find("warning: data subject 'kids' is aged 8 to 11, but the notice has no children's version for ages "
                  "10-12: those children are given the version for ages 6-9 [scope]") != std::string::npos);
  // Under 6 is no band's: the 5-year-olds of a group aged 5 to 9 are told through their parents, who
  // are on the same purpose (bands_test has the warning when no adult group is).
  std::string young = test::LintJson(WithAges({{"from", 5}, {"to", 9}}, {"6-9"}));
  CHECK(young.find("start at age 6") == std::string::npos);  // the parents are on the same purpose
  CHECK(young.find("[scope]") == young.rfind("[scope]"));
}

}  // namespace pnc

namespace pnc {

// Review: a group spanning two bands is shown in each band's guide with the ages that guide is for,
// and the youngest and oldest declared bands' guides keep the ages beyond them (those children read it).
TEST_CASE("each band's guide gives the group's ages within that band") {
  std::string text = WithAges({{"from", 5}, {"to", 14}}, {"6-9", "10-12"}).dump();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(loaded.parsed);
  const source::Ages& a = loaded.model.subjects.at(1).ages;
  const std::vector<std::string> bands = {"6-9", "10-12"};
  // The youngest band's guide keeps the ages below it only down to 6: children's versions are
  // written for 6 to 17, and the 5-year-olds are told through their parents (the adult notice).
  CHECK(a.In("6-9", bands).from == 6);
  CHECK(a.In("6-9", bands).to == 9);
  CHECK(a.In("10-12", bands).from == 10);
  CHECK(a.In("10-12", bands).to == 14);  // the oldest band's guide: the 13- and 14-year-olds read it
  const std::vector<std::string> three = {"6-9", "10-12", "13-15"};
  CHECK(a.In("10-12", three).to == 12);
  CHECK(a.In("13-15", three).from == 13);
  CHECK(a.In("", bands).from == 5);  // not a banded question: the group's own ages
  // Review: a group of ages 0 to 17 in the 6-9 guide of a 6-9 and 13-15 notice (the hospice case)
  // was shown "Ages 0 to 9"; the guide is for its 6- to 9-year-olds, and the 13-15 one for 13 to 17.
  source::Ages all = a;
  all.from = 0;
  all.to = 17;
  const std::vector<std::string> split = {"6-9", "13-15"};
  CHECK(all.In("6-9", split).from == 6);
  CHECK(all.In("6-9", split).to == 9);
  CHECK(all.In("13-15", split).from == 13);
  CHECK(all.In("13-15", split).to == 17);
  CHECK(all.In("10-12", {"10-12"}).from == 6);  // a lone 10-12 guide: its group's 6- to 9-year-olds read it
  // End to end: the 6-9 guide does not say the group's 10- to 14-year-olds are its readers.
  const auto path = std::filesystem::temp_directory_path() / "pnc-ages-in-band.json";
  {
    nlohmann::json s = WithAges({{"from", 8}, {"to", 11}});
    s["purposes"][0]["child"] = "To help your family.";
    for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
      for (auto& item : *list) item["child"] = "Something.";
    }
    std::ofstream(path) << s.dump(2);
  }
  auto c = test::CompileSource(path.string());
  std::filesystem::remove(path);
  REQUIRE(c->sink.Errors() == 0);
  bool six = false, ten = false;
  for (const auto& doc : c->docs) {
    std::string all;
    for (const auto& item : notice::Explain(doc)) all += item.text + "\n";
    if (doc.file_base.find("6-9") != std::string::npos) {
      six = true;
      CHECK(Has(all, "Ages 8 to 9."));
      CHECK_FALSE(Has(all, "Ages 8 to 11."));
    }
    if (doc.file_base.find("10-12") != std::string::npos) {
      ten = true;
      CHECK(Has(all, "Ages 10 to 11."));
    }
  }
  CHECK(six);
  CHECK(ten);
}

}  // namespace pnc
