// draft: PDF reader. PDF bytes (poppler-cpp, via draft/formats.h) → text lines with page numbers and font
// sizes → blocks. Running headers/footers are dropped; larger or bold short lines hint headings.
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"
#include "draft/formats.h"
#include "draft/limits.h"

namespace pnc::draft {
namespace {

struct Line {
  std::string text;
  double x = 0, y = 0, height = 0, size = 0;  // x: where the line's first word starts
  bool bold = true;
  int page = 0;
};

// Words → lines: a word whose vertical centre is within half a line of the current line's joins it.
std::vector<std::vector<Line>> PageLines(const std::vector<PdfWord>& words, int pages) {
  std::vector<std::vector<Line>> per_page(pages);
  for (const PdfWord& w : words) {
    if (w.page < 1 || w.page > pages) continue;
    std::vector<Line>& lines = per_page[w.page - 1];
    double cy = w.y + w.height / 2;
    if (lines.empty() || std::fabs(cy - (lines.back().y + lines.back().height / 2)) > w.height * 0.5) {
      Line l;
      l.x = w.x;
      l.y = w.y;
      l.height = w.height;
      l.page = w.page;
      l.bold = w.bold;
      lines.push_back(l);
    } else if (!lines.back().text.empty() && lines.back().text.back() != ' ') {
      lines.back().text += ' ';
    }
    Line& l = lines.back();
    l.text += w.text;
    if (w.space_after) l.text += ' ';
    l.size = std::max(l.size, w.font_size >= 0 ? w.font_size : w.height);
    l.bold = l.bold && w.bold;
  }
  for (auto& lines : per_page) {
    for (auto& l : lines) l.text = CollapseSpace(l.text);
  }
  return per_page;
}

}  // namespace

Extracted ReadPdf(std::string_view bytes) {
  Extracted out;
  out.format = "pdf";
  PdfText pdf;
  if (!PdfWords(bytes, kMaxDraftPages, kMaxDraftTextBytes, &pdf, &out.error)) return out;
  // A part of a notice would be reported as if it were all of it (rights on late pages
  // "missing"): a draft past a limit is refused instead.
  if (pdf.more_pages) {
    out.error = "the PDF has more than " + std::to_string(kMaxDraftPages) +
                " pages, more than pnc reads; check the notice's pages on their own (e.g. pdfseparate or qpdf --pages)";
    return out;
  }
  if (pdf.more_text) {
    out.error =
        "the PDF holds more than " + std::to_string(kMaxDraftTextBytes >> 20) + " MB of text, more than pnc reads";
    return out;
  }
  {
    std::vector<Line> all;
    std::vector<std::vector<Line>> per_page = PageLines(pdf.words, pdf.pages);
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
    std::vector<int> indent;  // in points: a bullet further right is an item of a nested list
    for (size_t i = 0; i < all.size(); ++i) {
      const Line& l = all[i];
      // A vertical gap well above the line height separates paragraphs: emit a blank line.
      if (i > 0 && all[i - 1].page == l.page) {
        double gap = l.y - (all[i - 1].y + all[i - 1].height);
        if (gap > 0.8 * std::max(l.height, all[i - 1].height)) {
          lines.push_back("");
          page_of.push_back(l.page);
          big.push_back(false);
          indent.push_back(0);
        }
      }
      lines.push_back(l.text);
      indent.push_back(static_cast<int>(std::lround(l.x)));
      page_of.push_back(l.page);
      big.push_back(body_size > 0 && (l.size >= body_size * 1.15 || (l.bold && l.text.size() < 80)));
    }
    out.blocks = BlocksFromLines(lines, page_of, big, indent);
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
  }
  return out;
}

}  // namespace pnc::draft
