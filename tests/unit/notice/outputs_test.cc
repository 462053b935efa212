// notice: the "Other formats and languages" section lists exactly the files of the build's output
// set a reader of this document can use, links them by relative name, and keeps the on-request
// offers the source declares.
#include <doctest/doctest.h>

#include "notice/explain.h"
#include "notice/outputs.h"
#include "render/pdf/sample_doc.h"

namespace pnc::notice {
namespace {

using render::pdf_test::BaseDoc;
using render::pdf_test::Para;

notice::NoticeDoc Doc(const std::string& locale = "en", const std::string& audience = "adult") {
  notice::NoticeDoc d = BaseDoc();
  d.locale = locale;
  d.audience = audience;
  d.labels["outputs"] = "Also here:";
  d.labels["outputs-child"] = "Also for you:";
  d.labels["outputs-title"] = "Other formats and languages";
  d.labels["output-html"] = "Web page";
  d.labels["output-pdf"] = "Large print PDF";
  d.labels["output-brf"] = "Braille";
  d.labels["output-bilingual"] = "{languages} in one document";
  d.labels["output-child"] = "For children";
  d.labels["output-child-band"] = "For children aged {band}";
  d.alternates = {{"en", "English", "notice.en.html", false}, {"cy", "Cymraeg", "notice.cy.html", false}};
  notice::Section s;
  s.id = "rights";
  s.title = "Your rights";
  d.sections.push_back(s);
  return d;
}

// The list of the formats section as "text -> href" lines, with the lang of an item.
std::string Listed(const notice::NoticeDoc& doc) {
  std::string out;
  for (const auto& s : doc.sections) {
    if (s.id != "formats") continue;
    for (const auto& b : s.blocks) {
      if (b.kind == notice::BlockKind::kParagraph && !b.inlines.empty()) out += "p: " + b.inlines[0].text + "\n";
      for (const auto& item : b.items) {
        const auto& link = item[0].inlines.at(0);
        out += link.children.at(0).text + " -> " + link.href + (item[0].lang.empty() ? "" : " [" + item[0].lang + "]") +
               "\n";
      }
    }
  }
  return out;
}

const std::vector<OutputFile> kAll = {
    {"notice.en.html", "html", {"en"}, "adult", ""},
    {"notice.cy.html", "html", {"cy"}, "adult", ""},
    {"child.en.html", "html", {"en"}, "child", "6-9"},
    {"child.cy.html", "html", {"cy"}, "child", "6-9"},
    {"notice.en.pdf", "pdf", {"en"}, "adult", ""},
    {"notice.cy.pdf", "pdf", {"cy"}, "adult", ""},
    {"child.en.pdf", "pdf", {"en"}, "child", "6-9"},
    {"child.cy.pdf", "pdf", {"cy"}, "child", "6-9"},
    {"notice.en.pdf-layout.txt", "pdf-layout", {"en"}, "adult", ""},
    {"notice.cy-en.html", "html", {"cy", "en"}, "adult", ""},
    {"notice.cy-en.pdf", "pdf", {"cy", "en"}, "adult", ""},
    {"ropa.csv", "ropa", {}, "", ""},
};

TEST_CASE("outputs: the HTML page lists its other formats, languages, the bilingual page and the children's guide") {
  notice::NoticeDoc doc = WithOutputs(Doc(), kAll, "notice.en.html");
  CHECK(Listed(doc) ==
        "p: Also here:\n"
        "Large print PDF -> notice.en.pdf\n"
        "Cymraeg -> notice.cy.html [cy]\n"
        "Cymraeg / English in one document -> notice.cy-en.html\n"
        "For children -> child.en.html\n");
  CHECK(doc.sections.back().title == "Other formats and languages");
}

TEST_CASE(
    "outputs: a PDF reader is sent to the PDFs; a format without a label (a debug dump, a record) is never offered") {
  std::string listed = Listed(WithOutputs(Doc(), kAll, "notice.en.pdf"));
  CHECK(listed.find("Web page -> notice.en.html") != std::string::npos);
  CHECK(listed.find("Cymraeg -> notice.cy.pdf [cy]") != std::string::npos);
  CHECK(listed.find("in one document -> notice.cy-en.pdf") != std::string::npos);
  CHECK(listed.find("For children -> child.en.pdf") != std::string::npos);
  CHECK(listed.find("layout") == std::string::npos);
  CHECK(listed.find("ropa") == std::string::npos);
  CHECK(listed.find("-> notice.en.pdf\n") == std::string::npos);  // never itself
}

TEST_CASE("outputs: only files of this build: an HTML-only build offers no PDF") {
  std::vector<OutputFile> html_only = {{"notice.en.html", "html", {"en"}, "adult", ""}};
  notice::NoticeDoc doc = Doc();
  CHECK(Listed(WithOutputs(doc, html_only, "notice.en.html")).empty());
  CHECK(WithOutputs(doc, html_only, "notice.en.html").sections.size() == doc.sections.size());
  // A file outside the set (a fragment, a lint run) gets no list at all.
  CHECK(Listed(WithOutputs(doc, kAll, "notice.en.fragment.html")).empty());
}

TEST_CASE("outputs: a children's guide offers its own formats and languages, never the adult notice") {
  notice::NoticeDoc child = Doc("en", "child");
  child.band = "6-9";
  std::string listed = Listed(WithOutputs(child, kAll, "child.en.html"));
  CHECK(listed == "p: Also for you:\nLarge print PDF -> child.en.pdf\nCymraeg -> child.cy.html [cy]\n");
}

TEST_CASE("outputs: a bilingual document does not offer the languages it holds") {
  notice::NoticeDoc cy = Doc("cy");
  std::string listed = Listed(WithOutputs(cy, kAll, "notice.cy-en.pdf"));
  CHECK(listed.find("English") == std::string::npos);
  CHECK(listed.find("in one document") == std::string::npos);
  CHECK(listed.find("Web page -> notice.cy.html") != std::string::npos);
}

TEST_CASE("outputs: the list opens the notice's own formats section, before the on-request offers") {
  notice::NoticeDoc doc = Doc();
  notice::Section formats;
  formats.id = "formats";
  formats.title = "Other formats and languages";
  formats.origin = "catalogue:section.formats";
  formats.blocks.push_back(Para("You can ask us for this notice in Braille."));
  doc.sections.push_back(formats);
  notice::NoticeDoc out = WithOutputs(doc, kAll, "notice.en.html");
  REQUIRE(out.sections.size() == doc.sections.size());
  const auto& blocks = out.sections.back().blocks;
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].kind == notice::BlockKind::kBulletList);
  CHECK(blocks[2].inlines[0].text == "You can ask us for this notice in Braille.");
  // A source's own section that happens to be called "formats" is not taken over.
  doc.sections.back().origin = "/sections/0";
  out = WithOutputs(doc, kAll, "notice.en.html");
  CHECK(out.sections.size() == doc.sections.size() + 1);
  CHECK(out.sections.back().id == "pnc-other-formats");
}

