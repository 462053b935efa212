// render/pdf: the errors that stop a large-print PDF before any byte is written.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "render/pdf.h"
#include "render/pdf/sample_doc.h"

namespace pnc::render::pdf_test {
namespace {

bool HasRule(const diag::Sink& sink, const std::string& rule) {
  for (const auto& d : sink.All()) {
    if (d.rule == rule) return true;
  }
  return false;
}

TEST_CASE("pdf: a character the font lacks is a missing-glyph error naming it and its origin") {
  NoticeDoc doc = BaseDoc();
  Section s;
  s.id = "a";
  s.title = "Contact";
  s.origin = "/sections/0";
  s.blocks.push_back(Para("Call us \xF0\x9F\x98\x80 or write to \xE4\xBD\xA0\xE5\xA5\xBD.", "/sections/0/blocks/0"));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string out = "untouched";
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  CHECK(out == "untouched");
  REQUIRE(sink.Errors() == 3);
  const auto& d = sink.All()[0];
  CHECK(d.rule == "missing-glyph");
  CHECK(d.file.empty());
  CHECK(d.pointer == "/sections/0/blocks/0");
  // The pointer places it (the driver adds the file and line); the message need not repeat it.
  CHECK(d.message == "font 'Tiresias LPfont' has no glyph for '\xF0\x9F\x98\x80' (U+1F600)");
  CHECK(sink.All()[1].message.find("(U+4F60)") != std::string::npos);
  CHECK(PdfLayoutDump(doc, Ctx(), &sink).empty());
}

// User test F19: "Donors 💚🧑🏽‍🍳" gave four errors (one per code point) and no hint.
TEST_CASE("pdf: one missing-glyph error per character as the reader sees it, with the fix") {
  NoticeDoc doc = BaseDoc();
  Section s;
  s.id = "a";
  s.title = "Donors";
  s.origin = "/sections/0";
  s.blocks.push_back(Para("Donors \U0001F49A\U0001F9D1\U0001F3FD\u200D\U0001F373.", "/sections/0/blocks/0"));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() == 2);
  std::set<std::string> messages;
  for (const auto& d : sink.All()) {
    messages.insert(d.message);
    REQUIRE(d.hints.size() == 1);
    CHECK(d.hints[0] ==
          "remove the character from the text, or build without the large-print PDF (--format html,brf,mp3)");
  }
  CHECK(messages.count("font 'Tiresias LPfont' has no glyph for '\U0001F49A' (U+1F49A)"));
  CHECK(messages.count(
      "font 'Tiresias LPfont' has no glyph for '\U0001F9D1\U0001F3FD\u200D\U0001F373' (U+1F9D1 U+1F3FD U+200D "
      "U+1F373)"));
}

TEST_CASE("pdf: the user's character inside a catalogue sentence is blamed on the user's text") {
  // "{org} is responsible…": the organisation's name is source text put into catalogue text.
  // The character is reported once, where the user typed it, not at the catalogue key.
  NoticeDoc doc = BaseDoc();
  doc.organisation = "Acme \xE4\xBD\xA0";
  doc.summary.push_back(Para("Acme \xE4\xBD\xA0 is responsible.", "catalogue:summary.responsible"));
  Section s;
  s.id = "a";
  s.title = "About";
  s.origin = "catalogue:about";
  s.blocks.push_back(Para("Acme \xE4\xBD\xA0 decides why.", "catalogue:about.controller"));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() == 1);
  CHECK(sink.All()[0].pointer == "/controller/name");
  // A character only catalogue text has is the catalogue's: named with its key.
  NoticeDoc cat = BaseDoc();
  cat.summary.push_back(Para("Fixed \xE4\xBD\xA0 text.", "catalogue:summary.x"));
  diag::Sink sink2;
  CHECK_FALSE(RenderPdf(cat, Ctx(), &out, &sink2));
  REQUIRE(sink2.Errors() == 1);
  CHECK(sink2.All()[0].message.find(" in catalogue:summary.x") != std::string::npos);
}

