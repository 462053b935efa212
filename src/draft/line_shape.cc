// draft: line shapes for the line reader (read_text.cc, also PDF lines): the column a hard-wrapped
// text breaks at, field lines ("Name: Acme Trust"), and tables flattened to tabs or bare pipes.
#include "draft/line_shape.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {
namespace {

// The cells of a line cut by tabs or by " | " (two or more, none empty), or {}.
std::vector<std::string> SeparatedCells(const std::string& line, bool* tabs) {
  size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t");
  if (b == std::string::npos || line[b] == '|') return {};
  std::string t = line.substr(b, e - b + 1);
  *tabs = t.find('\t') != std::string::npos;
  std::vector<std::string> cells;
  for (size_t i = 0; i <= t.size();) {
    size_t j = *tabs ? t.find('\t', i) : t.find(" | ", i);
    if (j == std::string::npos) j = t.size();
    std::string cell = CollapseSpace(t.substr(i, j - i));
    if (cell.empty() && !*tabs) return {};
    if (!cell.empty()) cells.push_back(cell);
    i = *tabs ? t.find_first_not_of('\t', j) : j + 3;
    if (i == std::string::npos) break;
  }
  return cells.size() >= 2 ? cells : std::vector<std::string>{};
}

}  // namespace

// Whether a line opens with a short field label ("Name: Acme Trust", "E-mail: …", "Last updated:
// 1 May 2025"): one to three words, capitalised, before ": " and a value.
bool FieldLine(const std::string& t) {
  size_t colon = t.find(": ");
  if (colon == std::string::npos || colon == 0 || colon > 25 || colon + 2 >= t.size()) return false;
  if (!std::isupper(static_cast<unsigned char>(t[0]))) return false;
  std::string label = t.substr(0, colon);
  if (label.find_first_of(".?!()") != std::string::npos) return false;
  return std::count(label.begin(), label.end(), ' ') <= 2;
}

// The column a hard-wrapped text breaks its lines at: the 90th percentile of the lengths of lines
// continued by a lowercase one (a break inside a sentence), when three or more lines are, so a
// few long unwrapped lines do not hide the wrap; 0 when the text is not wrapped.
size_t WrapWidth(const std::vector<std::string>& lines) {
  std::vector<size_t> wrapped;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i + 1].empty() || !std::islower(static_cast<unsigned char>(lines[i + 1][0])))
      continue;
    wrapped.push_back(lines[i].size());
  }
  if (wrapped.size() < 3) return 0;
  std::sort(wrapped.begin(), wrapped.end());
  return wrapped[wrapped.size() * 9 / 10];
}

namespace {

bool EndsSentence(std::string_view t) {
  size_t end = t.find_last_not_of(" *_)\"'");
  return end == std::string_view::npos || std::string_view(".!?:;").find(t[end]) != std::string_view::npos;
}

// A line that opens a structure of its own: a Markdown heading, a table row, a bullet, a quote.
bool OpensStructure(std::string_view t) {
  size_t k = t.find_first_not_of(' ');
  if (k == std::string_view::npos) return true;
  char c = t[k];
  return c == '#' || c == '|' || c == '-' || c == '*' || c == '>' || t.substr(k, 3) == "\u2022";
}

size_t FirstWord(std::string_view t) {
  size_t k = t.find_first_not_of(' ');
  if (k == std::string_view::npos) return 0;
  size_t e = t.find(' ', k);
  return (e == std::string_view::npos ? t.size() : e) - k;
}

// Whether line `a` was cut by a wrap at `width` and `b` carries on its sentence.
bool Wrapped(std::string_view a, std::string_view b, size_t width) {
  if (EndsSentence(a) || OpensStructure(a) || OpensStructure(b)) return false;
  size_t k = b.find_first_not_of(' ');
  bool lower = k != std::string_view::npos && std::islower(static_cast<unsigned char>(b[k]));
  return lower || a.size() + 1 + FirstWord(b) > width;
}

}  // namespace

