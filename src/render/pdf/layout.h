#pragma once
// render/pdf: the positioned layout (pages of text runs, rules, links, bookmarks, structure tree)
// that the writer turns into PDF operators and the dump turns into golden text.
#include <string>
#include <vector>

namespace pnc::render::pdf {

/// Which of the two faces a run uses; italics never appear (clear print).
enum class Face { kRegular, kBold };

/// Which colour a run or rule uses, resolved from Style.
enum class Ink { kText, kLink, kRule };

/// One line fragment in one face, size and colour.
struct Run {
  int id = -1;   // stable across pagination; structure kids refer to it
  int page = 0;  // 0-based
  Face face = Face::kRegular;
  double size = 0;
  double x = 0, y = 0;  // baseline start; y from the page bottom (PDF space)
  double width = 0;     // advance width of `text`
  std::string text;     // UTF-8
  Ink ink = Ink::kText;
  bool underline = false;    // links only (clear print forbids other underlining)
  bool space_after = false;  // the line broke at a space: drawn with a trailing space so text
                             // taken from the structure tree keeps its word boundaries
  int elem = -1;             // owning structure element; -1 = artifact (footer, repeated header)
};

/// A straight line drawn as decoration (table borders, callout frames, contents leaders).
struct Rule {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width = 1;
  bool dotted = false;
};

/// A clickable area: an external URI or an internal destination.
struct LinkArea {
  int id = -1;
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string uri;  // http(s):, mailto:, tel:; empty for internal links
  int dest = -1;    // index into Layout::dests for internal links
  int elem = -1;    // the Link structure element
  std::string alt;  // link text, for the annotation's /Contents
};

/// A place a link or bookmark can jump to.
struct Dest {
  int page = -1;
  double top = 0;  // y of the top of the target heading
};

/// One entry of the document outline.
struct Bookmark {
  std::string title;
  int level = 1;  // 1 = top
  int dest = -1;
};

/// What a structure element contains, in reading order.
struct StructKid {
  enum class Kind { kElem, kRun, kLink } kind = Kind::kElem;
  int index = 0;  // element index, run id or link id
};

/// One node of the tagged-PDF structure tree (Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH…).
struct StructElem {
  std::string type;
  int parent = -1;
  std::string lang;            // set when the content is in another language than the document
  std::string alt;             // /Alt, e.g. for Link
  bool column_header = false;  // TH with /Scope /Column
  std::vector<StructKid> kids;
};

/// The whole positioned document.
struct Layout {
  double page_width = 0, page_height = 0;
  int page_count = 0;
  std::vector<Run> runs;  // in reading order within each page
  std::vector<Rule> rules;
  std::vector<LinkArea> links;
  std::vector<Dest> dests;
  std::vector<Bookmark> bookmarks;      // in document order
  std::vector<StructElem> elems;        // elems[0] is the Document root
  std::string regular_font, bold_font;  // PostScript names, for the dump
};

}  // namespace pnc::render::pdf
