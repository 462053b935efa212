// render: braille print lines → BRF pages (ASCII braille, CR LF lines, a form feed after each
// page): line 1 of every page holds the running head and the braille page number; page 1 holds
// the title and the contents, whose page numbers come from laying out the body first.
#include "render/braille.h"

#include <algorithm>

#include "render/louis.h"
#include "render/plain_text.h"

namespace pnc::render {
namespace {

using Kind = BrailleLine::Kind;

struct Page {
  std::vector<std::string> lines;  // content lines (line 2 onwards), without the top line
};

class Layout {
 public:
  Layout(int cells, int lines) : cells_(cells), body_(lines - 1) {}

  // Starts a new page unless the current one is empty.
  void Break() {
    if (pages_.empty() || !pages_.back().lines.empty()) pages_.emplace_back();
  }
  int PageNumber() const { return static_cast<int>(pages_.size()); }
  // Lines left on the current page.
  int Left() const { return pages_.empty() ? 0 : body_ - static_cast<int>(pages_.back().lines.size()); }
  void Blank() {
    if (!pages_.empty() && !pages_.back().lines.empty() && Left() > 0) pages_.back().lines.push_back("");
  }
  void Line(std::string line) {
    if (Left() <= 0) pages_.emplace_back();
    pages_.back().lines.push_back(std::move(line));
  }
  // Wraps braille `text` at spaces: the first line from cell `first`, the rest from `rest`
  // (1-based cells, as UKAAF names them); a word longer than a line is split.
  std::vector<std::string> Wrap(const std::string& text, int first, int rest) const {
    std::vector<std::string> out;
    std::string line(first - 1, ' ');
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      std::string word = text.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      int indent = out.empty() ? first - 1 : rest - 1;
      bool fresh = static_cast<int>(line.size()) == indent;
      if (!fresh && static_cast<int>(line.size() + 1 + word.size()) > cells_) {
        out.push_back(line);
        line = std::string(rest - 1, ' ');
        fresh = true;
      }
      if (!fresh) line += ' ';
      while (static_cast<int>(line.size() + word.size()) > cells_) {
        size_t fits = cells_ - line.size();
        out.push_back(line + word.substr(0, fits));
        word = word.substr(fits);
        line = std::string(rest - 1, ' ');
      }
      line += word;
    }
    if (line.find_first_not_of(' ') != std::string::npos) out.push_back(line);
    return out;
  }
  std::string Centre(const std::string& text) const {
    int pad = std::max(0, (cells_ - static_cast<int>(text.size())) / 2);
    return std::string(pad, ' ') + text;
  }
  int cells() const { return cells_; }
  std::vector<Page>& pages() { return pages_; }

 private:
  int cells_, body_;
  std::vector<Page> pages_;
};

struct Translator {
  const notice::NoticeDoc& doc;
  int grade;
  diag::Sink* sink;
  bool failed = false;

  // `text` in braille, each span (MarkedText's language marks) with its own language's table: a
  // Welsh name in an English line is not given English contractions inside its words.
  std::string operator()(const std::string& text, const std::string& lang = "") {
    if (text.find(kLangOpen) == std::string::npos) return One(text, lang);
    std::string out;
    for (const auto& run : LangRuns(text, lang.empty() ? doc.locale : lang)) {
      // liblouis drops a run's outer spaces: the space between runs is kept here.
      const size_t a = run.text.find_first_not_of(' ');
      if (a == std::string::npos) continue;
      const size_t b = run.text.find_last_not_of(' ');
      if (!out.empty() && a > 0 && out.back() != ' ') out += ' ';
      out += One(run.text.substr(a, b - a + 1), run.lang);
      if (b + 1 < run.text.size()) out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  std::string One(const std::string& text, const std::string& lang) {
    bool unverified = false;
    std::string tables = BrailleTables(lang.empty() ? doc.locale : lang, grade, &unverified);
    if (tables.empty()) tables = BrailleTables(doc.locale, grade, &unverified);
    std::string out, error;
    if (!louis::Translate(tables, text, &out, &error)) {
      if (!failed) sink->Add(diag::Make(diag::Severity::kError, "", "", error, "internal"));
      failed = true;
    }
    // BRF is 7-bit ASCII braille: anything a table left untranslated is dropped from the line,
    // never written as a byte a braille display would misread.
    out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return c < 0x20 || c > 0x7E; }), out.end());
    return out;
  }
};

// Lays out the body lines from the current page; records the page each section starts on.
void Body(const std::vector<BrailleLine>& lines, Translator& tr, Layout* l, std::vector<int>* starts) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const BrailleLine& line = lines[i];
    switch (line.kind) {
      case Kind::kHeading:
      case Kind::kMinorHeading: {
        auto wrapped = line.kind == Kind::kHeading ? l->Wrap(tr(line.text, line.lang), 1, 1)
                                                   : l->Wrap(tr(line.text, line.lang), 5, 5);
        // A heading never ends a page: it moves over with the first line of what follows.
        if (l->Left() < static_cast<int>(wrapped.size()) + 3) l->Break();
        l->Blank();
        if (line.section >= 0) {
          if (static_cast<int>(starts->size()) <= line.section) starts->resize(line.section + 1, 0);
          (*starts)[line.section] = l->PageNumber();
        }
        for (auto& w : wrapped) l->Line(line.kind == Kind::kHeading ? l->Centre(w) : w);
        if (line.kind == Kind::kHeading) l->Blank();
        break;
      }
      case Kind::kBox:
        l->Line(std::string(l->cells(), '7'));  // a box line: dots 2356 across the page
        break;
      case Kind::kParagraph:
        for (auto& w : l->Wrap(tr(line.text, line.lang), 3, 1)) l->Line(w);
        break;
      case Kind::kItem:
        for (auto& w : l->Wrap(tr(line.text, line.lang), 1 + 2 * (line.level > 0 ? line.level - 1 : 0),
                               3 + 2 * (line.level > 0 ? line.level - 1 : 0))) {
          l->Line(w);
        }
        break;
      case Kind::kTitle:
      case Kind::kCentred:
      case Kind::kBlank:
        break;
    }
  }
}

