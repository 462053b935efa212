// tests: age bands per item (decision 13 of the issue-11 review): `age_bands` and `child_by_band`
// are read against the notice's declared bands, with an error at the field for each way they can
// be wrong, and the rules ask for wording in every version that shows an item and no other.
#include <doctest/doctest.h>

#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// A club with players in two bands: "support" is for every band, "chat" for 13-15 only.
json Club() {
  json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_bands"] = {"6-9", "13-15"};
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Players"}, {"children", true}, {"child", "Players."}});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  s["purposes"][0]["child"] = "To help your family.";
  s["purposes"][0]["requirement"]["child"] = "We cannot help you.";
  for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Something.";
  }
  s["data_categories"][0]["data_subjects"] = {"parents", "kids"};
  s["data_categories"][1]["data_subjects"] = {"parents", "kids"};
  s["data_categories"].push_back(
      {{"id", "phone"}, {"name", "Mobile numbers"}, {"sources", {"you"}}, {"child", "Your phone number."}});
  s["retention"]["records"].push_back({{"id", "chat"},
                                       {"name", "Team chat"},
                                       {"data_categories", {"phone"}},
                                       {"period", "Until you leave the team."},
                                       {"child", "Until you leave the team."}});
  s["purposes"].push_back({{"id", "chat"},
                           {"name", "Team chat"},
                           {"data_subjects", {"kids"}},
                           {"data_categories", {"phone"}},
                           {"lawful_bases", {"consent"}},
                           {"automated_means", true},
                           {"age_bands", {"13-15"}},
                           {"requirement", {{"type", "none"}}},
                           {"recipients", "none"},
                           {"child", "To add you to the team chat."}});
  return s;
}

// The diagnostics of `rule` in `text` (short format), one per line.
std::string Lines(const std::string& text, const std::string& rule) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    std::string line = text.substr(at, end - at);
    if (rule.empty() || line.find("[" + rule + "]") != std::string::npos) out += line + "\n";
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

// Every diagnostic of linting `source`, with its JSON pointer.
std::vector<diag::Diagnostic> Diagnostics(const json& source) {
  const std::string text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  rules::LintOptions options{.allow_fallback = false,
                             .catalogue = &test::Data().Catalogue("en")->messages(),
                             .english = test::Data().Catalogue("en")};
  rules::Lint(loaded.model, test::Data().law, options, &sink);
  return sink.All();
}

}  // namespace

TEST_CASE("a club with a purpose for one band lints clean") { CHECK(test::LintJson(Club()) == ""); }

TEST_CASE("age_bands: an unknown band, an empty list, a source without bands") {
  json unknown = Club();
  unknown["purposes"][1]["age_bands"] = {"13-16"};
  CHECK(Lines(test::LintJson(unknown), "invalid-value") ==
        "t.json:105:9: error: unknown age band '13-16'; did you mean '13-15'? [invalid-value]\n");
  // A Children's code band the notice does not declare is unknown here too.
  json undeclared = Club();
  undeclared["purposes"][1]["age_bands"] = {"10-12"};
  CHECK(Lines(test::LintJson(undeclared), "invalid-value") ==
        "t.json:105:9: error: the notice has no children's version for ages 10-12 [invalid-value]\n");
  json empty = Club();
  empty["purposes"][1]["age_bands"] = json::array();
  CHECK(Lines(test::LintJson(empty), "invalid-value") ==
        "t.json:104:20: error: 'age_bands' is empty [invalid-value]\n");
  json none = test::BaseSource();
  none["purposes"][0]["age_bands"] = {"13-15"};
  CHECK(Lines(test::LintJson(none), "invalid-value") ==
        "t.json:47:9: error: 'age_bands' names age band '13-15', but the notice declares no "
        "age bands [invalid-value]\n");
  json twice = Club();
  twice["purposes"][1]["age_bands"] = {"13-15", "13-15"};
  CHECK(Lines(test::LintJson(twice), "duplicate-value") ==
        "t.json:106:9: error: '13-15' is listed twice in 'age_bands' (first at /purposes/1/age_bands/0) "
        "[duplicate-value]\n");
}

