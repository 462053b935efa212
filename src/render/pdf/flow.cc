// render/pdf: NoticeDoc blocks → flow boxes and structure elements (paragraphs, headings, lists,
// tables, fields, callouts, contents entries). Page breaks are decided later, in paginate.cc.
#include "render/pdf/flow.h"

#include <algorithm>

#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

using notice::BlockKind;
using notice::Inline;
using notice::InlineKind;
using notice::Inlines;

// A measurement sample, not reader text: the average lowercase advance estimates characters a line.
constexpr char kMeasureSample[] = "abcdefghijklmnopqrstuvwxyz ";

bool StartsWith(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The address a reader must be able to type: http(s) URLs in full, e-mail addresses without
// mailto:, the name of a file beside this one.
std::string PrintedAddress(const std::string& uri) {
  if (StartsWith(uri, "mailto:"))
    return uri.substr(7, uri.find('?') == std::string::npos ? std::string::npos : uri.find('?') - 7);
  if (StartsWith(uri, "http://") || StartsWith(uri, "https://")) return uri;
  // A file of this build beside the PDF ("notice.cy.pdf", notice/outputs.cc): no scheme at all.
  if (!uri.empty() && uri.find(':') == std::string::npos && uri[0] != '#') return uri;
  return "";  // tel: links show the number as their text
}

std::string WithoutScheme(std::string s) {
  for (std::string_view p : {"https://", "http://", "mailto:"}) {
    if (StartsWith(s, p)) s = s.substr(p.size());
  }
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

Flow::Flow(const Style& style, const Fonts& fonts, Layout* layout, const std::map<std::string, int>* anchors)
    : style_(style), fonts_(fonts), layout_(layout), anchors_(anchors) {}

int Flow::Elem(const std::string& type, int parent, const std::string& lang) {
  int id = static_cast<int>(layout_->elems.size());
  StructElem e;
  e.type = type;
  e.parent = parent;
  e.lang = lang;
  layout_->elems.push_back(std::move(e));
  if (parent >= 0) layout_->elems[parent].kids.push_back({StructKid::Kind::kElem, id});
  return id;
}

double Flow::Baseline(double size, double line_height) const {
  const FontMetrics& f = *fonts_.regular;
  return (line_height - (f.ascender + f.descender) * size) / 2 + f.ascender * size;
}

void Flow::Flatten(const Inlines& in, Face face, int link, std::vector<Span>* out, std::vector<LinkSpec>* links,
                   const std::string& lang) {
  for (const Inline& x : in) {
    switch (x.kind) {
      case InlineKind::kText:
      case InlineKind::kCode:
        out->push_back({x.text, face, link, false, lang});
        break;
      case InlineKind::kStrong:
      case InlineKind::kEmphasis:  // clear print: emphasis is bold, never italic
        Flatten(x.children, Face::kBold, link, out, links, lang);
        break;
      case InlineKind::kSpan:  // tagged as a Span with its /Lang (LineBox)
        Flatten(x.children, face, link, out, links, x.lang.empty() ? lang : x.lang);
        break;
      case InlineKind::kLineBreak:
        out->push_back({"", face, link, true, lang});
        break;
      case InlineKind::kLink:
        if (link >= 0) {
          Flatten(x.children, face, link, out, links, lang);
        } else {
          AddLink(x, face, out, links, lang);
        }
        break;
    }
  }
}

void Flow::AddLink(const Inline& x, Face face, std::vector<Span>* out, std::vector<LinkSpec>* links,
                   const std::string& lang) {
  LinkSpec spec;
  if (StartsWith(x.href, "#")) {
    auto it = anchors_->find(x.href.substr(1));
    if (it == anchors_->end()) {  // an anchor with no section: print the text, link nowhere
      Flatten(x.children, face, -1, out, links, lang);
      return;
    }
    spec.dest = it->second;
  } else {
    spec.uri = x.href;
  }
  int index = static_cast<int>(links->size());
  links->push_back(spec);
  size_t first = out->size();
  Flatten(x.children, face, index, out, links, lang);
  std::string text;
  for (size_t i = first; i < out->size(); ++i) text += (*out)[i].text;
  text = Collapse(text);
  (*links)[index].alt = text;
  // Print the address in full when the link text hides it: paper cannot be clicked.
  std::string printed = PrintedAddress(spec.uri);
  if (printed.empty() || WithoutScheme(text) == WithoutScheme(printed)) return;
  LinkSpec shown = spec;
  shown.alt = printed;
  int shown_index = static_cast<int>(links->size());
  links->push_back(shown);
  out->push_back({" (", face, -1, false, ""});
  out->push_back({printed, face, shown_index, false, ""});
  out->push_back({")", face, -1, false, ""});
}

Box Flow::LineBox(const Line& line, double x, double size, double line_height, int elem, std::vector<LinkSpec>* links) {
  Box b;
  b.height = line_height;
  const double base = Baseline(size, line_height);
  const FontMetrics& reg = *fonts_.regular;
  for (const Seg& s : line.segs) {
    const int outer = s.lang.empty() ? elem : SpanElem(elem, s.lang);
    int owner = outer;
    LinkSpec* spec = s.link >= 0 ? &(*links)[s.link] : nullptr;
    if (spec) {
      if (spec->elem < 0) {
        spec->elem = Elem("Link", outer);
        layout_->elems[spec->elem].alt = spec->alt;
      }
      owner = spec->elem;
    }
    Run r;
    r.id = next_run_++;
    r.face = s.face;
    r.size = size;
    r.x = x + s.x;
    r.y = base;
    r.width = s.width;
    r.text = s.text;
    r.ink = spec && !spec->plain ? Ink::kLink : Ink::kText;
    r.underline = spec && !spec->plain;
    r.elem = owner;
    if (owner >= 0) layout_->elems[owner].kids.push_back({StructKid::Kind::kRun, r.id});
    b.runs.push_back(r);
    b.run_cell.push_back(0);
    if (&s == &line.segs.back()) b.runs.back().space_after = line.space_after;
    if (spec && s.ink_width > 0) {
      LinkArea a;
      a.id = next_link_++;
      a.x0 = r.x;
      a.x1 = r.x + s.ink_width;
      a.y0 = base - reg.ascender * size;
      a.y1 = base + reg.descender * size;
      a.uri = spec->uri;
      a.dest = spec->dest;
      a.elem = spec->elem;
      a.alt = spec->alt;
      layout_->elems[spec->elem].kids.push_back({StructKid::Kind::kLink, a.id});
      b.links.push_back(a);
    }
  }
  return b;
}

int Flow::SpanElem(int elem, const std::string& lang) {
  if (elem < 0) return elem;  // an artifact has no structure to tag
  for (int e = elem; e >= 0; e = layout_->elems[e].parent) {
    if (layout_->elems[e].lang.empty()) continue;
    if (layout_->elems[e].lang == lang) return elem;  // the element is in that language already
    break;
  }
  // A span that runs on to the next line (or to the next run) stays one Span.
  const auto& kids = layout_->elems[elem].kids;
  if (!kids.empty() && kids.back().kind == StructKid::Kind::kElem) {
    const StructElem& last = layout_->elems[kids.back().index];
    if (last.type == "Span" && last.lang == lang) return kids.back().index;
  }
  return Elem("Span", elem, lang);
}

void Flow::Push(Box box, const Frame& f) {
  box.callout = f.callout;
  if (break_next_) {
    box.page_break_before = true;
    break_next_ = false;
  }
  boxes_.push_back(std::move(box));
}

void Flow::Text(const Inlines& inlines, const Frame& f, int level, int dest) {
  const bool heading = level > 0;
  const double size = heading ? style_.heading_size[level] : style_.body_size;
  const double lh = size * (heading ? style_.heading_line_spacing : style_.line_spacing);
  std::vector<Span> spans;
  std::vector<LinkSpec> links;
  Flatten(inlines, heading ? Face::kBold : Face::kRegular, -1, &spans, &links);
  // Keep the measure near max_line_chars even where the column would allow longer lines.
  double measure =
      style_.max_line_chars * TextWidth(kMeasureSample, *fonts_.regular, size) / (sizeof kMeasureSample - 1);
  std::vector<Line> lines = WrapSpans(spans, fonts_, size, std::min(f.width, measure));
  if (lines.empty()) return;
  int elem = Elem(heading ? "H" + std::to_string(level) : "P", f.parent, f.lang);
  const size_t n = lines.size();
  for (size_t i = 0; i < n; ++i) {
    Box b = LineBox(lines[i], f.x, size, lh, elem, &links);
    // Headings stay with what follows; paragraphs leave no single line alone at either end.
    b.keep_with_next = heading || (n >= 2 && i == 0) || (n >= 3 && i == n - 2);
    if (i == 0) {
      b.space_before = heading ? style_.heading_before : 0;
      b.dest = dest;
    }
    if (i + 1 == n) b.space_after = heading ? style_.heading_after : f.para_after;
    Push(std::move(b), f);
  }
  if (!heading) paragraph_end_ = boxes_.size();
}

void Flow::Block(const notice::Block& block, const Frame& outer, int section_level) {
  Frame f = outer;
  if (!block.lang.empty()) f.lang = block.lang;
  if (block.role == "callout") {
    f.parent = Elem("Div", f.parent, f.lang);
    f.lang.clear();
    double inset = style_.callout_padding + style_.callout_rule;
    const Callout frame{f.x + style_.callout_rule / 2, f.x + f.width - style_.callout_rule / 2};
    // A callout right after another at the same place continues its frame (the right to object,
    // then the list of whose right it is): one box, as the HTML's `.callout + .callout` is.
    const int last = boxes_.empty() ? -1 : boxes_.back().callout;
    if (last >= 0 && last != outer.callout && callouts_[last].x0 == frame.x0 && callouts_[last].x1 == frame.x1) {
      f.callout = last;
    } else {
      callouts_.push_back(frame);
      f.callout = static_cast<int>(callouts_.size()) - 1;
    }
    f.x += inset;
    f.width -= 2 * inset;
  }
  switch (block.kind) {
    case BlockKind::kParagraph:
      Text(block.inlines, f, 0);
      break;
    case BlockKind::kHeading:
      Text(block.inlines, f, std::clamp(block.level, std::min(section_level + 1, 6), 6));
      break;
    case BlockKind::kBulletList:
    case BlockKind::kOrderedList:
      List(block, f, section_level);
      break;
    case BlockKind::kTable:
      Table(block, f);
      break;
    case BlockKind::kFields:
      Fields(block, f);
      break;
  }
}

void Flow::List(const notice::Block& b, const Frame& f, int section_level) {
  const bool ordered = b.kind == BlockKind::kOrderedList;
  const double size = style_.body_size;
  const double gap = 0.45 * size;
  std::vector<std::string> markers;
  double widest = 0;
  for (size_t i = 0; i < b.items.size(); ++i) {
    markers.push_back(ordered ? std::to_string(b.start + static_cast<int>(i)) + style_.number_suffix
                              : style_.bullets[f.depth % style_.bullets.size()]);
    widest = std::max(widest, TextWidth(markers.back(), *fonts_.regular, size));
  }
  const double indent = std::max(style_.list_indent, widest + gap);
  // A paragraph right before a list is its lead-in ("We keep these kinds of information:"): it
  // never ends a page without the list's first line, as a heading never does.
  if (!boxes_.empty() && paragraph_end_ == boxes_.size()) boxes_.back().keep_with_next = true;
  const int list = Elem("L", f.parent, f.lang);
  for (size_t i = 0; i < b.items.size(); ++i) {
    // An item that is one paragraph in another language (a fallback) tags the LI with its Lang.
    const bool one = b.items[i].size() == 1 && b.items[i][0].kind == BlockKind::kParagraph;
    int li = Elem("LI", list, one ? b.items[i][0].lang : "");
    int lbl = Elem("Lbl", li);
    int body = Elem("LBody", li);
    Frame inner = f;
    inner.x = f.x + indent;
    inner.width = f.width - indent;
    inner.parent = body;
    inner.depth = f.depth + 1;
    inner.para_after = style_.list_item_after;
    inner.lang.clear();
    const size_t first = boxes_.size();
    for (size_t k = 0; k < b.items[i].size(); ++k) {
      const size_t before = boxes_.size();
      Block(b.items[i][k], inner, section_level);
      // A one-line lead-in ("Top item:" then a nested list) stays with what follows it, and so does
      // an item's bold name over its wording (a children's retention record: "Your care notes" then
      // "We keep them until you are 25."), however many lines the name takes.
      const notice::Block& part = b.items[i][k];
      const bool name = part.kind == BlockKind::kParagraph && part.inlines.size() == 1 &&
                        part.inlines.front().kind == InlineKind::kStrong;
      if (k + 1 < b.items[i].size() && boxes_.size() > before && (boxes_.size() == before + 1 || name))
        boxes_.back().keep_with_next = true;
    }
    if (boxes_.size() == first) {  // an empty item still shows its marker
      Box empty;
      empty.height = BodyLine();
      empty.space_after = style_.list_item_after;
      Push(std::move(empty), inner);
    }
    KeepItem(first, f);
    Box& head = boxes_[first];
    Run m;
    m.id = next_run_++;
    m.size = size;
    m.width = TextWidth(markers[i], *fonts_.regular, size);
    m.x = inner.x - gap - m.width;  // right-aligned so 9. and 10. line up
    m.y = head.runs.empty() ? Baseline(size, BodyLine()) : head.runs.front().y;
    m.text = markers[i];
    m.elem = lbl;
    layout_->elems[lbl].kids.push_back({StructKid::Kind::kRun, m.id});
    head.runs.insert(head.runs.begin(), m);
    head.run_cell.insert(head.run_cell.begin(), 0);
    boxes_.back().space_after = std::max(boxes_.back().space_after, style_.list_item_after);
  }
  if (!b.items.empty()) boxes_.back().space_after = std::max(boxes_.back().space_after, f.para_after);
  paragraph_end_ = 0;  // a list's last item is no lead-in to a list after it
}

// A list item's paragraphs are one thing to the reader (a purpose's name, then whether they must
// tell us, then what happens if not): the item stays on one page when it fits on an empty one. A
// longer item keeps only its own lines' keeps (headings, lead-ins, widows and orphans), so it
// breaks where it must rather than moving whole to a new page and breaking there anyway.
void Flow::KeepItem(size_t first, const Frame& f) {
  if (boxes_.size() < first + 2) return;
  double room = style_.page_height - style_.margin_top - style_.margin_bottom;
  if (f.callout >= 0) room -= 2 * (style_.callout_padding + style_.callout_rule);  // the frame above and below
  double height = 0;
  for (size_t k = first; k < boxes_.size(); ++k) {
    if (k > first) height += std::max(boxes_[k - 1].space_after, boxes_[k].space_before);
    height += boxes_[k].height;
  }
  if (height > room) return;
  for (size_t k = first; k + 1 < boxes_.size(); ++k) boxes_[k].keep_with_next = true;
}

void Flow::ContentsEntry(const std::string& title, int dest, const Frame& f, int toc) {
  const double size = style_.body_size, lh = BodyLine();
  double digit = 0;
  for (char32_t d = U'0'; d <= U'9'; ++d) digit = std::max(digit, fonts_.regular->Width(d, size));
  const double number_room = 3 * digit + size;  // three digits and a gap
  const int toci = Elem("TOCI", toc);
  std::vector<LinkSpec> links(1);
  links[0].dest = dest;
  links[0].alt = title;
  links[0].plain = true;  // a contents list is obviously links; underlines would only add clutter
  links[0].elem = Elem("Link", toci);
  layout_->elems[links[0].elem].alt = title;
  std::vector<Line> lines = WrapSpans({{title, Face::kRegular, 0, false, ""}}, fonts_, size, f.width - number_room);
  if (lines.empty()) lines.emplace_back();
  for (size_t i = 0; i < lines.size(); ++i) {
    Box b = LineBox(lines[i], f.x, size, lh, toci, &links);
    for (LinkArea& a : b.links) a.x1 = f.x + f.width;  // the whole row, page number included
    b.keep_with_next = i + 1 < lines.size();
    if (i + 1 == lines.size()) {
      if (!b.runs.empty()) b.runs.back().space_after = true;  // "Summary 2", not "Summary2"
      Run num;
      num.id = next_run_++;
      num.size = size;
      num.y = Baseline(size, lh);
      num.elem = links[0].elem;
      layout_->elems[num.elem].kids.push_back({StructKid::Kind::kRun, num.id});
      b.runs.push_back(num);
      b.run_cell.push_back(0);
      b.toc_dest = dest;
      b.toc_right = f.x + f.width;
      b.toc_leader_x = f.x + lines[i].width + 0.4 * size;
      b.space_after = 0.25 * size;
    }
    Push(std::move(b), f);
  }
}

void Flow::Jump(const std::string& text, int dest, const Frame& f) {
  const double size = style_.body_size, lh = BodyLine();
  const int p = Elem("P", f.parent, f.lang);
  std::vector<LinkSpec> links(1);
  links[0].dest = dest;
  links[0].alt = text;
  std::vector<Line> lines = WrapSpans({{text, Face::kRegular, 0, false, ""}}, fonts_, size, f.width);
  for (size_t i = 0; i < lines.size(); ++i) {
    Box b = LineBox(lines[i], f.x, size, lh, p, &links);
    b.keep_with_next = i + 1 < lines.size();
    if (i + 1 == lines.size()) b.space_after = f.para_after;
    Push(std::move(b), f);
  }
}

}  // namespace pnc::render::pdf
