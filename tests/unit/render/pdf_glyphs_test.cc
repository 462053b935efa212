// render/pdf: the glyphs a reader sees. Text extraction goes through ToUnicode and would pass
// even if every character were drawn as a box, so this reads each font's CIDToGIDMap back out of
// the PDF and checks it against the font's own cmap (FreeType), for every character printed.
#include <doctest/doctest.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "render/pdf.h"
#include "render/pdf/fonts.h"
#include "render/pdf/sample_doc.h"
#include "render/pdf/style.h"
#include "render/pdf/text.h"

namespace pnc::render::pdf_test {
namespace {

// The bytes of object `id`'s stream, inflated.
std::string StreamOf(const std::string& pdf, const std::string& id) {
  std::smatch m;
  std::regex head("(^|\\n)" + id + " 0 obj\\s*<<((?:.|\\n)*?)>>\\s*stream\\r?\\n");
  REQUIRE(std::regex_search(pdf, m, head));
  std::string dict = m[2];
  // libharu writes /Length as an indirect object after the stream; the data ends at endstream.
  size_t start = m.position(0) + m.length(0);
  size_t end = pdf.find("\nendstream", start);
  REQUIRE(end != std::string::npos);
  std::string raw = pdf.substr(start, end - start);
  if (dict.find("/FlateDecode") == std::string::npos) return raw;
  std::string out(1 << 20, '\0');
  uLongf size = out.size();
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
                     raw.size()) == Z_OK);
  out.resize(size);
  return out;
}

struct CidFont {
  std::string cid_to_gid;          // 2 bytes per CID, big-endian
  std::map<unsigned, int> widths;  // from /W
  int default_width = 1000;        // /DW
};

// /W [ c [w1 w2 …] … ]: widths of consecutive CIDs from c.
std::map<unsigned, int> Widths(const std::string& obj) {
  std::map<unsigned, int> out;
  size_t at = obj.find("/W [");
  if (at == std::string::npos) return out;
  std::istringstream in(obj.substr(at + 4));
  std::string tok;
  unsigned cid = 0;
  bool inner = false;
  while (in >> tok && !(tok == "]" && !inner)) {
    if (tok == "[") {
      inner = true;
    } else if (tok == "]") {
      inner = false;
    } else if (inner) {
      out[cid++] = std::stoi(tok);
    } else {
      cid = static_cast<unsigned>(std::stoul(tok));
    }
  }
  return out;
}

// BaseFont name (without the subset tag and libharu's ",Bold") → that CIDFontType2 font.
std::map<std::string, CidFont> CidFonts(const std::string& pdf) {
  std::map<std::string, CidFont> out;
  for (size_t at = 0; (at = pdf.find("/Subtype /CIDFontType2", at)) != std::string::npos; ++at) {
    std::string obj = pdf.substr(at, pdf.find("endobj", at) - at);
    std::smatch map, name;
    REQUIRE(std::regex_search(obj, map, std::regex("/CIDToGIDMap (\\d+) 0 R")));
    REQUIRE(std::regex_search(obj, name, std::regex("/BaseFont /[A-Z]{6}\\+([^\\s/>,]+)")));
    CidFont& f = out[name[1]];
    f.cid_to_gid = StreamOf(pdf, map[1]);
    f.widths = Widths(obj);
    std::smatch dw;
    if (std::regex_search(obj, dw, std::regex("/DW (\\d+)"))) f.default_width = std::stoi(dw[1]);
  }
  return out;
}

unsigned Gid(const std::string& map, char32_t c) {
  size_t at = static_cast<size_t>(c) * 2;
  if (at + 1 >= map.size()) return 0;
  return static_cast<unsigned char>(map[at]) << 8 | static_cast<unsigned char>(map[at + 1]);
}

