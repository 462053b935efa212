#pragma once
// render/pdf: libharu's UTF-8 TrueType fonts, made smaller and faster through its internal
// encoder and font records (hpdf_encoder.h, hpdf_objects.h), which Debian ships and exports.
#include <hpdf.h>

#include <set>
#include <string>

namespace pnc::render::pdf {

/// HPDF_LoadTTFontFromFile(doc, <file>, HPDF_TRUE) for a TrueType file already in memory (libharu
/// 2.3 has no public call for it); the font's name, or nullptr with the error raised on `doc`.
const char* LoadTrueType(HPDF_Doc doc, const std::string& bytes);

/// HPDF_GetFont(doc, font_name, "UTF-8") for a document that shows only the code points in
/// `used`. libharu would otherwise look up all 65,536 BMP code points in the font's cmap (a
/// linear search each) and write a 128 KB CIDToGIDMap and a /W entry for every one: that was a
/// third of the time of a one-notice build. Codes outside `used` map to .notdef.
HPDF_Font GetUtf8Font(HPDF_Doc doc, const char* font_name, const std::set<char32_t>& used);

/// Replaces libharu's ToUnicode CMap for a UTF-8 font (a cidrange poppler rejects) with one
/// bfchar entry per code point in `used`, so text extraction and screen readers get Unicode.
void FixToUnicode(HPDF_Font font, const std::set<char32_t>& used);

}  // namespace pnc::render::pdf
