#pragma once
// render/pdf: per-process cache of TrueType metrics (coverage and advance widths) read with
// FreeType.
#include <cstdint>
#include <string>
#include <vector>

namespace pnc::render::pdf {

/// What the layout engine needs from one TrueType file; immutable once loaded, so shared by
/// threads.
struct FontMetrics {
  std::string path;                   // file the PDF embeds
  std::string family;                 // "Tiresias LPfont Bold", for diagnostics
  std::string postscript_name;        // for the layout dump
  double ascender = 0.8;              // in em, positive
  double descender = 0.2;             // in em, positive (below the baseline)
  double underline_position = 0.1;    // in em below the baseline
  double underline_thickness = 0.05;  // in em

  /// True when the font's Windows Unicode BMP cmap (the one libharu reads) maps `c` to a glyph.
  bool Has(char32_t c) const { return c < widths.size() && widths[c] >= 0; }
  /// Advance of `c` in thousandths of an em, truncated exactly as libharu writes /W (0 if missing).
  int Width1000(char32_t c) const { return Has(c) ? widths[c] : 0; }
  /// Advance of `c` at `size` points.
  double Width(char32_t c, double size) const { return Width1000(c) * size / 1000.0; }

  std::vector<int16_t> widths;  // indexed by BMP code point; -1 = no glyph
  std::string bytes;            // the file, read once: libharu embeds it from memory
};

/// The metrics for the font file `path` (its bytes, read by the driver; nullptr when it could not
/// be read), parsed once per process (thread-safe); nullptr and `*error` if unreadable.
const FontMetrics* LoadFontMetrics(const std::string& path, const std::string* bytes, std::string* error);

}  // namespace pnc::render::pdf
