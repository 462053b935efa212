// tests: what happens if a child does not give the data (Art 13(2)(e)) is asked for in a child's
// words (missing-child-text, a warning: the adult notice carries it), and a child wording of a
// requirement that no children's version shows is reported (unused-child-text).
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

json Club() {
  json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "10-12";
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children."}});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  s["purposes"][0]["child"] = "To help your family.";
  s["purposes"][0]["requirement"] = {{"type", "none"}, {"consequence", "We may not be able to help."}};
  for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Something.";
  }
  return s;
}

}  // namespace

TEST_CASE("a consequence about children without a child's wording is asked for") {
  const std::string fail = test::LintJson(Club());
  CHECK(test::Lines(fail, "missing-child-text") ==
        std::vector<std::string>{"t.json:75:24: warning: purpose 'support' says what happens if the data is not given, "
                                 "but not in a child's words [missing-child-text]"});
  json pass = Club();
  pass["purposes"][0]["requirement"]["child"] = "We might not be able to help you.";
  CHECK(test::Lines(test::LintJson(pass), "missing-child-text").empty());
  // Whatever the type: a contractual consequence is a fact about children too.
  json contractual = Club();
  contractual["purposes"][0]["requirement"]["type"] = "contractual";
  CHECK(test::Lines(test::LintJson(contractual), "missing-child-text").size() == 1);
}

TEST_CASE("a child wording of a requirement no children's version shows is reported") {
  json s = Club();
  s["purposes"][0]["data_subjects"] = {"parents"};
  s["purposes"][0]["requirement"]["child"] = "We might not be able to help you.";
  auto requirement = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& line : test::Lines(text, "unused-child-text")) {
      if (line.find("requirement") != std::string::npos) out.push_back(line);
    }
    return out;
  };
  CHECK(
      requirement(test::LintJson(s)) ==
      std::vector<std::string>{"t.json:74:18: warning: the children's wording of the requirement of purpose 'support' "
                               "is never shown [unused-child-text]"});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  CHECK(requirement(test::LintJson(s)).empty());
}

}  // namespace pnc

