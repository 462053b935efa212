// report: diag::Tables → aligned text columns or JSON, the one printer of every table a command
// reports (`pnc lint --readability`).
#include <cmath>
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "report/format.h"

namespace pnc::report {
namespace {

constexpr size_t kMaxLabelWidth = 32;

// Code points, which is what a terminal shows for Latin and Welsh titles.
size_t Width(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) base::NextUtf8(s, &i);
  return n;
}

// At most kMaxLabelWidth code points, cut ones ending in "…".
std::string Fit(const std::string& label) {
  if (Width(label) <= kMaxLabelWidth) return label;
  size_t i = 0;
  for (size_t n = 0; i < label.size() && n + 1 < kMaxLabelWidth; ++n) base::NextUtf8(label, &i);
  return label.substr(0, i) + "…";
}

std::string PadRight(const std::string& s, size_t width) {
  size_t w = Width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

std::string PadLeft(const std::string& s, size_t width) {
  size_t w = Width(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

// The table as aligned columns: the label column left-aligned and cut, the others right-aligned.
// In a column holding an estimate every cell (and the header) ends in "*" or a space, so the
// digits stay aligned.
std::string Text(const diag::Table& t) {
  std::string out = Printable(t.title) + "\n";
  if (t.rows.empty()) {
    for (const auto& n : t.notes) out += "  " + Printable(n) + "\n";
    return out + "\n";
  }
  const size_t ncol = t.columns.size();
  std::vector<bool> marked(ncol, false);
  for (const auto& row : t.rows) {
    for (size_t c = 0; c < row.size() && c < ncol; ++c) marked[c] = marked[c] || row[c].estimate;
  }
  std::vector<std::vector<std::string>> cells{t.columns};
  for (size_t c = 0; c < ncol; ++c) cells[0][c] += marked[c] ? " " : "";
  for (const auto& row : t.rows) {
    std::vector<std::string> line(ncol);
    for (size_t c = 0; c < row.size() && c < ncol; ++c) {
      line[c] = c == 0 ? Fit(row[c].text) : row[c].text;
      if (marked[c]) line[c] += row[c].estimate ? "*" : " ";
    }
    cells.push_back(std::move(line));
  }
  std::vector<size_t> widths(ncol, 0);
  for (const auto& line : cells) {
    for (size_t c = 0; c < ncol; ++c) widths[c] = std::max(widths[c], Width(line[c]));
  }
  for (const auto& line : cells) {
    std::string text = PadRight(line[0], widths[0]);
    for (size_t c = 1; c < ncol; ++c) text += "  " + PadLeft(line[c], widths[c]);
    out += Printable(text) + "\n";
  }
  for (const auto& n : t.notes) out += Printable(n) + "\n";
  return out + "\n";
}

nlohmann::ordered_json Json(const diag::Table& t) {
  nlohmann::ordered_json j;
  j["title"] = t.title;
  j["columns"] = t.columns;
  j["rows"] = nlohmann::ordered_json::array();
  for (const auto& row : t.rows) {
    nlohmann::ordered_json r;
    std::vector<std::string> estimates;
    for (size_t c = 0; c < row.size() && c < t.columns.size(); ++c) {
      const diag::Cell& cell = row[c];
      if (!cell.numeric)
        r[t.columns[c]] = cell.text;
      else if (cell.number && std::trunc(*cell.number) == *cell.number && std::fabs(*cell.number) < 1e15)
        r[t.columns[c]] = static_cast<long long>(*cell.number);  // a count reads as one: 81, not 81.0
      else if (cell.number)
        r[t.columns[c]] = *cell.number;
      else
        r[t.columns[c]] = nullptr;
      if (cell.estimate) estimates.push_back(t.columns[c]);
    }
    if (!estimates.empty()) r["estimates"] = estimates;
    j["rows"].push_back(r);
  }
  j["notes"] = t.notes;
  return j;
}

}  // namespace

std::string RenderTables(const std::vector<diag::Table>& tables, Format format) {
  if (format == Format::kJson || format == Format::kSarif) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& t : tables) all.push_back(Json(t));
    return all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  std::string out;
  for (const auto& t : tables) out += Text(t);
  return out;
}

}  // namespace pnc::report
