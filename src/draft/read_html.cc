// draft: HTML reader. A tolerant tag scanner (real-world notices are rarely valid XML, so no XML
// parser): h1–h6 → headings, li/dd → list items, dt → terms, tr → table rows (a cell's paragraphs
// stay in its row), other block tags end a paragraph;
// script/style are skipped, entities decoded (every named reference HTML defines, html_entities.cc),
// mailto:/tel:/http links keep their target; each paragraph keeps whether the page hides it
// (hidden, aria-hidden, display:none inline or by a class) and the language its markup declares.
// Why not libxml2's HTML parser: see src/draft/README.md.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "draft/document.h"
#include "draft/html_entities.h"
#include "draft/html_style.h"

namespace pnc::draft {
namespace {

bool IsBlockTag(std::string_view t) {
  static const std::string_view kTags[] = {
      "p",       "div",   "section", "article",  "header", "footer",     "main",       "nav",     "aside",
      "ul",      "ol",    "li",      "dl",       "dt",     "dd",         "blockquote", "pre",     "table",
      "thead",   "tbody", "tfoot",   "tr",       "h1",     "h2",         "h3",         "h4",      "h5",
      "h6",      "hr",    "form",    "fieldset", "figure", "figcaption", "address",    "details", "summary",
      "caption", "body",  "html",    "title",    "legend"};
  for (auto k : kTags) {
    if (t == k) return true;
  }
  return false;
}

constexpr size_t kMaxOpen = 4096;  // deeper elements inherit their parent's state

using html::Attrs;
using html::HiddenClasses;
using html::Lower;
using html::Words;

class HtmlScanner {
 public:
  explicit HtmlScanner(std::string_view s) : s_(s) {}

  Extracted Run() {
    out_.format = "html";
    hidden_classes_ = HiddenClasses(s_);
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '<') {
        Tag();
      } else if (c == '&') {
        Entity();
      } else {
        Char(c);
        ++i_;
      }
    }
    Flush();
    return std::move(out_);
  }

