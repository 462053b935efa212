// draft: PDF reader. PDF bytes (poppler-cpp, from memory) → text lines with page numbers and font
// sizes → blocks. Running headers/footers are dropped; larger or bold short lines hint headings.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {
namespace {

struct Line {
  std::string text;
  double y = 0, height = 0, size = 0;
  bool bold = true;
  int page = 0;
};

void Quiet(const std::string&, void*) {}

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

std::vector<Line> PageLines(poppler::page& page, int number) {
  std::vector<Line> lines;
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  for (auto& box : boxes) {
    poppler::rectf r = box.bbox();
    double cy = r.y() + r.height() / 2;
    std::string word = Utf8(box.text());
    bool bold = box.has_font_info() && box.get_font_name().find("Bold") != std::string::npos;
    if (lines.empty() || std::fabs(cy - (lines.back().y + lines.back().height / 2)) > r.height() * 0.5) {
      Line l;
      l.y = r.y();
      l.height = r.height();
      l.page = number;
      l.bold = bold;
      lines.push_back(l);
    } else if (!lines.back().text.empty() && lines.back().text.back() != ' ') {
      lines.back().text += ' ';
    }
    Line& l = lines.back();
    l.text += word;
    if (box.has_space_after()) l.text += ' ';
    l.size = std::max(l.size, box.has_font_info() ? box.get_font_size() : r.height());
    l.bold = l.bold && bold;
  }
  for (auto& l : lines) l.text = CollapseSpace(l.text);
  return lines;
}

}  // namespace

Extracted ReadPdf(std::string_view bytes) {
  Extracted out;
  out.format = "pdf";
  poppler::set_debug_error_function(Quiet, nullptr);
  try {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
      out.error = "cannot open the PDF: damaged or not a PDF";
      return out;
    }
    if (doc->is_locked()) {
      out.error = "cannot read the PDF: it is encrypted (password protected)";
      return out;
    }
    int pages = std::min(doc->pages(), 500);
    std::vector<Line> all;
    std::vector<std::vector<Line>> per_page;
    for (int p = 0; p < pages; ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      per_page.push_back(page ? PageLines(*page, p + 1) : std::vector<Line>{});
    }
    // Running headers and footers: the first or last two lines of a page repeated on other pages.
    std::map<std::string, int> edge_count;
    for (const auto& pl : per_page) {
      for (size_t i = 0; i < pl.size(); ++i) {
        if (i < 2 || i + 2 >= pl.size()) ++edge_count[pl[i].text];
      }
    }
    double body_size = 0;
    std::map<int, size_t> size_chars;
    for (const auto& pl : per_page) {
      for (size_t i = 0; i < pl.size(); ++i) {
        bool edge = i < 2 || i + 2 >= pl.size();
        if (edge && per_page.size() >= 2 && edge_count[pl[i].text] >= 2) continue;
        all.push_back(pl[i]);
        size_chars[static_cast<int>(std::lround(pl[i].size * 2))] += pl[i].text.size();
      }
    }
    size_t best = 0;
    for (const auto& [sz, n] : size_chars) {
      if (n > best) {
        best = n;
        body_size = sz / 2.0;
      }
    }
    if (all.empty()) {
      out.error = "the PDF has no extractable text (a scanned image?)";
      return out;
    }
    std::vector<std::string> lines;
    std::vector<int> page_of;
    std::vector<bool> big;
    for (size_t i = 0; i < all.size(); ++i) {
      const Line& l = all[i];
      // A vertical gap well above the line height separates paragraphs: emit a blank line.
      if (i > 0 && all[i - 1].page == l.page) {
        double gap = l.y - (all[i - 1].y + all[i - 1].height);
        if (gap > 0.8 * std::max(l.height, all[i - 1].height)) {
          lines.push_back("");
          page_of.push_back(l.page);
          big.push_back(false);
        }
      }
      lines.push_back(l.text);
      page_of.push_back(l.page);
      big.push_back(body_size > 0 && (l.size >= body_size * 1.15 || (l.bold && l.text.size() < 80)));
    }
    out.blocks = BlocksFromLines(lines, page_of, big);
    // Line numbers count real text lines only; the blank separators were added here.
    std::vector<int> text_line(lines.size() + 1, 0);
    for (size_t k = 0; k < lines.size(); ++k) text_line[k + 1] = text_line[k] + (lines[k].empty() ? 0 : 1);
    std::map<int, int> first_on_page;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!lines[k].empty() && !first_on_page.count(page_of[k])) first_on_page[page_of[k]] = text_line[k + 1];
    }
    for (const auto& [page, first] : first_on_page) {
      while (static_cast<int>(out.page_first_line.size()) < page) out.page_first_line.push_back(first);
    }
    for (auto& b : out.blocks) {
      b.line = text_line[b.line];
      for (auto& lb : b.line_breaks) lb.second = text_line[lb.second];
      b.page_line = b.line - first_on_page[b.page] + 1;
    }
  } catch (const std::exception& e) {
    out.error = std::string("cannot read the PDF: ") + e.what();
  }
  return out;
}

}  // namespace pnc::draft
