// tests: `pnc explain --format jit` explains the just-in-time notices' own sentences (review L1: it
// showed the full notice under the .jit.html file names). For every jit case source, every line of
// each written .jit.txt is found, in order, among ExplainJit's items, each of which has an origin;
// the full notice's own text (its title) is not among them; and FileOf names the .jit file only for
// just-in-time notices, never a record (ropa, dpv).
#include <doctest/doctest.h>

#include <filesystem>

#include "notice/explain.h"
#include "render/jit.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("explain --format jit covers the just-in-time notices' text, and only theirs") {
  driver::Options options;
  options.formats = {"jit"};
  int explained = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PNC_TEST_DATA_DIR) + "/cases/jit")) {
    const std::string path = (entry.path() / "input.json").string();
    if (!std::filesystem::exists(path)) continue;
    CAPTURE(path);
    auto c = test::CompileSource(path, options);
    if (c->sink.Errors() > 0) continue;  // a case about a refused source
    for (const auto& doc : c->docs) {
      CAPTURE(doc.file_base);
      const std::string file = driver::FileOf(options, doc, true);
      CHECK(driver::FileOf(options, doc).empty());  // --format jit writes no whole notice
      if (doc.jit.empty()) {
        CHECK(file.empty());
        continue;
      }
      CHECK(file == doc.file_base + ".jit.html");
      const auto items = notice::ExplainJit(doc);
      std::string stream;
      for (const auto& item : items) {
        CHECK(item.origin >= 0);
        stream += " " + item.text;
        CHECK(item.text != doc.title);  // the full notice's title is not a just-in-time sentence
      }
      stream = test::Collapse(stream);
      std::string text;
      diag::Sink sink;
      REQUIRE(render::RenderJitText(doc, {}, &text, &sink));
      size_t at = 0, pos = 0;
      while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string line = test::Collapse(text.substr(pos, end - pos));
        pos = end + 1;
        // A nested list's items are indented; a field's label gets its colon from the renderer.
        if (const size_t lead = line.find_first_not_of(' '); lead != std::string::npos) line = line.substr(lead);
        if (line.rfind("- ", 0) == 0) line = line.substr(2);
        if (!line.empty() && line.back() == ':') line.pop_back();
        if (line.empty()) continue;
        const size_t found = stream.find(line, at);
        CHECK_MESSAGE(found != std::string::npos,
                      "just-in-time text not explained (or out of order): \"" << line << "\"");
        if (found != std::string::npos) at = found + line.size();
      }
      ++explained;
    }
  }
  CHECK(explained >= 3);
}

TEST_CASE("a record format (ropa, dpv) is no document's file") {
  notice::NoticeDoc doc;
  doc.locale = "en";
  doc.file_base = "notice.en";
  doc.jit.emplace_back();
  driver::Options options;
  options.formats = {"ropa", "dpv"};
  CHECK(driver::FileOf(options, doc).empty());
  CHECK(driver::FileOf(options, doc, true).empty());
  options.formats = {"ropa", "html", "jit"};
  CHECK(driver::FileOf(options, doc) == "notice.en.html");
  CHECK(driver::FileOf(options, doc, true) == "notice.en.jit.html");
}

}  // namespace pnc
