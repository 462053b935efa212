// render/pdf: TrueType file bytes (read by the driver) → FontMetrics, cached for the life of the
// process. FreeType reads the same (3,1) cmap and hmtx that libharu embeds, so measured widths match
// the PDF. The bytes are kept: libharu reading the file itself took ~280 seek and read calls per
// font per document.
#include "render/pdf/fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <pthread.h>

#include <map>
#include <memory>
#include <mutex>

namespace pnc::render::pdf {
namespace {

struct Cache {
  std::mutex mu;
  std::map<std::string, std::unique_ptr<FontMetrics>> fonts;
  std::map<std::string, std::string> errors;
};

Cache& TheCache() {
  static Cache cache;  // never destroyed before other statics that render: function-local
  // A PDF may be rendered in a forked child (driver/isolate.h): the lock is taken around fork, so
  // the child never inherits it held by a thread it does not have.
  static const bool fork_safe = [] {
    return pthread_atfork([] { cache.mu.lock(); }, [] { cache.mu.unlock(); }, [] { cache.mu.unlock(); }) == 0;
  }();
  (void)fork_safe;
  return cache;
}

// Selects the Windows Unicode BMP cmap, the only one libharu 2.3 uses for CID fonts.
bool SelectWindowsUnicode(FT_Face face) {
  for (int i = 0; i < face->num_charmaps; ++i) {
    FT_CharMap cm = face->charmaps[i];
    if (cm->platform_id == 3 && cm->encoding_id == 1) return FT_Set_Charmap(face, cm) == 0;
  }
  return false;
}

std::unique_ptr<FontMetrics> Parse(FT_Library lib, const std::string& path, const std::string* bytes,
                                   std::string* error) {
  auto m = std::make_unique<FontMetrics>();
  if (bytes != nullptr) m->bytes = *bytes;
  FT_Face face = nullptr;
  if (m->bytes.empty() || FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(m->bytes.data()),
                                             static_cast<FT_Long>(m->bytes.size()), 0, &face) != 0) {
    *error = "cannot read font file '" + path + "'";
    return nullptr;
  }
  std::unique_ptr<FT_FaceRec_, decltype(&FT_Done_Face)> hold(face, FT_Done_Face);
  if (!FT_IS_SFNT(face) || !SelectWindowsUnicode(face)) {
    *error = "font file '" + path + "' is not a TrueType font with a unicode cmap";
    return nullptr;
  }
  m->path = path;
  m->family =
      std::string(face->family_name ? face->family_name : "") +
      (face->style_name && std::string(face->style_name) != "Regular" ? " " + std::string(face->style_name) : "");
  const char* ps = FT_Get_Postscript_Name(face);
  m->postscript_name = ps ? ps : m->family;
  double upem = face->units_per_EM;
  m->ascender = face->ascender / upem;
  m->descender = -face->descender / upem;
  m->underline_position = -face->underline_position / upem;
  m->underline_thickness = face->underline_thickness / upem;
  m->widths.assign(0x10000, -1);
  FT_UInt gid = 0;
  for (FT_ULong c = FT_Get_First_Char(face, &gid); gid != 0; c = FT_Get_Next_Char(face, c, &gid)) {
    if (c >= 0x10000) continue;
    FT_Fixed adv = 0;
    if (FT_Get_Advance(face, gid, FT_LOAD_NO_SCALE, &adv) != 0) continue;
    // libharu: (HPDF_UINT16)(advance * 1000 / units_per_em), integer division.
    m->widths[c] = static_cast<int16_t>(static_cast<unsigned>(adv) * 1000u / face->units_per_EM);
  }
  return m;
}

}  // namespace

const FontMetrics* LoadFontMetrics(const std::string& path, const std::string* bytes, std::string* error) {
  Cache& cache = TheCache();
  std::lock_guard<std::mutex> lock(cache.mu);
  if (auto it = cache.fonts.find(path); it != cache.fonts.end()) return it->second.get();
  if (auto it = cache.errors.find(path); it != cache.errors.end()) {
    *error = it->second;
    return nullptr;
  }
  FT_Library lib = nullptr;
  if (FT_Init_FreeType(&lib) != 0) {
    *error = "cannot initialise freetype";
    return nullptr;
  }
  std::string why;
  auto m = Parse(lib, path, bytes, &why);
  FT_Done_FreeType(lib);
  if (!m) {
    cache.errors[path] = why;
    *error = why;
    return nullptr;
  }
  return (cache.fonts[path] = std::move(m)).get();
}

}  // namespace pnc::render::pdf
