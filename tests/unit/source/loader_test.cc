// tests: source loading: syntax and encoding errors with positions, duplicate keys, types,
// did-you-mean, comments, and the translated-text forms.
#include <doctest/doctest.h>

#include "source/loader.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("syntax errors point at the line and column") {
  CHECK(test::Lint("{\n  \"notice\": {\n    \"title\": \"x\",\n  }\n}") ==
        "t.json:4:3: error: trailing comma before '}': remove the last ',' [json-syntax]\n");
  CHECK(test::Lint("{\"a\": [1, 2}") ==
        "t.json:1:12: error: unexpected '}': expected ',' or ']' in the list [json-syntax]\n");
  CHECK(test::Lint("") == "t.json:1:1: error: the file is empty: expected a JSON object [json-syntax]\n");
  CHECK(test::Lint("{\"a\": \"unterminated\n}") ==
        "t.json:1:20: error: unterminated string: add the closing '\"' before the end of the line [json-syntax]\n");
  CHECK(test::Lint("{} extra") == "t.json:1:4: error: unexpected 'e' after the end of the document [json-syntax]\n");
}

TEST_CASE("encoding problems are reported, never crash") {
  CHECK(test::Lint(std::string("{\"a\": \"\xff\"}")) ==
        "t.json:1:8: error: invalid UTF-8: save the file as UTF-8 [source-encoding]\n");
  CHECK(test::Lint(std::string("{\"a\":\0 1}", 9)) ==
        "t.json:1:6: error: NUL byte in the file: a source must be UTF-8 text [source-encoding]\n");
  // A UTF-8 byte order mark is accepted.
  std::string bom = "\xEF\xBB\xBF" + test::BaseSource().dump(2);
  CHECK(test::Lint(bom) == "");
}

TEST_CASE("deep nesting is refused with a message, not a stack overflow") {
  std::string deep(100000, '[');
  CHECK(test::Lint(deep).find("nesting is deeper than 200 levels [json-syntax]") != std::string::npos);
}

TEST_CASE("duplicate keys are errors at the second key") {
  CHECK(test::Lint("{\"notice\": {}, \"notice\": {}}")
            .find("t.json:1:16: error: duplicate key 'notice': the later value would silently win [duplicate-key]") !=
        std::string::npos);
}

TEST_CASE("comments are allowed") {
  std::string text = "// a comment\n/* block */\n" + test::BaseSource().dump(2);
  CHECK(test::Lint(text) == "");
}

TEST_CASE("unknown keys without a near match list the allowed keys") {
  auto s = test::BaseSource();
  s["controller"]["zzzzzz"] = 1;
  diag::Sink sink;
  std::string text = s.dump(2);
  source::Load("t.json", text, &sink);
  REQUIRE(sink.All().size() == 1);
  CHECK(sink.All()[0].message == "unknown key 'zzzzzz' in the controller");
  CHECK(sink.All()[0].hints[0].find("allowed keys here: address, appropriate_policy_document, charity_number") == 0);
}

TEST_CASE("the loader reads translated text and its provenance") {
  auto s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["notice"]["title"] = {{"en", "Privacy notice"}, {"cy", {{"text", "Hysbysiad preifatrwydd"}, {"from", "1234abcd"}}}};
  diag::Sink sink;
  std::string text = s.dump(2);
  auto loaded = source::Load("t.json", text, &sink);
  const auto* cy = loaded.model.notice.title.Get("cy");
  REQUIRE(cy != nullptr);
  CHECK(cy->text == "Hysbysiad preifatrwydd");
  CHECK(cy->from == "1234abcd");
  CHECK(cy->pointer == "/notice/title/cy");
  CHECK(loaded.model.notice.title.Get("en")->text == "Privacy notice");
}

