// markdown: cmark-gfm AST → NoticeDoc blocks and inlines, dropping raw HTML and unsafe links.
#include "markdown/markdown.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>
#include <string>

#include "markdown/parse.h"

namespace pnc::markdown {
namespace {

using notice::Block;
using notice::BlockKind;
using notice::Inline;
using notice::InlineKind;
using notice::Inlines;

std::string Str(const char* s) { return s ? s : ""; }

bool TypeIs(cmark_node* node, const char* name) {
  const char* t = cmark_node_get_type_string(node);
  return t && std::strcmp(t, name) == 0;
}

std::string Snippet(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '\n'), s.end());
  return s.size() > 40 ? s.substr(0, 37) + "..." : s;
}

// The words an HTML block would show: its text outside tags, with script and style contents (and a
// script left open, which runs to the end of the block) counted as lost words too.
bool HasWords(const std::string& html) {
  std::string lower = html;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* hidden : {"<script", "<style", "<iframe", "<object", "<template"}) {
    if (lower.find(hidden) != std::string::npos) return true;
  }
  bool in_tag = false;
  for (char c : lower) {
    if (c == '<')
      in_tag = true;
    else if (c == '>')
      in_tag = false;
    else if (!in_tag && std::isalnum(static_cast<unsigned char>(c)))
      return true;
  }
  return false;
}

// Real notices nest lists and quotes two or three deep. Deeper input (thousands of '>' or '- ')
// would recurse once per level here and in every renderer, so it is flattened to its text.
constexpr int kMaxNesting = 16;

