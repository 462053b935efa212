// tests: Markdown nested thousands deep is flattened, not recursed into (it overflowed the stack).
#include <doctest/doctest.h>

#include <string>

#include "markdown/markdown.h"
#include "render/html_blocks.h"

namespace pnc {

TEST_CASE("deeply nested quotes, lists and emphasis are flattened past 16 levels") {
  std::string quotes, lists, emphasis;
  for (int i = 0; i < 50000; ++i) {
    quotes += "> ";
    lists += "- ";
  }
  emphasis = std::string(50000, '*') + "deep" + std::string(50000, '*');
  for (const std::string& text : {quotes + "deep", lists + "deep", emphasis}) {
    std::vector<markdown::Issue> issues;
    auto blocks = markdown::ToBlocks(text, &issues);
    REQUIRE_FALSE(issues.empty());
    CHECK(issues.back().message == "nesting deeper than 16 levels was flattened to plain text");
    std::string html = render::BlocksHtml(blocks, 3);
    CHECK(html.find("deep") != std::string::npos);
    CHECK(html.size() < 20000);
  }
}

TEST_CASE("ordinary nesting is kept") {
  std::vector<markdown::Issue> issues;
  auto blocks = markdown::ToBlocks("- a\n  - b\n    - *c*\n", &issues);
  CHECK(issues.empty());
  CHECK(render::BlocksHtml(blocks, 3).find("<em>c</em>") != std::string::npos);
}

}  // namespace pnc
