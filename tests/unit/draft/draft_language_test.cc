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

  TEST_CASE("draft language: text marked in another language inside a page is not a notice of its own") {
    // A Welsh page whose untranslated names and sentences are marked lang="en" (pnc's --allow-fallback
    // page; a CMS quoting an English title): one Welsh notice, not a Welsh and an "English" one.
    std::string page =
        "<!doctype html><html lang=\"cy\"><body><main>\n<h1>Sut rydym yn defnyddio eich gwybodaeth</h1>\n"
        "<p>Clwb Nofio Llanelwy yw'r rheolydd data. E-bost: post@nofio-llanelwy.cymru.</p>\n"
        "<h2>Pam rydym yn ei defnyddio</h2>\n<ul>\n<li lang=\"en\">We use it to run swimming lessons for "
        "members.</li>\n<li lang=\"en\">We use it to send you the club newsletter.</li>\n<li lang=\"en\">We use "
        "it to keep a register of who is at the pool.</li>\n</ul>\n"
        "<p>Ein sail gyfreithlon yw'r contract aelodaeth.</p>\n"
        "<p lang=\"en\">We share your name and date of birth with Swim Wales, our governing body, to register "
        "you.</p>\n"
        "<p>Rydym yn cadw eich manylion am ddwy flynedd ar ôl i chi adael.</p>\n"
        "<p>Mae gennych hawl i gael copi o'ch gwybodaeth a gofyn i ni ei chywiro.</p>\n"
        "<p>Gallwch gwyno i ni, ac i Swyddfa'r Comisiynydd Gwybodaeth.</p>\n"
        "<p>Mae'r clwb yn dibynnu ar <span lang=\"en\">the Swim Wales membership terms</span> hefyd.</p>\n"
        "</main></body></html>\n";
    auto reports = LintDraftPerLanguage("page.html", page, Options());
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].language.empty());
    // The English sentences are the Welsh notice's own: they count for it.
    CHECK(StatusOf(reports[0], "purposes") == Status::kPresent);
    CHECK(StatusOf(reports[0], "recipients") == Status::kPresent);
    // The same English text as a half of the page (its own article, with a heading) is judged on its own.
    std::string halves = page;
    halves.replace(halves.find("<h2>Pam"), 0,
                   "</main><article lang=\"en\">\n<h1>How we use your information</h1>\n<p>Llanelwy Swimming Club "
                   "is the data controller.</p>\n<p>We keep your details for two years after you leave.</p>\n<p>You "
                   "can ask for a copy of your information.</p>\n<p>You can complain to us and to the ICO.</p>\n"
                   "<p>We use your details to run lessons and to send the newsletter.</p>\n<p>We share the register "
                   "with the leisure centre.</p>\n</article><main>\n");
    reports = LintDraftPerLanguage("page.html", halves, Options());
    REQUIRE(reports.size() == 2);
    CHECK(reports[0].language == "cy");
    CHECK(reports[1].language == "en");
  }
}