TEST_CASE("every loaded model has a default locale, even without a notice or valid locales") {
  // A source with no 'notice' left notice.locales empty, and linting its first text read
  // default_locale() through a null reference (fuzz/source_lint, UBSan).
  for (const std::string text :
       {"{\"data_categories\": [{\"id\": \"a\", \"name\": \"Criminal records\"}]}", "{\"notice\": 1}",
        "{\"notice\": {\"locales\": []}}", "{\"notice\": {\"locales\": [1, true]}}",
        "{\"notice\": {\"locales\": \"cy\"}}", "[]", "\"notice\""}) {
    CAPTURE(text);
    diag::Sink sink;
    auto loaded = source::Load("t.json", text, &sink);
    REQUIRE(loaded.model.notice.locales.size() == 1);
    CHECK(loaded.model.default_locale() == "en");
    CHECK(sink.Errors() > 0);
  }
  diag::Sink sink;
  auto loaded = source::Load("t.json", R"({"notice": {"locales": ["cy", "en"]}})", &sink);
  CHECK(loaded.model.notice.locales == std::vector<std::string>{"cy", "en"});
  // Linted, the source without a notice gets its diagnostics instead of a crash.
  std::string out = test::Lint(R"({"data_categories": [{"id": "a", "name": "Criminal records"}]})");
  CHECK(out.find("error: the source has no 'notice' (title, version, last_updated) [missing-field]") !=
        std::string::npos);
  CHECK(out.find("data category 'a'") != std::string::npos);
}

TEST_CASE("text hashes are stable and short") {
  CHECK(source::TextHash("Privacy notice") == source::TextHash("Privacy notice"));
  CHECK(source::TextHash("Privacy notice").size() == 8);
  CHECK(source::TextHash("a") != source::TextHash("b"));
}

TEST_CASE("did you mean finds close spellings only") {
  CHECK(source::DidYouMean("emial", {"email", "phone"}) == "email");
  CHECK(source::DidYouMean("last-updated", {"last_updated", "title"}) == "last_updated");
  CHECK(source::DidYouMean("xyz", {"email", "phone"}) == "");
  // A shortened id, as whole parts of exactly one candidate (user test F19).
  CHECK(source::DidYouMean("data-bridge", {"uk-us-data-bridge", "idta", "addendum"}) == "uk-us-data-bridge");
  CHECK(source::DidYouMean("data", {"uk-us-data-bridge", "data-bridge-eu"}) == "");  // two: no guess
  CHECK(source::DidYouMean("bridge", {"uk-us-data-bridges"}) == "");                 // not a whole part
}

}  // namespace pnc

namespace pnc {

// User test F5: a name written once says its language; a wrong code is an error at the code, with
// the form to write; the object holds `text` and `lang` only.
TEST_CASE("a name in its own language: {\"text\": …, \"lang\": …}, the code checked") {
  nlohmann::json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["controller"]["name"] = {{"text", "Pantri Ogwen"}, {"lang", "cy"}};
  CHECK(test::Lines(test::LintJson(s), "invalid-value").empty());
  diag::Sink sink;
  std::string text = s.dump(2);
  auto loaded = source::Load("t.json", text, &sink);
  CHECK(loaded.model.controller.contact.name.proper_name);
  CHECK(loaded.model.controller.contact.name.lang == "cy");
  s["controller"]["name"]["lang"] = "Welsh";
  const auto wrong = test::Lines(test::LintJson(s), "invalid-value");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].ends_with(": error: 'Welsh' is not a language code [invalid-value]"));
  diag::Sink bad;
  text = s.dump(2);
  source::Load("t.json", text, &bad);
  REQUIRE(bad.All().size() == 1);
  CHECK(bad.All()[0].hints ==
        std::vector<std::string>{"write the language as a BCP 47 code in lower case, such as \"cy\" (Welsh) or "
                                 "\"en\" (English)"});
  s["controller"]["name"].erase("lang");
  s["controller"]["name"]["language"] = "cy";
  const std::string out = test::LintJson(s);
  CHECK(test::Lines(out, "missing-field").size() == 1);
  CHECK(test::Lines(out, "unknown-key").size() == 1);
}

}  // namespace pnc
