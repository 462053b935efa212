// render/pdf: the configured fonts cover what UK notices print (Welsh, Polish, £, typographic
// punctuation), and their metrics match what libharu writes into the PDF.
#include <doctest/doctest.h>

#include "render/pdf/fonts.h"
#include "render/pdf/style.h"
#include "render/pdf/text.h"
#include "test_support.h"

namespace pnc::render::pdf {
namespace {

const std::string kTiresias = "/usr/share/fonts/truetype/tiresias/tiresias_lpfont.ttf";

TEST_CASE("pdf: the adult and child fonts cover Welsh, Polish, the pound sign and curly quotes") {
  const std::u32string needed = DecodeUtf8(
      "âêîôûŵŷÂÊÎÔÛŴŶäëïöüÿáéíóúýàèìòùẁẃẅỳ"  // Welsh
      "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"                   // Polish
      "£€‘’“”–—…•");
  for (const char* audience : {"adult", "child"}) {
    Style st;
    diag::Sink sink;
    REQUIRE(LoadStyle(PNC_DEFAULT_DATA_DIR, test::Data().files.Get(kSettingsFile), audience, "A4", &st, &sink));
    for (const std::string& path : {st.font_regular, st.font_bold}) {
      std::string error;
      const FontMetrics* f = LoadFontMetrics(path, test::Data().files.Get(path), &error);
      REQUIRE_MESSAGE(f, error);
      for (char32_t c : needed) {
        CAPTURE(CodePointName(c));
        CAPTURE(path);
        CHECK(f->Has(c));
      }
      CHECK_FALSE(f->Has(0x1F600));
      CHECK(f->Width1000(U' ') > 0);
    }
  }
}

TEST_CASE("pdf: font metrics are loaded once and shared") {
  std::string error;
  const FontMetrics* a = LoadFontMetrics(kTiresias, test::Data().files.Get(kTiresias), &error);
  const FontMetrics* b = LoadFontMetrics(kTiresias, test::Data().files.Get(kTiresias), &error);
  REQUIRE(a);
  CHECK(a == b);
  CHECK(a->postscript_name == "TiresiasLPfont");
  CHECK_FALSE(LoadFontMetrics("/nonexistent/font.ttf", test::Data().files.Get("/nonexistent/font.ttf"), &error));
  CHECK(error == "cannot read font file '/nonexistent/font.ttf'");
}

}  // namespace
}  // namespace pnc::render::pdf
