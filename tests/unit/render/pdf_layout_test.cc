// render/pdf: layout properties checked on the layout dump and the layout itself: sizes, margins,
// keeps (headings, widows, orphans), repeated table headers, line breaking.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "render/pdf.h"
#include "render/pdf/document.h"
#include "render/pdf/sample_doc.h"
#include "render/pdf/style.h"
#include "render/pdf/wrap.h"

namespace pnc::render::pdf_test {
namespace {

struct DumpRun {
  int page;
  std::string font;
  double size, x, y, width;
  std::string text;
};

std::vector<DumpRun> Runs(const std::string& dump) {
  std::vector<DumpRun> runs;
  std::istringstream in(dump);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("link ", 0) == 0 || line.rfind("bookmark ", 0) == 0) continue;
    std::istringstream f(line);
    DumpRun r;
    f >> r.page >> r.font >> r.size >> r.x >> r.y >> r.width;
    f.get();
    std::getline(f, r.text);
    runs.push_back(r);
  }
  return runs;
}

pdf::Style AdultStyle() {
  pdf::Style st;
  diag::Sink sink;
  REQUIRE(pdf::LoadStyle(PNC_DEFAULT_DATA_DIR, Settings(), "adult", "A4", &st, &sink));
  return st;
}

// Footers are the organisation and "Page N of M" in the lower half (page 1 also names the
// organisation under the title, as text).
bool IsFooter(const DumpRun& r, const NoticeDoc& doc) {
  return (r.text == doc.organisation || r.text.rfind("Page ", 0) == 0) && r.y < 300;
}

TEST_CASE("pdf: every run is at least the body size and inside the margins") {
  NoticeDoc doc = LongDoc();
  diag::Sink sink;
  std::string dump = PdfLayoutDump(doc, Ctx(), &sink);
  REQUIRE(sink.Errors() == 0);
  pdf::Style st = AdultStyle();
  auto runs = Runs(dump);
  REQUIRE(runs.size() > 200);
  const double eps = 0.01;
  for (const DumpRun& r : runs) {
    CAPTURE(r.text);
    CHECK(r.size >= st.body_size);
    CHECK(r.x >= -eps);
    CHECK(r.x + r.width <= st.page_width - st.margin_right + eps);
    CHECK(r.x >= st.margin_left - eps);
    if (IsFooter(r, doc)) {  // footers live in the bottom margin, clear of the page edge
      CHECK(r.y < st.margin_bottom);
      CHECK(r.y - 0.3 * r.size > 18);
    } else {
      CHECK(r.y - 0.3 * r.size >= st.margin_bottom - eps);
      CHECK(r.y + 0.8 * r.size <= st.page_height - st.margin_top + eps);  // ascender ≈ 0.77 em
    }
  }
}

TEST_CASE("pdf: letter paper changes the page size") {
  diag::Sink sink;
  std::string dump = PdfLayoutDump(BaseDoc(), Ctx("Letter"), &sink);
  CHECK(dump.find("# paper 612.00 792.00") != std::string::npos);
}

TEST_CASE("pdf: a table that breaks repeats its header row on the next page") {
  NoticeDoc doc = LongDoc();
  diag::Sink sink;
  auto runs = Runs(PdfLayoutDump(doc, Ctx(), &sink));
  std::set<int> header_pages, row_pages;
  for (const DumpRun& r : runs) {
    if (r.text == "What we keep") header_pages.insert(r.page);
    if (r.text.rfind("Record type", 0) == 0) row_pages.insert(r.page);
  }
  REQUIRE(row_pages.size() >= 2);
  CHECK(header_pages == row_pages);
}

// Lines of the contents list (runs under the TOC element) per page.
std::map<int, std::set<double>> ContentsLines(const pdf::Layout& layout) {
  std::map<int, std::set<double>> lines;
  for (const pdf::Run& r : layout.runs) {
    for (int e = r.elem; e >= 0; e = layout.elems[e].parent) {
      if (layout.elems[e].type == "TOC") {
        lines[r.page].insert(r.y);
        break;
      }
    }
  }
  return lines;
}