// The first page(s): title, organisation, version, the unverified-table note, the contents.
void Front(const notice::NoticeDoc& doc, const std::vector<std::string>& titles, const std::vector<int>& starts,
           bool unverified, Translator& tr, Layout* l) {
  l->Break();
  for (auto& w : l->Wrap(tr(MarkLang(doc.title, doc.title_lang)), 1, 1)) l->Line(l->Centre(w));
  if (!doc.organisation.empty() && doc.organisation != doc.title) {
    for (auto& w : l->Wrap(tr(MarkLang(doc.organisation, doc.organisation_lang)), 1, 1)) l->Line(l->Centre(w));
  }
  l->Blank();
  std::string version;
  if (!doc.version.empty()) version = doc.labels.at("version") + " " + doc.version;
  if (!doc.updated.empty())
    version += (version.empty() ? "" : ". ") + doc.labels.at("last-updated") + " " + doc.updated;
  for (auto& w : l->Wrap(tr(version), 3, 1)) l->Line(w);
  if (!doc.draft.empty())
    for (auto& w : l->Wrap(tr(doc.draft), 3, 1)) l->Line(w);
  if (unverified && doc.labels.count("braille-unverified")) {
    l->Blank();
    for (auto& w : l->Wrap(tr(doc.labels.at("braille-unverified")), 3, 1)) l->Line(w);
  }
  l->Blank();
  for (auto& w : l->Wrap(tr(doc.labels.at("contents")), 1, 1)) l->Line(l->Centre(w));
  l->Blank();
  for (size_t i = 0; i < titles.size(); ++i) {
    std::string number = tr(std::to_string(i < starts.size() ? starts[i] : 0));
    auto wrapped = l->Wrap(tr(titles[i]), 1, 3);
    std::string& last = wrapped.back();
    // Guide dots (dot 5) lead the eye from the entry to its page number at the right margin.
    int room = l->cells() - static_cast<int>(last.size()) - static_cast<int>(number.size()) - 2;
    if (room < 2) {
      wrapped.push_back(std::string(2, ' '));
      room = l->cells() - 2 - static_cast<int>(number.size()) - 2;
    }
    wrapped.back() += " " + std::string(std::max(0, room), '"') + " " + number;
    for (auto& w : wrapped) l->Line(w);
  }
}

}  // namespace

bool RenderBrf(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  bool unverified = false;
  if (BrailleTables(doc.locale, ctx.braille_grade, &unverified).empty()) {
    sink->Add(diag::Make(
        diag::Severity::kNote, "", "",
        "no braille written for '" + doc.locale + "': pnc has braille tables for English (UEB) and Welsh only", ""));
    return false;
  }
  if (unverified) {
    sink->Add(diag::Make(
        diag::Severity::kNote, "", "",
        doc.file_base + ".brf uses liblouis's Welsh table cy-cy-g1.utb, which its authors mark as "
                        "unverified; its first page says so. Have a Welsh braille reader check it before sending it",
        ""));
  }
  if (ctx.braille_cells < 20 || ctx.braille_lines < 10 || doc.title.empty()) return false;
  std::vector<BrailleLine> lines = BrailleLines(doc);
  std::vector<std::string> titles;
  for (const auto& line : lines) {
    if (line.section >= 0) titles.push_back(line.text);
  }
  Translator tr{doc, ctx.braille_grade, sink};
  // The contents give the body's page numbers, and their own length decides where the body
  // starts: lay out until the front matter's page count stops changing (twice at most in practice).
  std::vector<int> starts(titles.size(), 0);
  Layout layout(ctx.braille_cells, ctx.braille_lines);
  for (int pass = 0; pass < 4; ++pass) {
    Layout front(ctx.braille_cells, ctx.braille_lines);
    Front(doc, titles, starts, unverified, tr, &front);
    Layout l = front;
    l.Break();
    std::vector<int> now;
    Body(lines, tr, &l, &now);
    layout = l;
    if (now == starts) break;
    starts = now;
  }
  if (tr.failed) return false;
  std::string head = tr(MarkLang(doc.title, doc.title_lang));
  std::string brf;
  auto& pages = layout.pages();
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string number = tr(std::to_string(p + 1));
    // Line 1: the running head (not on the title page), then the page number at the right margin.
    int room = ctx.braille_cells - static_cast<int>(number.size()) - 3;
    std::string top = p == 0 ? "" : head.substr(0, std::max(0, room));
    while (!top.empty() && top.back() == ' ') top.pop_back();
    top += std::string(ctx.braille_cells - top.size() - number.size(), ' ') + number;
    brf += top + "\r\n";
    for (const auto& line : pages[p].lines) {
      std::string trimmed = line;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
      brf += trimmed + "\r\n";
    }
    brf += "\f";
  }
  *out = std::move(brf);
  return true;
}

}  // namespace pnc::render
