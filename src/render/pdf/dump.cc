// render/pdf: Layout → golden text. Two decimals everywhere so the dump is stable across runs.
#include "render/pdf/dump.h"

#include <cstdio>

namespace pnc::render::pdf {
namespace {

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v + 0.0);  // + 0.0 turns -0.00 into 0.00
  if (std::string(buf) == "-0.00") return "0.00";
  return buf;
}

}  // namespace

std::string DumpLayout(const Layout& layout) {
  std::string out = "# page font size x y width text\n";
  out += "# paper " + Fixed(layout.page_width) + " " + Fixed(layout.page_height) + " pages " +
         std::to_string(layout.page_count) + "\n";
  // Same order as the writer: tagged runs of a page, then its artifacts (footers, repeated
  // headers).
  for (int p = 0; p < layout.page_count; ++p) {
    for (int pass = 0; pass < 2; ++pass) {
      for (const Run& r : layout.runs) {
        if (r.page != p || (r.elem < 0) != (pass == 1) || r.text.empty()) continue;
        out += std::to_string(p + 1) + " " + (r.face == Face::kBold ? layout.bold_font : layout.regular_font) + " " +
               Fixed(r.size) + " " + Fixed(r.x) + " " + Fixed(r.y) + " " + Fixed(r.width) + " " + r.text + "\n";
      }
    }
  }
  for (const LinkArea& a : layout.links) {
    std::string target = a.uri;
    if (target.empty() && a.dest >= 0 && a.dest < static_cast<int>(layout.dests.size())) {
      target = "page " + std::to_string(layout.dests[a.dest].page + 1);
    }
    out += "link " + std::to_string(a.page + 1) + " " + Fixed(a.x0) + " " + Fixed(a.y0) + " " + Fixed(a.x1) + " " +
           Fixed(a.y1) + " " + target + "\n";
  }
  for (const Bookmark& b : layout.bookmarks) {
    int page = b.dest >= 0 && b.dest < static_cast<int>(layout.dests.size()) ? layout.dests[b.dest].page : -1;
    out += "bookmark " + std::to_string(b.level) + " " + std::to_string(page + 1) + " " + b.title + "\n";
  }
  return out;
}

}  // namespace pnc::render::pdf
