// render/pdf: the written file, inspected with poppler (pdftotext, pdffonts, pdfinfo, poppler-cpp):
// text in reading order, embedded fonts, Welsh extraction, tags, info, bookmarks, determinism.
#include <doctest/doctest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-toc.h>

#include <chrono>
#include <memory>
#include <regex>
#include <thread>

#include "render/pdf.h"
#include "render/pdf/sample_doc.h"

namespace pnc::render::pdf_test {
namespace {

std::string Render(const NoticeDoc& doc) {
  diag::Sink sink;
  std::string out;
  bool ok = RenderPdf(doc, Ctx(), &out, &sink);
  for (const auto& d : sink.All()) MESSAGE(d.message);
  REQUIRE(ok);
  REQUIRE(out.size() > 1000);
  return out;
}

// The long document is rendered once and shared by the tests below.
const std::string& LongPdf() {
  static const std::string bytes = [] {
    auto start = std::chrono::steady_clock::now();
    std::string b = Render(LongDoc());
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    MESSAGE("long notice: " << b.size() << " bytes in " << ms.count() << " ms");
    return b;
  }();
  return bytes;
}

#define REQUIRE_TOOL(tool)                         \
  if (!HasTool(tool)) {                            \
    MESSAGE("skipped: " tool " is not installed"); \
    return;                                        \
  }

TEST_CASE("pdf: pdftotext gives every paragraph's sentences in order") {
  REQUIRE_TOOL("pdftotext");
  std::string path = WriteTemp("long.pdf", LongPdf());
  std::string raw = RunTool("pdftotext -enc UTF-8 " + path + " -");
  CHECK(raw.find("Syntax") == std::string::npos);  // poppler accepts our ToUnicode map
  CHECK(raw.find("Page 1 of ") != std::string::npos);
  CHECK(raw.find("Bryn Hope Community Trust") != std::string::npos);
  // Footers (artifacts) interrupt a paragraph that crosses a page; take them out before comparing.
  std::string text =
      Squash(std::regex_replace(raw, std::regex("Bryn Hope Community Trust|Page [0-9]+ of [0-9]+"), " "));
  size_t pos = 0;
  NoticeDoc doc = LongDoc();
  for (const Section& s : doc.sections) {
    for (const Block& b : s.blocks) {
      if (b.kind != BlockKind::kParagraph || b.role == "callout") continue;
      std::string para = Squash(b.inlines[0].text);
      size_t at = text.find(para, pos);
      CAPTURE(para);
      REQUIRE(at != std::string::npos);
      pos = at + para.size();
    }
  }
  CHECK(text.find("Privacy notice") != std::string::npos);
  // Links print their address in full; the e-mail address is intact.
  CHECK(text.find("privacy@brynhope.org.uk") != std::string::npos);
}

TEST_CASE("pdf: pdffonts reports both faces embedded") {
  REQUIRE_TOOL("pdffonts");
  std::string path = WriteTemp("fonts.pdf", LongPdf());
  std::string fonts = RunTool("pdffonts " + path);
  CHECK(fonts.find("TiresiasLPfont ") != std::string::npos);
  CHECK(fonts.find("TiresiasLPfontBold") != std::string::npos);
  int embedded = 0;
  std::istringstream in(fonts);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find("CID TrueType") != std::string::npos) {
      CHECK(line.find("Identity-H       yes") != std::string::npos);
      ++embedded;
    }
  }
  CHECK(embedded == 2);
}

