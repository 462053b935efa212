// render/pdf: flow boxes → pages. Honours keeps (headings, widows and orphans, table rows), repeats
// table header rows after a break, frames callouts, then adds contents page numbers and footers.
#include <algorithm>
#include <array>
#include <map>

#include "render/pdf/flow.h"
#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

constexpr double kEpsilon = 1e-6;

struct Item {
  int box;
  bool clone;  // a repeated table header: decoration for the reader, an artifact for the tags
  double top;  // distance below the content top
};

struct TocFill {
  int run_id;  // the page-number placeholder run
  int dest;
  double right, leader_x;
};

class Paginator {
 public:
  Paginator(std::vector<Box>& boxes, const std::vector<Callout>& callouts, const Style& style, Layout* layout)
      : boxes_(boxes), callouts_(callouts), style_(style), out_(layout) {
    content_top_ = style.page_height - style.margin_top;
    avail_ = content_top_ - style.margin_bottom;
    pad_ = style.callout_padding + style.callout_rule;
    for (int i = 0; i < static_cast<int>(boxes.size()); ++i) {
      if (boxes[i].table_header) headers_[boxes[i].table].push_back(i);
    }
  }

  std::vector<TocFill> PlaceAll() {
    size_t i = 0;
    while (i < boxes_.size()) {
      const Box& b = boxes_[i];
      if (b.page_break_before && HasReal(page_.size())) {
        Commit();
        continue;
      }
      if (page_.empty() && b.table >= 0 && !b.table_header && i > 0 && boxes_[i - 1].table == b.table &&
          headers_.count(b.table)) {
        for (int h : headers_[b.table]) Place(h, true);
      }
      double gap = Gap(b);
      double need = b.callout >= 0 ? pad_ : 0;
      if (used_ + gap + b.height + need <= avail_ + kEpsilon || !HasReal(page_.size())) {
        Place(static_cast<int>(i), false);
        ++i;
        continue;
      }
      // Does not fit: break at the last point the keeps allow, and carry the rest over.
      if (!boxes_[page_.back().box].keep_with_next) {
        Commit();
        continue;
      }
      bool moved = false;
      for (size_t m = page_.size() - 1; m >= 1; --m) {
        if (page_[m].clone || !HasReal(m)) break;
        if (!boxes_[page_[m - 1].box].keep_with_next) {
          i = page_[m].box;
          page_.resize(m);
          Commit();
          moved = true;
          break;
        }
      }
      if (!moved) Commit();  // a keep chain longer than a page: break it where it overflows
    }
    if (!page_.empty()) Commit();
    return std::move(toc_);
  }

 private:
  bool HasReal(size_t n) const {
    for (size_t k = 0; k < n && k < page_.size(); ++k) {
      if (!page_[k].clone) return true;
    }
    return false;
  }

  double Gap(const Box& b) const {
    if (page_.empty()) return b.callout >= 0 ? pad_ : 0;
    const Box& p = boxes_[page_.back().box];
    double g = std::max(p.space_after, b.space_before);
    if (p.callout != b.callout) g += (p.callout >= 0 ? pad_ : 0) + (b.callout >= 0 ? pad_ : 0);
    return g;
  }

  void Place(int box, bool clone) {
    double top = used_ + Gap(boxes_[box]);
    page_.push_back({box, clone, top});
    used_ = top + boxes_[box].height;
  }