TEST_CASE("pdf: a limit of the PDF format is a length-limit error, never a crash or 'internal'") {
  // 9,000 links in one section: the structure tree's ParentTree array passes libharu's 32,767
  // entries. This once surfaced as "internal error: libharu failed with error 0x1025" (exit 1).
  NoticeDoc doc = BaseDoc();
  Section s;
  s.id = "links";
  s.title = "Links";
  s.origin = "/sections/0";
  Inlines many;
  for (int i = 0; i < 17000; ++i) {
    many.push_back(
        Wrap(InlineKind::kLink, {Text("l" + std::to_string(i))}, "https://example.org/" + std::to_string(i)));
    many.push_back(Text(" "));
  }
  s.blocks.push_back(Para(many, "/sections/0/body"));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() == 1);
  CHECK(sink.All()[0].rule == "length-limit");
  CHECK(sink.All()[0].message.find("a PDF array would hold more than 32,767 entries") != std::string::npos);
}

TEST_CASE("pdf: a title longer than a PDF string can hold fails cleanly") {
  // The source limit (1,000 bytes for a title) stops this in lint; the renderer itself must not
  // crash on it either (65,536 bytes once crashed lint and build: libharu's string limit, then a
  // NULL page).
  NoticeDoc doc = BaseDoc();
  doc.title = std::string(70000, 'T');
  doc.organisation = std::string(70000, 'O');
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() >= 1);
  CHECK(sink.All()[0].rule == "length-limit");
  CHECK(out.empty());
}

TEST_CASE("pdf: a right-to-left document is refused rather than printed unshaped") {
  NoticeDoc doc = BaseDoc();
  doc.locale = "ur";
  doc.dir = "rtl";
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() == 1);
  CHECK(sink.All()[0].rule == "missing-glyph");
  CHECK(sink.All()[0].message.find("right-to-left locale 'ur'") != std::string::npos);
  CHECK(sink.All()[0].pointer == "/notice/locales");  // with the file the driver adds, a place to fix
  CHECK(out.empty());
}

TEST_CASE("pdf: body text configured below 16 pt is a large-print-size error") {
  // The settings come from the driver: a renderer never opens the data directory itself.
  auto dir = std::filesystem::path(TempPath("small-print"));
  nlohmann::json j = nlohmann::json::parse(*Settings());
  j["audiences"]["adult"]["body_size_pt"] = 14;
  ReplacedFiles files;
  files.replaced[pdf::kSettingsFile] = j.dump(2);
  RenderContext ctx = Ctx();
  ctx.data_dir = dir.string();
  ctx.files = &files;
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(BaseDoc(), ctx, &out, &sink));
  REQUIRE(sink.Errors() == 1);
  const auto& d = sink.All()[0];
  CHECK(d.rule == "large-print-size");
  CHECK(d.file == (dir / "accessibility/large-print.json").string());
  CHECK(d.pointer == "/audiences/adult/body_size_pt");
  CHECK(d.message == "body text size '14' pt is below the large-print minimum of 16 pt");
  CHECK(out.empty());
}

TEST_CASE("pdf: a missing interface label is an internal error, not a blank") {
  NoticeDoc doc = BaseDoc();
  doc.labels.erase("page-of");
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(doc, Ctx(), &out, &sink));
  REQUIRE(sink.Errors() == 1);
  CHECK(sink.All()[0].rule == "internal");
  CHECK(sink.All()[0].message.find("label 'page-of'") != std::string::npos);
}

TEST_CASE("pdf: an unknown paper size is reported") {
  diag::Sink sink;
  std::string out;
  CHECK_FALSE(RenderPdf(BaseDoc(), Ctx("A5"), &out, &sink));
  REQUIRE(sink.Errors() == 1);
  CHECK(sink.All()[0].message == "unknown paper size 'A5'");
  CHECK(HasRule(sink, "large-print-config"));
}

}  // namespace
}  // namespace pnc::render::pdf_test