TEST_CASE("child_by_band: an unknown band, both forms, a band age_bands leaves out, an empty object") {
  json unknown = Club();
  unknown["purposes"][0].erase("child");
  unknown["purposes"][0]["child_by_band"] = {{"6-8", "To help."}, {"13-15", "To help your family."}};
  CHECK(Lines(test::LintJson(unknown), "invalid-value") ==
        "t.json:81:16: error: unknown age band '6-8'; did you mean '6-9'? [invalid-value]\n");
  json both = Club();
  both["purposes"][0]["child_by_band"] = {{"6-9", "To help."}, {"13-15", "To help your family."}};
  CHECK(Lines(test::LintJson(both), "invalid-value") ==
        "t.json:80:24: error: give 'child' or 'child_by_band', not both [invalid-value]\n");
  json left_out = Club();
  left_out["purposes"][1].erase("child");
  left_out["purposes"][1]["child_by_band"] = {{"6-9", "To chat."}, {"13-15", "To add you to the team chat."}};
  CHECK(Lines(test::LintJson(left_out), "invalid-value") ==
        "t.json:110:16: error: 'child_by_band' has wording for ages 6-9, but 'age_bands' "
        "leaves the item out of that version [invalid-value]\n");
  json empty = Club();
  empty["purposes"][0].erase("child");
  empty["purposes"][0]["child_by_band"] = json::object();
  CHECK(Lines(test::LintJson(empty), "invalid-value") ==
        "t.json:79:24: error: 'child_by_band' is empty [invalid-value]\n");
  json not_object = Club();
  not_object["purposes"][0].erase("child");
  not_object["purposes"][0]["child_by_band"] = "To help.";
  CHECK(Lines(test::LintJson(not_object), "type-mismatch") ==
        "t.json:79:24: error: 'child_by_band' must be an object of age band → wording, not a "
        "string [type-mismatch]\n");
}

TEST_CASE("child_by_band: every version that shows the item has its wording, and no other") {
  json pass = Club();
  pass["purposes"][0].erase("child");
  pass["purposes"][0]["child_by_band"] = {{"6-9", "To help."}, {"13-15", "To help your family."}};
  CHECK(test::LintJson(pass) == "");
  json missing = pass;
  missing["purposes"][0]["child_by_band"].erase("13-15");
  CHECK(Lines(test::LintJson(missing), "missing-child-text") ==
        "t.json:79:24: error: purpose 'support' has no children's wording for ages 13-15, and "
        "that version shows it [missing-child-text]\n");
  // The phone numbers reach only the 13-15 version (through "chat"): wording for 6-9 is never shown.
  json unused = Club();
  unused["data_categories"][2].erase("child");
  unused["data_categories"][2]["child_by_band"] = {{"6-9", "Your phone."}, {"13-15", "Your phone number."}};
  CHECK(Lines(test::LintJson(unused), "unused-child-text") ==
        "t.json:41:16: warning: the children's wording of data category 'phone' for ages 6-9 is "
        "never shown [unused-child-text]\n");
}

TEST_CASE("child_by_band: each band's text is translated like any text, and reported at that text") {
  json s = Club();
  s["notice"]["locales"] = {"en", "cy"};
  s["purposes"][0].erase("child");
  s["purposes"][0]["child_by_band"] = {{"6-9", {{"en", "To help."}, {"cy", "I helpu."}}},
                                       {"13-15", {{"en", "To help your family."}}}};
  std::vector<std::string> at;
  for (const auto& d : Diagnostics(s)) {
    if (d.rule == "missing-translation" && d.pointer.find("child_by_band") != std::string::npos) {
      at.push_back(d.pointer + ": " + d.message);
    }
  }
  CHECK(at == std::vector<std::string>{"/purposes/0/child_by_band/13-15: text has no 'cy' translation"});
}

TEST_CASE("scope: age_bands on an item about no children, or naming a band where its links reach none") {
  json adults = Club();
  adults["purposes"][0]["data_subjects"] = {"parents"};
  adults["data_categories"][0]["data_subjects"] = {"parents"};
  adults["data_categories"][1]["data_subjects"] = {"parents"};
  adults["purposes"][0].erase("child");
  adults["purposes"][0]["requirement"].erase("child");
  adults["purposes"][0]["age_bands"] = {"6-9"};
  CHECK(Lines(test::LintJson(adults), "scope") ==
        "t.json:76:20: error: purpose 'support' is limited to age bands, but it "
        "concerns no data subject group marked \"children\": true [scope]\n");
  // The phone numbers come only through the 13-15 purpose: limiting them to 6-9 reaches nobody.
  json links = Club();
  links["data_categories"][2]["age_bands"] = {"6-9"};
  CHECK(Lines(test::LintJson(links), "scope") ==
        "t.json:40:9: error: data category 'phone' is limited to ages 6-9, but in that "
        "children's version it concerns no children [scope]\n");
  json group = Club();
  group["data_subjects"][0]["age_bands"] = {"6-9"};
  CHECK(Lines(test::LintJson(group), "scope") ==
        "t.json:49:20: error: data subject 'parents' is limited to age bands, but it is not "
        "marked \"children\": true [scope]\n");
}

}  // namespace pnc