  void Commit() {
    const int pno = out_->page_count++;
    std::vector<std::pair<int, Run>> row_runs;  // (cell, run) of the current table row
    int row = -1;
    auto flush_row = [&] {
      std::stable_sort(row_runs.begin(), row_runs.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto& [cell, run] : row_runs) out_->runs.push_back(std::move(run));
      row_runs.clear();
    };
    std::map<int, std::pair<double, double>> frames;  // callout → (top, bottom) on this page
    for (size_t k = 0; k < page_.size(); ++k) {
      const Item& it = page_[k];
      const Box& b = boxes_[it.box];
      const double top = content_top_ - it.top;
      if (b.row != row || b.row < 0) flush_row();
      row = b.row;
      for (size_t r = 0; r < b.runs.size(); ++r) {
        Run run = b.runs[r];
        run.page = pno;
        run.y = top - run.y;
        if (it.clone) run.elem = -1, run.id = -1;
        if (b.toc_dest >= 0 && r + 1 == b.runs.size() && !it.clone) {
          toc_.push_back({run.id, b.toc_dest, b.toc_right, b.toc_leader_x});
        }
        row_runs.push_back({b.run_cell[r], std::move(run)});
      }
      if (b.row < 0) flush_row();
      for (Rule rule : b.rules) {
        rule.page = pno;
        rule.y0 = top - rule.y0;
        rule.y1 = top - rule.y1;
        out_->rules.push_back(rule);
      }
      if (k == 0 && b.top_rule > 0) {
        out_->rules.push_back({pno, b.rule_x0, top, b.rule_x1, top, b.top_rule, false});
      }
      if (!it.clone) {
        for (LinkArea a : b.links) {
          a.page = pno;
          double y0 = top - a.y1, y1 = top - a.y0;
          a.y0 = y0;
          a.y1 = y1;
          out_->links.push_back(std::move(a));
        }
        if (b.dest >= 0) {
          if (out_->dests.size() <= static_cast<size_t>(b.dest)) out_->dests.resize(b.dest + 1);
          out_->dests[b.dest] = {pno, top};
        }
      }
      if (b.callout >= 0) {
        auto [f, inserted] = frames.try_emplace(b.callout, top, top - b.height);
        if (!inserted) f->second.second = top - b.height;
      }
    }
    flush_row();
    // Callout frames: padding inside, the rule centred just outside the padding.
    const double inset = style_.callout_padding + style_.callout_rule / 2;
    const double w = style_.callout_rule;
    for (const auto& [id, tb] : frames) {
      const Callout& c = callouts_[id];
      double top = tb.first + inset, bottom = tb.second - inset;
      out_->rules.push_back({pno, c.x0 - w / 2, top, c.x1 + w / 2, top, w, false});
      out_->rules.push_back({pno, c.x0 - w / 2, bottom, c.x1 + w / 2, bottom, w, false});
      out_->rules.push_back({pno, c.x0, top, c.x0, bottom, w, false});
      out_->rules.push_back({pno, c.x1, top, c.x1, bottom, w, false});
    }
    page_.clear();
    used_ = 0;
  }

  std::vector<Box>& boxes_;
  const std::vector<Callout>& callouts_;
  const Style& style_;
  Layout* out_;
  double content_top_ = 0, avail_ = 0, pad_ = 0;
  std::map<int, std::vector<int>> headers_;
  std::vector<Item> page_;
  double used_ = 0;
  std::vector<TocFill> toc_;
};

void FillContents(std::vector<TocFill>& toc, const Style& style, const Fonts& fonts, Layout* out) {
  // Now that every destination has a page, the placeholders get their numbers.
  std::map<int, size_t> by_id;
  for (size_t r = 0; r < out->runs.size(); ++r) by_id[out->runs[r].id] = r;
  for (const TocFill& f : toc) {
    Run& run = out->runs[by_id.at(f.run_id)];
    int page = f.dest >= 0 && f.dest < static_cast<int>(out->dests.size()) ? out->dests[f.dest].page : -1;
    run.text = page >= 0 ? std::to_string(page + 1) : "";
    run.width = TextWidth(run.text, fonts.Get(run.face), run.size);
    run.x = f.right - run.width;
    double leader_end = run.x - 0.4 * run.size;
    if (leader_end - f.leader_x > run.size) {
      out->rules.push_back({run.page, f.leader_x, run.y + 0.5, leader_end, run.y + 0.5, style.leader_rule, true});
    }
  }
}

