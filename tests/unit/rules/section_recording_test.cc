// tests: a free section that describes recording people, with no data category for the recordings,
// is an error at the section (section-recording), in every text and locale a reader sees; and the
// heading of a section's children's wording is held to the children's readability checks.
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

json WithSection(const json& section) {
  json s = test::BaseSource();
  s["sections"] = json::array({section});
  return s;
}

std::vector<std::string> Recording(const json& s) { return test::Lines(test::LintJson(s), "section-recording"); }

}  // namespace

TEST_CASE("a section about recording people needs a data category a purpose uses") {
  // User test s26 F13: CCTV told only in a section passed lint with no category, basis or retention.
  const json cctv = {{"id", "cctv"}, {"title", "At the door"}, {"body", "We keep the footage for 30 days."}};
  auto lines = Recording(WithSection(cctv));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("error: section 'cctv' describes recording people ('footage')") != std::string::npos);

  // The hint says exactly what to add.
  const std::string text = WithSection(cctv).dump(2);
  auto c = test::CompileSource("t.json", driver::Options{}, &text);
  std::string hints;
  for (const auto& d : c->sink.All()) {
    if (d.rule == "section-recording") {
      for (const auto& h : d.hints) hints += h + "\n";
    }
  }
  for (const char* want : {"add a data category for the recordings", "a purpose that uses it with its \"lawful_bases\"",
                           "a retention record that names the category with its \"period\"", "\"not_personal_data\""}) {
    CHECK_MESSAGE(hints.find(want) != std::string::npos, want);
  }

  // Only the children's wording, only in Welsh, only in one band's wording: each is found.
  json child = {{"id", "door"},
                {"title", "The door"},
                {"body", "Please ring the bell."},
                {"child", "There is a camera at the door. It films everyone who comes in."}};
  CHECK(Recording(WithSection(child)).size() == 1);
  json welsh = {{"id", "drws"},
                {"title", {{"en", "The door"}, {"cy", "Y drws"}}},
                {"body", {{"en", "Please ring the bell."}, {"cy", "Mae teledu cylch cyfyng wrth y drws."}}}};
  json s = WithSection(welsh);
  s["notice"]["locales"] = {"en", "cy"};
  auto cy = Recording(s);
  REQUIRE(cy.size() == 1);
  CHECK(cy[0].find("('teledu cylch cyfyng')") != std::string::npos);

  // Answered: a recording category a purpose uses (the section then explains it), or a reason it
  // records no one.
  json declared = WithSection(cctv);
  declared["data_categories"][0]["name"] = "CCTV footage";
  CHECK(Recording(declared).empty());
  json answered = cctv;
  answered["not_personal_data"] = "The footage is of the empty building at night, when no one is there.";
  CHECK(Recording(WithSection(answered)).empty());
  // A section with no recording words is left alone.
  CHECK(Recording(WithSection({{"id", "cookies"}, {"title", "Cookies"}, {"body", "We use no cookies."}})).empty());
}

TEST_CASE("a section's heading shown to children is held to the children's checks") {
  json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "10-12";
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children."}});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  s["purposes"][0]["child"] = "To help your family.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Something.";
  }
  s["data_categories"][0]["name"] = "CCTV footage";  // declared, so only the heading is in question
  s["sections"] = json::array({{{"id", "cameras"},
                                {"title", "CCTV"},
                                {"body", "There is a CCTV camera at the door."},
                                {"child", "There is a camera at the door."}}});
  auto jargon = [](const json& s) {
    const std::string text = s.dump(2);
    driver::Options options;
    options.formats = {"html"};
    auto c = test::CompileSource("t.json", options, &text);
    std::string out;
    for (const auto& d : c->sink.All()) {
      if (d.message.find("child_title") == std::string::npos) continue;
      out += d.rule + ": " + d.message + "\n";
      for (const auto& h : d.hints) out += "hint: " + h + "\n";
    }
    return out;
  };
  CHECK(jargon(s) ==
        "jargon: section 'cameras' has no child_title, so the children's version for ages 10-12 calls it 'CCTV': "
        "'CCTV' is jargon for ages 10-12\n"
        "hint: add \"child_title\" to the section: its heading in a child's words (say 'cameras')\n");
  s["sections"][0]["child_title"] = "CCTV cameras";
  CHECK(jargon(s).find("section 'cameras' has a child_title, but the children's version for ages 10-12 calls it "
                       "'CCTV cameras': 'CCTV' is jargon") != std::string::npos);
  s["sections"][0]["child_title"] = "Cameras at the door";
  CHECK(jargon(s).empty());
}

}  // namespace pnc
