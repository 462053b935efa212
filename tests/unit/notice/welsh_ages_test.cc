// tests: a children's group's ages in a Welsh guide read "Rhwng 6 a 9 oed.", with "ac" before a
// number said with a vowel ("Rhwng 6 ac 8 oed": wyth), as the catalogue's joining words say (user
// test F23); the English guide keeps "Ages 6 to 8.".
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "notice/explain.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("Welsh guides give a group's ages as 'Rhwng … a/ac … oed'") {
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto s = nlohmann::json::parse(ss.str(), nullptr, true, /*ignore_comments=*/true);
  s["data_subjects"][1]["ages"] = {{"from", 6}, {"to", 8}};  // the siblings
  driver::Options options;
  options.formats = {"html"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  std::string cy, en;
  for (const auto& d : c->docs) {
    std::string all;
    for (const auto& item : notice::Explain(d)) all += item.text + "\n";
    if (d.file_base == "child.6-9.cy") cy = all;
    if (d.file_base == "child.6-9.en") en = all;
  }
  CAPTURE(cy);
  CHECK(cy.find("Rhwng 6 ac 8 oed.") != std::string::npos);  // the siblings
  CHECK(cy.find("Rhwng 6 a 9 oed.") != std::string::npos);   // the patients, within this guide's band
  CHECK(cy.find("Oed 6 i") == std::string::npos);
  CAPTURE(en);
  CHECK(en.find("Ages 6 to 8.") != std::string::npos);
}

}  // namespace pnc
