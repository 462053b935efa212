// draft: plain-text reader. UTF-8 text (and the lines of PDF pages) → blocks, guessing headings
// from line shape because plain text has no markup (line_marks.cc): '#' lines, underlines, ALL CAPS,
// numbered, Title Case, short questions and short standalone lines; HTML tables pasted in, as rows.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"
#include "draft/line_marks.h"
#include "draft/line_shape.h"
#include "draft/run_in_heading.h"

namespace pnc::draft {

// An HTML table pasted into a text file ("<table>" … "</table>", lines of tags): read by the HTML reader, so
// each row is a row of cells ("Purpose | Data | Basis") and not one run-on sentence of tags. Its lines are
// blanked for the text reader; its blocks keep the file's line numbers. A table never closed stays text.
std::vector<Block> TakeHtmlTables(std::vector<std::string>* lines) {
  std::vector<Block> tables;
  for (size_t i = 0; i < lines->size(); ++i) {
    std::string_view first = (*lines)[i];
    while (!first.empty() && (first.front() == ' ' || first.front() == '\t')) first.remove_prefix(1);
    if (first.size() < 6 || (first.substr(0, 6) != "<table" && first.substr(0, 6) != "<TABLE")) continue;
    size_t end = i;
    while (end < lines->size() && (*lines)[end].find("</table>") == std::string::npos &&
           (*lines)[end].find("</TABLE>") == std::string::npos) {
      ++end;
    }
    if (end == lines->size()) break;
    std::string html(i, '\n');  // (so the HTML reader counts the file's lines)
    for (size_t k = i; k <= end; ++k) {
      html += (*lines)[k] + "\n";
      (*lines)[k].clear();
    }
    for (Block& b : ReadHtml(html).blocks) tables.push_back(std::move(b));
    i = end;
  }
  return tables;
}

// The text reader's blocks with the tables' blocks put back in line order.
std::vector<Block> MergeByLine(std::vector<Block> blocks, std::vector<Block> tables) {
  if (tables.empty()) return blocks;
  std::vector<Block> merged;
  size_t t = 0;
  for (Block& b : blocks) {
    while (t < tables.size() && tables[t].line < b.line) merged.push_back(std::move(tables[t++]));
    merged.push_back(std::move(b));
  }
  while (t < tables.size()) merged.push_back(std::move(tables[t++]));
  return merged;
}

std::vector<Block> BlocksFromLines(const std::vector<std::string>& raw_lines, const std::vector<int>& pages,
                                   const std::vector<bool>& big_font, const std::vector<int>& indent_at) {
  std::vector<std::string> lines;
  lines.reserve(raw_lines.size());
  for (const auto& l : raw_lines) lines.push_back(CollapseSpace(l));
  std::vector<Block> blocks;
  const size_t width = WrapWidth(lines);
  bool open = false;  // the last block may take continuation lines
  int outer = 0;      // the level of the last heading that was not run in, which run-in ones sit under
  // Lines under a lead-in: a sentence ending in ':' promises what follows, so the short lines after
  // it without a sentence's end ("Email address   First Name   Last Name", "Post Code   Village")
  // are its items, not headings, until a line ends a sentence or is not laid out in cells. `lead_mark` is the block
  // count after the last such item, so the run goes on while the last block is one of them.
  bool lead_run = false;
  size_t lead_mark = 0;
  // The indents of the bullets of the list being read, outermost first: a bullet indented further
  // than the one before is an item of a list nested in that item (a PDF's "–" under a "•").
  std::vector<size_t> indents;
  auto page_of = [&](size_t i) { return i < pages.size() ? pages[i] : 0; };
  auto page_line_of = [&](size_t i) {
    if (pages.empty()) return 0;
    int n = 1;
    for (size_t k = i; k > 0 && pages[k - 1] == pages[i]; --k) ++n;
    return n;
  };
  auto start = [&](std::string text, size_t i, int heading, bool list, bool table) {
    Block b;
    b.text = std::move(text);
    b.line = static_cast<int>(i) + 1;
    b.page = page_of(i);
    b.page_line = page_line_of(i);
    b.heading = heading;
    b.list_item = list;
    b.table_row = table;
    if (!list) indents.clear();
    b.line_breaks.push_back({0, b.line});
    blocks.push_back(std::move(b));
    if (heading > 0) outer = heading;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i];
    if (t.empty()) {
      open = false;
      continue;
    }
    // Page breaks inside a paragraph do not end it; a running header or footer with the page
    // number ("Acme Trust   Page 2 of 8") ends one that ended with its sentence.
    if (IsPageNumberLine(t) || EndsWithPageNumber(t)) {
      size_t k = i;
      while (k > 0 && lines[k - 1].empty()) --k;
      if (k > 0 && std::string_view(".?!:").find(lines[k - 1].back()) != std::string_view::npos) open = false;
      continue;
    }
    if (!blocks.empty() && blocks.size() != lead_mark) {
      const Block& last = blocks.back();
      lead_run = !last.heading && !last.table_row && !last.list_item && !last.text.empty() && last.text.back() == ':' &&
                 CountWords(last.text) >= 5;
    }
    bool prev_blank = i == 0 || lines[i - 1].empty();
    bool next_blank = i + 1 >= lines.size() || lines[i + 1].empty();
    // Markdown ATX and setext headings, rules and pipe tables.
    if (t[0] == '#') {
      size_t n = t.find_first_not_of('#');
      if (n != std::string::npos && n <= 6 && t[n] == ' ') {
        std::string h = t.substr(n + 1);
        while (!h.empty() && (h.back() == '#' || h.back() == ' ')) h.pop_back();
        start(StripInlineMarkdown(h), i, static_cast<int>(n), false, false);
        open = false;
        continue;
      }
    }
    if (std::string h; int level = TagHeading(t, &h)) {
      start(h, i, level, false, false);
      open = false;
      continue;
    }
    if (IsRule(t, '-') || IsRule(t, '*') || IsRule(t, '_') || IsRule(t, '=')) {
      open = false;
      continue;
    }
    if (i + 1 < lines.size() && prev_blank && (IsRule(lines[i + 1], '=') || IsRule(lines[i + 1], '-')) &&
        t.size() < 100) {
      start(StripInlineMarkdown(t), i, IsRule(lines[i + 1], '=') ? 1 : 2, false, false);
      ++i;
      open = false;
      continue;
    }
    if (t[0] == '|') {
      if (t.find_first_not_of("|-: ") == std::string::npos) continue;  // |---|---|
      std::string row = t.substr(1);
      if (!row.empty() && row.back() == '|') row.pop_back();
      start(StripInlineMarkdown(CollapseSpace(row)), i, 0, false, true);
      open = false;
      continue;
    }
    bool prev_ends =
        i > 0 && !lines[i - 1].empty() && std::string_view(".?!:").find(lines[i - 1].back()) != std::string_view::npos;
    // "**Why.** So that we can …": a paragraph's bold label is its heading, one level under the last
    // heading of the text's own, and the words after it are the first of its section.
    if (std::string label; prev_blank || !open || prev_ends) {
      std::string line = t;
      size_t body = BoldRunInLabel(line, &label);
      if (body == 0 && BulletLength(t) == 0) {
        line = StripInlineMarkdown(t);
        std::string para = line;  // with the paragraph's next lines, for a wrapped second question
        for (size_t k = i + 1; k < lines.size() && k <= i + 4 && !lines[k].empty(); ++k) para += " " + lines[k];
        body = QuestionRunIn(para, &label);
        if (body >= line.size()) body = 0;  // a question alone on its line is the heading reader's
      }
      if (body) {
        const int level = std::min(outer + 1, 6), keep = outer;
        start(label, i, level, false, false);
        outer = keep;
        open = false;
        if (body < line.size()) {
          start(StripInlineMarkdown(line.substr(body)), i, 0, false, false);
          open = true;
        }
        continue;
      }
    }
    std::string plain = StripInlineMarkdown(t);
    bool next_lower =
        i + 1 < lines.size() && !lines[i + 1].empty() && std::islower(static_cast<unsigned char>(lines[i + 1][0]));
    bool big = i < big_font.size() && big_font[i];
    size_t bullet = BulletLength(t);
    if (bullet == 0) bullet = MarkedItemLength(lines, i);
    // (Only lines cut into cells by runs of spaces, a form's or a table's fields laid out in columns:
    // a short line of prose under a lead-in may still be a heading over a table.)
    const std::string& raw = raw_lines[i];
    size_t first = raw.find_first_not_of(" \t"), gap = first == std::string::npos ? first : raw.find("   ", first);
    bool spaced_cells = gap != std::string::npos && raw.find_last_not_of(" \t") > gap;
    if (lead_run && spaced_cells && !bullet && !plain.empty() && CountWords(plain) <= 14 &&
        std::string_view(".?!;:").find(plain.back()) == std::string_view::npos) {
      start(CollapseSpace(plain), i, 0, true, false);
      open = false;
      lead_mark = blocks.size();
      continue;
    }
    std::string unbulleted = bullet ? StripInlineMarkdown(t.substr(bullet)) : plain;
    bool next_upper = i + 1 < lines.size() && !lines[i + 1].empty() &&
                      (std::isupper(static_cast<unsigned char>(lines[i + 1][0])) ||
                       !std::isalnum(static_cast<unsigned char>(lines[i + 1][0])));
    // A line the next line's first word would have fitted on was ended by its writer, not by a
    // hard wrap: only such a line can be a heading run into the text around it.
    bool fits =
        width == 0 || next_blank || t.size() + 1 + std::min(lines[i + 1].find(' '), lines[i + 1].size()) <= width;
    // Text without blank lines (PDF extraction, a paste from Word, an email): a short line after a
    // sentence's end, or after a list item and before prose, introduces what follows as a blank
    // line before it would.
    bool after_item = open && !blocks.empty() && blocks.back().list_item && !next_blank &&
                      std::isupper(static_cast<unsigned char>(t[0])) &&
                      !std::isspace(static_cast<unsigned char>(raw_lines[i][0])) && BulletLength(lines[i + 1]) == 0 &&
                      std::isupper(static_cast<unsigned char>(lines[i + 1][0]));
    // The line before ended where its writer ended it (not hard-wrapped, or this line's first
    // word would have fitted on it).
    bool real_break = i > 0 && (width == 0 || lines[i - 1].size() + 1 + std::min(t.find(' '), t.size()) <= width);
    bool prev_sentence =
        i > 0 && !lines[i - 1].empty() && std::string_view(".?!").find(lines[i - 1].back()) != std::string_view::npos;
    // A paragraph's last line that ends without a full stop ("… or ring 07889 209448") ends
    // where its writer ended it when the text is not wrapped, or when this line's first word would
    // have fitted on it.
    bool prev_paragraph = i > 0 && !prev_blank && CountWords(lines[i - 1]) >= 12 && real_break;
    bool prev_field = i > 0 && !prev_blank && FieldLine(lines[i - 1]);
    bool run_in = !prev_blank && !bullet && std::isupper(static_cast<unsigned char>(t[0])) &&
                  (prev_sentence || after_item || prev_paragraph || prev_field) && next_upper && fits;
    bool standalone =
        (prev_blank || prev_ends || !open || blocks.empty() || blocks.back().heading || run_in) && !next_lower;
    size_t after = i + 1;
    while (after < lines.size() && lines[after].empty()) ++after;
    bool before_table = after < lines.size() && lines[after][0] == '|';
    int level = GuessHeading(plain, standalone, prev_blank && next_blank, big,
                             (prev_blank || run_in) && next_upper && fits, before_table);
    if (level && bullet && !std::isdigit(static_cast<unsigned char>(t[0]))) level = 0;
    // "International transfers: none" over "Retention: two years": a field whose value starts in lowercase
    // is a label and its answer, not a heading over the next line ("Section 4: Your rights" still is).
    if (level && !prev_blank && FieldLine(plain) && plain.find_first_of("0123456789") > plain.find(": ") &&
        std::islower(static_cast<unsigned char>(plain[plain.find(": ") + 2]))) {
      level = 0;
    }
    if (level) {
      start(plain, i, level, false, false);
      open = false;
      continue;
    }
    if (bullet) {
      const size_t indent =
          i < indent_at.size() ? static_cast<size_t>(std::max(0, indent_at[i])) : raw_lines[i].find_first_not_of(" \t");
      const size_t slack = indent_at.empty() ? 0 : 4;  // PDF: points, as set by right-aligned numbers
      while (!indents.empty() && indents.back() > indent + slack) indents.pop_back();
      if (indents.empty() || indents.back() + slack < indent) indents.push_back(indent);
      start(unbulleted, i, 0, true, false);
      blocks.back().depth = static_cast<int>(indents.size());
      open = true;
      continue;
    }
    // A field ("Name: Acme Trust") after a line without blank lines between is a line of its own, as
    // the labelled lines of a record are, not a continuation of the line before.
    if (open && !prev_blank && FieldLine(t) && real_break) open = false;
    // Nor does an unindented line opening with a capital continue a list item its writer ended there
    // ("- Member surveys" / "It is important that …"): lines of a text without blank lines are its paragraphs.
    if (open && !prev_blank && real_break && !blocks.empty() && blocks.back().list_item &&
        std::isupper(static_cast<unsigned char>(t[0])) && !std::isspace(static_cast<unsigned char>(raw_lines[i][0])))
      open = false;
    if (open && !blocks.empty() && !blocks.back().heading && !blocks.back().table_row) {
      Block& b = blocks.back();
      b.line_breaks.push_back({b.text.size() + 1, static_cast<int>(i) + 1});
      // A word hyphenated across lines ("organ-\nisation") is rejoined.
      if (b.text.size() > 1 && b.text.back() == '-' &&
          std::isalpha(static_cast<unsigned char>(b.text[b.text.size() - 2])) &&
          std::islower(static_cast<unsigned char>(plain[0]))) {
        b.text.pop_back();
        b.line_breaks.back().first -= 2;
      } else {
        b.text += ' ';
      }
      b.text += plain;
      continue;
    }
    // PDF: a paragraph that starts right of the bullets of the list being read, after an item, is
    // a later paragraph of that item ("What we get from here:" under a source's name), as HTML's
    // <li><p>…<p> is; the list goes on after it.
    if (i < indent_at.size() && !indents.empty() && !blocks.empty() && blocks.back().list_item &&
        static_cast<size_t>(std::max(0, indent_at[i])) > indents.back() + 4) {
      start(plain, i, 0, true, false);
      blocks.back().continues_item = true;
      blocks.back().depth = static_cast<int>(indents.size());
      open = true;
      continue;
    }
    start(plain, i, 0, false, false);
    open = true;
  }
  return blocks;
}