TEST_CASE("pdf: pdfinfo shows a tagged PDF 1.7 with its title, author and page count") {
  REQUIRE_TOOL("pdfinfo");
  std::string path = WriteTemp("info.pdf", LongPdf());
  std::string info = RunTool("pdfinfo " + path);
  CHECK(info.find("Tagged:          yes") != std::string::npos);
  CHECK(info.find("Title:           Privacy notice") != std::string::npos);
  CHECK(info.find("Author:          Bryn Hope Community Trust") != std::string::npos);
  CHECK(info.find("PDF version:     1.7") != std::string::npos);
  CHECK(info.find("CreationDate") == std::string::npos);
  diag::Sink sink;
  std::string dump = PdfLayoutDump(LongDoc(), Ctx(), &sink);
  std::string pages = dump.substr(dump.find(" pages ") + 7);
  pages = pages.substr(0, pages.find('\n'));
  CHECK(info.find("Pages:           " + pages + "\n") != std::string::npos);
  CHECK(std::stoi(pages) >= 8);
  CHECK(info.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
}

TEST_CASE("pdf: the structure tree has headings, paragraphs, lists, tables and links in order") {
  REQUIRE_TOOL("pdfinfo");
  // poppler's -struct-text re-reads a page per MCID, so a shorter notice keeps this test fast.
  std::string path = WriteTemp("struct.pdf", Render(LongDoc(4, 12)));
  std::string tree = RunTool("pdfinfo -struct-text " + path);
  // Indentation is nesting: Document > Sect > H2, P, L > LI > Lbl + LBody, Table > TR > TH/TD.
  const char* expected[] = {
      "Document\n  H1 (block)\n    \"Privacy notice\"",
      "  TOC\n    TOCI\n      Link (inline)\n        \"Summary 2\"\n        Object ",
      "  Sect\n    H2 (block)\n      \"Summary\"\n    P (block)\n",
      "    L (block)\n      LI (block)\n        Lbl (block)\n          \"1.\"\n        LBody "
      "(block)\n"
      "          P (block)\n            \"Ask us for a copy.\"",
      "    Table (block)\n      TR\n        TH:\n           /Scope /Column\n          \"What we "
      "keep\"",
      "      TR\n        TD\n          \"Record type 1\"",
      // Lines end in a space, so words stay apart in text taken from the tags.
      "    Div\n      P (block)\n        \"Your right to object. You can object to direct "
      "marketing at "
      "any time. Read more at \"",
      "        Lbl (block)\n          \"Email\"\n        LBody (block)\n          Link (inline)\n"
      "            \"privacy@brynhope.org.uk\"\n            Object ",
  };
  size_t pos = 0;
  for (std::string want : expected) {
    CAPTURE(want);
    size_t at = tree.find(want, pos);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) pos = at;
  }
  // Footers and repeated header rows are artifacts: once each in the tree, not once per page.
  CHECK(tree.find("Page 1 of") == std::string::npos);
  size_t headers = 0;
  for (size_t at = tree.find("\"What we keep\""); at != std::string::npos; at = tree.find("\"What we keep\"", at + 1))
    ++headers;
  CHECK(headers == 1);
}

TEST_CASE("pdf: every section is a bookmark, children nested") {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(LongPdf().data(), static_cast<int>(LongPdf().size())));
  REQUIRE(doc);
  std::unique_ptr<poppler::toc> toc(doc->create_toc());
  REQUIRE(toc);
  auto top = toc->root()->children();
  REQUIRE(top.size() == 9);  // summary + 8 parts
  auto title = [](poppler::toc_item* i) {
    auto utf8 = i->title().to_utf8();
    return std::string(utf8.begin(), utf8.end());
  };
  CHECK(title(top[0]) == "Summary");
  CHECK(title(top[3]) == "Part 3: how we use your information");
  REQUIRE(top[3]->children().size() == 1);
  CHECK(title(top[3]->children()[0]) == "More about part 3");
  CHECK(doc->get_title().to_utf8().size() > 0);
}

TEST_CASE("pdf: links are annotations, and the viewer shows the title") {
  const std::string& pdf = LongPdf();
  // libharu escapes "/" in strings as \057.
  CHECK(pdf.find("/URI (https:\\057\\057www.brynhope.org.uk\\057privacy\\057your-rights\\057"
                 "objecting-to-direct-marketing)") != std::string::npos);
  CHECK(pdf.find("/URI (mailto:privacy@brynhope.org.uk)") != std::string::npos);
  CHECK(pdf.find("/DisplayDocTitle true") != std::string::npos);
  CHECK(pdf.find("/Lang <FEFF0065006E002D00470042>") != std::string::npos);  // en-GB
  CHECK(pdf.find("/ID") == std::string::npos);
}

TEST_CASE("pdf: rendering twice, or in two threads at once, gives identical bytes") {
  const std::string& first = LongPdf();
  CHECK(Render(LongDoc()) == first);
  std::string a, b;
  std::thread t1([&] { a = Render(LongDoc()); });
  std::thread t2([&] { b = Render(LongDoc()); });
  t1.join();
  t2.join();
  CHECK(a == first);
  CHECK(b == first);
}

