// draft tests: the reader mechanisms of the twelfth pass (form invariance, src/draft/README.md): how
// plain text without blank lines, hard-wrapped text, tables flattened to tabs or bare pipes and lists
// run into a sentence are read into the same headings, fields, rows and items as their tidy forms.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "draft/document.h"

using namespace pnc::draft;

namespace {

// The headings a plain text is read with.
std::vector<std::string> Headings(const std::string& text) {
  std::vector<std::string> out;
  for (const Block& b : ReadPlainText(text).blocks) {
    if (b.heading) out.push_back(b.text);
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("form: headings in text without blank lines (a paste from a PDF or Word)") {
    // After a sentence's end, after a list item and before prose, after a long paragraph line
    // ending without a full stop, after a field line.
    CHECK(Headings("Acme Trust runs a food bank in Leeds.\nHow we use your information\nWe use it to "
                   "run the food bank.\n") == Strings{"How we use your information"});
    CHECK(Headings("Acme Trust runs a food bank. We collect:\n- your name\n- your address\nWho we share it "
                   "with\nWe share it with the council.\n") == Strings{"Who we share it with"});
    CHECK(Headings("If you would like to hear from us about our events please email us or ring 0113 496 "
                   "0000\nHow long we keep it\nWe keep it for two years.\n") == Strings{"How long we keep it"});
    CHECK(Headings("Our contact details\nEmail: info@acme.org.uk\nWhat we collect\nWe collect your name.\n") ==
          Strings{"Our contact details", "What we collect"});
    // A line of an address or a list without bullets is no heading: nothing ends before it.
    for (const auto& h : Headings("Acme Club runs a chess club.\nWrite to us at:\nThe Secretary\nAcme Club\nLeeds\n")) {
      CHECK(h != "The Secretary");
      CHECK(h != "Acme Club");
    }
  }

  TEST_CASE("form: in text without blank lines, a capitalised line after a list item is a paragraph of its own") {
    auto blocks = ReadPlainText(
                      "We hold your details for:\n- Paying fees\n- Member surveys\nIt is important that your "
                      "details are right, so tell the secretary about any change.\n")
                      .blocks;
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[2].text == "Member surveys");
    CHECK_FALSE(blocks[3].list_item);
    // An indented line, or one in lowercase, still continues its item.
    auto indented = ReadPlainText("We hold:\n- The name of a parent\n  Or of a carer\n- a phone number\n").blocks;
    REQUIRE(indented.size() == 3);
    CHECK(indented[1].text == "The name of a parent Or of a carer");
    auto lower = ReadPlainText("We hold:\n- The name of a parent\nor of a carer\n- a phone number\n").blocks;
    REQUIRE(lower.size() == 3);
    CHECK(lower[1].text == "The name of a parent or of a carer");
  }

  TEST_CASE("form: a hard-wrapped line is no heading; the wrap column is read from the text") {
    // Every line is continued by a lowercase word except one short line that the next word would
    // not have fitted on: it is a wrapped line, not a heading.
    std::string wrapped =
        "We keep the names of our members and volunteers for as long as\n"
        "they stay with us, and we delete their contact details within one\n"
        "year of the day they leave. We keep records of first aid given at\n"
        "our events for three years, as our insurers require, and then\n"
        "we destroy them. If you have a question you can contact the\n"
        "Information Commissioner's Office about it.\n";
    CHECK(Headings(wrapped).empty());
  }

  TEST_CASE("form: a heading typed in capitals keeps its commas; a line alone over a table names it") {
    CHECK(Headings("Intro text here.\n\nWHAT WE COLLECT, USE, AND WHY\n\nWe collect names.\n") ==
          Strings{"WHAT WE COLLECT, USE, AND WHY"});
    CHECK(Headings("Intro text here.\n\nWhy we hold it and the law that allows it\n\n| What we do | Legal "
                   "basis |\n| Keeping the roll | Legal obligation |\n") ==
          Strings{"Why we hold it and the law that allows it"});
  }

  TEST_CASE("form: a numbered heading names the same topic as the bare one") {
    Document d = Segment(ReadPlainText("# 3. How long we keep it\n\nTwo years.\n\n## 2.1 Cookies\n\nNone.\n\n"
                                       "# Section 4: Your rights\n\nAsk us.\n\n# 2018 review\n\nDone.\n")
                             .blocks);
    REQUIRE(d.sections.size() == 5);
    CHECK(d.sections[1].tokens == Strings{"how", "long", "we", "keep", "it"});
    CHECK(d.sections[2].tokens == Strings{"cookies"});
    CHECK(d.sections[3].tokens == Strings{"your", "rights"});
    CHECK(d.sections[4].tokens == Strings{"review"});      // a year is stripped too: harmless for topics
    CHECK(d.sentences[0].tokens == d.sections[1].tokens);  // the heading's sentence reads the same words
  }

  TEST_CASE("form: a table flattened to tabs or bare pipes is a table") {
    for (std::string sep : {"\t", " | "}) {
      CAPTURE(sep);
      auto blocks = ReadPlainText("Purpose" + sep + "Lawful basis\nSending the newsletter" + sep +
                                  "Consent\nTaking payments" + sep + "Contract\n")
                        .blocks;
      REQUIRE(blocks.size() == 3);
      for (const Block& b : blocks) CHECK(b.table_row);
      CHECK(blocks[1].text == "Sending the newsletter | Consent");
    }
    // One line with a pipe is no table ("Home | Privacy notice").
    auto one = ReadPlainText("Home | Privacy notice\n\nWe are Acme.\n").blocks;
    REQUIRE_FALSE(one.empty());
    CHECK_FALSE(one[0].table_row);
  }

  TEST_CASE("form: a list run into a sentence is read as its lead-in and items") {
    Document d =
        Segment(ReadPlainText("Your rights\n\nYou have the right to: ask for a copy of your data; ask us to correct "
                              "it; and object to our use of it. Write to us to use them.\n")
                    .blocks);
    Strings items, joined;
    for (const Sentence& s : d.sentences) {
      if (s.list_item) items.push_back(s.text);
      if (s.joined) joined.push_back(s.text);
    }
    CHECK(items == Strings{"ask for a copy of your data", "ask us to correct it", "object to our use of it"});
    REQUIRE(joined.size() == 3);
    CHECK(joined[2] == "You have the right to: object to our use of it");
    bool tail = false;
    for (const Sentence& s : d.sentences) tail = tail || (s.text == "Write to us to use them." && !s.list_item);
    CHECK(tail);
    // A long sentence before a colon is not a lead-in: it stays one sentence.
    Document p = Segment(ReadPlainText("Where applicable, details of the people who help at our events and of "
                                       "the activities they run for the club, including: first aid; "
                                       "coaching; and driving.\n")
                             .blocks);
    for (const Sentence& s : p.sentences) CHECK_FALSE(s.list_item);
  }
}
