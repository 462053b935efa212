// draft tests: every input format yields sections, sentences and positions; unreadable inputs give
// a clear error (exit 4), never a crash.
#include <doctest/doctest.h>

#include <random>

#include "draft/document.h"
#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

const char* kBody[] = {
    "Acme Family Trust is a registered charity (number 1099887) and the data controller. Email privacy@acme.org.uk.",
    "We use your information to provide family support.", "We keep records for six years after our work with you ends.",
    "You can ask for a copy of your information, ask us to correct it or ask us to delete it."};

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft docx: headings from styles, paragraph numbers as lines, tables as rows") {
    std::string docx =
        MakeDocx({{"Title", "Privacy notice"},
                  {"", kBody[0]},
                  {"Heading2", "How long we keep your information"},
                  {"", kBody[2]},
                  {"Kop1", "Your rights"},
                  {"", kBody[3]},
                  {"table", "Sending newsletters|Legitimate interests: keeping supporters informed about our work"}});
    Extracted ex = ReadDocx(docx);
    REQUIRE(ex.error.empty());
    REQUIRE(ex.blocks.size() == 7);
    CHECK(ex.blocks[0].heading == 1);
    CHECK(ex.blocks[2].heading == 2);
    CHECK(ex.blocks[4].heading == 1);  // localised style id resolved through styles.xml
    CHECK(ex.blocks[6].table_row);
    CHECK(ex.blocks[6].text.find(" | ") != std::string::npos);
    DraftReport r = LintDraft("notice.docx", docx, Options());
    REQUIRE(r.error.empty());
    CHECK(r.format == "docx");
    const ElementResult* ret = Element(r, "retention");
    REQUIRE(ret->status == Status::kPresent);
    CHECK(ret->evidence[0].line == 4);  // paragraph number
    CHECK(StatusOf(r, "legitimate-interests") == Status::kPresent);
    CHECK(StatusOf(r, "right-erasure") == Status::kPresent);
  }

  TEST_CASE("draft pdf: text across pages, page and line, running header and footer dropped") {
    std::string pdf = MakePdf(
        {{{18, "Privacy notice"}, {11, kBody[0]}, {11, ""}, {14, "Why we use your information"}, {11, kBody[1]}},
         {{14, "Keeping your information"}, {11, kBody[2]}, {11, ""}, {14, "Your rights"}, {11, kBody[3]}}});
    Extracted ex = ReadPdf(pdf);
    REQUIRE(ex.error.empty());
    for (const auto& b : ex.blocks) {
      CHECK(b.text.find("Page 1 of 2") == std::string::npos);
      CHECK(b.text.find("Acme Family Trust - Privacy Notice") == std::string::npos);
    }
    DraftReport r = LintDraft("notice.pdf", pdf, Options());
    REQUIRE(r.error.empty());
    CHECK(r.format == "pdf");
    const ElementResult* ret = Element(r, "retention");
    REQUIRE(ret->status == Status::kPresent);
    CHECK(ret->evidence[0].page == 2);
    CHECK(ret->evidence[0].page_line == 2);
    CHECK(ret->evidence[0].line > ret->evidence[0].page_line);
    CHECK(StatusOf(r, "right-access") == Status::kPresent);
  }

  TEST_CASE("draft html: headings, lists, tables, entities, mailto targets, scripts skipped") {
    std::string html =
        "<html><head><script>var x = 'We keep records for 99 years';</script></head><body>\n"
        "<h1>Privacy</h1>\n<p>Acme Trust is the controller. <a href=\"mailto:dp@acme.org\">Email us</a></p>\n"
        "<h2>Your rights</h2>\n<ul><li>Access &ndash; ask for a copy</li><li>Erasure</li></ul>\n"
        "<table><tr><td>Newsletter</td><td>Consent</td></tr></table></body></html>";
    Extracted ex = ReadHtml(html);
    REQUIRE(ex.error.empty());
    bool mailto = false, row = false, script = false;
    for (const auto& b : ex.blocks) {
      mailto = mailto || b.text.find("mailto:dp@acme.org") != std::string::npos;
      row = row || (b.table_row && b.text == "Newsletter | Consent");
      script = script || b.text.find("99 years") != std::string::npos;
    }
    CHECK(mailto);
    CHECK(row);
    CHECK_FALSE(script);
    CHECK(ex.blocks[0].heading == 1);
    CHECK(ex.blocks[0].line == 2);
    DraftReport r = LintDraft("n.html", html, Options());
    CHECK(StatusOf(r, "controller-identity") == Status::kPresent);
    CHECK(StatusOf(r, "right-erasure") == Status::kPresent);
  }

  TEST_CASE("draft markdown and text: headings and line numbers") {
    std::string md = "# Privacy\n\nSome intro.\n\n## How long we keep it\n\nWe keep files\nfor 6 years.\n";
    Extracted ex = ReadMarkdown(md);
    REQUIRE(ex.blocks.size() == 4);
    CHECK(ex.blocks[2].heading == 2);
    Document doc = Segment(ex.blocks);
    CHECK(doc.sections.size() == 3);
    CHECK(doc.sentences.back().line == 7);
    std::string txt =
        "PRIVACY NOTICE\n\n1. Who we are\nAcme is a charity.\n\nHow long we keep it\nWe keep files for six years.\n";
    Extracted t = ReadPlainText(txt);
    REQUIRE(t.blocks.size() == 5);
    CHECK(t.blocks[0].heading > 0);
    CHECK(t.blocks[1].heading > 0);
    CHECK(t.blocks[3].heading > 0);
    CHECK(t.blocks[4].line == 7);
  }

  TEST_CASE("draft text: a line that is one HTML heading element is a heading; its text is what follows") {
    // A web page's headings pasted into a text file keep their tags; the lines under them are text.
    std::string txt =
        "<h3>Who runs the choir</h3>\nName: Riverside Singers\nEmail: hello@riverside.example\n\n"
        "<H2>Sharing</H2>\nWe do not share your details.\n<h3>not closed\n<h4>x</h3>\n";
    Extracted t = ReadPlainText(txt);
    REQUIRE(t.blocks.size() >= 4);
    CHECK(t.blocks[0].heading == 3);
    CHECK(t.blocks[0].text == "Who runs the choir");
    CHECK(t.blocks[1].line == 2);
    CHECK(t.blocks[1].text.rfind("Name: Riverside Singers", 0) == 0);
    bool h2 = false, unclosed_heading = false;
    for (const auto& b : t.blocks) {
      h2 = h2 || (b.heading == 2 && b.text == "Sharing");
      // An unclosed or mismatched tag is not read as a heading element.
      unclosed_heading = unclosed_heading || (b.heading && b.text.find("not closed") != std::string::npos &&
                                              b.text.find('<') == std::string::npos);
    }
    CHECK(h2);
    CHECK_FALSE(unclosed_heading);
    // (A text file with <h1> or <h2> elements is read as HTML; one with only <h3>… stays text.)
    DraftReport r = LintDraft("choir.txt", txt.substr(0, txt.find("<H2>")), Options());
    CHECK(StatusOf(r, "controller-identity") == Status::kPresent);
    // "Name:" under a heading about the data collected is a kind of data, not the organisation.
    std::string data = "<h3>What we collect</h3>\nName: Your Full Name\nEmail: hello@riverside.example\n";
    CHECK(StatusOf(LintDraft("data.txt", data, Options()), "controller-identity") == Status::kMissing);
  }

  TEST_CASE("draft text: an HTML table pasted into a text file is read as rows of cells, on their own lines") {
    std::string txt =
        "# Privacy notice of Oakfield Community Trust\n\nOakfield Community Trust (registered charity 1100001), "
        "info@oakfield.example.org, is the data controller.\n\n## What we use and why\n\n<table>\n  <tr>\n"
        "    <th>Purpose</th>\n    <th>Data</th>\n    <th>Basis</th>\n  </tr>\n  <tr>\n"
        "    <td>Answering messages sent to us</td>\n    <td>Name, email</td>\n"
        "    <td>Legitimate interests - we need to read your message to reply to it.</td>\n  </tr>\n  <tr>\n"
        "    <td>Booking a place at a session</td>\n    <td>Name, email, allergies</td>\n"
        "    <td>Consent - you have agreed.</td>\n  </tr>\n</table>\n\nWe keep bookings for a year.\n";
    Extracted t = ReadPlainText(txt);
    int rows = 0;
    for (const auto& b : t.blocks) {
      if (!b.table_row) continue;
      ++rows;
      CHECK(b.text.find('<') == std::string::npos);
      if (b.text.rfind("Answering", 0) == 0) CHECK(b.line == 14);  // the line of its first cell
    }
    CHECK(rows == 3);
    CHECK(t.blocks.back().text == "We keep bookings for a year.");
    CHECK(t.blocks.back().line == 25);
    // Each row is a sentence of its own: the legitimate interest is paired with its purpose, and the row
    // naming allergies under consent is not read as legitimate interests for health data.
    DraftReport r = LintDraft("table.txt", txt, Options());
    CHECK(StatusOf(r, "legitimate-interests") == Status::kPresent);
    CHECK(r.problems.empty());
    // Without its closing tag the table is left to the text reader (read as text, nothing lost).
    std::string open = txt.substr(0, txt.find("</table>"));
    Extracted u = ReadPlainText(open);
    bool any_row = false;
    for (const auto& b : u.blocks) any_row = any_row || b.table_row;
    CHECK_FALSE(any_row);
  }

  TEST_CASE("draft unreadable inputs give errors and exit code 4") {
    std::string docx = MakeDocx({{"", kBody[0]}});
    std::mt19937 rng(42);
    std::string noise(4096, '\0');
    for (char& c : noise) c = static_cast<char>(rng());
    struct Case {
      const char* name;
      std::string path, bytes, needle;
    } cases[] = {
        {"empty", "a.txt", "", "empty"},
        {"truncated zip", "a.docx", docx.substr(0, docx.size() / 2), "docx"},
        {"zip without document", "a.docx", MakeZip({{"hello.txt", "hi"}}), "word/document.xml"},
        {"random bytes named pdf", "a.pdf", noise, "not a PDF"},
        {"broken pdf", "a.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF", "PDF"},
        {"invalid utf-8", "a.txt", "Privacy notice\n\xC3\x28 broken\n", "UTF-8"},
        {"binary", "a.bin", std::string("abc\0def", 7), "binary"},
        {"legacy doc", "a.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "xxxx", ".doc"},
        {"bad date", "a.txt", "text", "notice date"},
    };
    for (const auto& c : cases) {
      std::string name = c.name;
      CAPTURE(name);
      DraftReport r = LintDraft(c.path, c.bytes, std::string(c.name) == "bad date" ? Options("23/11/2026") : Options());
      CHECK_FALSE(r.error.empty());
      CHECK(r.error.find(c.needle) != std::string::npos);
      CHECK(r.elements.empty());
      CHECK(DraftExitCode({r}) == 4);
    }
    // Random bytes of every length never crash any reader.
    for (size_t len : {1u, 7u, 64u, 1000u}) {
      std::string junk = noise.substr(0, len);
      CHECK_NOTHROW(ReadPdf(junk));
      CHECK_NOTHROW(ReadDocx(junk));
      CHECK_NOTHROW(ReadHtml(junk));
      CHECK_NOTHROW(LintDraft("x.pdf", "%PDF-" + junk, Options()));
      CHECK_NOTHROW(LintDraft("x.docx", "PK\x03\x04" + junk, Options()));
    }
  }

  TEST_CASE("draft utf-16 text with a byte order mark is read") {
    std::string u16 = "\xFF\xFE";
    for (char c : std::string("We keep records for 6 years.")) {
      u16 += c;
      u16 += '\0';
    }
    DraftReport r = LintDraft("n.txt", u16, Options());
    REQUIRE(r.error.empty());
    CHECK(StatusOf(r, "retention") == Status::kPresent);
  }
}
