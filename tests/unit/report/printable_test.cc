// tests: report/format.cc — what a diagnostic prints: spaces other than U+0020 shown escaped
// (user test s27 F13), and a run of missing translations into one locale folded on a terminal,
// while JSON keeps every one (F23).
#include <doctest/doctest.h>

#include "report/format.h"
#include "rules/lint.h"
#include "source/loader.h"
#include "source/visit.h"
#include "test_support.h"

namespace pnc {
namespace {

// The diagnostics of `text` linted, in `format`.
std::string Report(const std::string& text, report::Format format, bool allow_fallback = false) {
  test::Data();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(loaded.parsed);
  rules::LintOptions options{.allow_fallback = allow_fallback,
                             .catalogue = &test::Data().Catalogue("en")->messages(),
                             .english = test::Data().Catalogue("en")};
  rules::Lint(loaded.model, test::Data().law, options, &sink);
  source::Locate(loaded.locator, "t.json", &sink);
  sink.Sort();
  return report::Render(sink, format);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a diagnostic shows a no-break space and other spaces escaped, a report's quotes as they are") {
  CHECK(report::Printable("volun\u00a0teers", true) == "volun\\u{a0}teers");
  CHECK(report::Printable("a\u2003b\u202fc\u3000d", true) == "a\\u{2003}b\\u{202f}c\\u{3000}d");
  CHECK(report::Printable("a\u200bb", true) == "a\\u{200b}b");  // as before
  CHECK(report::Printable("plain words") == "plain words");
  // A draft's quoted sentence (checklist reports) keeps its no-break spaces.
  CHECK(report::Printable("section\u00a0164A") == "section\u00a0164A");
}

TEST_CASE("no did-you-mean towards an id that is itself invalid") {
  auto s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "volun\u00a0teers"}, {"name", "Volunteers"}});
  s["purposes"][0]["data_subjects"] = {"parents", "volunteers"};
  const std::string out = Report(s.dump(2), report::Format::kHuman);
  CHECK_MESSAGE(out.find("unknown data subject 'volunteers'; did you mean") == std::string::npos, out);
  CHECK_MESSAGE(out.find("error: unknown data subject 'volunteers' [unknown-id]") != std::string::npos, out);
  CHECK_MESSAGE(out.find("hint: the data subject id 'volun\\u{a0}teers' is close, but it is not a valid id itself: "
                         "correct it where it is defined") != std::string::npos,
                out);
  CHECK_MESSAGE(out.find("id 'volun\\u{a0}teers' must be lowercase letters, digits and '-'") != std::string::npos, out);
  // A valid near id is still offered.
  s["data_subjects"].back()["id"] = "volunteer";
  CHECK(Report(s.dump(2), report::Format::kShort).find("did you mean 'volunteer'?") != std::string::npos);
}

TEST_CASE("missing translations into one locale are one diagnostic on a terminal, each in JSON") {
  auto s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  // Every text a locale map with its English only.
  diag::Sink sink;
  const std::string plain = s.dump(2);
  auto loaded = source::Load("t.json", plain, &sink);
  size_t texts = 0;
  source::ForEachText(loaded.model, [&](const source::Text& t) {
    if (t.proper_name) return;
    s[nlohmann::json::json_pointer(t.pointer)] = {{"en", t.Get("en")->text}};
    ++texts;
  });
  REQUIRE(texts > 10);
  const std::string text = s.dump(2);
  const std::string human = Report(text, report::Format::kHuman);
  CHECK_MESSAGE(Count(human, "[missing-translation]") == 1, human);
  CHECK_MESSAGE(
      human.find(": error: " + std::to_string(texts) +
                 " texts have no 'cy' translation; the first is here [missing-translation]") != std::string::npos,
      human);
  CHECK(human.find("hint: export every untranslated text for a translator with 'pnc translate export --locale cy'") !=
        std::string::npos);
  CHECK(human.find("(--diagnostic-format=json lists each)") != std::string::npos);
  CHECK(Count(Report(text, report::Format::kShort), "[missing-translation]") == 1);
  // The count stays true, and JSON and SARIF keep each place.
  CHECK(human.find(std::to_string(texts) + " errors") != std::string::npos);
  CHECK(Count(Report(text, report::Format::kJson), "\"rule\": \"missing-translation\"") == texts);
  CHECK(Count(Report(text, report::Format::kSarif), "\"ruleId\": \"missing-translation\"") == texts);
  // Under --allow-fallback the same, as a warning.
  const std::string fallback = Report(text, report::Format::kHuman, true);
  CHECK_MESSAGE(Count(fallback, "[missing-translation]") == 1, fallback);
  CHECK(fallback.find("texts have no 'cy' translation; the first is here") != std::string::npos);
}

}  // namespace pnc
