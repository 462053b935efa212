// render: the format registry is the only list of formats, and a row carries all the driver needs:
// names, extensions, declared inputs (read by the driver, served only if declared), bilingual.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "driver/output_set.h"
#include "render/registry.h"
#include "test_support.h"

namespace pnc::render {
namespace {

TEST_CASE("registry: names and output suffixes are unique, and the longest suffix wins") {
  std::set<std::string_view> names, suffixes;
  for (const auto& f : AllFormats()) {
    // Rows may share a name only as per-source files of one format (ropa: ropa.csv and ropa.xlsx).
    CHECK((names.insert(f.name).second || !f.file_name.empty()));
    CHECK(suffixes.insert(f.extension).second);
    if (!f.fragment_extension.empty()) CHECK(suffixes.insert(f.fragment_extension).second);
    CHECK((f.render != nullptr));
    CHECK(f.audiences != 0u);
    CHECK((FindFormat(f.name) == &f || !f.file_name.empty()));
  }
  CHECK(FindFormat("docx") == nullptr);
  CHECK(FormatNames(", ") == "html, pdf, pdf-layout, brf, mp3, speech, ropa, dpv");
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
  CHECK((FindFormat("pdf")->render_bilingual == nullptr));
}

}  // namespace
}  // namespace pnc::render