TEST_CASE("pdf: a child notice embeds Andika") {
  REQUIRE_TOOL("pdffonts");
  NoticeDoc doc = LongDoc();
  doc.audience = "child";
  std::string path = WriteTemp("child.pdf", Render(doc));
  std::string fonts = RunTool("pdffonts " + path);
  CHECK(fonts.find("+Andika ") != std::string::npos);
  CHECK(fonts.find("+Andika-Bold") != std::string::npos);
}

TEST_CASE("pdf: Welsh text extracts with its circumflexes") {
  REQUIRE_TOOL("pdftotext");
  NoticeDoc doc = BaseDoc();
  doc.locale = "cy";
  doc.title = "Hysbysiad preifatrwydd";
  doc.labels["contents"] = "Cynnwys";
  doc.labels["page-of"] = "Tudalen {page} o {pages}";
  Section s;
  s.id = "a";
  s.title = "Pwy ydym ni";
  s.origin = "/sections/0";
  s.blocks.push_back(
      Para("Mae\xE2\x80\x99r ŵyr yn dŵr; mae tŷ a thŷ bach. Pâr, ête, ôl, ûn, ïon, £5 \xE2\x80\x9C"
           "dyfynnu\xE2\x80\x9D \xE2\x80\x93 iawn\xE2\x80\xA6 Zażółć gęślą jaźń."));
  doc.sections.push_back(s);
  std::string path = WriteTemp("cy.pdf", Render(doc));
  std::string text = Squash(RunTool("pdftotext -enc UTF-8 " + path + " -"));
  CHECK(text.find("Mae\xE2\x80\x99r ŵyr yn dŵr; mae tŷ a thŷ bach.") != std::string::npos);
  CHECK(text.find("Pâr, ête, ôl, ûn, ïon, £5 \xE2\x80\x9C"
                  "dyfynnu\xE2\x80\x9D") != std::string::npos);
  CHECK(text.find("Zażółć gęślą jaźń.") != std::string::npos);
  CHECK(text.find("Tudalen 1 o 2") != std::string::npos);
  REQUIRE_TOOL("pdfinfo");
  CHECK(RunTool("pdfinfo " + path).find("Title:           Hysbysiad preifatrwydd") != std::string::npos);
}

TEST_CASE("pdf: XMP metadata repeats the title, author and language, escaped, uncompressed") {
  NoticeDoc doc = BaseDoc();
  doc.title = "Privacy & data <notice>";
  doc.sections.push_back({});
  doc.sections.back().id = "a";
  doc.sections.back().title = "Who we are";
  doc.sections.back().blocks.push_back(Para("We are a charity."));
  std::string pdf = Render(doc);
  // Uncompressed, so tools that scan a file for an XMP packet find it.
  CHECK(pdf.find("<?xpacket begin=") != std::string::npos);
  CHECK(pdf.find("/Metadata ") != std::string::npos);
  REQUIRE_TOOL("pdfinfo");
  std::string xmp = RunTool("pdfinfo -meta " + WriteTemp("xmp.pdf", pdf));
  CHECK(xmp.find("<rdf:li xml:lang=\"x-default\">Privacy &amp; data &lt;notice&gt;</rdf:li>") != std::string::npos);
  CHECK(xmp.find("<rdf:li xml:lang=\"en-GB\">Privacy &amp; data &lt;notice&gt;</rdf:li>") != std::string::npos);
  CHECK(xmp.find("<dc:creator><rdf:Seq><rdf:li>Bryn Hope Community Trust</rdf:li>") != std::string::npos);
  CHECK(xmp.find("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>") != std::string::npos);
  CHECK(xmp.find("pdfuaid") == std::string::npos);  // no conformance claim without a validator
}

TEST_CASE("pdf: the repeated table header appears in the next page's text") {
  REQUIRE_TOOL("pdftotext");
  std::string path = WriteTemp("table.pdf", LongPdf());
  std::string text = RunTool("pdftotext -enc UTF-8 -layout " + path + " -");
  int pages_with_header = 0;
  for (size_t start = 0, end; start < text.size(); start = end + 1) {
    end = text.find('\f', start);  // pdftotext ends every page with a form feed
    if (end == std::string::npos) end = text.size();
    std::string page = text.substr(start, end - start);
    if (page.find("Record type") != std::string::npos) {
      CHECK(page.find("What we keep") != std::string::npos);
      ++pages_with_header;
    }
  }
  CHECK(pages_with_header >= 2);
}

}  // namespace
}  // namespace pnc::render::pdf_test