std::vector<size_t> WrapGaps(const std::vector<std::string>& lines) {
  std::vector<size_t> full;  // the lines with text
  int touching = 0;          // lines with text right after another
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find_first_not_of(' ') == std::string::npos) continue;
    if (!full.empty() && full.back() + 1 == i) ++touching;
    full.push_back(i);
  }
  if (full.size() < 6 || touching * 10 > static_cast<int>(full.size())) return {};
  std::vector<std::string> compact;
  for (size_t i : full) compact.push_back(lines[i]);
  const size_t width = WrapWidth(compact);
  if (width == 0) return {};
  std::vector<size_t> gaps;
  for (size_t k = 0; k + 1 < full.size(); ++k) {
    if (full[k + 1] == full[k] + 2 && Wrapped(lines[full[k]], lines[full[k + 1]], width)) gaps.push_back(full[k] + 1);
  }
  return gaps;
}

void JoinWrappedParagraphs(std::vector<Block>& blocks) {
  auto body = [](const Block& b) { return !b.heading && !b.list_item && !b.table_row && !b.term; };
  std::vector<std::string> lines;
  size_t longer = 0, count = 0;
  for (const Block& b : blocks) {
    if (!body(b)) continue;
    lines.push_back(b.text);
    ++count;
  }
  const size_t width = WrapWidth(lines);
  if (width == 0) return;
  // Lines, not paragraphs: nearly every body paragraph fits the wrap column.
  for (const auto& l : lines) longer += l.size() > width + width / 10 ? 1 : 0;
  if (longer * 10 > count) return;
  std::vector<Block> out;
  std::string last;  // the paragraph read before, as it was (the last line of what it joined)
  for (Block& b : blocks) {
    bool join = !out.empty() && body(out.back()) && body(b) && Wrapped(last, b.text, width);
    last = b.text;
    if (join) {
      Block& a = out.back();
      size_t at = a.text.size() + 1;
      a.text += " " + b.text;
      for (const auto& [off, line] : b.line_breaks) a.line_breaks.push_back({at + off, line});
      if (b.line_breaks.empty()) a.line_breaks.push_back({at, b.line});
      continue;
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

// A run of two or more lines cut into the same number of cells by tabs or " | " (a table copied
// out of a spreadsheet, a web page or a Word document) is a table: its lines are rewritten as the
// pipe rows the line reader knows ("| Purpose | Lawful basis |").
void MarkCellRuns(std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size();) {
    bool tabs = false, next_tabs = false;
    std::vector<std::string> first = SeparatedCells(lines[i], &tabs);
    size_t j = i + 1;
    while (!first.empty() && j < lines.size()) {
      std::vector<std::string> cells = SeparatedCells(lines[j], &next_tabs);
      if (cells.size() != first.size() || next_tabs != tabs) break;
      ++j;
    }
    if (j - i < 2 || first.empty()) {
      ++i;
      continue;
    }
    for (size_t k = i; k < j; ++k) {
      std::string row = "|";
      for (const auto& c : SeparatedCells(lines[k], &tabs)) row += " " + c + " |";
      lines[k] = row;
    }
    i = j;
  }
}

// Whether a line ends with a page number ("Acme Trust   Page 2 of 8", "Tudalen 3 o 7"): a running
// header or footer.
bool EndsWithPageNumber(const std::string& t) {
  std::string lower;
  for (char c : t) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* word : {"page ", "tudalen "}) {
    size_t at = lower.rfind(word);
    if (at != std::string::npos && (at == 0 || lower[at - 1] == ' ') && IsPageNumberLine(t.substr(at))) return true;
  }
  return false;
}

// A line that is one HTML heading element ("<h3>Our contact details</h3>", pasted from a web page
// into a text file): its level (1–6) and its text; 0 otherwise. Nothing else of HTML is read here.
int TagHeading(std::string_view t, std::string* text) {
  if (t.size() < 9 || t[0] != '<' || (t[1] != 'h' && t[1] != 'H') || t[2] < '1' || t[2] > '6' || t[3] != '>') return 0;
  std::string_view rest = t.substr(4);
  size_t close = rest.rfind("</");
  if (close == std::string_view::npos || close + 5 != rest.size() ||
      (rest[close + 2] != 'h' && rest[close + 2] != 'H') || rest[close + 3] != t[2] || rest[close + 4] != '>') {
    return 0;
  }
  *text = CollapseSpace(rest.substr(0, close));
  if (text->empty() || text->find('<') != std::string::npos) return 0;
  return t[2] - '0';
}

}  // namespace pnc::draft