namespace pnc {

// The user test (ut2): "… requires you to give it. we cannot accept …" — a consequence is printed as
// a sentence of its own, so one that starts with a small letter is reported where it is written.
TEST_CASE("a consequence that starts with a small letter is reported, in each wording") {
  json s = Club();
  s["purposes"][0]["requirement"] = {{"type", "contractual"},
                                     {"consequence", "we cannot offer a place."},
                                     {"child", {{"en", "We cannot offer you a place."}}}};
  auto lines = test::Lines(test::LintJson(s), "statutory-requirement");
  REQUIRE(lines.size() == 1);
  CAPTURE(lines[0]);
  CHECK(lines[0].find("warning: this consequence starts with a small letter, but the notice prints it as a sentence "
                      "of its own after pnc's answer [statutory-requirement]") != std::string::npos);
  s["purposes"][0]["requirement"]["consequence"] = "We cannot offer a place.";
  s["purposes"][0]["requirement"]["child"] = {{"en", "you cannot join in."}};
  CHECK(test::Lines(test::LintJson(s), "statutory-requirement").size() == 1);
  s["purposes"][0]["requirement"]["child"] = {{"en", "You cannot join in."}};
  CHECK_MESSAGE(test::Lines(test::LintJson(s), "statutory-requirement").empty(), test::LintJson(s));
}

// The user test (hafan): "… We cannot offer you a place in the group without your contact details" ran
// into the next heading: a consequence that stops without a full stop is reported too, in each wording.
TEST_CASE("a consequence that does not end with a full stop is reported, in each wording") {
  json s = Club();
  s["purposes"][0]["requirement"] = {{"type", "contractual"},
                                     {"consequence", "We cannot offer a place"},
                                     {"child", {{"en", "We cannot offer you a place."}}}};
  auto lines = test::Lines(test::LintJson(s), "statutory-requirement");
  REQUIRE(lines.size() == 1);
  CAPTURE(lines[0]);
  CHECK(lines[0].find("warning: this consequence does not end with a full stop") != std::string::npos);
  s["purposes"][0]["requirement"]["consequence"] = "We cannot offer a place.";
  s["purposes"][0]["requirement"]["child"] = {{"en", "You cannot join in"}};
  CHECK(test::Lines(test::LintJson(s), "statutory-requirement").size() == 1);
  // Closing brackets, quotation marks and emphasis after the stop, a question and an ellipsis all end one.
  for (const char* ok :
       {"You cannot join in (see [our rules](https://example.com/rules)).", "We would ask \u201cwhy not?\u201d",
        "**You cannot join in.**", "Why not ask us?", "You cannot join in\u2026"}) {
    s["purposes"][0]["requirement"]["child"] = {{"en", ok}};
    CHECK_MESSAGE(test::Lines(test::LintJson(s), "statutory-requirement").empty(), ok);
  }
  s["purposes"][0]["requirement"]["child"] = {{"en", "See [our rules](https://example.com/rules)"}};
  CHECK(test::Lines(test::LintJson(s), "statutory-requirement").size() == 1);
}

// Review: a record with no child_name is shown to children by its adult name, which no readability
// check read. A hard name now gets a warning naming the record and asking for a child_name; a plain
// one ("Files") none, since a warning on every record was too noisy to keep.
TEST_CASE("a record's adult name shown to children is held to the band's readability checks") {
  auto warnings = [](const json& s) {
    const std::string text = s.dump(2);
    driver::Options options;
    options.formats = {"html"};
    auto c = test::CompileSource("t.json", options, &text);
    std::string out;  // the warnings that ask for a child_name, and their hints, a line each
    for (const auto& d : c->sink.All()) {
      if (d.message.find("child_name") == std::string::npos) continue;
      out += d.rule + ": " + d.message + "\n";
      for (const auto& h : d.hints) out += "hint: " + h + "\n";
    }
    return out;
  };
  json s = Club();
  CHECK(warnings(s).empty());  // "Files"
  s["retention"]["records"][0]["name"] = "Retention schedule files";
  CHECK(warnings(s) ==
        "jargon: retention record 'files' has no child_name, so the children's version for ages 10-12 calls it "
        "'Retention schedule files': 'Retention schedule' is jargon for ages 10-12\n"
        "hint: add \"child_name\" to the record: what a child would call it, in their words (say 'how long we "
        "keep it')\n");
  // Its child_name is what children see, and is checked as every child wording is.
  s["retention"]["records"][0]["child_name"] = "Your family's files";
  CHECK(warnings(s).empty());
}

// User test s28 F12: a cookies section with no child wording was asked for one, though the better fix
// is to say it is the website visitors' ("data_subjects"), which the hint did not offer.
TEST_CASE("a section with no child wording is offered data_subjects as well as a child wording") {
  json s = Club();
  s["sections"] = {{{"id", "cookies"}, {"title", "Cookies"}, {"body", "Our website uses analytics cookies."}}};
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", {}, &text);
  std::vector<std::string> hints;
  for (const auto& d : c->sink.All()) {
    if (d.rule == "missing-child-text" && d.message == "section 'cookies' has no children's wording") hints = d.hints;
  }
  REQUIRE(hints.size() == 2);
  CHECK(hints[0] ==
        "if it is not about the children, say whose it is: \"data_subjects\": [\"parents\"] (those of these groups it "
        "concerns); it then leaves the children's versions");
  CHECK(hints[1] == "add \"child\": the same fact in words a child aged 10-12 understands");
  // Saying whose it is answers it.
  s["sections"][0]["data_subjects"] = {"parents"};
  CHECK(test::Lines(test::LintJson(s), "missing-child-text").size() == 1);  // only the consequence's, above
}

}  // namespace pnc