 private:
  void Char(char c) {
    if (c == '\n') ++line_;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!text_.empty() && text_.back() != ' ') text_ += ' ';
      if (c == '\n' && !text_.empty()) pending_break_ = true;
      return;
    }
    bool hidden = !open_.empty() && open_.back().hidden;
    if (text_.empty() || text_ == " ") {
      // The paragraph takes the state of its first visible character: hidden or not, its language.
      block_hidden_ = hidden;
      block_lang_ = open_.empty() ? "" : open_.back().lang;
      block_lang_owner_ = open_.empty() ? 0 : open_.back().lang_owner;
      block_lang_outer_ = open_.empty() ? "" : open_.back().lang_outer;
    } else if (hidden && !block_hidden_) {
      return;  // hidden words inside a shown paragraph (an icon's text, a collapsed aside) are not read
    } else if (!hidden && block_hidden_) {
      block_hidden_ = false;  // a paragraph that shows some of its text is shown
    }
    if (text_.empty() || text_ == " ") {
      text_.clear();
      start_line_ = line_;
      breaks_.clear();
      breaks_.push_back({0, line_});
    } else if (pending_break_) {
      breaks_.push_back({text_.size(), line_});
    }
    pending_break_ = false;
    text_ += c;
  }

  void Entity() {
    // Entities are short: looking further than the longest name for the ';' made "&&&…" quadratic.
    size_t semi = s_.substr(i_, kMaxHtmlEntityName + 2).find(';');
    if (semi != std::string_view::npos) semi += i_;
    if (semi == std::string_view::npos || semi - i_ > kMaxHtmlEntityName + 1) {
      Char('&');
      ++i_;
      return;
    }
    std::string_view name = s_.substr(i_ + 1, semi - i_ - 1);
    std::string enc;
    if (!name.empty() && name[0] == '#') {
      if (name.size() > 9) name = {};  // longer than any code point: left as text
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      uint32_t cp = name.empty() ? 0
                                 : static_cast<uint32_t>(std::strtoul(std::string(name.substr(hex ? 2 : 1)).c_str(),
                                                                      nullptr, hex ? 16 : 10));
      if (cp != 0) base::AppendUtf8(cp == 0xA0 ? ' ' : cp, &enc);  // a surrogate or past U+10FFFF: U+FFFD
    } else {
      enc = HtmlEntity(name);
      if (enc == "\u00A0") enc = " ";  // &nbsp; and &NonBreakingSpace;
    }
    if (enc.empty()) {
      Char('&');
      ++i_;
      return;
    }
    // &NewLine; and &Tab; are spaces in the text, not new lines of the file.
    for (char c : enc) Char(c == '\n' || c == '\t' ? ' ' : c);
    i_ = semi + 1;
  }

  void Tag() {
    if (s_.compare(i_, 4, "<!--") == 0) {
      size_t end = s_.find("-->", i_ + 4);
      Skip(end == std::string_view::npos ? s_.size() : end + 3);
      return;
    }
    size_t j = i_ + 1;
    bool closing = j < s_.size() && s_[j] == '/';
    if (closing) ++j;
    if (j >= s_.size() || !(std::isalpha(static_cast<unsigned char>(s_[j])) || s_[j] == '!' || s_[j] == '?')) {
      Char('<');
      ++i_;
      return;
    }
    std::string name;
    while (j < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[j])) || s_[j] == '!' || s_[j] == '?')) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(s_[j++])));
    }
    // Find the tag end, honouring quoted attribute values.
    size_t k = j;
    char quote = 0;
    while (k < s_.size() && (quote || s_[k] != '>')) {
      if (quote && s_[k] == quote) {
        quote = 0;
      } else if (!quote && (s_[k] == '"' || s_[k] == '\'')) {
        quote = s_[k];
      }
      ++k;
    }
    std::string_view attrs = s_.substr(j, k - j);
    Skip(k < s_.size() ? k + 1 : s_.size());
    bool skipped = name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg" ||
                   name == "head";
    if (!closing && !skipped) Open(name, attrs);
    TagBody(name, attrs, closing);
    if (closing) Close(name);
  }

  void TagBody(const std::string& name, std::string_view attrs, bool closing) {
    if (!closing && (name == "script" || name == "style" || name == "noscript" || name == "template" || name == "svg" ||
                     name == "head")) {
      std::string close = "</" + name;
      size_t end = i_;
      while (end < s_.size()) {
        end = s_.find("</", end);
        if (end == std::string_view::npos) break;
        std::string cand;
        for (size_t m = end; m < end + close.size() && m < s_.size(); ++m) {
          cand += static_cast<char>(std::tolower(static_cast<unsigned char>(s_[m])));
        }
        if (cand == close) break;
        end += 2;
      }
      size_t stop = end == std::string_view::npos ? s_.size() : s_.find('>', end);
      Skip(stop == std::string_view::npos ? s_.size() : stop + 1);
      return;
    }
    if (name == "br") {
      Char('\n');
      return;
    }
    if (name == "a") {
      if (!closing) {
        href_ = Attr(attrs, "href");
        link_start_ = text_.size();
      } else if (!href_.empty()) {
        bool useful = href_.rfind("mailto:", 0) == 0 || href_.rfind("tel:", 0) == 0 || href_.rfind("http", 0) == 0;
        std::string shown = text_.substr(std::min(link_start_, text_.size()));
        if (useful && shown.find(href_) == std::string::npos) {
          for (char c : " (" + href_ + ")") Char(c);
        }
        href_.clear();
      }
      return;
    }
    if (name == "td" || name == "th") {
      while (!text_.empty() && text_.back() == ' ') text_.pop_back();
      if (!closing && in_row_ && !text_.empty() && text_.back() != '|') text_ += " | ";
      return;
    }
    if (!IsBlockTag(name)) return;
    // A cell's paragraphs, lists and breaks stay in its row: the row is the unit that pairs a
    // purpose with its basis (layout.cc).
    if (in_row_ && name != "tr" && name != "table" && name != "thead" && name != "tbody" && name != "tfoot") {
      Char(' ');
      return;
    }
    if (name == "tr") {
      Flush();
      in_row_ = !closing;
      return;
    }
    Flush();
    // A definition term labels the definitions after it ("Purpose" / "to run the club").
    if (name == "dt") term_ = !closing;
    if (!closing && name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') heading_ = name[1] - '0';
    // Every paragraph inside <li>…</li> belongs to the item, not only the first.
    if (name == "li" || name == "dd") {
      list_depth_ = std::max(0, list_depth_ + (closing ? -1 : 1));
      item_open_ = !closing;
    }
    list_ = list_depth_ > 0;
    if (closing) heading_ = 0;
  }

  void Open(const std::string& name, std::string_view attrs) {
    static const std::set<std::string> kVoid = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                                "input", "link", "meta", "param", "source", "track", "wbr"};
    if (kVoid.count(name) || (!attrs.empty() && attrs.back() == '/')) return;
    // A paragraph ends where the next block (or an item the next item) begins, closed or not.
    if (!open_.empty() && ((open_.back().name == "p" && IsBlockTag(name)) ||
                           (open_.back().name == name && (name == "li" || name == "dt" || name == "dd")))) {
      --open_count_[open_.back().name];
      open_.pop_back();
    }
    if (open_.size() >= kMaxOpen) return;
    OpenElement e;
    e.name = name;
    e.hidden = !open_.empty() && open_.back().hidden;
    e.lang = open_.empty() ? "" : open_.back().lang;
    e.lang_owner = open_.empty() ? 0 : open_.back().lang_owner;
    e.lang_outer = open_.empty() ? "" : open_.back().lang_outer;
    for (const auto& [key, value] : Attrs(attrs)) {
      std::string v = Lower(value);
      if (key == "hidden" && v != "until-found") e.hidden = true;
      if (key == "aria-hidden" && v == "true") e.hidden = true;
      if (key == "style") {
        std::string css;
        for (char c : v) {
          if (c != ' ' && c != '\t' && c != '\n') css += c;
        }
        if (css.find("display:none") != std::string::npos || css.find("visibility:hidden") != std::string::npos) {
          e.hidden = true;
        }
      }
      if (key == "class") {
        for (const auto& c : Words(value)) e.hidden = e.hidden || hidden_classes_.count(c) > 0;
      }
      if ((key == "lang" || key == "xml:lang") && !v.empty()) {
        e.lang_outer = open_.empty() ? "" : open_.back().lang;  // the language the text switches from
        e.lang = v.substr(0, v.find_first_of("-_"));
        e.lang_owner = ++lang_owners_;
      }
    }
    ++open_count_[name];
    open_.push_back(std::move(e));
  }

  void Close(const std::string& name) {
    auto it = open_count_.find(name);
    if (it == open_count_.end() || it->second == 0) return;
    while (!open_.empty()) {
      std::string top = std::move(open_.back().name);
      open_.pop_back();
      --open_count_[top];
      if (top == name) break;
    }
  }

  static std::string Attr(std::string_view attrs, std::string_view key) {
    std::string lower;
    for (char c : attrs) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t p = lower.find(std::string(key) + "=");
    if (p == std::string::npos) return "";
    p += key.size() + 1;
    char q = p < attrs.size() ? attrs[p] : 0;
    size_t end;
    if (q == '"' || q == '\'') {
      end = attrs.find(q, p + 1);
      ++p;
    } else {
      end = attrs.find_first_of(" \t\n>", p);
    }
    if (end == std::string_view::npos) end = attrs.size();
    return std::string(attrs.substr(p, end - p));
  }

  void Skip(size_t to) {
    for (; i_ < to && i_ < s_.size(); ++i_) {
      if (s_[i_] == '\n') ++line_;
    }
  }

  void Flush() {
    std::string t = CollapseSpace(text_);
    while (!t.empty() && (t.back() == '|' || t.back() == ' ')) t.pop_back();
    if (!t.empty()) {
      Block b;
      b.text = t;
      b.line = start_line_;
      b.heading = heading_;
      b.list_item = list_ && !heading_;
      b.continues_item = b.list_item && !item_open_;
      b.depth = b.list_item ? list_depth_ : 0;
      if (b.list_item) item_open_ = false;
      b.table_row = in_row_;
      b.term = term_ && !heading_;
      b.hidden = block_hidden_;
      b.lang = block_lang_;
      b.lang_owner = block_lang_owner_;
      b.lang_outer = block_lang_outer_;
      b.line_breaks = breaks_;
      out_.blocks.push_back(std::move(b));
    }
    text_.clear();
    breaks_.clear();
    pending_break_ = false;
  }

  std::string_view s_;
  size_t i_ = 0;
  int line_ = 1;
  int start_line_ = 1;
  std::string text_;
  std::vector<std::pair<size_t, int>> breaks_;
  bool pending_break_ = false;
  int heading_ = 0;
  bool list_ = false;
  int list_depth_ = 0;
  bool item_open_ = false;  // no block of the current <li> has been written yet
  bool in_row_ = false;
  bool term_ = false;  // inside <dt>
  std::string href_;
  size_t link_start_ = 0;
  Extracted out_;
  // The open elements, each with whether the page hides it and its language (both inherited).
  struct OpenElement {
    std::string name;
    bool hidden = false;
    std::string lang;
    int lang_owner = 0;      // the element whose lang attribute gave `lang` (numbered in order), 0 = none
    std::string lang_outer;  // the language around that element, when it switches to another
  };
  std::vector<OpenElement> open_;
  std::map<std::string, int> open_count_;  // how many of each name are open: a stray close tag costs nothing
  std::set<std::string> hidden_classes_;
  bool block_hidden_ = false;
  std::string block_lang_;
  int block_lang_owner_ = 0;
  std::string block_lang_outer_;
  int lang_owners_ = 0;
};

}  // namespace

Extracted ReadHtml(std::string_view utf8) { return HtmlScanner(utf8).Run(); }

}  // namespace pnc::draft