// Footers of pages [from, to): the organisation and "Page n of N" (of the whole document).
void AddFooters(const Style& style, const Fonts& fonts, const std::string& organisation, const std::string& page_of,
                int from, int to, Layout* out) {
  const FontMetrics& font = *fonts.regular;
  const double size = style.footer_size;
  const double left = style.margin_left, right = style.page_width - style.margin_right;
  const double first_baseline = style.margin_bottom - style.footer_gap - font.ascender * size;
  const double step = size * 1.25;
  std::vector<Line> org = WrapSpans({{organisation, Face::kRegular, -1, false, ""}}, fonts, size, right - left);
  if (org.size() > 2) org.resize(2);  // the bottom margin holds two footer lines
  auto label_of = [&](int p) {
    std::string label = page_of;
    Substitute(&label, "page", std::to_string(p + 1));
    Substitute(&label, "pages", std::to_string(out->page_count));
    return label;
  };
  // Whether the page number shares the organisation's last line is decided once, by the widest
  // number, so every page's footer has the same shape ("Page 1" fitting where "Page 2" did not
  // put the number beside the name on page 1 only).
  double widest = 0;
  for (int p = from; p < to; ++p) widest = std::max(widest, TextWidth(label_of(p), font, size));
  const bool beside = !org.empty() && left + org.back().width + size + widest <= right;
  for (int p = from; p < to; ++p) {
    const std::string label = label_of(p);
    const double label_w = TextWidth(label, font, size);
    double y = first_baseline, label_y = first_baseline;
    for (size_t k = 0; k < org.size(); ++k) {
      Run run;
      run.page = p;
      run.size = size;
      run.x = left;
      run.y = y;
      run.width = org[k].width;
      for (const Seg& s : org[k].segs) run.text += s.text;
      out->runs.push_back(run);
      // The page number shares the last line when both fit, else goes on its own line below.
      if (k + 1 == org.size()) label_y = beside ? y : y - step;
      y -= step;
    }
    Run num;
    num.page = p;
    num.size = size;
    num.x = right - label_w;
    num.y = label_y;
    num.width = label_w;
    num.text = label;
    out->runs.push_back(num);
  }
}

// A preview's mark in the top margin of every page: bold, in a ruled box as wide as the text
// column, so it cannot be taken for a line of the notice (the DPO review: plain body text was
// missed). An artifact: the summary states it in the tagged text. A translation too long for
// the column is set smaller, never past the margins.
void AddDraftMarks(const Style& style, const Fonts& fonts, const std::string& draft, int from, int to, Layout* out) {
  if (draft.empty()) return;
  const double column = style.page_width - style.margin_left - style.margin_right;
  const double pad = 0.3 * style.footer_size;
  double size = style.footer_size;
  double width = TextWidth(draft, *fonts.bold, size);
  if (width > column - 2 * pad) {
    size *= (column - 2 * pad) / width;
    width = TextWidth(draft, *fonts.bold, size);
  }
  const double rule = style.callout_rule * 1.5;
  const double baseline = style.page_height - 0.5 * style.margin_top - 0.35 * style.footer_size;
  const double top = baseline + 0.8 * size + pad, bottom = baseline - 0.25 * size - pad;
  const double x0 = style.margin_left, x1 = style.margin_left + column;
  for (int p = from; p < to; ++p) {
    Run run;
    run.page = p;
    run.face = Face::kBold;
    run.size = size;
    run.x = x0 + pad;
    run.y = baseline;
    run.text = draft;
    run.width = width;
    out->runs.push_back(run);
    for (const auto& [ax, ay, bx, by] : {std::array{x0, top, x1, top}, std::array{x0, bottom, x1, bottom},
                                         std::array{x0, top, x0, bottom}, std::array{x1, top, x1, bottom}}) {
      Rule r;
      r.page = p;
      r.x0 = ax;
      r.y0 = ay;
      r.x1 = bx;
      r.y1 = by;
      r.width = rule;
      out->rules.push_back(r);
    }
  }
}

}  // namespace

void Paginate(std::vector<Box>& boxes, const std::vector<Callout>& callouts, const Style& style, const Fonts& fonts,
              const std::string& organisation, const std::string& page_of, Layout* layout, const std::string& draft) {
  Paginate(boxes, callouts, style, fonts, {{-1, organisation, page_of, draft}}, layout);
}

void Paginate(std::vector<Box>& boxes, const std::vector<Callout>& callouts, const Style& style, const Fonts& fonts,
              const std::vector<PageText>& texts, Layout* layout) {
  layout->page_width = style.page_width;
  layout->page_height = style.page_height;
  std::vector<TocFill> toc = Paginator(boxes, callouts, style, layout).PlaceAll();
  FillContents(toc, style, fonts, layout);
  auto first_page = [&](int dest) {
    if (dest < 0 || dest >= static_cast<int>(layout->dests.size())) return 0;
    return std::max(0, layout->dests[dest].page);
  };
  for (size_t i = 0; i < texts.size(); ++i) {
    const int from = i == 0 ? 0 : first_page(texts[i].from_dest);
    const int to = i + 1 < texts.size() ? first_page(texts[i + 1].from_dest) : layout->page_count;
    AddFooters(style, fonts, texts[i].organisation, texts[i].page_of, from, to, layout);
    AddDraftMarks(style, fonts, texts[i].draft, from, to, layout);
  }
}

}  // namespace pnc::render::pdf
