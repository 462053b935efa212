// tests: Markdown safety: raw HTML, script, javascript: and data: links never reach the output, in
// any free-text field.
#include <doctest/doctest.h>

#include <functional>

#include "markdown/markdown.h"
#include "render/html.h"
#include "source/loader.h"
#include "source/visit.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("unsafe constructs are removed and reported") {
  std::vector<markdown::Issue> issues;
  auto blocks = markdown::ToBlocks(
      "Hello <script>alert(1)</script> [x](javascript:alert(1)) [d](data:text/html,hi)\n\n<div>raw</div>", &issues);
  std::string text = markdown::PlainText(blocks);
  CHECK(text.find("script") == std::string::npos);
  CHECK(text.find("alert") != std::string::npos);  // the text between tags is kept as text, harmlessly
  CHECK(issues.size() == 5);
  CHECK(issues[0].message == "raw HTML '<script>' was removed");
  CHECK(issues[2].message ==
        "link to 'javascript:alert(1)' was removed (only http, https, mailto and tel links are kept)");
}

TEST_CASE("safe links and tables survive") {
  std::vector<markdown::Issue> issues;
  auto blocks = markdown::ToBlocks(
      "See [ICO](https://ico.org.uk) or www.example.org.\n\n| A | B |\n|---|---|\n| 1 | 2 |", &issues);
  CHECK(issues.empty());
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].inlines[1].kind == notice::InlineKind::kLink);
  CHECK(blocks[0].inlines[1].href == "https://ico.org.uk");
  CHECK(blocks[1].kind == notice::BlockKind::kTable);
  CHECK(blocks[1].table.rows.size() == 1);
  CHECK(markdown::IsSafeHref("MAILTO:a@b.c"));
  CHECK_FALSE(markdown::IsSafeHref(" java\tscript:alert(1)"));
  CHECK_FALSE(markdown::IsSafeHref("vbscript:x"));
}

TEST_CASE("hostile Markdown in every free-text field never reaches the HTML") {
  const std::string evil =
      "Text <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2)) "
      "[d](data:text/html;base64,PHNjcmlwdD4=) <a href=\"javascript:alert(3)\">a</a>";
  auto s = test::BaseSource();
  // Put the payload into every free-text field the loader reads.
  std::string text = s.dump(2);
  diag::Sink tmp;
  auto loaded = source::Load("t.json", text, &tmp);
  std::vector<std::string> pointers;
  source::ForEachText(loaded.model, [&](const source::Text& t) { pointers.push_back(t.pointer); });
  for (const auto& p : pointers) s[nlohmann::json::json_pointer(p)] = evil;
  for (const char* extra : {"/security", "/changes", "/rights/how_to_exercise", "/rights/extra", "/complaints/how",
                            "/purposes/0/description", "/purposes/0/special_category_condition/detail"}) {
    s[nlohmann::json::json_pointer(extra)] = evil;
  }
  s["sections"] = {{{"id", "cctv"}, {"title", evil}, {"body", evil}}};
  diag::Sink sink;
  auto doc = test::Build(s, "en", &sink);
  std::string html;
  render::RenderContext ctx{PNC_DEFAULT_DATA_DIR, false, "A4", &test::Data().files};
  REQUIRE(render::RenderHtml(doc, ctx, &html, &sink));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("data:text") == std::string::npos);
  CHECK(html.find("onerror") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  int unsafe = 0;
  for (const auto& d : sink.All()) unsafe += d.rule == "unsafe-markdown";
  CHECK(unsafe > 10);
}

}  // namespace pnc