TEST_CASE("pdf: every character printed maps to its own glyph in the embedded font, and only those are mapped") {
  NoticeDoc doc = BaseDoc();
  doc.locale = "cy";
  Section s;
  s.id = "a";
  s.title = "Pwy ydym ni \xE2\x80\x93 Ŵyr";
  s.origin = "/sections/0";
  const std::string body =
      "Mae\xE2\x80\x99r ŵyr yn dŵr; tŷ bach. Pâr, ête, ôl, ûn, ïon, £5 €7 \xE2\x80\x9C"
      "dyfynnu\xE2\x80\x9D \xE2\x80\x94 iawn\xE2\x80\xA6 Zażółć gęślą jaźń.";
  s.blocks.push_back(Para(body));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string pdf;
  REQUIRE(RenderPdf(doc, Ctx(), &pdf, &sink));

  pdf::Style style;
  REQUIRE(pdf::LoadStyle(PNC_DEFAULT_DATA_DIR, Settings(), "adult", "A4", &style, &sink));
  std::map<std::string, CidFont> fonts = CidFonts(pdf);
  REQUIRE(fonts.size() == 2);

  FT_Library lib;
  REQUIRE(FT_Init_FreeType(&lib) == 0);
  for (const std::string& path : {style.font_regular, style.font_bold}) {
    FT_Face face;
    REQUIRE(FT_New_Face(lib, path.c_str(), 0, &face) == 0);
    FT_Select_Charmap(face, FT_ENCODING_UNICODE);
    std::string name = FT_Get_Postscript_Name(face);
    CAPTURE(name);
    REQUIRE(fonts.count(name) == 1);
    const CidFont& font = fonts[name];
    const std::string& map = font.cid_to_gid;
    std::string error;
    const pdf::FontMetrics* metrics = pdf::LoadFontMetrics(path, Files()->Get(path), &error);
    REQUIRE_MESSAGE(metrics, error);
    // The body is regular and the heading bold; both print digits and spaces in the footer.
    const bool bold = path == style.font_bold;
    std::set<char32_t> shown;
    for (char32_t c : pdf::DecodeUtf8(bold ? s.title : body)) shown.insert(c);
    for (char32_t c : shown) {
      CAPTURE(pdf::CodePointName(c));
      CHECK(Gid(map, c) != 0);
      CHECK(Gid(map, c) == FT_Get_Char_Index(face, c));
      // The width a viewer advances by is the one pnc laid the line out with.
      auto w = font.widths.find(c);
      CHECK((w == font.widths.end() ? font.default_width : w->second) == metrics->Width1000(c));
    }
    // Sparse: the map stops at the highest code point printed, far below 65,536 entries.
    CHECK(map.size() <= 2 * 0x2100);
    CHECK(Gid(map, U'Q') == 0);  // in the font, never printed
    FT_Done_Face(face);
  }
  FT_Done_FreeType(lib);
}

TEST_CASE("pdf: settings that name one font for both faces map what both faces print") {
  // The settings come from the driver (RenderContext::files), as in a build.
  nlohmann::json j = nlohmann::json::parse(*Settings());
  j["audiences"]["adult"]["font_bold"] = j["audiences"]["adult"]["font_regular"];
  ReplacedFiles files;
  files.replaced[pdf::kSettingsFile] = j.dump(2);
  RenderContext ctx = Ctx();
  ctx.files = &files;

  NoticeDoc doc = BaseDoc();
  Section s;
  s.id = "a";
  s.title = "Why? Zebra quiz!";  // bold only: ?, Z, z, q, !
  s.origin = "/sections/0";
  s.blocks.push_back(Para("Plain words here."));
  doc.sections.push_back(s);
  diag::Sink sink;
  std::string pdf;
  REQUIRE(RenderPdf(doc, ctx, &pdf, &sink));
  std::map<std::string, CidFont> fonts = CidFonts(pdf);
  REQUIRE(fonts.size() == 1);
  const CidFont& font = fonts.begin()->second;
  for (char32_t c : pdf::DecodeUtf8(s.title + "Plain words here.")) {
    CAPTURE(pdf::CodePointName(c));
    CHECK(Gid(font.cid_to_gid, c) != 0);
  }
  if (!HasTool("pdftotext")) return;
  std::string text = Squash(RunTool("pdftotext -enc UTF-8 " + WriteTemp("one-font.pdf", pdf) + " -"));
  CHECK(text.find("Why? Zebra quiz!") != std::string::npos);
  CHECK(text.find("Plain words here.") != std::string::npos);
  CHECK(text.find("Version 3") != std::string::npos);
}

}  // namespace
}  // namespace pnc::render::pdf_test
