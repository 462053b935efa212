// render: NoticeDoc blocks → HTML elements (p, ul/ol, table with th scope, dl, headings).
#include "render/html_blocks.h"

#include <algorithm>

namespace pnc::render {
namespace {

using notice::Block;
using notice::BlockKind;
using notice::InlineKind;

std::string LangAttr(const std::string& lang) { return lang.empty() ? "" : " lang=\"" + EscapeHtml(lang) + "\""; }
std::string LangAttr(const Block& b) { return LangAttr(b.lang); }

std::string ClassAttr(const Block& b) { return b.role.empty() ? "" : " class=\"" + EscapeHtml(b.role) + "\""; }

}  // namespace

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string InlinesHtml(const notice::Inlines& inlines, const std::string& lang) {
  std::string out;
  for (const auto& in : inlines) {
    switch (in.kind) {
      case InlineKind::kSpan:
        // Text in another language than its element (WCAG 3.1.2); none when it is the element's own.
        out += in.lang.empty() || in.lang == lang
                   ? InlinesHtml(in.children, lang)
                   : "<span" + LangAttr(in.lang) + ">" + InlinesHtml(in.children, in.lang) + "</span>";
        break;
      case InlineKind::kText:
        out += EscapeHtml(in.text);
        break;
      case InlineKind::kCode:
        out += "<code>" + EscapeHtml(in.text) + "</code>";
        break;
      case InlineKind::kLineBreak:
        out += "<br>";
        break;
      case InlineKind::kStrong:
        out += "<strong>" + InlinesHtml(in.children, lang) + "</strong>";
        break;
      case InlineKind::kEmphasis:
        out += "<em>" + InlinesHtml(in.children, lang) + "</em>";
        break;
      case InlineKind::kLink:
        out += "<a href=\"" + EscapeHtml(in.href) + "\">" + InlinesHtml(in.children, lang) + "</a>";
        break;
    }
  }
  return out;
}

std::string BlocksHtml(const std::vector<Block>& blocks, int heading_level, const std::string& context) {
  std::string out;
  const std::string h = std::to_string(std::clamp(heading_level, 2, 6));
  for (const auto& b : blocks) {
    const std::string& lang = b.lang.empty() ? context : b.lang;
    switch (b.kind) {
      case BlockKind::kParagraph:
        out += "<p" + LangAttr(b) + ClassAttr(b) + ">" + InlinesHtml(b.inlines, lang) + "</p>\n";
        break;
      case BlockKind::kHeading:
        out += "<h" + h + LangAttr(b) + ClassAttr(b) + ">" + InlinesHtml(b.inlines, lang) + "</h" + h + ">\n";
        break;
      case BlockKind::kBulletList:
      case BlockKind::kOrderedList: {
        bool ordered = b.kind == BlockKind::kOrderedList;
        out +=
            ordered ? "<ol" + (b.start != 1 ? " start=\"" + std::to_string(b.start) + "\"" : "") : std::string("<ul");
        out += LangAttr(b) + ">\n";
        for (const auto& item : b.items) {
          // A one-paragraph item is written without <p> so lists stay compact; a paragraph in
          // another language (a fallback) gives the item its lang.
          if (item.size() == 1 && item[0].kind == BlockKind::kParagraph && item[0].role.empty()) {
            out += "<li" + LangAttr(item[0]) + ">" +
                   InlinesHtml(item[0].inlines, item[0].lang.empty() ? lang : item[0].lang) + "</li>\n";
          } else {
            out += "<li>" + BlocksHtml(item, heading_level + 1, lang) + "</li>\n";
          }
        }
        out += ordered ? "</ol>\n" : "</ul>\n";
        break;
      }
      case BlockKind::kTable: {
        out += "<div class=\"table-wrap\"" + LangAttr(b) + ">\n<table>\n<thead><tr>";
        for (const auto& cell : b.table.header) out += "<th scope=\"col\">" + InlinesHtml(cell, lang) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.table.rows) {
          out += "<tr>";
          for (size_t i = 0; i < row.size(); ++i) {
            out += i == 0 ? "<th scope=\"row\">" + InlinesHtml(row[i], lang) + "</th>"
                          : "<td>" + InlinesHtml(row[i], lang) + "</td>";
          }
          out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n</div>\n";
        break;
      }
      case BlockKind::kFields:
        if (b.fields.empty()) break;
        out += "<dl" + LangAttr(b) + ClassAttr(b) + ">\n";
        for (const auto& f : b.fields) {
          out += "<div><dt>" + EscapeHtml(f.label) + "</dt><dd>" + InlinesHtml(f.value, lang);
          // A listed value is a real list (WCAG 1.3.1): screen readers announce its length.
          if (!f.items.empty()) {
            out += "\n<ul>\n";
            for (size_t i = 0; i < f.items.size(); ++i) {
              out += "<li" + LangAttr(f.ItemLang(i)) + ">" +
                     InlinesHtml(f.items[i], f.ItemLang(i).empty() ? lang : f.ItemLang(i)) + "</li>\n";
            }
            out += "</ul>\n";
          }
          out += "</dd></div>\n";
        }
        out += "</dl>\n";
        break;
    }
  }
  return out;
}

}  // namespace pnc::render
