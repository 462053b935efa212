#pragma once
// draft tests: meaning-preserving changes of a draft's form (src/draft/README.md, "Twelfth pass"). A
// draft is read into blocks by pnc's own reader, then written back as plain text in another layout:
// headings plain, in capitals, numbered, bold or as first sentences; paragraphs hard-wrapped (as email
// and PDF extraction do); lists as one sentence, prose lists as bullets; tables flattened into pipes,
// tabs or one cell per line; quotes and dashes swapped; page headers and footers; CRLF; NBSP.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"
#include "draft/draft.h"
#include "draft_fixtures.h"

namespace pnc::draft::testing {

/// How a layout writes the blocks back as text.
struct Layout {
  enum class Heading { kMarkdown, kPlain, kCaps, kNumbered, kBold, kSentence, kDrop } heading = Heading::kMarkdown;
  enum class Table { kPipes, kBare, kTabs, kCellLines } table = Table::kPipes;
  int wrap = 0;              ///< hard-wrap paragraphs and items at this column (0: one line each)
  bool blank_lines = true;   ///< a blank line between paragraphs
  bool semicolons = false;   ///< a list as one sentence after its lead-in: "lead-in: a; b; c."
  bool join = false;         ///< every section's paragraphs and lists as one paragraph
  bool prose_lists = false;  ///< "we collect: a, b and c." as a lead-in and bullets
};

/// The blocks pnc reads from a draft (the reader its format selects; running headers dropped).
inline std::vector<pnc::draft::Block> DraftBlocks(const std::string& path, const std::string& bytes) {
  DraftReport r = LintDraft(path, bytes, Options());
  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Extracted ex = r.format == "html"       ? ReadHtml(text)
                 : r.format == "markdown" ? ReadMarkdown(text)
                                          : ReadPlainText(text);
  if (ex.format == "text") DropPageFurniture(ex.blocks);
  return ex.blocks;
}

/// Greedy word wrap at `width` columns; continuation lines start with `indent`.
inline std::string Wrap(const std::string& text, int width, const std::string& indent) {
  if (width <= 0) return text;
  std::string out, line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string word = text.substr(i, j - i);
    if (!line.empty() && static_cast<int>(line.size() + 1 + word.size()) > width) {
      out += line + "\n";
      line = indent;
    }
    if (!line.empty() && line != indent) line += ' ';
    line += word;
    i = j + 1;
  }
  return out + line;
}

inline std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

/// "lead-in: a, b, c and d." → {"lead-in:", "a", "b", "c", "d"}; {} when the paragraph is not one.
inline std::vector<std::string> ProseList(const std::string& t) {
  size_t colon = t.rfind(": ");
  if (colon == std::string::npos || t.back() != '.') return {};
  std::string rest = t.substr(colon + 2, t.size() - colon - 3);
  if (rest.find(". ") != std::string::npos || std::count(rest.begin(), rest.end(), ',') < 2) return {};
  std::vector<std::string> out = {t.substr(0, colon + 1)};
  size_t i = 0;
  while (i <= rest.size()) {
    size_t j = rest.find(", ", i);
    if (j == std::string::npos) j = rest.size();
    out.push_back(rest.substr(i, j - i));
    i = j + 2;
  }
  std::string& last = out.back();
  for (const char* conj : {" and ", " or "}) {
    if (size_t at = last.find(conj); at != std::string::npos && out.size() >= 3) {
      std::string tail = last.substr(at + std::string(conj).size());
      last.erase(at);
      out.push_back(tail);
      break;
    }
  }
  if (!out.back().empty() && out[1].find(' ') == std::string::npos && out.size() < 4) return {};
  return out;
}

