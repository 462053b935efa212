// tests: the catalogue's own children's texts meet the readability targets they impose on sources:
// every sentence within the 10-12 band's length (the @6-9 variants within the 6-9 band's), no jargon;
// the children's just-in-time notices' texts too.
#include <doctest/doctest.h>

#include "readability/check.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("children's catalogue texts are short and plain") {
  const auto& data = test::Data();
  for (const auto& [code, cat] : data.AllCatalogues()) {
    auto rd = data.readability.find(code);
    if (rd == data.readability.end()) continue;  // readability is measured for en and cy
    for (const auto& [key, text] : cat->messages()) {
      // A children's just-in-time notice (jit.child.*) is read by the same children as their guide.
      const bool child = key.rfind("child.", 0) == 0 || key.rfind("jit.child.", 0) == 0;
      if (!child || key.rfind("child.icon.", 0) == 0 || key.rfind("child.term.", 0) == 0) continue;
      std::string band = key.find("@6-9") != std::string::npos ? "6-9" : "10-12";
      const readability::Band* b = readability::FindBand(rd->second, band);
      REQUIRE(b != nullptr);
      readability::CheckOptions options;
      options.reading_level = false;
      // Glossary entries explain their term, so the term itself may appear in them.
      auto result =
          readability::Check(text, rd->second, *b, {"personal information", "consent", "safeguarding"}, options);
      for (const auto& f : result.findings) {
        CAPTURE(code);
        CAPTURE(key);
        CHECK_MESSAGE(false, f.message);
      }
    }
  }
}

}  // namespace pnc

namespace pnc {

// User test (hospice): "What can you do? says more." A heading named in running text is only read
// as a reference when it is marked: in PDF and plain text the link is gone, so the heading's words
// must carry quotation marks (a question heading without them reads as a question).
TEST_CASE("a catalogue text that names a question heading quotes it") {
  const auto& data = test::Data();
  for (const auto& [code, cat] : data.AllCatalogues()) {
    for (const auto& [key, text] : cat->messages()) {
      for (size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
        const size_t close = text.find("](#", open);
        if (close == std::string::npos) break;
        const std::string label = text.substr(open + 1, close - open - 1);
        const bool question = label.size() >= 1 && (label.back() == '?' || label.ends_with("؟"));
        const bool quoted = label.starts_with("“") || label.starts_with("„") || label.starts_with("«") ||
                            label.starts_with("\"") || label.starts_with("‘");
        CAPTURE(code);
        CAPTURE(key);
        CHECK_MESSAGE((!question || quoted), "the heading '" << label << "' is named without quotation marks");
      }
    }
  }
}

}  // namespace pnc
