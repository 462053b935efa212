// tests: missing and stale translations, with positions, and their severities under the options.
#include <doctest/doctest.h>

#include "source/loader.h"
#include "source/visit.h"
#include "test_support.h"

namespace pnc {
namespace {

// The base source published in en and cy, every text translated from its current English.
nlohmann::json Bilingual() {
  auto s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  std::string text = s.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  source::ForEachText(loaded.model, [&](const source::Text& t) {
    std::string en = t.Get("en")->text;
    s[nlohmann::json::json_pointer(t.pointer)] = {{"en", en},
                                                  {"cy", {{"text", "CY " + en}, {"from", source::TextHash(en)}}}};
  });
  return s;
}

}  // namespace

TEST_CASE("a fully translated source passes") { CHECK(test::LintJson(Bilingual()) == ""); }

TEST_CASE("a missing translation is an error at the field, a warning with fallback") {
  auto s = Bilingual();
  // (A name given as a plain string is a proper name, the same in every language: see
  // review11_test.cc. A group's name is not.)
  s["data_subjects"][0]["name"] = "Parents";
  std::string text = s.dump(2);
  CHECK(test::Lint(text) == "t.json:56:15: error: text has no 'cy' translation [missing-translation]\n");
  CHECK(test::Lint(text, /*allow_fallback=*/true) ==
        "t.json:56:15: warning: text has no 'cy' translation [missing-translation]\n");
}

TEST_CASE("a stale translation is a warning naming the new English, an error under --strict") {
  auto s = Bilingual();
  s["purposes"][0]["name"]["en"] = "Supporting parents and carers";
  std::string text = s.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  CHECK(test::Lint(text) ==
        "t.json:99:15: warning: the 'cy' translation was made from an earlier 'en' text [stale-translation]\n");
  CHECK(test::Lint(text, false, /*strict=*/true).find("error: the 'cy' translation was made from an earlier") !=
        std::string::npos);
}

// A form's name is read on the just-in-time notice like any text: it must be exported, hashed and
// checked for staleness (user test: an out-of-date Welsh form name was published without a warning).
TEST_CASE("a form's name is translated and checked for staleness like every text") {
  auto base = test::BaseSource();
  base["forms"] = nlohmann::json::parse(R"([{"id": "join", "name": "Joining form", "purposes": ["support"]}])");
  base["notice"]["locales"] = {"en", "cy"};
  diag::Sink sink;
  auto loaded = source::Load("t.json", base.dump(2), &sink);
  bool visited = false;
  source::ForEachText(loaded.model, [&](const source::Text& t) { visited = visited || t.pointer == "/forms/0/name"; });
  CHECK(visited);
  auto s = Bilingual();
  s["forms"] = base["forms"];
  s["forms"][0]["name"] = {{"en", "Joining form"},
                           {"cy", {{"text", "Ffurflen ymuno"}, {"from", source::TextHash("Joining form")}}}};
  CHECK(test::LintJson(s) == "");
  s["forms"][0]["name"]["en"] = "Membership form";
  CHECK(
      test::LintJson(s).find("warning: the 'cy' translation was made from an earlier 'en' text [stale-translation]") !=
      std::string::npos);
}

// User test s30 F7: the Welsh period changed alone ("3 blynedd" → "5 mlynedd", hash still right).
TEST_CASE("a translation stating other numbers than the English is reported") {
  auto s = Bilingual();
  const std::string en = "Kept for 3 years; call 01600 773412";
  s["purposes"][0]["name"] = {
      {"en", en}, {"cy", {{"text", "Cedwir am 3 blynedd; ffoniwch 01600773412"}, {"from", source::TextHash(en)}}}};
  CHECK(test::LintJson(s).find("[translation-numbers]") == std::string::npos);  // a phone's spaces do not count
  s["purposes"][0]["name"]["cy"]["text"] = "Cedwir am 5 mlynedd; ffoniwch 01600 773412";
  CHECK(
      test::LintJson(s).find("warning: the 'cy' text gives '5' where the 'en' text gives '3' [translation-numbers]") !=
      std::string::npos);
  s["purposes"][0]["name"]["cy"]["text"] = "Cedwir am dair blynedd";  // a number in words: not compared
  CHECK(test::LintJson(s).find("[translation-numbers]") == std::string::npos);
}

TEST_CASE("translations for undeclared locales are rejected") {
  auto s = test::BaseSource();
  s["notice"]["title"] = {{"en", "Privacy notice"}, {"fr", "Avis"}};
  CHECK(test::LintJson(s).find("error: locale 'fr' is not declared in notice.locales [invalid-value]") !=
        std::string::npos);
}

}  // namespace pnc