/// Writes `blocks` back as plain text in `layout`.
inline std::string Render(const std::vector<pnc::draft::Block>& blocks, const Layout& layout) {
  using H = Layout::Heading;
  struct Para {
    std::vector<std::string> lines;  // logical lines (items, rows) before wrapping
    bool heading = false, list = false, table = false;
  };
  std::vector<Para> paras;
  std::string pending;  // a heading to be read as the next paragraph's first sentence
  int number = 0;
  auto body = [&](const std::string& text) -> Para& {
    if (layout.join && !paras.empty() && !paras.back().heading && !paras.back().table) {
      paras.back().lines.back() += " " + text;
      paras.back().list = false;
      return paras.back();
    }
    paras.push_back({{text}});
    return paras.back();
  };
  auto with_pending = [&](std::string text) {
    if (pending.empty()) return text;
    std::string h = pending;
    pending.clear();
    char last = h.back();
    return h + (last == '?' || last == '.' || last == ':' ? " " : ". ") + text;
  };
  auto flush_pending = [&] {
    if (!pending.empty()) paras.push_back({{pending + (pending.back() == '?' ? "" : ".")}});
    pending.clear();
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    const pnc::draft::Block& b = blocks[i];
    if (b.text.empty()) continue;
    if (b.heading > 0) {
      flush_pending();
      std::string h = b.text;
      switch (layout.heading) {
        case H::kMarkdown:
          h = std::string(static_cast<size_t>(b.heading), '#') + " " + h;
          break;
        case H::kPlain:
          break;
        case H::kCaps:
          h = Upper(h);
          break;
        case H::kNumbered:  // a heading already numbered ("2.1 Cookies") keeps its own number
          if (!std::isdigit(static_cast<unsigned char>(h[0]))) h = std::to_string(++number) + ". " + h;
          break;
        case H::kBold:
          h = "**" + h + "**";
          break;
        case H::kSentence:
          pending = h;
          continue;
        case H::kDrop:
          continue;
      }
      paras.push_back({{h}, true});
      continue;
    }
    if (b.table_row) {
      std::string row = b.text;
      if (paras.empty() || !paras.back().table || i == 0 || !blocks[i - 1].table_row) {
        flush_pending();
        paras.push_back({{}, false, false, true});
      }
      Para& p = paras.back();
      std::vector<std::string> cells;
      for (size_t k = 0; k <= row.size();) {
        size_t j = row.find(" | ", k);
        if (j == std::string::npos) j = row.size();
        cells.push_back(row.substr(k, j - k));
        k = j + 3;
      }
      std::string line;
      for (size_t c = 0; c < cells.size(); ++c) {
        switch (layout.table) {
          case Layout::Table::kPipes:
            line += (c ? " | " : "| ") + cells[c] + (c + 1 == cells.size() ? " |" : "");
            break;
          case Layout::Table::kBare:
            line += (c ? " | " : "") + cells[c];
            break;
          case Layout::Table::kTabs:
            line += (c ? "\t" : "") + cells[c];
            break;
          case Layout::Table::kCellLines:
            p.lines.push_back(cells[c]);
            break;
        }
      }
      if (layout.table == Layout::Table::kCellLines) {
        p.lines.push_back("");  // a blank line between rows
      } else {
        p.lines.push_back(line);
      }
      continue;
    }
    // A definition term (HTML <dt>) and its one definition are written as a field, "Term: text"; a
    // term with several definitions as a lead-in and its list.
    if (b.term && i + 1 < blocks.size() && blocks[i + 1].list_item) {
      size_t defs = 0;
      for (size_t k = i + 1; k < blocks.size() && blocks[k].list_item && !blocks[k].term; ++k)
        defs += !blocks[k].continues_item;
      flush_pending();
      if (defs == 1) {
        std::string field = b.text + ": " + blocks[i + 1].text;
        for (size_t k = i + 2; k < blocks.size() && blocks[k].continues_item; ++k) field += " " + blocks[k].text, i = k;
        paras.push_back({{field}});
        ++i;
      } else {
        paras.push_back({{b.text + ":"}});
      }
      continue;
    }
    if (b.list_item) {
      bool run = i > 0 && blocks[i - 1].list_item && !paras.empty();
      if (b.continues_item && run) {
        paras.back().lines.back() += " " + b.text;
        continue;
      }
      // A list of clauses under a lead-in can be written as one sentence; a list of sentences cannot.
      bool clauses = true;
      size_t first = i;
      while (first > 0 && blocks[first - 1].list_item) --first;
      for (size_t k = first; k < blocks.size() && blocks[k].list_item; ++k) {
        clauses = clauses && blocks[k].text.find(". ") == std::string::npos && blocks[k].text.back() != ':';
      }
      bool lead_colon = first > 0 && !blocks[first - 1].heading && !blocks[first - 1].table_row &&
                        !blocks[first - 1].text.empty() && blocks[first - 1].text.back() == ':';
      if ((layout.semicolons || layout.join) && clauses && lead_colon) {
        std::string item = b.text;
        while (!item.empty() && (item.back() == '.' || item.back() == ';' || item.back() == ',')) item.pop_back();
        for (std::string conj : {" and", " or"}) {  // "- contact details; and"
          if (item.size() > conj.size() && item.ends_with(conj)) item.resize(item.size() - conj.size());
        }
        while (!item.empty() && (item.back() == ';' || item.back() == ',')) item.pop_back();
        if (run && !paras.back().heading && !paras.back().table) {
          std::string& t = paras.back().lines.back();
          if (t.back() == '.') t.pop_back();
          t += "; " + item + ".";
          continue;
        }
        bool lead = !paras.empty() && !paras.back().heading && !paras.back().table && !paras.back().list &&
                    pending.empty() && !paras.back().lines.back().empty() && paras.back().lines.back().back() == ':';
        if (lead) {
          paras.back().lines.back() += " " + item + ".";
        } else {
          body(with_pending(item + "."));
        }
        continue;
      }
      if (run && paras.back().list) {
        paras.back().lines.push_back(b.text);
      } else {
        flush_pending();
        paras.push_back({{b.text}, false, true});
      }
      continue;
    }
    std::string text = with_pending(b.text);
    if (layout.prose_lists) {
      if (auto items = ProseList(text); !items.empty()) {
        paras.push_back({{items[0]}});
        Para list{{}, false, true};
        list.lines.assign(items.begin() + 1, items.end());
        paras.push_back(std::move(list));
        continue;
      }
    }
    body(text);
  }
  flush_pending();
  std::string out;
  for (const Para& p : paras) {
    if (!out.empty()) out += layout.blank_lines ? "\n\n" : "\n";
    for (size_t k = 0; k < p.lines.size(); ++k) {
      if (k) out += "\n";
      if (p.list) {
        out += Wrap("- " + p.lines[k], layout.wrap, "  ");
      } else if (p.heading || p.table) {
        out += p.lines[k];
      } else {
        out += Wrap(p.lines[k], layout.wrap, "");
      }
    }
  }
  return out + "\n";
}

