// draft: the HTML reader decodes every named character reference HTML defines (html_entities.cc),
// leaves unknown ones as text, and keeps line numbers when a reference stands for a new line.
#include <doctest/doctest.h>

#include "draft/document.h"
#include "draft/html_entities.h"

namespace pnc::draft {
namespace {

TEST_CASE("draft html: named references from Polish, Welsh and HTML 5 are decoded") {
  Extracted ex = ReadHtml(
      "<p>Polityka prywatno&sacute;ci: kt&oacute;re dane, &Lstrok;&oacute;d&zacute;</p>\n"
      "<p>Hysbysiad preifatrwydd: &wcirc; &ycirc; &acirc;, &lbrack;1&rbrack; &bsol; &fjlig;</p>\n"
      "<p>&amp; &lt;&gt; &nbsp;x &#x141;&#322; &bogus; &amp &CounterClockwiseContourIntegral;</p>\n");
  REQUIRE(ex.blocks.size() == 3);
  CHECK(ex.blocks[0].text == "Polityka prywatności: które dane, Łódź");
  CHECK(ex.blocks[1].text == "Hysbysiad preifatrwydd: ŵ ŷ â, [1] \\ fj");
  CHECK(ex.blocks[2].text == "& <> x Łł &bogus; &amp ∳");
}

TEST_CASE("draft html: a reference to a new line or tab is a space, not a new source line") {
  Extracted ex = ReadHtml("<p>one&NewLine;two&Tab;three</p>\n<p>four</p>");
  REQUIRE(ex.blocks.size() == 2);
  CHECK(ex.blocks[0].text == "one two three");
  CHECK(ex.blocks[1].line == 2);
}

TEST_CASE("draft html: the entity table is sorted, complete and case-sensitive") {
  CHECK(HtmlEntity("oacute") == "ó");
  CHECK(HtmlEntity("Oacute") == "Ó");
  CHECK(HtmlEntity("OACUTE").empty());
  CHECK(HtmlEntity("NotEqualTilde") == "\u2242\u0338");  // two code points
  CHECK(HtmlEntity("").empty());
  CHECK(HtmlEntity("zwnj") == "\u200C");  // the last name in byte order
  CHECK(HtmlEntity("AElig") == "Æ");      // the first
  CHECK(HtmlEntity("CounterClockwiseContourIntegral").size() == 3);
  CHECK(std::string_view("CounterClockwiseContourIntegral").size() == kMaxHtmlEntityName);
}

}  // namespace
}  // namespace pnc::draft