// The text under `node`, walked with cmark's iterator rather than recursion; raw HTML is left out.
std::string FlatText(cmark_node* node) {
  std::string s;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        if (ev == CMARK_EVENT_ENTER) s += Str(cmark_node_get_literal(n));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        if (ev == CMARK_EVENT_ENTER) s += ' ';
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        if (ev == CMARK_EVENT_EXIT && !s.empty() && s.back() != ' ') s += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(it);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

void AppendText(Inlines* out, const std::string& text) {
  if (!out->empty() && out->back().kind == InlineKind::kText) {
    out->back().text += text;
  } else {
    out->push_back({InlineKind::kText, text, "", {}});
  }
}

class Converter {
 public:
  explicit Converter(std::vector<Issue>* issues) : issues_(issues) {}

  void InlinesOf(cmark_node* parent, Inlines* out) {
    Nesting guard(this);
    if (TooDeep()) {
      AppendText(out, FlatText(parent));
      return;
    }
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
          AppendText(out, Str(cmark_node_get_literal(n)));
          break;
        case CMARK_NODE_SOFTBREAK:
          AppendText(out, " ");
          break;
        case CMARK_NODE_LINEBREAK:
          out->push_back({InlineKind::kLineBreak, "", "", {}});
          break;
        case CMARK_NODE_CODE:
          out->push_back({InlineKind::kCode, Str(cmark_node_get_literal(n)), "", {}});
          break;
        case CMARK_NODE_HTML_INLINE:
          issues_->push_back({"raw HTML '" + Snippet(Str(cmark_node_get_literal(n))) + "' was removed"});
          break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG: {
          Inline in{
              cmark_node_get_type(n) == CMARK_NODE_EMPH ? InlineKind::kEmphasis : InlineKind::kStrong, "", "", {}};
          InlinesOf(n, &in.children);
          out->push_back(std::move(in));
          break;
        }
        case CMARK_NODE_LINK: {
          std::string href = Str(cmark_node_get_url(n));
          if (href.find('\\') != std::string::npos) {
            EscapedAutolink(n, href, out);
            break;
          }
          Inline in{InlineKind::kLink, "", href, {}};
          InlinesOf(n, &in.children);
          if (IsSafeHref(href)) {
            out->push_back(std::move(in));
          } else {
            issues_->push_back(
                {"link to '" + Snippet(href) + "' was removed (only http, https, mailto and tel links are kept)"});
            for (auto& c : in.children) out->push_back(std::move(c));
          }
          break;
        }
        case CMARK_NODE_IMAGE: {
          // Images would be external requests; keep the alternative text only.
          Inlines alt;
          InlinesOf(n, &alt);
          for (auto& c : alt) out->push_back(std::move(c));
          issues_->push_back({"image '" + Snippet(Str(cmark_node_get_url(n))) + "' was replaced by its text"});
          break;
        }
        default:
          InlinesOf(n, out);
          break;  // strikethrough and other extensions: keep the text
      }
    }
  }

  // GFM's autolinker reads the raw text, backslash escapes included, so a URL inside a value
  // that pnc escaped to put it into a catalogue sentence came out as "https://example\.org\."
  // (a broken link with backslashes). A backslash is never part of a valid URL: such a link is
  // unescaped, its trailing punctuation given back to the text as GFM does, and kept only if it
  // is still a safe link.
  void EscapedAutolink(cmark_node* n, const std::string& href, Inlines* out) {
    std::string text = Unescape(FlatText(n)), url = Unescape(href), tail;
    while (!text.empty()) {
      char last = text.back();
      bool unbalanced =
          last == ')' && std::count(text.begin(), text.end(), ')') > std::count(text.begin(), text.end(), '(');
      if (std::string_view("?!.,:*_~").find(last) == std::string_view::npos && !unbalanced) break;
      tail.insert(tail.begin(), last);
      text.pop_back();
    }
    if (!tail.empty() && url.size() >= tail.size() && url.compare(url.size() - tail.size(), tail.size(), tail) == 0) {
      url.resize(url.size() - tail.size());
    }
    if (!text.empty() && IsSafeHref(url)) {
      out->push_back({InlineKind::kLink, "", url, {{InlineKind::kText, text, "", {}}}});
    } else {
      tail = text + tail;
    }
    if (!tail.empty()) AppendText(out, tail);
  }

  // Removes CommonMark backslash escapes; a backslash left at the end escaped a character that
  // the autolinker left outside the link.
  static std::string Unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\\' && (i + 1 == s.size() || std::ispunct(static_cast<unsigned char>(s[i + 1])))) {
        if (i + 1 < s.size()) out += s[++i];
        continue;
      }
      out += s[i];
    }
    return out;
  }

  void BlocksOf(cmark_node* parent, std::vector<Block>* out) {
    Nesting guard(this);
    if (TooDeep()) {
      Block b;
      AppendText(&b.inlines, FlatText(parent));
      if (!b.inlines.front().text.empty()) out->push_back(std::move(b));
      return;
    }
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      Block b;
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_PARAGRAPH:
          InlinesOf(n, &b.inlines);
          if (!b.inlines.empty()) out->push_back(std::move(b));
          break;
        case CMARK_NODE_HEADING:
          b.kind = BlockKind::kHeading;
          b.level = std::min(6, 2 + cmark_node_get_heading_level(n));
          InlinesOf(n, &b.inlines);
          out->push_back(std::move(b));
          break;
        case CMARK_NODE_LIST:
          b.kind = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ? BlockKind::kOrderedList : BlockKind::kBulletList;
          b.start = cmark_node_get_list_start(n);
          for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
            std::vector<Block> content;
            BlocksOf(item, &content);
            b.items.push_back(std::move(content));
          }
          out->push_back(std::move(b));
          break;
        case CMARK_NODE_CODE_BLOCK:
          b.inlines.push_back({InlineKind::kCode, Str(cmark_node_get_literal(n)), "", {}});
          out->push_back(std::move(b));
          break;
        case CMARK_NODE_HTML_BLOCK: {
          const std::string html = Str(cmark_node_get_literal(n));
          if (HasWords(html)) {
            issues_->push_back(
                {"raw HTML '" + Snippet(html) + "' cannot be published, and the words inside it would be lost with it",
                 true});
          } else {
            issues_->push_back({"raw HTML '" + Snippet(html) + "' was removed"});
          }
          break;
        }
        case CMARK_NODE_BLOCK_QUOTE:
          BlocksOf(n, out);
          break;
        case CMARK_NODE_THEMATIC_BREAK:
          break;
        default:
          if (TypeIs(n, "table")) {
            out->push_back(TableOf(n));
          } else {
            BlocksOf(n, out);
          }
      }
    }
  }

 private:
  struct Nesting {
    explicit Nesting(Converter* c) : c_(c) { ++c_->depth_; }
    ~Nesting() { --c_->depth_; }
    Converter* c_;
  };

  bool TooDeep() {
    if (depth_ <= kMaxNesting) return false;
    if (!flattened_) {
      flattened_ = true;
      issues_->push_back(
          {"nesting deeper than " + std::to_string(kMaxNesting) + " levels was flattened to plain text"});
    }
    return true;
  }

  Block TableOf(cmark_node* table) {
    Block b;
    b.kind = BlockKind::kTable;
    bool first = true;
    for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
      std::vector<Inlines> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        Inlines content;
        InlinesOf(cell, &content);
        cells.push_back(std::move(content));
      }
      if (first) {
        b.table.header = std::move(cells);  // GFM tables always start with their header row
        first = false;
      } else {
        cells.resize(b.table.header.size());
        b.table.rows.push_back(std::move(cells));
      }
    }
    return b;
  }

  std::vector<Issue>* issues_;
  int depth_ = 0;
  bool flattened_ = false;
};