/// Straight quotes → curly ones and spaced hyphens → en dashes (`curly`), or the reverse.
inline std::string SwapQuotes(const std::string& t, bool curly) {
  std::string out;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view rest = std::string_view(t).substr(i);
    if (curly) {
      char prev = i ? t[i - 1] : ' ';
      if (t[i] == '\'') {
        out += word(prev) ? "\u2019" : "\u2018";
      } else if (t[i] == '"') {
        out += prev == ' ' || prev == '\n' || prev == '(' ? "\u201C" : "\u201D";
      } else if (rest.substr(0, 3) == " - ") {
        out += " \u2013 ";
        i += 2;
      } else {
        out += t[i];
      }
      continue;
    }
    if (rest.substr(0, 3) == "\u2018" || rest.substr(0, 3) == "\u2019") {
      out += '\'';
      i += 2;
    } else if (rest.substr(0, 3) == "\u201C" || rest.substr(0, 3) == "\u201D") {
      out += '"';
      i += 2;
    } else if (rest.substr(0, 3) == "\u2013" || rest.substr(0, 3) == "\u2014") {
      out += '-';
      i += 2;
    } else {
      out += t[i];
    }
  }
  return out;
}

/// Every line ending as CRLF.
inline std::string Crlf(const std::string& t) {
  std::string out;
  for (char c : t) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

/// Every third space a no-break space (U+00A0), as word processors leave them.
inline std::string Nbsp(const std::string& t) {
  std::string out;
  int n = 0;
  for (char c : t) out += c == ' ' && ++n % 3 == 0 ? std::string("\u00A0") : std::string(1, c);
  return out;
}

/// A running header and footer every 25 lines, wherever they fall (inside paragraphs too), as text
/// copied out of a printed PDF has them.
inline std::string PageFurniture(const std::string& t) {
  std::vector<std::string> lines;
  for (size_t i = 0; i <= t.size();) {
    size_t j = t.find('\n', i);
    if (j == std::string::npos) j = t.size();
    lines.push_back(t.substr(i, j - i));
    i = j + 1;
  }
  int pages = static_cast<int>(lines.size()) / 25 + 1;
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k > 0 && k % 25 == 0) {
      int page = static_cast<int>(k) / 25;
      out += "Privacy notice (May 2024)   Page " + std::to_string(page) + " of " + std::to_string(pages) + "\n";
    }
    out += lines[k] + (k + 1 < lines.size() ? "\n" : "");
  }
  return out;
}

