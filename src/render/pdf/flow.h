#pragma once
// render/pdf: the flow — NoticeDoc blocks laid out at full column width into unbreakable boxes
// (mostly one line each) with keep rules, before pagination places them on pages.
#include <map>
#include <string>
#include <vector>

#include "doc/notice_doc.h"
#include "render/pdf/layout.h"
#include "render/pdf/style.h"
#include "render/pdf/wrap.h"

namespace pnc::render::pdf {

/// One vertical slice of the flow. Offsets (`Run::y`, `Rule::y0/y1`, `LinkArea::y0/y1`) are
/// measured downwards from the box top until pagination turns them into page coordinates.
struct Box {
  double height = 0;
  double space_before = 0;  // collapses with the previous box's space_after; dropped at a page top
  double space_after = 0;
  bool keep_with_next = false;  // no page break between this box and the next
  bool page_break_before = false;
  std::vector<Run> runs;
  std::vector<int> run_cell;  // per run: table cell / field column, to order runs row by row
  std::vector<Rule> rules;
  std::vector<LinkArea> links;
  int table = -1;  // table index for repeating the header row
  bool table_header = false;
  int row = -1;         // table row or field id: bands of one row are emitted cell by cell
  double top_rule = 0;  // rule width to draw above the box if it starts a page (tables)
  double rule_x0 = 0, rule_x1 = 0;
  int callout = -1;         // callout frame id
  int dest = -1;            // a destination (heading) starts at this box's top
  int toc_dest = -1;        // contents entry: runs.back() is the page number placeholder
  double toc_right = 0;     // right edge of the page number
  double toc_leader_x = 0;  // leader starts here, on the last line's baseline
};

/// Horizontal extent of one callout frame.
struct Callout {
  double x0 = 0, x1 = 0;
};

/// Where a block goes and what it belongs to.
struct Frame {
  double x = 0;
  double width = 0;
  int parent = 0;  // structure element
  int callout = -1;
  int depth = 0;          // list nesting depth
  double para_after = 0;  // space after a paragraph here (smaller inside list items)
  std::string lang;
};

/// Builds the flow and the structure tree for one document.
class Flow {
 public:
  /// `layout` receives structure elements; links to "#id" resolve through `anchors` (id → dest).
  Flow(const Style& style, const Fonts& fonts, Layout* layout, const std::map<std::string, int>* anchors);

  /// A new structure element of `type` appended to `parent`'s kids.
  int Elem(const std::string& type, int parent, const std::string& lang = "");
  /// A paragraph of running text (P) or heading (H1…H6 when `heading_level` > 0).
  void Text(const notice::Inlines& inlines, const Frame& f, int heading_level, int dest = -1);
  /// Any NoticeDoc block.
  void Block(const notice::Block& block, const Frame& f, int section_level);
  /// One contents entry linking to `dest`, with its page number filled in after pagination.
  void ContentsEntry(const std::string& title, int dest, const Frame& f, int toc_elem);
  /// A paragraph that is one link to `dest` (a bilingual document's jump to another language),
  /// its P element in `f.lang`.
  void Jump(const std::string& text, int dest, const Frame& f);
  /// Forces the next box onto a new page.
  void PageBreak() { break_next_ = true; }

  /// The boxes so far.
  std::vector<Box>& boxes() { return boxes_; }
  /// Callout frames by id.
  const std::vector<Callout>& callouts() const { return callouts_; }
  /// Line height of body text.
  double BodyLine() const { return style_.body_size * style_.line_spacing; }

 private:
  struct LinkSpec {
    std::string uri;
    int dest = -1;
    std::string alt;
    int elem = -1;       // Link element, created at its first line
    bool plain = false;  // drawn as text (contents entries), still clickable
  };
  void Flatten(const notice::Inlines& in, Face face, int link, std::vector<Span>* out, std::vector<LinkSpec>* links,
               const std::string& lang = "");
  void AddLink(const notice::Inline& in, Face face, std::vector<Span>* out, std::vector<LinkSpec>* links,
               const std::string& lang);
  /// The element a run in `lang` goes in under `elem`: `elem` itself when that is its language
  /// already, else a Span with /Lang (the one just made for the text before it, if any).
  int SpanElem(int elem, const std::string& lang);
  /// One box holding `line` at x, with runs owned by `elem` (or Link children of it).
  Box LineBox(const Line& line, double x, double size, double line_height, int elem, std::vector<LinkSpec>* links);
  void Push(Box box, const Frame& f);
  void List(const notice::Block& b, const Frame& f, int section_level);
  /// Keeps the boxes of one list item, from `first` on, together when they fit on a page.
  void KeepItem(size_t first, const Frame& f);
  void Table(const notice::Block& b, const Frame& f);
  void Fields(const notice::Block& b, const Frame& f);
  void ListedField(const notice::Field& field, const Frame& f, double label_w, int lbl, int body, bool last);
  double Baseline(double size, double line_height) const;

  const Style& style_;
  const Fonts& fonts_;
  Layout* layout_;
  const std::map<std::string, int>* anchors_;
  std::vector<Box> boxes_;
  std::vector<Callout> callouts_;
  int next_run_ = 0;
  int next_link_ = 0;
  int tables_ = 0;
  int rows_ = 0;
  bool break_next_ = false;
  size_t paragraph_end_ = 0;  // boxes_.size() just after the last paragraph (not heading) was pushed
};

/// The running text of the pages from one destination on: a bilingual document's halves each
/// have their own footer and draft mark.
struct PageText {
  int from_dest = -1;  // pages from this destination's page on (-1: from the first page)
  std::string organisation;
  std::string page_of;  // "Page {page} of {pages}"
  std::string draft;    // a preview's mark, "" for none
};

/// Places the flow on pages: keeps, no single-line widows or orphans, repeated table headers,
/// callout frames, destinations, contents page numbers and footers. Fills `layout`. A non-empty
/// `draft` (a preview's "Draft: not yet confirmed") is printed at the top of every page.
void Paginate(std::vector<Box>& boxes, const std::vector<Callout>& callouts, const Style& style, const Fonts& fonts,
              const std::string& organisation, const std::string& page_of, Layout* layout,
              const std::string& draft = "");

/// As above, with footers and draft marks per part of the document (`texts` in page order).
void Paginate(std::vector<Box>& boxes, const std::vector<Callout>& callouts, const Style& style, const Fonts& fonts,
              const std::vector<PageText>& texts, Layout* layout);

}  // namespace pnc::render::pdf
