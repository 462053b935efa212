// draft tests: languages of a draft (language.cc). Sentences are told apart by their function
// words; a bilingual draft is judged once per language; a monolingual one is not split.
#include <doctest/doctest.h>

#include "draft/document.h"
#include "draft/language.h"
#include "draft_fixtures.h"
#include "report/format.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

TEST_SUITE("draft") {
  TEST_CASE("draft language: sentences by function words") {
    CHECK(SentenceLanguage(Tokenize("Rydym yn defnyddio eich gwybodaeth i drefnu sesiynau.")) == "cy");
    CHECK(SentenceLanguage(Tokenize("We use your information to arrange sessions.")) == "en");
    CHECK(SentenceLanguage(Tokenize("preifatrwydd@canolfan.cymru, 01446 555 321")).empty());
    CHECK(SentenceLanguage(Tokenize("Partnerships for Progress")).empty());
  }

  TEST_CASE("draft language: side-by-side paragraphs are split at ' / '") {
    Block b;
    b.text = "Rydym yn cadw eich manylion am ddwy flynedd. / We keep your details for two years.";
    auto out = SplitBilingualBlocks({b});
    REQUIRE(out.size() == 2);
    CHECK(out[0].text == "Rydym yn cadw eich manylion am ddwy flynedd.");
    CHECK(out[1].text == "We keep your details for two years.");
    // A slash in one language is left alone.
    b.text = "You can write to us by post / email at the address below.";
    CHECK(SplitBilingualBlocks({b}).size() == 1);
  }

  TEST_CASE("draft language: a bilingual draft gives one report per language, Welsh first") {
    std::string text =
        "# Hysbysiad preifatrwydd / Privacy notice\n\n"
        "Canolfan y Fro yw'r rheolydd data. E-bost: post@canolfan.cymru.\n\n"
        "Rydym yn defnyddio eich gwybodaeth i drefnu sesiynau i deuluoedd.\n\n"
        "Ein sail gyfreithlon yw cydsyniad. Gallwch dynnu'ch cydsyniad yn ôl unrhyw bryd.\n\n"
        "Rydym yn cadw eich manylion am ddwy flynedd.\n\n"
        "Canolfan y Fro is the data controller. Email: post@canolfan.cymru.\n\n"
        "We use your information to arrange family sessions.\n\n"
        "Our lawful basis is consent. You can withdraw your consent at any time.\n\n"
        "We keep your details for two years.\n";
    auto reports = LintDraftPerLanguage("b.md", text, Options());
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].language == "cy");
    CHECK(reports[1].language == "en");
    for (const auto& r : reports) {
      CAPTURE(r.language);
      CHECK(StatusOf(r, "retention") == Status::kPresent);
      CHECK(StatusOf(r, "right-withdraw-consent") == Status::kPresent);
      // Each language is judged on its own text: the evidence is in that language.
      const ElementResult* e = Element(r, "retention");
      REQUIRE(e);
      REQUIRE_FALSE(e->evidence.empty());
      CHECK(SentenceLanguage(Tokenize(e->evidence[0].text)) == r.language);
    }
    // Only the English text says how long: the Welsh report finds it missing.
    std::string half = text;
    half.replace(half.find("Rydym yn cadw eich manylion am ddwy flynedd."), 44, "Rydym yn gofalu am eich manylion.");
    reports = LintDraftPerLanguage("b.md", half, Options());
    REQUIRE(reports.size() == 2);
    CHECK(StatusOf(reports[0], "retention") == Status::kMissing);
    CHECK(StatusOf(reports[1], "retention") == Status::kPresent);
    pnc::diag::Sink sink;
    AddDiagnostics(reports, &sink);
    std::string human = pnc::report::Render(sink, pnc::report::Format::kHuman);
    CHECK(human.find("b.md: markdown, Welsh text") != std::string::npos);
    CHECK(human.find("1 file: 1 with missing elements") != std::string::npos);
  }

  TEST_CASE("draft language: a monolingual draft is one report without a language") {
    auto reports = LintDraftPerLanguage("m.txt", "Privacy notice\n\nWe keep your details for two years.\n", Options());
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].language.empty());
    // A Welsh draft quoting a short English phrase stays one Welsh report.
    reports = LintDraftPerLanguage(
        "w.txt",
        "Hysbysiad preifatrwydd\n\nRydym yn defnyddio eich gwybodaeth i drefnu sesiynau. Rydym yn cadw eich manylion "
        "am "
        "ddwy flynedd. Mae gennych hawl i gael copi o'ch gwybodaeth. Gallwch gwyno i ni. Our Privacy Policy is here.\n",
        Options());
    CHECK(reports.size() == 1);
  }
}