TEST_CASE("pdf: a contents list that fits on a page is never split, and a longer one leaves 3 lines on each side") {
  // Once, a contents list that overflowed by one entry left that line alone on a page, then
  // broke to the next page for the summary; later, two entries of a children's guide's contents
  // fell alone onto page 2 in the same way.
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  struct Case {
    size_t lines;
    bool split;
    size_t first_page;  // lines on the list's first page
  };
  std::vector<Case> cases;
  for (int n = 4; n <= 60; ++n) {
    NoticeDoc doc = LongDoc(n, 2);
    pdf::Layout layout;
    REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
    auto lines = ContentsLines(layout);
    size_t total = 0;
    for (const auto& [page, ys] : lines) {
      CAPTURE(n);
      CAPTURE(page);
      CHECK(ys.size() >= 3);
      total += ys.size();
    }
    cases.push_back({total, lines.size() > 1, lines.empty() ? 0 : lines.begin()->second.size()});
  }
  size_t longest_whole = 0;  // the most contents lines seen on one page
  for (const Case& c : cases) {
    if (!c.split) longest_whole = std::max(longest_whole, c.lines);
  }
  int split = 0;
  size_t first_page_most = 0;  // the most lines a split list put on its first page
  for (const Case& c : cases) {
    if (!c.split) continue;
    ++split;
    first_page_most = std::max(first_page_most, c.first_page);
    CAPTURE(c.lines);
    CHECK(c.lines > longest_whole);  // a list that would fit on one page is kept on one page
  }
  CHECK(split > 0);  // the sizes tried do split the contents over pages
  // A list too long for the room left on page 1, but not for a page, went whole to the next page
  // rather than leaving its tail there.
  CHECK(longest_whole > first_page_most);
}

TEST_CASE("pdf: page 1 names the organisation in its text") {
  for (bool child : {false, true}) {
    NoticeDoc doc = LongDoc();
    doc.audience = child ? "child" : "adult";
    pdf::Style st;
    diag::Sink sink;
    REQUIRE(pdf::LoadStyle(PNC_DEFAULT_DATA_DIR, Settings(), doc.audience, "A4", &st, &sink));
    pdf::Fonts fonts;
    REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
    pdf::Layout layout;
    REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
    bool named = false;
    for (const pdf::Run& r : layout.runs) named = named || (r.page == 0 && r.elem >= 0 && r.text == doc.organisation);
    CAPTURE(child);
    CHECK(named);  // tagged text, not only the footer (an artifact)
  }
}

TEST_CASE("pdf: headings are never last on a page and paragraphs leave no single line behind") {
  NoticeDoc doc = LongDoc();
  diag::Sink sink;
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  REQUIRE(layout.page_count > 5);
  // Lines per (element, page), and the last tagged run of each page.
  std::map<std::pair<int, int>, std::set<double>> lines;
  std::map<int, const pdf::Run*> last;
  for (const pdf::Run& r : layout.runs) {
    if (r.elem < 0) continue;
    lines[{r.elem, r.page}].insert(r.y);
    last[r.page] = &r;
  }
  for (const auto& [page, run] : last) {
    CAPTURE(run->text);
    CHECK(layout.elems[run->elem].type[0] != 'H');
  }
  for (size_t e = 0; e < layout.elems.size(); ++e) {
    if (layout.elems[e].type != "P") continue;
    std::vector<size_t> per_page;
    for (int p = 0; p < layout.page_count; ++p) {
      auto it = lines.find({static_cast<int>(e), p});
      if (it != lines.end()) per_page.push_back(it->second.size());
    }
    if (per_page.size() > 1) {
      for (size_t n : per_page) CHECK(n >= 2);
    }
  }
}

TEST_CASE("pdf: contents entries link to the page of their section and show its number") {
  NoticeDoc doc = LongDoc();
  diag::Sink sink;
  std::string dump = PdfLayoutDump(doc, Ctx(), &sink);
  auto runs = Runs(dump);
  // The section heading's page, from the bookmark line.
  std::istringstream in(dump);
  std::string line, page;
  while (std::getline(in, line)) {
    if (line.rfind("bookmark 1 ", 0) == 0 && line.find("Part 3:") != std::string::npos) {
      page = line.substr(11, line.find(' ', 11) - 11);
    }
  }
  REQUIRE(!page.empty());
  // The entry is the first run with the section's title (the contents come before the section;
  // they are on page 1, or on page 2 when they fit on a page but not below the title).
  int contents_page = 0;
  for (size_t i = 0; i + 1 < runs.size(); ++i) {
    if (runs[i].text == "Part 3: how we use your information") {
      CHECK(runs[i + 1].text == page);
      contents_page = runs[i].page;
      break;
    }
  }
  REQUIRE(contents_page > 0);
  CHECK(contents_page < std::stoi(page));
  CHECK(dump.find("link " + std::to_string(contents_page) + " ") != std::string::npos);
}

