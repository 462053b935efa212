// draft tests: the layout model (src/draft/layout.cc) — table cells and header rows, field labels,
// definition terms, and records — as each reader's blocks reach it.
#include <doctest/doctest.h>

#include <string>

#include "draft/document.h"

using namespace pnc::draft;

namespace {

const Sentence* Find(const Document& d, const std::string& start) {
  for (const auto& s : d.sentences) {
    if (!s.joined && s.text.rfind(start, 0) == 0) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("layout: a Markdown table's rows keep their cells and the header row") {
    Document d =
        Segment(ReadMarkdown("# Uses\n\n| Purpose | Lawful basis |\n|---|---|\n| Sending the newsletter | Legitimate "
                             "interests |\n| Taking payments | Contract |\n")
                    .blocks);
    const Sentence* row = Find(d, "Sending");
    REQUIRE(row != nullptr);
    REQUIRE(row->cells.size() == 2);
    CHECK(row->cells[1] == std::vector<std::string>{"legitimate", "interests"});
    REQUIRE(row->header >= 0);
    CHECK(d.sentences[row->header].text == "Purpose | Lawful basis");
    const Sentence* next = Find(d, "Taking");
    REQUIRE(next != nullptr);
    CHECK(next->record != row->record);  // each row is its own record
  }

  TEST_CASE("layout: an HTML cell's paragraphs stay in its row; a table of sentences has no header") {
    Document d = Segment(ReadHtml("<table><tr><td><p>We post the fixtures.</p><p>Members see them.</p></td>"
                                  "<td><p>Legitimate interests</p></td></tr></table>")
                             .blocks);
    REQUIRE(d.sentences.size() == 1);
    CHECK(d.sentences[0].table_row);
    CHECK(d.sentences[0].cells.size() == 2);
    CHECK(d.sentences[0].header == -1);
  }

  TEST_CASE("layout: labelled lines form records, a repeated label starts the next one") {
    Document d = Segment(ReadMarkdown("# Uses\n\nPurpose: posting the fixtures\n\nLawful basis: legitimate "
                                      "interests\n\nPurpose: keeping the accounts\n\nLegal basis - Legal obligation\n\n"
                                      "We review this every year.\n")
                             .blocks);
    const Sentence* p1 = Find(d, "Purpose: posting");
    const Sentence* b1 = Find(d, "Lawful basis");
    const Sentence* p2 = Find(d, "Purpose: keeping");
    const Sentence* b2 = Find(d, "Legal basis");
    const Sentence* text = Find(d, "We review");
    REQUIRE((p1 && b1 && p2 && b2 && text));
    CHECK(p1->label == 1);
    CHECK(b1->label == 2);
    CHECK(b2->label == 2);  // "Legal basis - …": a spaced dash ends a label too
    CHECK(p1->record >= 0);
    CHECK(p1->record == b1->record);
    CHECK(p2->record == b2->record);
    CHECK(p1->record != p2->record);
    CHECK(text->record == -1);  // running text is no record
    CHECK(text->label == 0);
  }

  TEST_CASE("layout: a definition list's terms label their definitions in one record; links are no labels") {
    Document d = Segment(ReadHtml("<dl><dt>Purpose</dt><dd>Keeping the register</dd><dt>Lawful basis</dt>"
                                  "<dd>Legitimate interests</dd></dl><p>See https://example.org for more.</p>")
                             .blocks);
    const Sentence* term = Find(d, "Purpose");
    const Sentence* value = Find(d, "Keeping");
    const Sentence* basis = Find(d, "Legitimate");
    const Sentence* link = Find(d, "See https");
    REQUIRE((term && value && basis && link));
    CHECK(term->label == 1);
    CHECK(value->record == term->record);
    CHECK(basis->record == term->record);
    CHECK(link->label == 0);
    CHECK(link->record == -1);
  }
}
