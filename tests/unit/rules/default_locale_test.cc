// tests: texts written as plain strings are taken as the first locale; a Welsh-first list over
// English texts is told once (default-locale; user test s28 F13), and nothing else is.
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The base source with three longer texts in `lang` ("en" or "cy"), all plain strings.
json WithTexts(const std::vector<std::string>& locales, const std::string& lang) {
  json s = test::BaseSource();
  s["notice"]["locales"] = locales;
  const bool cy = lang == "cy";
  s["purposes"][0]["description"] = cy ? "Rydym yn helpu teuluoedd sy'n dod atom gyda'r hyn sydd ei angen arnynt."
                                       : "We help the families who come to us with what they need from us.";
  s["data_categories"][0]["description"] = cy ? "Eich enw a'ch cyfeiriad, a sut gallwn ni gysylltu â chi."
                                              : "Your name and address, and how we can reach you.";
  s["data_categories"][1]["description"] = cy ? "Gwybodaeth am eich iechyd os ydych yn ei rhoi i ni."
                                              : "Information about your health, if you give it to us.";
  return s;
}

}  // namespace

TEST_CASE("English plain strings under a Welsh-first locale list are told once, with the fixes") {
  const std::string out = test::Lint(WithTexts({"cy", "en"}, "en").dump(2), /*allow_fallback=*/true);
  const auto lines = test::Lines(out, "default-locale");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(": warning: texts without a locale map are taken as 'cy', the first locale in notice.locales, "
                      "but 4 of them read as English (the first at /data_categories/0/description) "
                      "[default-locale]") != std::string::npos);
  // The hints: list English first, or write locale maps; Welsh-first pages are --bilingual's.
  const std::string text = WithTexts({"cy", "en"}, "en").dump(2);
  driver::Options options;
  options.allow_fallback = true;
  auto c = test::CompileSource("t.json", options, &text);
  bool bilingual = false;
  for (const auto& d : c->sink.All()) {
    if (d.rule != "default-locale") continue;
    REQUIRE(d.hints.size() == 2);
    CHECK(d.hints[0] == "if they are English, list \"en\" first in notice.locales, or write each as {\"en\": \"…\"}");
    bilingual = d.hints[1].find("--bilingual cy,en") != std::string::npos;
  }
  CHECK(bilingual);
}

TEST_CASE("texts in the first locale's language, or in locale maps, are not told") {
  CHECK(test::Lines(test::Lint(WithTexts({"en", "cy"}, "en").dump(2), true), "default-locale").empty());
  CHECK(test::Lines(test::Lint(WithTexts({"cy", "en"}, "cy").dump(2), true), "default-locale").empty());
  CHECK(test::Lines(test::Lint(WithTexts({"en"}, "en").dump(2), true), "default-locale").empty());
  // The same English, each written as {"en": …}: it says its own language.
  json maps = WithTexts({"cy", "en"}, "en");
  for (auto* t : {&maps["purposes"][0]["description"], &maps["data_categories"][0]["description"],
                  &maps["data_categories"][1]["description"]}) {
    *t = json{{"en", *t}};
  }
  CHECK(test::Lines(test::Lint(maps.dump(2), true), "default-locale").empty());
}

TEST_CASE("Welsh plain strings under an English-first list are told too") {
  const auto lines = test::Lines(test::Lint(WithTexts({"en", "cy"}, "cy").dump(2), true), "default-locale");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("taken as 'en', the first locale in notice.locales, but 3 of them read as Welsh") !=
        std::string::npos);
}

}  // namespace pnc
