// tests: render/braille*: every example's BRF fits its page, and back-translated with liblouis it
// still holds the controller, every right and the ICO helpline; layout details.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "render/braille.h"
#include "render/louis.h"
#include "test_support.h"

namespace pnc {
namespace {

render::RenderContext Context(int grade = 2) {
  render::RenderContext ctx;
  ctx.data_dir = test::Data().data_dir;
  ctx.braille_grade = grade;
  return ctx;
}

std::vector<std::string> Pages(const std::string& brf) {
  std::vector<std::string> pages;
  std::string page;
  for (char c : brf) {
    if (c == '\f') {
      pages.push_back(page);
      page.clear();
    } else {
      page += c;
    }
  }
  CHECK(page.empty());  // the file ends with a form feed
  return pages;
}

std::vector<std::string> Lines(const std::string& page) {
  std::vector<std::string> lines;
  std::istringstream in(page);
  for (std::string line; std::getline(in, line);) {
    REQUIRE(!line.empty());
    CHECK(line.back() == '\r');
    line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// The BRF's print text: every line back-translated, joined with spaces, whitespace collapsed.
std::string Back(const std::string& brf, const std::string& tables) {
  std::string text;
  for (const auto& page : Pages(brf)) {
    for (const auto& line : Lines(page)) {
      std::string back, error;
      REQUIRE_MESSAGE(render::louis::BackTranslate(tables, line, &back, &error), error);
      text += back + " ";
    }
  }
  return test::Collapse(text);
}

// What `needle` reads as after a trip through braille: back-translation is not always the exact
// inverse (Welsh "ae" comes back differently), so the needle makes the same trip.
std::string RoundTrip(const std::string& needle, const std::string& tables) {
  std::string brf, back, error;
  REQUIRE(render::louis::Translate(tables, needle, &brf, &error));
  REQUIRE(render::louis::BackTranslate(tables, brf, &back, &error));
  return test::Collapse(back);
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

TEST_CASE("every example's BRF fits 40x25 and back-translates to its key facts") {
  const auto* regulator = test::Data().law.RegulatorOn("2026-12-01");
  REQUIRE(regulator != nullptr);
  int checked = 0;
  for (const auto& path : test::TruthSources()) {
    if (path.find("/notices/") == std::string::npos) continue;
    auto c = test::CompileSource(path);
    REQUIRE_MESSAGE(c->sink.Errors() == 0, path);
    for (const auto& doc : c->docs) {
      CAPTURE(doc.file_base);
      bool unverified = false;
      std::string tables = render::BrailleTables(doc.locale, 2, &unverified);
      diag::Sink sink;
      std::string brf;
      if (tables.empty()) {
        CHECK_FALSE(render::RenderBrf(doc, Context(), &brf, &sink));
        CHECK(sink.All().size() == 1);
        continue;
      }
      REQUIRE(render::RenderBrf(doc, Context(), &brf, &sink));
      CHECK(sink.Errors() == 0);
      auto pages = Pages(brf);
      CHECK(pages.size() >= 2);
      for (size_t p = 0; p < pages.size(); ++p) {
        auto lines = Lines(pages[p]);
        CHECK(lines.size() <= 25);
        for (const auto& line : lines) {
          CHECK(line.size() <= 40);
          CHECK(std::all_of(line.begin(), line.end(), [](char ch) { return ch >= 0x20 && ch < 0x7F; }));
        }
        // Line 1 ends with the braille page number.
        std::string number, error;
        REQUIRE(render::louis::Translate(tables, std::to_string(p + 1), &number, &error));
        CHECK(lines[0].size() == 40);
        CHECK(lines[0].substr(40 - number.size()) == number);
      }
      std::string text = Lower(Back(brf, tables));
      CHECK(text.find(Lower(RoundTrip(doc.organisation, tables))) != std::string::npos);
      CHECK(text.find(Lower(RoundTrip(regulator->helpline, tables))) != std::string::npos);
      if (doc.audience == "adult") {
        for (const auto& s : doc.sections) {
          if (s.id != "rights") continue;
          for (const auto& b : s.blocks) {
            if (b.kind != notice::BlockKind::kHeading) continue;
            std::string right = test::Collapse(b.inlines.empty() ? "" : b.inlines[0].text);
            CAPTURE(right);
            CHECK(text.find(Lower(RoundTrip(right, tables))) != std::string::npos);
          }
        }
      }
      // The Welsh table is unverified: page 1 says so, in the catalogue's words.
      if (unverified) {
        CHECK(text.find(Lower(RoundTrip(doc.labels.at("braille-unverified"), tables))) != std::string::npos);
      }
      ++checked;
    }
  }
  CHECK(checked >= 4);
}

TEST_CASE("grade 1 on request, page size configurable, contents points at the sections") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc& doc = c->docs.front();
  REQUIRE(doc.locale == "en");
  bool unverified = true;
  CHECK(render::BrailleTables("en", 1, &unverified) == "en-us-brf.dis,en-ueb-g1.ctb");
  CHECK_FALSE(unverified);
  CHECK(render::BrailleTables("cy", 2, &unverified) == "en-us-brf.dis,cy-cy-g1.utb");
  CHECK(unverified);
  CHECK(render::BrailleTables("pl", 2, &unverified).empty());

  diag::Sink sink;
  std::string g1, g2;
  REQUIRE(render::RenderBrf(doc, Context(1), &g1, &sink));
  REQUIRE(render::RenderBrf(doc, Context(2), &g2, &sink));
  CHECK(g1.size() > g2.size());  // contractions save cells

  render::RenderContext narrow = Context();
  narrow.braille_cells = 32;
  narrow.braille_lines = 20;
  std::string small;
  REQUIRE(render::RenderBrf(doc, narrow, &small, &sink));
  for (const auto& page : Pages(small)) {
    auto lines = Lines(page);
    CHECK(lines.size() <= 20);
    for (const auto& line : lines) CHECK(line.size() <= 32);
  }
  CHECK(Pages(small).size() > Pages(g2).size());

  // Every top-level section is in the contents on page 1 with the page its heading is on.
  auto lines = render::BrailleLines(doc);
  size_t headings = std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.section >= 0; });
  CHECK(headings == doc.sections.size() + (doc.summary.empty() ? 0 : 1));
}

TEST_CASE("links are written out in full") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  const notice::NoticeDoc& doc = c->docs.front();
  for (const auto& line : render::BrailleLines(doc)) {
    CHECK(line.text.find("mailto:") == std::string::npos);
  }
  notice::Inline link{notice::InlineKind::kLink, "", "https://example.org/privacy", {}, -1};
  link.children.push_back({notice::InlineKind::kText, "our privacy page", "", {}, -1});
  notice::Block b;
  b.inlines = {link};
  notice::NoticeDoc d = doc;
  d.summary = {b};
  auto out = render::BrailleLines(d);
  bool found = false;
  for (const auto& l : out) found = found || l.text == "our privacy page (https://example.org/privacy)";
  CHECK(found);
}

}  // namespace pnc
