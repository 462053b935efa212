// markdown: Outline, the draft linter's view of a Markdown file: block kinds and lines, table
// header rows, link targets, and text nested past the depth limit still read.
#include <doctest/doctest.h>

#include <string>

#include "markdown/outline.h"

namespace pnc::markdown {
namespace {

std::vector<TextBlock> Blocks(const std::string& md) {
  std::vector<TextBlock> out;
  REQUIRE(Outline(md, &out));
  return out;
}

TEST_CASE("outline: headings, list items and table rows, header row included, with their lines") {
  auto b = Blocks(
      "# Who we are\n\nWe are a charity.\n\n- names\n- addresses\n\n| Who | Why |\n|---|---|\n| staff | pay |\n");
  REQUIRE(b.size() == 6);
  CHECK(b[0].kind == TextBlock::Kind::kHeading);
  CHECK(b[0].heading == 1);
  CHECK(b[1].text == "We are a charity.");
  CHECK(b[1].line == 3);
  CHECK(b[2].kind == TextBlock::Kind::kListItem);
  CHECK(b[3].text == "addresses");
  CHECK(b[4].kind == TextBlock::Kind::kTableRow);
  CHECK(b[4].text == "Who | Why");
  CHECK(b[5].text == "staff | pay");
  CHECK(b[5].line == 10);
}

TEST_CASE("outline: a link keeps its target unless the text already shows it") {
  auto b = Blocks("Write to [our DPO](mailto:dpo@example.org) or dpo@example.org.\n");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "Write to our DPO (mailto:dpo@example.org) or dpo@example.org.");
}

TEST_CASE("outline: text nested past the depth limit is still read, without deep recursion") {
  std::string inlines = std::string(150, '*') + "deepword" + std::string(150, '*');
  auto b = Blocks(inlines + "\n");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text.find("deepword") != std::string::npos);

  std::string quotes;
  for (int i = 0; i < 5000; ++i) quotes += "> ";
  b = Blocks(quotes + "quoted words\n");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text.find("quoted words") != std::string::npos);
}

}  // namespace
}  // namespace pnc::markdown
