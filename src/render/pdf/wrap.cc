// render/pdf: spans → lines. Greedy, left-aligned (never justified) line filling on per-glyph
// advances; HPDF_Page_MeasureText is not used because it splits UTF-8 and gives up on long words.
#include "render/pdf/wrap.h"

#include <algorithm>

#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

constexpr char32_t kHardBreak = 0x2028;
constexpr double kEpsilon = 1e-6;

struct Ch {
  char32_t c;
  int span;
  bool space;  // a breaking space
  double w;
};

std::vector<Ch> Expand(const std::vector<Span>& spans, const Fonts& fonts, double size) {
  std::vector<Ch> out;
  for (int s = 0; s < static_cast<int>(spans.size()); ++s) {
    const Span& sp = spans[s];
    if (sp.hard_break) {
      while (!out.empty() && out.back().space) out.pop_back();
      out.push_back({kHardBreak, s, false, 0});
      continue;
    }
    const FontMetrics& f = fonts.Get(sp.face);
    for (char32_t c : DecodeUtf8(sp.text)) {
      if (IsInvisible(c)) continue;
      if (IsSpace(c)) {
        // Collapse white space as HTML does; none at a line start.
        if (out.empty() || out.back().space || out.back().c == kHardBreak) continue;
        out.push_back({U' ', s, true, f.Width(U' ', size)});
        continue;
      }
      // No-break spaces draw as a space (every font has one) but never break.
      if (c == 0x00A0 || c == 0x202F) c = U' ';
      out.push_back({c, s, false, f.Width(c, size)});
    }
  }
  while (!out.empty() && out.back().space) out.pop_back();
  return out;
}

bool IsWordChar(const Ch& ch) { return !ch.space && ch.c != kHardBreak; }

class Breaker {
 public:
  Breaker(const std::vector<Span>& spans, std::vector<Ch> chars, double width)
      : spans_(spans), chars_(std::move(chars)), width_(width) {}

  std::vector<Line> Run() {
    int pending_space = -1;
    size_t i = 0;
    while (i < chars_.size()) {
      if (chars_[i].c == kHardBreak) {
        Flush(true, true);
        pending_space = -1;
        ++i;
        continue;
      }
      if (chars_[i].space) {
        pending_space = static_cast<int>(i++);
        continue;
      }
      size_t j = i;
      while (j < chars_.size() && IsWordChar(chars_[j])) ++j;
      Word(i, j, pending_space);
      pending_space = -1;
      i = j;
    }
    Flush(false, false);
    return std::move(lines_);
  }

 private:
  double Sum(size_t b, size_t e) const {
    double w = 0;
    for (size_t k = b; k < e; ++k) w += chars_[k].w;
    return w;
  }

  void Word(size_t b, size_t e, int space) {
    double ww = Sum(b, e);
    double sp = cur_.empty() || space < 0 ? 0 : chars_[space].w;
    if (x_ + sp + ww <= width_ + kEpsilon) {
      Append(space, b, e, sp + ww);
      return;
    }
    if (ww <= width_ + kEpsilon) {
      Flush(false, true);
      Append(-1, b, e, ww);
      return;
    }
    // Wider than a whole line: break inside it, at address separators if it is an address.
    std::u32string word;
    for (size_t k = b; k < e; ++k) word.push_back(chars_[k].c);
    bool address = LooksLikeAddress(word);
    size_t pos = b;
    while (pos < e) {
      bool lead = !cur_.empty() && pos == b && space >= 0;
      double lead_w = lead ? chars_[space].w : 0;
      double room = width_ - x_ - lead_w;
      size_t k = address ? LongestFit(word, b, pos, e, room, true) : pos;
      if (k == pos) {
        if (!cur_.empty()) {
          Flush(false, pos == b);
          continue;
        }
        k = LongestFit(word, b, pos, e, room, false);
        if (k == pos) {  // not even one letter fits: take one cluster anyway
          k = pos + 1;
          while (k < e && IsCombining(chars_[k].c)) ++k;
        }
      }
      Append(lead ? space : -1, pos, k, lead_w + Sum(pos, k));
      pos = k;
      if (pos < e) Flush(false, false);
    }
  }

