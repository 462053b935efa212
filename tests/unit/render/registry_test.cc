// render: the format registry is the only list of formats, and a row carries all the driver needs:
// names, extensions, declared inputs (read by the driver, served only if declared), bilingual.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "driver/build.h"
#include "driver/output_set.h"
#include "render/registry.h"
#include "test_support.h"

namespace pnc::render {
namespace {

TEST_CASE("registry: names and output suffixes are unique, and the longest suffix wins") {
  std::set<std::string_view> names, suffixes;
  const Format* previous = nullptr;
  for (const auto& f : AllFormats()) {
    // Rows may share a name only as adjacent rows of one format, alike in what decides whether
    // and how often they are written (ropa: ropa.csv and ropa.xlsx; jit: .jit.html and .jit.txt).
    bool fresh = names.insert(f.name).second;
    CHECK((fresh || (previous != nullptr && previous->name == f.name && previous->by_default == f.by_default &&
                     previous->file_name.empty() == f.file_name.empty() && previous->audiences == f.audiences)));
    previous = &f;
    CHECK(suffixes.insert(f.extension).second);
    if (!f.fragment_extension.empty()) CHECK(suffixes.insert(f.fragment_extension).second);
    CHECK((f.render != nullptr));
    CHECK(f.audiences != 0u);
    CHECK((FindFormat(f.name) == &f || !fresh));
  }
  CHECK(FindFormat("docx") == nullptr);
  CHECK(FormatNames(", ") == "html, pdf, pdf-layout, brf, mp3, speech, ropa, dpv, jit");
  CHECK(OutputSuffix("notice.en.jit.html") == ".jit.html");
  CHECK(FormatNames(",", true) == "html,pdf,brf,mp3");
  CHECK(OutputSuffix("notice.en.fragment.html") == ".fragment.html");
  CHECK(OutputSuffix("notice.en.html") == ".html");
  CHECK(OutputSuffix("child.6-9.cy.pdf-layout.txt") == ".pdf-layout.txt");
  CHECK(OutputSuffix("notes.txt").empty());
  CHECK(driver::KindOf("notice.en.pdf") == ".pdf");
  CHECK(driver::KindOf("my.pdf").empty());  // not a name pnc writes: the user's own file
  CHECK(ExtensionOf(*FindFormat("html"), true) == "fragment.html");
  CHECK(ExtensionOf(*FindFormat("pdf"), true) == "pdf");
}

TEST_CASE("registry: the driver reads every declared input, and serves nothing else") {
  const auto& files = test::Data().files;
  for (const auto& f : AllFormats()) {
    auto paths = files.PathsOf(f);
    CAPTURE(f.name);
    CHECK(paths.empty() == f.inputs.empty());  // braille and audio read liblouis's and espeak-ng's own tables
    for (const auto& p : paths) CHECK(std::filesystem::is_regular_file(p));
  }
  // The PDF's inputs are its settings and the fonts they name (for every audience).
  auto pdf = files.PathsOf(*FindFormat("pdf"));
  CHECK(pdf.front() == test::Data().data_dir + "/accessibility/large-print.json");
  CHECK(pdf.size() == 5);
  CHECK(files.Get("accessibility/large-print.json") != nullptr);
  CHECK(files.Get(test::Data().data_dir + "/accessibility/large-print.json") != nullptr);
  CHECK(files.Get("templates/html/page.mustache") != nullptr);
  // Undeclared names are never read, whatever a document asks for.
  CHECK(files.Get("data/law.json") == nullptr);
  CHECK(files.Get("templates/html/icon-../../data/law.json.svg") == nullptr);
  CHECK(files.Get("/etc/passwd") == nullptr);
  CHECK(files.Get("") == nullptr);
}

TEST_CASE("registry: only formats with a bilingual renderer make the bilingual document") {
  CHECK((FindFormat("html")->render_bilingual != nullptr));
  CHECK((FindFormat("pdf")->render_bilingual != nullptr));         // notice.cy-en.pdf (issue 16)
  CHECK((FindFormat("pdf-layout")->render_bilingual != nullptr));  // its golden form
  CHECK((FindFormat("brf")->render_bilingual == nullptr));
}

}  // namespace
}  // namespace pnc::render

namespace pnc::render {

// Review: braille and audio exist for English and Welsh only. A Polish notice's build wrote neither,
// but its HTML's "Other formats and languages" linked notice.pl.brf and notice.pl.mp3 (and explain
// named them): the output set now holds only what a format can write in the document's language.
TEST_CASE("registry: the output set names braille and audio only for the languages they are written in") {
  CHECK(WritesLocale(*FindFormat("brf"), "en"));
  CHECK(WritesLocale(*FindFormat("brf"), "cy"));
  CHECK_FALSE(WritesLocale(*FindFormat("brf"), "pl"));
  CHECK_FALSE(WritesLocale(*FindFormat("mp3"), "ar"));
  CHECK(WritesLocale(*FindFormat("html"), "ar"));
  std::vector<notice::NoticeDoc> docs(2);
  docs[0].locale = "en";
  docs[0].file_base = "notice.en";
  docs[1].locale = "pl";
  docs[1].file_base = "notice.pl";
  for (auto& d : docs) d.audience = "adult";
  driver::Options options;
  std::set<std::string> names;
  for (const auto& f : driver::WrittenFiles(options, docs)) names.insert(f.name);
  CHECK(names == std::set<std::string>{"notice.en.html", "notice.en.pdf", "notice.en.brf", "notice.en.mp3",
                                       "notice.pl.html", "notice.pl.pdf"});
  options.formats = {"brf"};
  CHECK(driver::FileOf(options, docs[0]) == "notice.en.brf");
  CHECK(driver::FileOf(options, docs[1]).empty());  // nothing of this build is the Polish notice
}

}  // namespace pnc::render