void PlainInto(const Inlines& inlines, std::string* out) {
  for (const auto& in : inlines) {
    if (in.kind == InlineKind::kLineBreak) {
      *out += " ";
    } else {
      *out += in.text;
      PlainInto(in.children, out);
    }
  }
}

}  // namespace

std::vector<Block> ToBlocks(std::string_view text, std::vector<Issue>* issues) {
  cmark_node* doc = ParseGfm(text);
  std::vector<Block> blocks;
  Converter(issues).BlocksOf(doc, &blocks);
  cmark_node_free(doc);
  return blocks;
}

Inlines ToInlines(std::string_view text, std::vector<Issue>* issues) {
  Inlines out;
  for (auto& block : ToBlocks(text, issues)) {
    if (!out.empty()) AppendText(&out, " ");
    if (!block.inlines.empty()) {
      for (auto& in : block.inlines) out.push_back(std::move(in));
    } else {
      AppendText(&out, PlainText(std::vector<Block>{block}));
    }
  }
  return out;
}

std::string PlainText(const Inlines& inlines) {
  std::string s;
  PlainInto(inlines, &s);
  return s;
}

std::string PlainText(const std::vector<Block>& blocks) {
  std::string s;
  for (const auto& b : blocks) {
    if (b.kind == BlockKind::kTable) {
      for (const auto& row : b.table.rows) {
        for (const auto& cell : row) s += PlainText(cell) + ". ";
        s += "\n";
      }
      continue;
    }
    if (!b.inlines.empty()) s += PlainText(b.inlines) + "\n";
    for (const auto& item : b.items) s += PlainText(item);
    for (const auto& f : b.fields) {
      s += f.label + ": " + PlainText(f.value) + "\n";
      for (const auto& item : f.items) s += PlainText(item) + "\n";  // each listed item its own line
    }
  }
  return s;
}

bool IsSafeHref(std::string_view href) {
  std::string h;
  for (char c : href) {
    if (static_cast<unsigned char>(c) > 0x20)
      h.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (h.empty()) return false;
  if (h[0] == '#') return true;
  for (const char* scheme : {"http://", "https://", "mailto:", "tel:"}) {
    if (h.rfind(scheme, 0) == 0) return true;
  }
  return false;
}

}  // namespace pnc::markdown
