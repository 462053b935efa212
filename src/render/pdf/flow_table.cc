// render/pdf: table and field-list blocks → flow boxes. A row is a run of one-line bands kept
// together, so a row taller than a page can still break; cells are tagged TH/TD, fields Lbl/LBody.
#include <algorithm>

#include "render/pdf/flow.h"

namespace pnc::render::pdf {
namespace {

using notice::Inlines;

// Auto table layout: narrow columns get their natural width, the rest share what is left by
// content, never below their longest word; if even the words do not fit, everything shrinks.
std::vector<double> ColumnWidths(const std::vector<double>& minw, const std::vector<double>& maxw, double avail) {
  const size_t cols = minw.size();
  std::vector<double> w(cols, -1);
  double sum_max = 0;
  for (double m : maxw) sum_max += m;
  if (sum_max <= avail) {  // everything fits on one line: spread the spare width by content
    for (size_t c = 0; c < cols; ++c) w[c] = maxw[c] + (avail - sum_max) * maxw[c] / sum_max;
    return w;
  }
  double remaining = avail;
  for (bool changed = true; changed;) {
    changed = false;
    size_t open = 0;
    double open_max = 0;
    for (size_t c = 0; c < cols; ++c) {
      if (w[c] < 0) ++open, open_max += maxw[c];
    }
    if (open == 0) break;
    for (size_t c = 0; c < cols; ++c) {
      if (w[c] >= 0) continue;
      if (maxw[c] <= remaining / open) {
        w[c] = maxw[c];
      } else if (remaining * maxw[c] / open_max < minw[c]) {
        w[c] = minw[c];
      } else {
        continue;
      }
      remaining -= w[c];
      changed = true;
      break;  // recompute the share with one column fewer
    }
    if (!changed) {
      for (size_t c = 0; c < cols; ++c) {
        if (w[c] < 0) w[c] = remaining * maxw[c] / open_max;
      }
    }
  }
  double total = 0;
  for (double x : w) total += x;
  if (total > avail) {
    for (double& x : w) x *= avail / total;
  }
  return w;
}

}  // namespace

void Flow::Table(const notice::Block& b, const Frame& f) {
  const notice::Table& t = b.table;
  size_t cols = t.header.size();
  for (const auto& row : t.rows) cols = std::max(cols, row.size());
  if (cols == 0) return;
  const double size = style_.body_size, lh = BodyLine(), pad = style_.cell_padding;
  const double rule = style_.table_rule;

  struct Cell {
    std::vector<Span> spans;
    std::vector<LinkSpec> links;
  };
  const bool has_header = !t.header.empty();
  std::vector<std::vector<Cell>> grid;
  auto add_row = [&](const std::vector<Inlines>& row, Face face) {
    grid.emplace_back(cols);
    for (size_t c = 0; c < row.size() && c < cols; ++c) {
      Flatten(row[c], face, -1, &grid.back()[c].spans, &grid.back()[c].links);
    }
  };
  if (has_header) add_row(t.header, Face::kBold);
  for (const auto& row : t.rows) add_row(row, Face::kRegular);

  // Column widths: every column gets its longest unbreakable word, the rest goes by content.
  std::vector<double> minw(cols, 2 * pad), maxw(cols, 2 * pad);
  for (const auto& row : grid) {
    for (size_t c = 0; c < cols; ++c) {
      double mn = 0, mx = 0;
      MeasureSpans(row[c].spans, fonts_, size, &mn, &mx);
      minw[c] = std::max(minw[c], mn + 2 * pad + 0.5);
      maxw[c] = std::max(maxw[c], mx + 2 * pad + 0.5);
    }
  }
  std::vector<double> widths = ColumnWidths(minw, maxw, f.width);
  std::vector<double> colx(cols + 1, f.x);
  for (size_t c = 0; c < cols; ++c) colx[c + 1] = colx[c] + widths[c];

  const int table_id = tables_++;
  const int tbl = Elem("Table", f.parent, f.lang);
  for (size_t r = 0; r < grid.size(); ++r) {
    const bool header = has_header && r == 0;
    const int tr = Elem("TR", tbl);
    std::vector<std::vector<Line>> lines(cols);
    std::vector<int> cell_elem(cols);
    size_t nl = 1;
    for (size_t c = 0; c < cols; ++c) {
      lines[c] = WrapSpans(grid[r][c].spans, fonts_, size, widths[c] - 2 * pad);
      nl = std::max(nl, lines[c].size());
      cell_elem[c] = Elem(header ? "TH" : "TD", tr);
      layout_->elems[cell_elem[c]].column_header = header;
    }
    const int row_id = rows_++;
    for (size_t k = 0; k < nl; ++k) {
      Box band;
      const double top = k == 0 ? pad : 0;
      band.height = lh + top + (k + 1 == nl ? pad : 0);
      for (size_t c = 0; c < cols; ++c) {
        if (k >= lines[c].size()) continue;
        Box lb = LineBox(lines[c][k], colx[c] + pad, size, lh, cell_elem[c], &grid[r][c].links);
        for (Run& run : lb.runs) {
          run.y += top;
          band.runs.push_back(run);
          band.run_cell.push_back(static_cast<int>(c));
        }
        for (LinkArea& a : lb.links) {
          a.y0 += top;
          a.y1 += top;
          band.links.push_back(a);
        }
      }
      for (size_t c = 0; c <= cols; ++c) band.rules.push_back({0, colx[c], 0, colx[c], band.height, rule, false});
      if (k == 0 && (header || r == 0)) band.rules.push_back({0, colx[0], 0, colx[cols], 0, rule, false});
      if (k + 1 == nl) {
        band.rules.push_back({0, colx[0], band.height, colx[cols], band.height, rule, false});
      }
      if (k == 0 && !header) band.top_rule = rule;
      band.rule_x0 = colx[0];
      band.rule_x1 = colx[cols];
      band.keep_with_next = k + 1 < nl || header;
      band.table = table_id;
      band.table_header = header;
      band.row = row_id;
      if (r + 1 == grid.size() && k + 1 == nl) band.space_after = f.para_after;
      Push(std::move(band), f);
    }
  }
}

void Flow::Fields(const notice::Block& b, const Frame& f) {
  const double size = style_.body_size, lh = BodyLine();
  double widest_label = 0;
  for (const notice::Field& field : b.fields) {
    double mn = 0, mx = 0;
    MeasureSpans({{field.label, Face::kBold, -1, false, ""}}, fonts_, size, &mn, &mx);
    widest_label = std::max(widest_label, mx);
  }
  // Side by side only while labels are short; long labels (a glossary) go above their values.
  const bool side = widest_label <= 0.35 * f.width;
  const double label_w = side ? widest_label + style_.fields_gap : f.width;
  const int list = Elem("L", f.parent, f.lang);
  for (size_t i = 0; i < b.fields.size(); ++i) {
    const notice::Field& field = b.fields[i];
    const int li = Elem("LI", list);
    const int lbl = Elem("Lbl", li);
    const int body = Elem("LBody", li);
    std::vector<Span> ls = {{field.label, Face::kBold, -1, false, ""}}, vs;
    std::vector<LinkSpec> llinks, vlinks;
    Flatten(field.value, Face::kRegular, -1, &vs, &vlinks);
    const bool last = i + 1 == b.fields.size();
    if (!field.items.empty() && vs.empty()) {
      ListedField(field, f, side ? label_w : 0, lbl, body, last);
      continue;
    }
    std::vector<Box> out;
    if (side) {
      auto L = WrapSpans(ls, fonts_, size, widest_label + 0.5);
      auto V = WrapSpans(vs, fonts_, size, f.width - label_w);
      const size_t nl = std::max({L.size(), V.size(), size_t{1}});
      const int row_id = rows_++;
      for (size_t k = 0; k < nl; ++k) {
        Box band;
        band.height = lh;
        if (k < L.size()) band = LineBox(L[k], f.x, size, lh, lbl, &llinks);
        if (k < V.size()) {
          Box vb = LineBox(V[k], f.x + label_w, size, lh, body, &vlinks);
          for (size_t j = 0; j < vb.runs.size(); ++j) {
            band.runs.push_back(vb.runs[j]);
            band.run_cell.push_back(1);
          }
          band.links.insert(band.links.end(), vb.links.begin(), vb.links.end());
        }
        band.row = row_id;
        out.push_back(std::move(band));
      }
    } else {
      for (const Line& line : WrapSpans(ls, fonts_, size, f.width)) {
        out.push_back(LineBox(line, f.x, size, lh, lbl, &llinks));
      }
      for (const Line& line : WrapSpans(vs, fonts_, size, f.width)) {
        out.push_back(LineBox(line, f.x, size, lh, body, &vlinks));
      }
    }
    // Fields follow the paragraph rule one level up: no single field left alone at either end.
    const size_t n = b.fields.size();
    const bool keep_after = (n >= 2 && i == 0) || (n >= 3 && i + 2 == n);
    for (size_t k = 0; k < out.size(); ++k) {
      out[k].keep_with_next = k + 1 < out.size() || keep_after;
      if (k + 1 == out.size()) out[k].space_after = last ? f.para_after : style_.list_item_after;
      Push(std::move(out[k]), f);
    }
  }
}

// A field whose value is a list (notice::Field::items): the label, then a tagged list (L inside
// the field's LBody) in the value column. Side by side, the first item shares the label's line.
void Flow::ListedField(const notice::Field& field, const Frame& f, double label_w, int lbl, int body, bool last) {
  const double size = style_.body_size, lh = BodyLine();
  std::vector<Span> ls = {{field.label, Face::kBold, -1, false, ""}};
  std::vector<LinkSpec> llinks;
  std::vector<Line> label = WrapSpans(ls, fonts_, size, label_w > 0 ? label_w : f.width);
  const bool beside = label_w > 0 && label.size() == 1;
  if (!beside) {
    for (const Line& line : label) {
      Box b = LineBox(line, f.x, size, lh, lbl, &llinks);
      b.keep_with_next = true;  // a label never ends a page without its first item
      Push(std::move(b), f);
    }
  }
  notice::Block list;
  list.kind = notice::BlockKind::kBulletList;
  for (size_t i = 0; i < field.items.size(); ++i) {
    notice::Block para;
    para.inlines = field.items[i];
    para.lang = field.ItemLang(i);  // a name shown in the default locale keeps its Lang
    list.items.push_back({para});
  }
  Frame inner = f;
  inner.x = f.x + label_w;
  inner.width = f.width - label_w;
  inner.parent = body;
  inner.para_after = last ? f.para_after : style_.list_item_after;
  inner.lang.clear();
  const size_t first = boxes_.size();
  List(list, inner, 0);
  if (beside && first < boxes_.size()) {
    Box lb = LineBox(label[0], f.x, size, lh, lbl, &llinks);
    Box& head = boxes_[first];
    head.runs.insert(head.runs.begin(), lb.runs.begin(), lb.runs.end());
    head.run_cell.insert(head.run_cell.begin(), lb.runs.size(), 0);
  }
  boxes_.back().space_after = last ? f.para_after : style_.list_item_after;
}

}  // namespace pnc::render::pdf