Extracted ReadPlainText(std::string_view utf8) {
  Extracted out;
  out.format = "text";
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= utf8.size()) {
    size_t nl = utf8.find('\n', pos);
    if (nl == std::string_view::npos) nl = utf8.size();
    std::string line(utf8.substr(pos, nl - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    pos = nl + 1;
  }
  // HTML tables first: their tag lines are indented with tabs, which the cell runs would read.
  std::vector<Block> tables = TakeHtmlTables(&lines);
  MarkCellRuns(lines);
  for (auto& line : lines) std::replace(line.begin(), line.end(), '\t', ' ');
  // Each line its own paragraph, hard-wrapped: the blank lines inside sentences are read past, and
  // every block keeps the file's line numbers.
  std::vector<size_t> gaps = WrapGaps(lines);
  if (gaps.empty()) {
    out.blocks = MergeByLine(BlocksFromLines(lines, {}, {}), std::move(tables));
    return out;
  }
  std::vector<std::string> kept;
  std::vector<int> line_of;  // kept line index → the file's line
  for (size_t i = 0, g = 0; i < lines.size(); ++i) {
    if (g < gaps.size() && gaps[g] == i) {
      ++g;
      continue;
    }
    kept.push_back(std::move(lines[i]));
    line_of.push_back(static_cast<int>(i) + 1);
  }
  std::vector<Block> blocks = BlocksFromLines(kept, {}, {});
  for (Block& b : blocks) {
    b.line = line_of[b.line - 1];
    for (auto& br : b.line_breaks) br.second = line_of[br.second - 1];
  }
  out.blocks = MergeByLine(std::move(blocks), std::move(tables));
  return out;
}

}  // namespace pnc::draft