// Lines joined with " | " so a failure shows them.
std::string WrapTexts(const std::string& text, double width) {
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  diag::Sink sink;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  std::string out;
  for (const auto& line : pdf::WrapSpans({{text, pdf::Face::kRegular, -1, false}}, fonts, 18, width)) {
    std::string t;
    for (const auto& s : line.segs) t += s.text;
    CHECK(line.width <= width + 0.01);
    out += (out.empty() ? "" : " | ") + t;
  }
  return out;
}

TEST_CASE("pdf: long addresses break after / or before . and @, words never break") {
  auto url = WrapTexts("Read https://www.brynhope.org.uk/privacy/your-rights/objecting-to-direct-marketing now", 250);
  // Continuation lines start with the separator, so a reader sees the address goes on.
  CHECK(url ==
        "Read https://www.brynhope | .org.uk/privacy/your-rights/ | objecting-to-direct | "
        "-marketing now");
  auto mail = WrapTexts("Write to data.protection.officer@brynhope-community-trust.org.uk today", 250);
  CHECK(mail == "Write to data.protection | .officer@brynhope | -community-trust.org.uk | today");
  // Ordinary words move whole to the next line; only a word wider than the line is split.
  CHECK(WrapTexts("Information governance responsibilities", 150) == "Information | governance | responsibilities");
  // A word wider than the line has to break somewhere: between letters, as late as possible.
  CHECK(WrapTexts("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", 250) ==
        "Llanfairpwllgwyngyllgogeryc | hwyrndrobwllllantysiliogogo | goch");
}

TEST_CASE("pdf: a child notice uses Andika") {
  NoticeDoc doc = BaseDoc();
  doc.audience = "child";
  doc.sections.push_back(
      Section{.id = "a", .title = "Hello", .blocks = {Para("We look after what you tell us.")}, .origin = "/s"});
  diag::Sink sink;
  std::string dump = PdfLayoutDump(doc, Ctx(), &sink);
  CHECK(dump.find(" Andika-Bold ") != std::string::npos);
  CHECK(dump.find(" Andika 20.00 ") != std::string::npos);
}

}  // namespace
// A preview's draft mark is a ruled box around bold text on every page (issue 11 review,
// decision 12): not plain text a reader could take for the notice's first line.
TEST_CASE("pdf: a preview's draft mark is boxed on every page") {
  NoticeDoc doc = LongDoc();
  doc.draft = "Draft: not yet confirmed";
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  REQUIRE(layout.page_count >= 2);
  for (int p = 0; p < layout.page_count; ++p) {
    CAPTURE(p);
    const pdf::Run* mark = nullptr;
    for (const auto& r : layout.runs) {
      if (r.page == p && r.text == doc.draft) mark = &r;
    }
    REQUIRE(mark != nullptr);
    CHECK(mark->face == pdf::Face::kBold);
    CHECK(mark->elem < 0);  // an artifact: the summary states it in the tagged text
    // Four rules enclose it: above, below, left and right of the text.
    int above = 0, below = 0, left = 0, right = 0;
    for (const auto& r : layout.rules) {
      if (r.page != p) continue;
      const bool horizontal = r.y0 == r.y1, vertical = r.x0 == r.x1;
      if (horizontal && r.y0 > mark->y + 0.7 * mark->size && r.x0 <= mark->x && r.x1 >= mark->x + mark->width) ++above;
      if (horizontal && r.y0 < mark->y && r.y0 > mark->y - mark->size && r.x0 <= mark->x) ++below;
      if (vertical && r.x0 < mark->x && std::max(r.y0, r.y1) > mark->y && std::min(r.y0, r.y1) < mark->y) ++left;
      if (vertical && r.x0 > mark->x + mark->width && std::max(r.y0, r.y1) > mark->y) ++right;
    }
    CHECK(above == 1);
    CHECK(below == 1);
    CHECK(left == 1);
    CHECK(right == 1);
    // …inside the page, in the top margin.
    CHECK(mark->y > st.page_height - st.margin_top);
  }
}

