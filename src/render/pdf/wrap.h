#pragma once
// render/pdf: the line breaker. Styled spans → lines of positioned segments, measured glyph by
// glyph.
#include <string>
#include <vector>

#include "render/pdf/fonts.h"
#include "render/pdf/layout.h"

namespace pnc::render::pdf {

/// The regular and bold faces of one audience.
struct Fonts {
  const FontMetrics* regular = nullptr;
  const FontMetrics* bold = nullptr;
  /// The metrics for `face`.
  const FontMetrics& Get(Face face) const { return face == Face::kBold ? *bold : *regular; }
};

/// A stretch of inline text in one face; `link` indexes the caller's link table (-1 = none).
struct Span {
  std::string text;
  Face face = Face::kRegular;
  int link = -1;
  bool hard_break = false;  // a forced line break instead of text
  std::string lang;         // a notice kSpan's language ("" = its element's)
};

/// A piece of one line in one face, link and language, positioned from the line start.
struct Seg {
  Face face = Face::kRegular;
  int link = -1;
  std::string lang;
  std::string text;
  double x = 0;
  double width = 0;      // advance including trailing spaces
  double ink_width = 0;  // without trailing spaces, for underlines and link areas
};

/// One output line.
struct Line {
  std::vector<Seg> segs;
  double width = 0;
  bool space_after = false;  // broke at a space or forced break, not inside a word or at the end
};

/// Breaks `spans` into lines no wider than `width` at `size` points. Breaks at spaces; a word wider
/// than a line breaks at / . @ etc. if it is a URL or e-mail address, else between letters.
std::vector<Line> WrapSpans(const std::vector<Span>& spans, const Fonts& fonts, double size, double width);

/// Natural widths of `spans` at `size`: the widest unbreakable piece and the whole on one line.
void MeasureSpans(const std::vector<Span>& spans, const Fonts& fonts, double size, double* min_width,
                  double* max_width);

/// Width of a plain string in one face.
double TextWidth(const std::string& text, const FontMetrics& font, double size);

}  // namespace pnc::render::pdf
