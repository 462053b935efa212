// render: NoticeDoc → braille print lines (reading order and UKAAF layout kinds; no translation yet,
// a span in another language keeps its marks, plain_text.h). Every line is text of the document:
// nothing is added that the NoticeDoc does not hold.
#include <string>

#include "render/braille.h"
#include "render/plain_text.h"

namespace pnc::render {
namespace {

using Kind = BrailleLine::Kind;

void Add(std::vector<BrailleLine>* out, Kind kind, std::string text, const std::string& lang, int level = 0) {
  if (text.empty()) return;
  out->push_back({kind, std::move(text), lang, level, -1});
}

void Blocks(const std::vector<notice::Block>& blocks, const std::string& lang, int depth,
            std::vector<BrailleLine>* out);

void Block(const notice::Block& b, const std::string& inherited, int depth, std::vector<BrailleLine>* out) {
  const std::string lang = b.lang.empty() ? inherited : b.lang;
  const bool boxed = b.role == "callout" && depth == 0;
  if (boxed) out->push_back({Kind::kBox, "", lang, 0, -1});
  switch (b.kind) {
    case notice::BlockKind::kParagraph:
      Add(out, depth > 0 ? Kind::kItem : Kind::kParagraph, MarkedText(b.inlines, true, lang), lang, depth);
      break;
    case notice::BlockKind::kHeading:
      Add(out, b.level <= 3 ? Kind::kMinorHeading : Kind::kParagraph, MarkedText(b.inlines, true, lang), lang);
      break;
    case notice::BlockKind::kBulletList:
    case notice::BlockKind::kOrderedList: {
      int n = b.start;
      for (const auto& item : b.items) {
        size_t first = out->size();
        Blocks(item, lang, depth + 1, out);
        // An ordered item keeps its print number; bullets are left out, as UKAAF lists are.
        if (b.kind == notice::BlockKind::kOrderedList && first < out->size()) {
          out->at(first).text = std::to_string(n) + ". " + out->at(first).text;
        }
        ++n;
      }
      break;
    }
    case notice::BlockKind::kTable:
      // Each row as one item: "heading: cell; heading: cell", so no grid needs reading across.
      for (const auto& row : b.table.rows) {
        std::string text;
        for (size_t c = 0; c < row.size(); ++c) {
          std::string cell = MarkedText(row[c], true, lang, "; ");
          if (cell.empty()) continue;
          std::string head = c < b.table.header.size() ? MarkedText(b.table.header[c], true, lang) : "";
          text += (text.empty() ? "" : "; ") + (head.empty() ? cell : head + ": " + cell);
        }
        Add(out, Kind::kItem, text, lang, depth);
      }
      break;
    case notice::BlockKind::kFields:
      for (const auto& f : b.fields) {
        std::string value = MarkedText(f.value, true, lang);
        if (!f.items.empty() && value.empty()) {
          // A listed value: the label, then each item on its own line one level in, as a list.
          Add(out, Kind::kItem, f.label, lang, depth);
          for (size_t i = 0; i < f.items.size(); ++i) {
            const std::string& own = f.ItemLang(i);  // a fallback item is in its own language
            Add(out, Kind::kItem, MarkedText(f.items[i], true, own.empty() ? lang : own), own.empty() ? lang : own,
                depth + 1);
          }
          continue;
        }
        Add(out, Kind::kItem, f.label.empty() ? value : f.label + ": " + value, lang, depth);
      }
      break;
  }
  if (boxed) out->push_back({Kind::kBox, "", lang, 0, -1});
}

void Blocks(const std::vector<notice::Block>& blocks, const std::string& lang, int depth,
            std::vector<BrailleLine>* out) {
  for (const auto& b : blocks) Block(b, lang, depth, out);
}

void Section(const notice::Section& s, int top, int depth, std::vector<BrailleLine>* out) {
  out->push_back({depth == 0 ? Kind::kHeading : Kind::kMinorHeading, MarkLang(s.title, s.title_lang), "", 0,
                  depth == 0 ? top : -1});
  Blocks(s.blocks, "", 0, out);
  for (const auto& child : s.children) Section(child, top, depth + 1, out);
}

}  // namespace

std::vector<BrailleLine> BrailleLines(const notice::NoticeDoc& doc) {
  std::vector<BrailleLine> out;
  if (!doc.summary.empty()) {
    out.push_back({Kind::kHeading, doc.summary_title, "", 0, 0});
    Blocks(doc.summary, "", 0, &out);
  }
  int top = doc.summary.empty() ? 0 : 1;
  for (const auto& s : doc.sections) Section(s, top++, 0, &out);
  return out;
}

std::string BrailleTables(const std::string& locale, int grade, bool* unverified) {
  *unverified = false;
  std::string lang = locale.substr(0, locale.find('-'));
  if (lang == "en") return std::string("en-us-brf.dis,") + (grade == 1 ? "en-ueb-g1.ctb" : "en-ueb-g2.ctb");
  if (lang == "cy") {
    // Upstream's only uncontracted Welsh table; its header says it has not been checked.
    *unverified = true;
    return "en-us-brf.dis,cy-cy-g1.utb";
  }
  return "";
}

}  // namespace pnc::render
