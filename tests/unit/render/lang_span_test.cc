// tests: render: a kSpan (text in another language than its block: a fallback name, a name in its
// own language) in each format: HTML <span lang>, the voice that reads it, the braille table that
// brailles it; none where the span is in its element's language (PDF: pdf_layout_test.cc).
#include <doctest/doctest.h>

#include "render/braille.h"
#include "render/html_blocks.h"
#include "render/plain_text.h"
#include "render/speech_script.h"
#include "test_support.h"

namespace pnc {
namespace {

using notice::Inline;
using notice::InlineKind;
using notice::Inlines;

Inline Text(const std::string& text) { return {InlineKind::kText, text, "", {}, -1}; }
Inline Span(const std::string& lang, const std::string& text) {
  return {InlineKind::kSpan, "", "", {Text(text)}, -1, lang};
}

// "Service: Y banc bwyd" in an English field.
Inlines Value() { return {Span("cy", "Y banc bwyd")}; }

notice::Block FieldsBlock() {
  notice::Block b;
  b.kind = notice::BlockKind::kFields;
  b.fields.push_back({"Service", Value(), -1, {}});
  return b;
}

}  // namespace

TEST_CASE("html: a span in another language than its element gets lang; one in the same gets none") {
  CHECK(render::InlinesHtml({Text("Service: "), Span("cy", "Y banc bwyd")}, "en") ==
        "Service: <span lang=\"cy\">Y banc bwyd</span>");
  CHECK(render::InlinesHtml({Span("cy", "Y banc bwyd")}, "cy") == "Y banc bwyd");
  // In a table cell and a field value alike; inside a block already in the span's language, no span.
  CHECK(render::BlocksHtml({FieldsBlock()}, 3, "en").find("<dd><span lang=\"cy\">Y banc bwyd</span></dd>") !=
        std::string::npos);
  notice::Block welsh = FieldsBlock();
  welsh.lang = "cy";
  CHECK(render::BlocksHtml({welsh}, 3, "en").find("<dd>Y banc bwyd</dd>") != std::string::npos);
}

TEST_CASE("plain text: language marks cut into runs, the stop after a name going with the name") {
  const std::string marked =
      render::MarkedText({Text("Service: "), Span("cy", "Y banc bwyd"), Text(". Next")}, true, "en");
  auto runs = render::LangRuns(marked, "en");
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].lang == "en");
  CHECK(runs[0].text == "Service: ");
  CHECK(runs[1].lang == "cy");
  CHECK(runs[1].text == "Y banc bwyd. ");
  CHECK(runs[2].lang == "en");
  CHECK(runs[2].text == "Next");
  // Without marks, or with a span in the surrounding language: one run, the text unchanged.
  CHECK(render::PlainText({Text("Service: "), Span("cy", "Y banc bwyd")}, true) == "Service: Y banc bwyd");
  CHECK(render::MarkedText({Text("Service: "), Span("cy", "Y banc bwyd")}, true, "cy") == "Service: Y banc bwyd");
  CHECK(render::LangRuns(render::MarkLang("Y banc bwyd", "cy"), "cy").size() == 1);
}

TEST_CASE("speech: a span is read by its own language's voice") {
  diag::Sink built;
  notice::NoticeDoc doc = test::Build(test::BaseSource(), "en", &built);
  doc.sections.front().blocks = {FieldsBlock()};
  std::vector<render::Utterance> said;
  for (const auto& c : render::SpeechScript(doc)) {
    for (const auto& u : c.utterances) said.push_back(u);
  }
  auto at = std::find_if(said.begin(), said.end(), [](const auto& u) { return u.text == "Y banc bwyd."; });
  REQUIRE(at != said.end());
  CHECK(at->lang == "cy");
  REQUIRE(at != said.begin());
  CHECK((at - 1)->lang == "en");
  CHECK((at - 1)->text == "Service:");
}

TEST_CASE("braille: a Welsh span in an English line is brailled with the Welsh table, not English contractions") {
  diag::Sink built;
  notice::NoticeDoc doc = test::Build(test::BaseSource(), "en", &built);
  doc.sections.front().blocks = {FieldsBlock()};
  render::RenderContext ctx;
  ctx.data_dir = test::Data().data_dir;
  diag::Sink sink;
  std::string english, marked;
  REQUIRE(render::RenderBrf(doc, ctx, &marked, &sink));
  doc.sections.front().blocks.front().fields.front().value = {Text("Y banc bwyd")};
  REQUIRE(render::RenderBrf(doc, ctx, &english, &sink));
  // English grade 2 puts the grade 1 indicator (;) before a lone letter "Y"; the Welsh table does not.
  CHECK(english.find(",S]VICE3 ;,Y BANC BWYD") != std::string::npos);
  CHECK(marked.find(",S]VICE3 ,Y BANC BWYD") != std::string::npos);
}

}  // namespace pnc