// A field whose value is a list (Field::items) is a tagged list inside the field's LBody, its
// items' text in LBody elements of their own.
TEST_CASE("pdf: a listed field value is tagged as a list") {
  NoticeDoc doc = LongDoc();
  notice::Block fields;
  fields.kind = notice::BlockKind::kFields;
  notice::Field f;
  f.label = "Information used";
  for (const char* item : {"Names", "Addresses", "Phone numbers", "Health", "Photographs"}) {
    notice::Inline in;
    in.text = item;
    f.items.push_back({in});
  }
  fields.fields.push_back(f);
  doc.sections.front().blocks.push_back(fields);
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  // The run "Phone numbers" belongs to an LBody whose LI is in an L whose parent is an LBody.
  int elem = -1;
  for (const auto& r : layout.runs) {
    if (r.text == "Phone numbers") elem = r.elem;
  }
  REQUIRE(elem >= 0);
  const auto& el = layout.elems;
  CHECK(el[elem].type == "P");
  const int body = el[elem].parent;
  CHECK(el[body].type == "LBody");
  const int li = el[body].parent;
  CHECK(el[li].type == "LI");
  const int list = el[li].parent;
  CHECK(el[list].type == "L");
  CHECK(el[el[list].parent].type == "LBody");  // the field's value
  int items = 0;
  for (const auto& k : el[list].kids) items += k.kind == pdf::StructKid::Kind::kElem;
  CHECK(items == 5);
}

// A listed item shown in another language than the document (a name with no translation) keeps
// its Lang on its list item, in a field's list and in a bulleted list alike.
TEST_CASE("pdf: a fallback list item is tagged with its Lang") {
  NoticeDoc doc = LongDoc();
  doc.locale = "cy";
  notice::Block fields;
  fields.kind = notice::BlockKind::kFields;
  notice::Field f;
  f.label = "Gwybodaeth a ddefnyddir";
  for (const char* item : {"Enwau", "Cyfeiriadau", "Phone numbers", "Iechyd", "Lluniau"}) {
    notice::Inline in;
    in.text = item;
    f.items.push_back({in});
  }
  f.item_langs = {"", "", "en"};  // shorter than the items: the rest are in the document's language
  fields.fields.push_back(f);
  doc.sections.front().blocks.push_back(fields);
  notice::Block bullets;
  bullets.kind = notice::BlockKind::kBulletList;
  notice::Block para;
  para.inlines = {notice::Inline{notice::InlineKind::kText, "Email addresses", "", {}, -1}};
  para.lang = "en";
  bullets.items.push_back({para});
  doc.sections.front().blocks.push_back(bullets);
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  auto item_of = [&](const std::string& text) {
    for (const auto& r : layout.runs) {
      if (r.text != text) continue;
      int e = r.elem;
      while (e >= 0 && layout.elems[e].type != "LI") e = layout.elems[e].parent;
      return e;
    }
    return -1;
  };
  const int fallback = item_of("Phone numbers"), own = item_of("Iechyd"), bullet = item_of("Email addresses");
  REQUIRE(fallback >= 0);
  REQUIRE(own >= 0);
  REQUIRE(bullet >= 0);
  CHECK(layout.elems[fallback].lang == "en");
  CHECK(layout.elems[own].lang.empty());
  CHECK(layout.elems[bullet].lang == "en");
}

// A span in another language inside running text (a fallback name in a field, a table cell, a
// sentence) is a Span structure element with its /Lang inside the paragraph, which keeps none.
TEST_CASE("pdf: a span in another language is a Span element with its Lang") {
  NoticeDoc doc = LongDoc();
  notice::Block p;
  p.inlines = {
      notice::Inline{notice::InlineKind::kText, "Service: ", "", {}, -1},
      notice::Inline{
          notice::InlineKind::kSpan, "", "", {{notice::InlineKind::kText, "Y banc bwyd", "", {}, -1}}, -1, "cy"}};
  doc.sections.front().blocks.push_back(p);
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  int span = -1, before = -1;
  for (const auto& r : layout.runs) {
    if (r.text == "Y banc bwyd") span = r.elem;
    if (r.text.rfind("Service:", 0) == 0) before = r.elem;
  }
  REQUIRE(span >= 0);
  REQUIRE(before >= 0);
  CHECK(layout.elems[span].type == "Span");
  CHECK(layout.elems[span].lang == "cy");
  CHECK(layout.elems[span].parent == before);
  CHECK(layout.elems[before].type == "P");
  CHECK(layout.elems[before].lang.empty());
}

}  // namespace pnc::render::pdf_test