TEST_CASE("outputs: several age bands are named by band") {
  std::vector<OutputFile> files = {{"notice.en.html", "html", {"en"}, "adult", ""},
                                   {"child.6-9.en.html", "html", {"en"}, "child", "6-9"},
                                   {"child.13-17.en.html", "html", {"en"}, "child", "13-17"}};
  CHECK(Listed(WithOutputs(Doc(), files, "notice.en.html")) ==
        "p: Also here:\nFor children aged 6-9 -> child.6-9.en.html\nFor children aged 13-17 -> child.13-17.en.html\n");
}

TEST_CASE("outputs: explain shows every piece of the list, with the file it names and the words' catalogue key") {
  notice::NoticeDoc doc = Doc();
  // As SetLabels records it: the words of "output-pdf" are catalogue text.
  doc.origins.push_back({Origin::Kind::kCatalogue, "", "label.output-pdf", "", {}, false});
  doc.label_origins["output-pdf"] = static_cast<int>(doc.origins.size()) - 1;
  const notice::NoticeDoc out = WithOutputs(doc, kAll, "notice.en.html");
  std::string shown;
  for (const ExplainItem& item : Explain(out)) {
    if (item.origin < 0) continue;  // the test document's own text has no origins
    const Origin& o = out.origins.at(item.origin);
    if (o.kind != Origin::Kind::kBuild) continue;
    shown += item.text + " <- " + o.key + ": " + o.because + "\n";
  }
  CHECK(shown ==
        "Other formats and languages <- section.formats: this build writes notice.en.pdf, notice.cy.html, "
        "notice.cy-en.html, child.en.html\n"
        "Also here: <- label.outputs: this build writes notice.en.pdf, notice.cy.html, notice.cy-en.html, "
        "child.en.html\n"
        "Large print PDF <- label.output-pdf: this build writes notice.en.pdf\n"
        "Cymraeg <- locales/cy.json: meta.name: this build writes notice.cy.html\n"
        "Cymraeg / English in one document <- label.output-bilingual: this build writes notice.cy-en.html\n"
        "For children <- label.output-child: this build writes child.en.html\n");
}

TEST_CASE("outputs: words the source's wording gave a label stay the source's, with the file they name") {
  notice::NoticeDoc doc = Doc();
  doc.origins.push_back({Origin::Kind::kSource, "/wording/0/text", "label.output-pdf", "", {}, true});
  doc.label_origins["output-pdf"] = static_cast<int>(doc.origins.size()) - 1;
  notice::NoticeDoc out = WithOutputs(doc, kAll, "notice.en.html");
  bool seen = false;
  for (const ExplainItem& item : Explain(out)) {
    if (item.text != "Large print PDF") continue;
    const Origin& o = out.origins.at(item.origin);
    CHECK(o.kind == Origin::Kind::kSource);
    CHECK(o.overridden);
    CHECK(o.pointer == "/wording/0/text");
    CHECK(o.because == "this build writes notice.en.pdf");
    seen = true;
  }
  CHECK(seen);
}

}  // namespace
}  // namespace pnc::notice