namespace pnc {

TEST_CASE("readability: each child wording is held to the youngest band whose version shows it") {
  json s = Club();
  const std::string fifteen = "To add you to the team chat, so that you hear about every match first.";
  s["purposes"][1]["child"] = fifteen;  // shown only to 13-15: within its 18 words
  s["purposes"][0].erase("child");
  s["purposes"][0]["child_by_band"] = {{"6-9", fifteen}, {"13-15", fifteen}};
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", {}, &text);
  std::vector<std::string> found;
  for (const auto& d : c->sink.All()) {
    if (d.rule == "long-sentence") found.push_back(d.pointer + ": " + d.message);
  }
  CHECK(found == std::vector<std::string>{
                     "/purposes/0/child_by_band/6-9: sentence has 15 words, the target for ages 6-9 is at most 12"});
}

}  // namespace pnc

namespace pnc {

TEST_CASE("child-consistency: a promise is held to the adult facts of the versions that show it") {
  json s = Club();
  // The only recipient serves the 13-15 team chat.
  s["recipients"] = {{{"id", "app"}, {"name", "The chat app"}, {"purposes", {"chat"}}, {"child", "The chat app."}}};
  s["purposes"][0].erase("child");
  s["purposes"][0]["child_by_band"] = {{"6-9", "To help your family. We never tell anyone."},
                                       {"13-15", "To help your family. We never tell anyone."}};
  CHECK(Lines(test::LintJson(s), "child-consistency") ==
        "t.json:80:18: error: the children's wording of purpose 'support' (ages 13-15) says \"never tell anyone\", "
        "but the adult notice lists recipient 'app' [child-consistency]\n");
}

}  // namespace pnc

namespace pnc {

TEST_CASE("scope: a group of children starting under 6 says its youngest are in no guide (user test s27 F24)") {
  json s = Club();
  s["data_subjects"].back()["ages"] = {{"from", 5}, {"to", 15}};
  // The parents are on the kids' purpose "support": the adult notice speaks to them.
  CHECK(Lines(test::LintJson(s), "scope").find("start at age 6") == std::string::npos);
  // On their own: nothing speaks to the 5-year-olds or their parents.
  s["purposes"][0]["data_subjects"] = {"kids"};
  CHECK(
      Lines(test::LintJson(s), "scope")
          .find(
              "t.json:53:15: warning: data subject 'kids' is aged 5 to 15, but children's versions start at age 6 and "
              "no adult group is on its purposes: nothing pnc writes speaks to its children aged 5 or to their parents "
              "or carers [scope]\n") != std::string::npos);
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  s["data_subjects"].back()["ages"] = {{"from", 6}, {"to", 15}};
  CHECK(Lines(test::LintJson(s), "scope").find("start at age 6") == std::string::npos);
}

TEST_CASE("an age too large for a whole number is out of range, not a fraction (user test s27 F17)") {
  json s = Club();
  s["data_subjects"].back()["ages"] = {{"from", -99999999999999999999999.0}, {"to", 11}};
  CHECK(Lines(test::LintJson(s), "invalid-value").find("'from' must be an age from 0 to 17") != std::string::npos);
  s["data_subjects"].back()["ages"] = {{"from", 6.5}, {"to", 11}};
  CHECK(Lines(test::LintJson(s), "invalid-value").find("'from' must be a whole number of years") != std::string::npos);
}

TEST_CASE("a hostile list of bands is one error, not one per entry") {
  json s = Club();
  json many = json::array();
  for (int i = 0; i < 5000; ++i) many.push_back("x" + std::to_string(i));
  s["purposes"][1]["age_bands"] = many;
  CHECK(Lines(test::LintJson(s), "invalid-value") ==
        "t.json:104:20: error: 'age_bands' has 5000 entries, but there are only 4 age bands [invalid-value]\n");
  json t = Club();
  t["purposes"][0].erase("child");
  json object = json::object();
  for (int i = 0; i < 5000; ++i) object["x" + std::to_string(i)] = "y";
  t["purposes"][0]["child_by_band"] = object;
  CHECK(Lines(test::LintJson(t), "invalid-value") ==
        "t.json:79:24: error: 'child_by_band' has 5000 entries, but there are only 4 age bands [invalid-value]\n");
}

}  // namespace pnc

namespace pnc {

TEST_CASE("a band no children group is in is a guide for nobody") {
  json s = Club();
  s["data_subjects"][1]["age_bands"] = {"13-15"};
  CHECK(Lines(test::LintJson(s), "scope") ==
        "t.json:69:7: error: the children's version for ages 6-9 is for no data subject group [scope]\n");
}

}  // namespace pnc

namespace pnc {

TEST_CASE("a missing child wording of an item limited to older bands asks for words for the youngest of them") {
  json s = Club();
  s["purposes"][1].erase("child");
  std::vector<std::string> hints;
  for (const auto& d : Diagnostics(s)) {
    if (d.rule == "missing-child-text") hints.push_back(d.message + " | " + d.hints.at(0));
  }
  CHECK(hints == std::vector<std::string>{"purpose 'chat' has no children's wording | add \"child\": the same fact "
                                          "in words a child aged 13-15 understands"});
}

}  // namespace pnc