namespace pnc::render::pdf_test {

// Review: a children's guide's "We keep these kinds of information:" ended page 3 and its list began
// page 4. A paragraph right before a list is its lead-in and stays with the list's first line. Every
// number of one-line filler paragraphs before it (1 to 40) puts the lead-in at some place on the page,
// the bottom line among them.
TEST_CASE("pdf: a list's lead-in paragraph never ends a page without the list") {
  diag::Sink sink;
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  int breaks = 0;  // layouts where the page breaks at the lead-in: the case under test
  for (int fillers = 1; fillers <= 40; ++fillers) {
    NoticeDoc doc = BaseDoc();
    Section s;
    s.id = "what";
    s.title = "What we keep";
    for (int i = 0; i < fillers; ++i) s.blocks.push_back(Para("Line " + std::to_string(i + 1) + "."));
    s.blocks.push_back(Para("We keep these kinds of information:"));
    s.blocks.push_back(List(BlockKind::kBulletList, {"Your name.", "Your school.", "Your health."}));
    doc.sections.push_back(s);
    pdf::Layout layout;
    REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
    int lead = -1, first = -1;
    for (const pdf::Run& r : layout.runs) {
      if (r.text.rfind("We keep these kinds", 0) == 0) lead = r.page;
      if (first < 0 && r.text == "Your name.") first = r.page;
    }
    CAPTURE(fillers);
    REQUIRE(lead >= 0);
    REQUIRE(first >= 0);
    CHECK(lead == first);
    if (first > 0 && lead == first) {
      // The lead-in moved to the list's page: it is the first thing there.
      bool lead_first = false;
      for (const pdf::Run& r : layout.runs) {
        if (r.page != first || r.elem < 0) continue;
        lead_first = r.text.rfind("We keep these kinds", 0) == 0;
        break;
      }
      breaks += lead_first ? 1 : 0;
    }
  }
  CHECK(breaks > 0);  // some filler count put the break there: the test exercised the keep
}

}  // namespace pnc::render::pdf_test

namespace pnc::render::pdf_test {

// Seen in the 6-9 guide of the pfp example: a retention record's bold name, two lines long, ended a
// page and its wording ("We keep it until …") began the next. An item's bold name stays with what
// follows it in the item, as a one-line lead-in does.
TEST_CASE("pdf: a list item's bold name never ends a page without the item's wording") {
  diag::Sink sink;
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  const std::string name = "What we write down about you and your family when you come to our groups";
  for (int fillers = 1; fillers <= 40; ++fillers) {
    NoticeDoc doc = BaseDoc();
    Section s;
    s.id = "keep";
    s.title = "How long do we keep it?";
    for (int i = 0; i < fillers; ++i) s.blocks.push_back(Para("Line " + std::to_string(i + 1) + "."));
    Block list;
    list.kind = BlockKind::kBulletList;
    for (int item = 0; item < 3; ++item) {
      list.items.push_back({Para(Inlines{Wrap(InlineKind::kStrong, {Text(name)})}),
                            Para("We keep it until you are 25, then we delete it.")});
    }
    s.blocks.push_back(list);
    doc.sections.push_back(s);
    pdf::Layout layout;
    REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
    // Each name's last line and the wording after it are on one page.
    int name_page = -1, pairs = 0;
    for (const pdf::Run& r : layout.runs) {
      if (r.elem < 0 || r.text == "•") continue;
      if (r.face == pdf::Face::kBold && r.text != "How long do we keep it?") name_page = r.page;
      if (r.text.rfind("We keep it until", 0) == 0) {
        CAPTURE(fillers);
        CHECK(r.page == name_page);
        ++pairs;
      }
    }
    CHECK(pairs == 3);
  }
}

}  // namespace pnc::render::pdf_test