/// One change of form: a name and a way to write a draft's blocks.
struct Perturbation {
  std::string name;
  std::string (*apply)(const std::vector<pnc::draft::Block>&);
};

inline std::string RenderWith(const std::vector<pnc::draft::Block>& b, void (*set)(Layout&)) {
  Layout l;
  set(l);
  return Render(b, l);
}

/// The changes measured (README "Twelfth pass"); "canonical" is the draft written back unchanged.
inline const std::vector<Perturbation>& Perturbations() {
  using H = Layout::Heading;
  using T = Layout::Table;
  static const std::vector<Perturbation> all = {
      {"canonical", [](const auto& b) { return Render(b, {}); }},
      {"headings-plain", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kPlain; }); }},
      {"headings-caps", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kCaps; }); }},
      {"headings-numbered", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kNumbered; }); }},
      {"headings-bold", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kBold; }); }},
      {"headings-sentence", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kSentence; }); }},
      {"headings-dropped", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.heading = H::kDrop; }); }},
      {"wrap-72", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.wrap = 72; }); }},
      {"wrap-60-plain",
       [](const auto& b) { return RenderWith(b, [](Layout& l) { l.wrap = 60, l.heading = H::kPlain; }); }},
      {"pdf-like",
       [](const auto& b) {
         return PageFurniture(
             RenderWith(b, [](Layout& l) { l.wrap = 66, l.heading = H::kPlain, l.blank_lines = false; }));
       }},
      {"no-blank-lines", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.blank_lines = false; }); }},
      {"no-blank-lines-plain",
       [](const auto& b) { return RenderWith(b, [](Layout& l) { l.blank_lines = false, l.heading = H::kPlain; }); }},
      {"lists-semicolons", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.semicolons = true; }); }},
      {"prose-lists-bulleted", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.prose_lists = true; }); }},
      {"sections-one-paragraph", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.join = true; }); }},
      {"table-bare-pipes", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.table = T::kBare; }); }},
      {"table-tabs", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.table = T::kTabs; }); }},
      {"table-cell-lines", [](const auto& b) { return RenderWith(b, [](Layout& l) { l.table = T::kCellLines; }); }},
      {"quotes-curly", [](const auto& b) { return SwapQuotes(Render(b, {}), true); }},
      {"quotes-straight", [](const auto& b) { return SwapQuotes(Render(b, {}), false); }},
      {"page-furniture", [](const auto& b) { return PageFurniture(Render(b, {})); }},
      {"crlf", [](const auto& b) { return Crlf(Render(b, {})); }},
      {"nbsp", [](const auto& b) { return Nbsp(Render(b, {})); }},
  };
  return all;
}

}  // namespace pnc::draft::testing
