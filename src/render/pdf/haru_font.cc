// render/pdf: sparse UTF-8 TrueType fonts and their ToUnicode CMaps (see haru_font.h).
#include "render/pdf/haru_font.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace pnc::render::pdf {

// What libharu's LoadTTFontFromStream (hpdf_doc.c) does after reading the file, except that a
// font already loaded is returned rather than refused (HPDF_FONT_EXISTS): the settings may name
// one file for both faces.
const char* LoadTrueType(HPDF_Doc doc, const std::string& bytes) {
  HPDF_Stream stream = HPDF_MemStream_New(doc->mmgr, static_cast<HPDF_UINT>(bytes.size()));
  if (!stream) {
    HPDF_CheckError(&doc->error);
    return nullptr;
  }
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                        static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK ||
      HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK) {
    HPDF_Stream_Free(stream);
    HPDF_CheckError(&doc->error);
    return nullptr;
  }
  // An embedded font definition owns its stream from here on, and frees it on failure too.
  HPDF_FontDef def = HPDF_TTFontDef_Load(doc->mmgr, stream, HPDF_TRUE);
  if (!def) {
    HPDF_CheckError(&doc->error);
    return nullptr;
  }
  if (HPDF_FontDef known = HPDF_Doc_FindFontDef(doc, def->base_font)) {
    HPDF_FontDef_Free(def);
    return known->base_font;
  }
  if (HPDF_List_Add(doc->fontdef_list, def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    HPDF_CheckError(&doc->error);
    return nullptr;
  }
  // Subset tags HPDFAA, HPDFAB, … in load order, as libharu names them.
  if (doc->ttfont_tag[0] == 0) {
    std::memcpy(doc->ttfont_tag, "HPDFAA", 6);
  } else {
    for (int i = 5; i >= 0; --i) {
      if (++doc->ttfont_tag[i] <= 'Z') break;
      doc->ttfont_tag[i] = 'A';
    }
  }
  HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(doc->ttfont_tag));
  return def->base_font;
}

HPDF_Font GetUtf8Font(HPDF_Doc doc, const char* font_name, const std::set<char32_t>& used) {
  HPDF_Encoder enc = HPDF_GetEncoder(doc, "UTF-8");
  if (!enc) return nullptr;
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(enc->attr);
  // For an encoder whose to_unicode_fn is HPDF_CMapEncoder_ToUnicode, libharu's CIDFontType2_New
  // visits only codes with a CID in cid_map, and sizes /W and the CIDToGIDMap by the highest CID.
  // The UTF-8 encoder's CID is the code point (text is written as UTF-16BE codes), so a map of
  // the used code points onto themselves gives the same font, limited to what is shown. The
  // maps are otherwise unused by the UTF-8 encoder once fonts exist: cid_map[0] is its parse
  // state, which it resets at the start of every string.
  std::memset(attr->cid_map, 0, sizeof attr->cid_map);
  std::memset(attr->unicode_map, 0, sizeof attr->unicode_map);
  auto map = [&](char32_t c) {
    attr->cid_map[c >> 8][c & 0xFF] = static_cast<HPDF_UINT16>(c);
    attr->unicode_map[c >> 8][c & 0xFF] = static_cast<HPDF_UNICODE>(c);
  };
  map(U' ');  // never empty: libharu refuses a font with no CIDs
  char32_t highest = U' ';
  for (char32_t c : used) {
    if (c > 0 && c < 0x10000) {
      map(c);
      highest = std::max(highest, c);
    }
  }
  // libharu writes /W and the CIDToGIDMap for CIDs below the highest one only (i < max), so the
  // highest code point shown would print as .notdef with the default width. One more, never shown,
  // takes that place.
  if (highest < 0xFFFF) map(highest + 1);
  HPDF_Encoder_ToUnicode_Func utf8 = enc->to_unicode_fn;
  enc->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  HPDF_Font font = HPDF_GetFont(doc, font_name, "UTF-8");
  enc->to_unicode_fn = utf8;
  return font;
}

void FixToUnicode(HPDF_Font font, const std::set<char32_t>& used) {
  auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!cmap || !cmap->stream) return;
  // Keys of a CMap resource, not of a ToUnicode stream (RemoveElement raises no error if absent).
  for (const char* key : {"CMapName", "CIDSystemInfo", "WMode", "Type"}) HPDF_Dict_RemoveElement(cmap, key);
  HPDF_MemStream_FreeData(cmap->stream);
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // libharu's UTF-8 CID fonts use the BMP code point as the CID, so each entry maps to itself.
  std::vector<char32_t> cps(used.begin(), used.end());
  for (size_t i = 0; i < cps.size(); i += 100) {
    size_t n = std::min<size_t>(100, cps.size() - i);
    s += std::to_string(n) + " beginbfchar\n";
    for (size_t k = i; k < i + n; ++k) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "<%04X> <%04X>\n", static_cast<unsigned>(cps[k]), static_cast<unsigned>(cps[k]));
      s += buf;
    }
    s += "endbfchar\n";
  }
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  HPDF_Stream_WriteStr(cmap->stream, s.c_str());
}

}  // namespace pnc::render::pdf