  // The furthest end k in (pos, e] with [pos, k) fitting `room` and k an allowed break; pos if
  // none. In an address a strong break (after /, before .) wins unless it wastes half the room.
  size_t LongestFit(const std::u32string& word, size_t b, size_t pos, size_t e, double room, bool address) const {
    size_t best = pos, strong = pos;
    double w = 0, strong_w = 0;
    for (size_t k = pos + 1; k <= e; ++k) {
      w += chars_[k - 1].w;
      if (w > room + kEpsilon) break;
      int quality = k == e ? 2 : address ? AddressBreakBefore(word, k - b) : (IsCombining(chars_[k].c) ? 0 : 2);
      if (quality > 0) best = k;
      if (quality == 2) strong = k, strong_w = w;
    }
    return strong > pos && strong_w >= room / 2 ? strong : best;
  }

  void Append(int space, size_t b, size_t e, double w) {
    if (space >= 0) cur_.push_back(space);
    for (size_t k = b; k < e; ++k) cur_.push_back(static_cast<int>(k));
    x_ += w;
  }

  void Flush(bool force, bool space_after) {
    if (cur_.empty() && !force) return;
    Line line;
    line.space_after = space_after;
    for (int idx : cur_) {
      const Ch& ch = chars_[idx];
      const Span& sp = spans_[ch.span];
      if (line.segs.empty() || line.segs.back().face != sp.face || line.segs.back().link != sp.link ||
          line.segs.back().lang != sp.lang) {
        Seg seg;
        seg.face = sp.face;
        seg.link = sp.link;
        seg.lang = sp.lang;
        seg.x = line.width;
        line.segs.push_back(seg);
      }
      Seg& seg = line.segs.back();
      AppendUtf8(ch.c, &seg.text);
      seg.width += ch.w;
      if (!ch.space) seg.ink_width = seg.width;
      line.width += ch.w;
    }
    lines_.push_back(std::move(line));
    cur_.clear();
    x_ = 0;
  }

  const std::vector<Span>& spans_;
  std::vector<Ch> chars_;
  double width_;
  std::vector<int> cur_;
  double x_ = 0;
  std::vector<Line> lines_;
};

}  // namespace

std::vector<Line> WrapSpans(const std::vector<Span>& spans, const Fonts& fonts, double size, double width) {
  return Breaker(spans, Expand(spans, fonts, size), width).Run();
}

void MeasureSpans(const std::vector<Span>& spans, const Fonts& fonts, double size, double* min_width,
                  double* max_width) {
  std::vector<Ch> chars = Expand(spans, fonts, size);
  *min_width = 0;
  *max_width = 0;
  double line = 0;
  size_t i = 0;
  while (i < chars.size()) {
    if (!IsWordChar(chars[i])) {
      line = chars[i].c == kHardBreak ? 0 : line + chars[i].w;
      ++i;
      continue;
    }
    size_t j = i;
    std::u32string word;
    while (j < chars.size() && IsWordChar(chars[j])) word.push_back(chars[j++].c);
    // An address can break at its separators, so only its longest piece must fit.
    bool address = LooksLikeAddress(word);
    double piece = 0, total = 0;
    for (size_t k = i; k < j; ++k) {
      if (address && AddressBreakBefore(word, k - i)) piece = 0;
      piece += chars[k].w;
      total += chars[k].w;
      *min_width = std::max(*min_width, piece);
    }
    line += total;
    *max_width = std::max(*max_width, line);
    i = j;
  }
}

double TextWidth(const std::string& text, const FontMetrics& font, double size) {
  double w = 0;
  for (char32_t c : DecodeUtf8(text)) w += font.Width(c, size);
  return w;
}

}  // namespace pnc::render::pdf
