// draft: .docx reader. Zip bytes (libzip, via draft/formats.h) → word/document.xml (pugixml) → blocks.
// The "line" of a block is its paragraph number, counting every w:p in reading order; headings
// come from Heading/Title styles (via word/styles.xml) or outline levels, else short all-bold lines.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "draft/document.h"
#include "draft/formats.h"
#include "draft/line_shape.h"

namespace pnc::draft {
namespace {

constexpr size_t kMaxPart = 64u << 20;  // refuse zip bombs

std::string_view Local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (auto c : n.children()) {
    if (Local(c) == local) return c;
  }
  return {};
}

std::string_view AttrLocal(const pugi::xml_node& n, std::string_view local) {
  for (auto a : n.attributes()) {
    std::string_view name = a.name();
    size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

// Reads one part of the archive; "" with `missing` set when absent.
std::string ReadPart(std::string_view zip, const char* name, bool* missing, std::string* error) {
  std::string data;
  ZipEntry(zip, name, kMaxPart, &data, missing, error);
  return data;
}

class DocxWalker {
 public:
  DocxWalker(std::map<std::string, int> style_levels, std::map<std::string, std::string> links)
      : style_levels_(std::move(style_levels)), links_(std::move(links)) {}

  // Iterative: a document may nest content controls (w:sdt) thousands deep, and recursion on
  // that depth overflowed the stack. The stack here is the next sibling to visit per level.
  void Body(const pugi::xml_node& n, std::vector<Block>& out) {
    std::vector<pugi::xml_node> next = {n.first_child()};
    while (!next.empty()) {
      pugi::xml_node c = next.back();
      if (!c) {
        next.pop_back();
        continue;
      }
      next.back() = c.next_sibling();
      std::string_view l = Local(c);
      if (l == "p") {
        Paragraph(c, out);
      } else if (l == "tbl") {
        Table(c, out);
      } else if (l == "sdt" || l == "sdtContent" || l == "customXml" || l == "body" || l == "ins") {
        next.push_back(c.first_child());
      }
    }
  }

 private:
  void Table(const pugi::xml_node& c, std::vector<Block>& out) {
    for (auto tr : c.children()) {
      if (Local(tr) != "tr") continue;
      Block row;
      row.table_row = true;
      for (auto tc : tr.children()) {
        if (Local(tc) != "tc") continue;
        std::string cell;
        CellText(tc, cell, row);
        cell = CollapseSpace(cell);
        if (cell.empty()) continue;
        if (!row.text.empty()) row.text += " | ";
        row.text += cell;
      }
      if (!row.text.empty()) {
        row.line_breaks.push_back({0, row.line});
        out.push_back(std::move(row));
      }
    }
  }

  void CellText(const pugi::xml_node& tc, std::string& cell, Block& row) {
    for (auto c : tc.children()) {
      std::string_view l = Local(c);
      if (l == "p") {
        ++para_;
        if (row.line == 0) row.line = para_;
        bool bold = true;
        std::string t;
        Runs(c, t, bold);
        if (!cell.empty()) cell += ' ';
        cell += t;
      } else if (l == "tbl" || l == "sdt" || l == "sdtContent") {
        // Nested tables: flatten their text into the cell.
        for (auto d : c.select_nodes(".//*[local-name()='p']")) {
          ++para_;
          bool bold = true;
          std::string t;
          Runs(d.node(), t, bold);
          cell += ' ' + t;
        }
      }
    }
  }

  // The text of a paragraph's runs, depth first and iteratively (30,000 nested runs or smart
  // tags once overflowed the stack). A run that shows text and is not bold clears `all_bold`;
  // a hyperlink whose text does not show its target gets it appended.
  void Runs(const pugi::xml_node& root, std::string& text, bool& all_bold) {
    enum Kind { kOther, kRun, kLink };
    struct Frame {
      pugi::xml_node node, child;
      size_t before;
      Kind kind;
    };
    std::vector<Frame> stack = {{root, root.first_child(), text.size(), kOther}};
    while (!stack.empty()) {
      if (!stack.back().child) {
        Frame done = stack.back();
        stack.pop_back();
        if (done.kind == kRun) {
          if (text.find_first_not_of(' ', done.before) != std::string::npos && !RunBold(done.node)) all_bold = false;
        } else if (done.kind == kLink) {
          auto it = links_.find(std::string(AttrLocal(done.node, "id")));
          if (it != links_.end() && text.find(it->second, done.before) == std::string::npos) {
            const std::string& url = it->second;
            if (url.rfind("mailto:", 0) == 0 || url.rfind("http", 0) == 0 || url.rfind("tel:", 0) == 0) {
              text += " (" + url + ")";
            }
          }
        }
        continue;
      }
      pugi::xml_node c = stack.back().child;
      stack.back().child = c.next_sibling();
      std::string_view l = Local(c);
      if (l == "t") {
        text += c.text().get();
      } else if (l == "tab" || l == "br" || l == "cr") {
        text += ' ';
      } else if (l == "pPr" || l == "rPr" || l == "delText" || l == "instrText" || l == "del") {
        continue;
      } else {  // r, hyperlink, smartTag, fldSimple, ins, sdt…
        stack.push_back({c, c.first_child(), text.size(), l == "r" ? kRun : l == "hyperlink" ? kLink : kOther});
      }
    }
  }

  static bool RunBold(const pugi::xml_node& r) {
    pugi::xml_node rpr = Child(r, "rPr");
    pugi::xml_node b = rpr ? Child(rpr, "b") : pugi::xml_node();
    if (!b) return false;
    std::string_view v = AttrLocal(b, "val");
    return v.empty() || (v != "0" && v != "false" && v != "off");
  }

  void Paragraph(const pugi::xml_node& p, std::vector<Block>& out) {
    ++para_;
    Block b;
    b.line = para_;
    bool all_bold = true;
    std::string text;
    Runs(p, text, all_bold);
    b.text = CollapseSpace(text);
    if (b.text.empty()) return;
    b.line_breaks.push_back({0, b.line});
    if (pugi::xml_node ppr = Child(p, "pPr")) {
      if (pugi::xml_node ps = Child(ppr, "pStyle")) {
        std::string id(AttrLocal(ps, "val"));
        auto it = style_levels_.find(id);
        if (it != style_levels_.end()) {
          b.heading = it->second;
        } else {
          std::string lower = id;
          for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (lower.rfind("heading", 0) == 0 && lower.size() > 7 &&
              std::isdigit(static_cast<unsigned char>(lower[7]))) {
            b.heading = std::min(6, lower[7] - '0');
          } else if (lower == "title") {
            b.heading = 1;
          } else if (lower.find("list") != std::string::npos) {
            b.list_item = true;
          }
        }
      }
      if (pugi::xml_node ol = Child(ppr, "outlineLvl"); ol && !b.heading) {
        int v = std::atoi(std::string(AttrLocal(ol, "val")).c_str());
        if (v >= 0 && v < 6) b.heading = v + 1;
      }
      if (Child(ppr, "numPr") && !b.heading) b.list_item = true;
    }
    if (!b.heading && !b.list_item && all_bold && b.text.size() <= 90 &&
        std::count(b.text.begin(), b.text.end(), ' ') < 14 && b.text.back() != '.' && b.text.back() != ',') {
      b.heading = 3;  // a short paragraph set in bold is how many notices mark headings
    }
    out.push_back(std::move(b));
  }

  std::map<std::string, int> style_levels_;
  std::map<std::string, std::string> links_;
  int para_ = 0;
};

std::map<std::string, int> StyleLevels(const std::string& xml) {
  std::map<std::string, int> levels;
  pugi::xml_document doc;
  if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return levels;
  for (auto d : doc.select_nodes("//*[local-name()='style']")) {
    pugi::xml_node s = d.node();
    std::string id(AttrLocal(s, "styleId"));
    std::string name;
    if (pugi::xml_node n = Child(s, "name")) name = std::string(AttrLocal(n, "val"));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    int level = 0;
    if (name.rfind("heading ", 0) == 0 && name.size() > 8 && std::isdigit(static_cast<unsigned char>(name[8]))) {
      level = std::min(6, name[8] - '0');
    } else if (name == "title") {
      level = 1;
    } else if (pugi::xml_node ppr = Child(s, "pPr")) {
      if (pugi::xml_node ol = Child(ppr, "outlineLvl")) {
        int v = std::atoi(std::string(AttrLocal(ol, "val")).c_str());
        if (v >= 0 && v < 6) level = v + 1;
      }
    }
    if (level && !id.empty()) levels[id] = level;
  }
  return levels;
}

std::map<std::string, std::string> Links(const std::string& xml) {
  std::map<std::string, std::string> links;
  pugi::xml_document doc;
  if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return links;
  for (auto d : doc.select_nodes("//*[local-name()='Relationship']")) {
    pugi::xml_node r = d.node();
    links[r.attribute("Id").value()] = r.attribute("Target").value();
  }
  return links;
}

}  // namespace

Extracted ReadDocx(std::string_view bytes) {
  Extracted out;
  out.format = "docx";
  bool missing = false;
  std::string error;
  std::string document = ReadPart(bytes, "word/document.xml", &missing, &error);
  std::string styles, rels;
  if (error.empty() && !missing) {
    // Styles and links only refine the result; a damaged one is ignored.
    bool m2;
    std::string ignored;
    styles = ReadPart(bytes, "word/styles.xml", &m2, &ignored);
    rels = ReadPart(bytes, "word/_rels/document.xml.rels", &m2, &ignored);
  }
  if (!error.empty()) {
    out.error = error;
    return out;
  }
  if (missing) {
    out.error = "the zip archive has no word/document.xml (not a Word .docx file)";
    return out;
  }
  return ReadDocxXml(document, styles, rels);
}

Extracted ReadDocxXml(std::string_view document, std::string_view styles, std::string_view rels) {
  Extracted out;
  out.format = "docx";
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(document.data(), document.size());
  if (!parsed) {
    out.error = "word/document.xml in the .docx is not well-formed XML (" + std::string(parsed.description()) + ")";
    return out;
  }
  pugi::xml_node body;
  for (auto d : doc.select_nodes("//*[local-name()='body']")) {
    body = d.node();
    break;
  }
  if (!body) {
    out.error = "word/document.xml in the .docx has no w:body";
    return out;
  }
  DocxWalker walker(StyleLevels(std::string(styles)), Links(std::string(rels)));
  walker.Body(body, out.blocks);
  JoinWrappedParagraphs(out.blocks);  // a PDF's lines made paragraphs
  return out;
}

}  // namespace pnc::draft