namespace pnc::render::pdf_test {

// Seen in the large-print children's just-in-time notices: a purpose's name and first paragraph
// ended a page and its consequence paragraph ("If someone may not be safe, we still have to act.")
// began the next. A list item's paragraphs stay on one page when the item fits on one.
TEST_CASE("pdf: a list item's paragraphs stay on one page when the item fits on a page") {
  diag::Sink sink;
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  int moved = 0;  // layouts where an item went whole to the next page: the case under test
  for (int fillers = 1; fillers <= 40; ++fillers) {
    NoticeDoc doc = BaseDoc();
    Section s;
    s.id = "why";
    s.title = "Why we ask";
    for (int i = 0; i < fillers; ++i) s.blocks.push_back(Para("Line " + std::to_string(i + 1) + "."));
    Block list;
    list.kind = BlockKind::kBulletList;
    for (int item = 0; item < 3; ++item) {
      const std::string n = std::to_string(item);
      list.items.push_back({Para("Item " + n + ": to look after you when you stay with us."),
                            Para("Item " + n + " first: you do not have to give us this information."),
                            Para("Item " + n + " last: if someone may not be safe, we still have to act.")});
    }
    s.blocks.push_back(list);
    doc.sections.push_back(s);
    pdf::Layout layout;
    REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
    std::map<std::string, std::set<int>> pages;  // item → the pages its runs are on
    std::map<std::string, int> first_line;       // item → the page of its first line
    for (const pdf::Run& r : layout.runs) {
      if (r.elem < 0 || r.text.rfind("Item ", 0) != 0) continue;
      const std::string item = r.text.substr(5, 1);
      pages[item].insert(r.page);
      if (!first_line.count(item)) first_line[item] = r.page;
    }
    CAPTURE(fillers);
    REQUIRE(pages.size() == 3);
    for (const auto& [item, on] : pages) {
      CAPTURE(item);
      CHECK(on.size() == 1);
    }
    // An item starting a page after the previous item, with room left on that page for its first
    // paragraph: it moved to keep its paragraphs together.
    for (const std::string item : {"1", "2"}) {
      const std::string before = std::to_string(std::stoi(item) - 1);
      if (first_line[item] > *pages[before].rbegin()) ++moved;
    }
  }
  CHECK(moved > 0);  // some filler count put a break inside the list: the test exercised the keep
}

// An item longer than a page cannot stay together: it starts where it is (no page left nearly
// blank before it), breaks where the page ends, and every page holds text.
TEST_CASE("pdf: a list item longer than a page breaks, leaving no blank or nearly blank page") {
  diag::Sink sink;
  pdf::Style st = AdultStyle();
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  NoticeDoc doc = BaseDoc();
  Section s;
  s.id = "long";
  s.title = "A long item";
  s.blocks.push_back(Para("Before the list."));
  Block list;
  list.kind = BlockKind::kBulletList;
  std::vector<Block> item;
  for (int p = 0; p < 80; ++p) item.push_back(Para(Paragraph(1, p, 2)));
  list.items.push_back(item);
  list.items.push_back({Para("After the long item.")});
  s.blocks.push_back(list);
  doc.sections.push_back(s);
  pdf::Layout layout;
  REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
  REQUIRE(layout.page_count >= 3);
  std::vector<int> body(layout.page_count, 0);
  int before = -1, first = -1;
  for (const pdf::Run& r : layout.runs) {
    if (r.elem >= 0) ++body[r.page];
    if (r.text == "Before the list.") before = r.page;
    if (first < 0 && r.elem >= 0 && r.text == "•") first = r.page;
  }
  for (int p = 0; p < layout.page_count; ++p) {
    CAPTURE(p);
    CHECK(body[p] > 0);
  }
  CHECK(first == before);  // the long item began on the page of the paragraph before it
}

}  // namespace pnc::render::pdf_test

namespace pnc::render::pdf_test {

// User test F3: the page number went beside the organisation's name on page 1 ("Page 1" is narrow)
// and under it on every later page. Names of many widths, so that some fit "Page 1 of N" beside
// them but not "Page 2 of N": the number's line is the same on every page.
TEST_CASE("pdf: every page's footer has the same shape") {
  pdf::Style st = AdultStyle();
  diag::Sink sink;
  pdf::Fonts fonts;
  REQUIRE(pdf::LoadFonts(st, Files(), &fonts, &sink));
  NoticeDoc doc = LongDoc(3, 10);
  int checked = 0;
  for (int wide = 20; wide <= 34; ++wide) {
    for (int narrow = 0; narrow <= 6; ++narrow) {
      doc.organisation = std::string(wide, 'm') + std::string(narrow, 'i');
      pdf::Layout layout;
      REQUIRE(pdf::BuildLayout(doc, st, fonts, &layout, &sink));
      REQUIRE(layout.page_count > 2);
      std::set<double> number_y;
      for (const pdf::Run& r : layout.runs) {
        if (r.elem < 0 && r.text.rfind("Page ", 0) == 0) number_y.insert(r.y);
      }
      CAPTURE(doc.organisation);
      CHECK(number_y.size() == 1);
      ++checked;
    }
  }
  CHECK(checked > 50);
}

}  // namespace pnc::render::pdf_test
