// render/pdf: NoticeDoc → Layout. Title, version and date, contents with page numbers, summary and
// sections as tagged Sect elements with bookmarks (the glyph-coverage check before it: coverage.cc).
#include "render/pdf/document.h"

#include <algorithm>
#include <map>

#include "render/pdf/flow.h"
#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

using notice::Block;
using notice::Inline;
using notice::InlineKind;
using notice::Inlines;
using notice::NoticeDoc;
using notice::Section;

constexpr int kMaxPages = 8000;

Inlines Plain(const std::string& text, const std::string& lang = "") {
  Inline in;
  in.kind = InlineKind::kText;
  in.text = text;
  if (lang.empty()) return {in};
  Inline span;  // a title that is a name in another language: a Span with its /Lang (Flow::SpanElem)
  span.kind = InlineKind::kSpan;
  span.lang = lang;
  span.children = {in};
  return {span};
}

// Assigns destination indices in document order: the summary, then sections depth first.
void Anchor(const std::vector<Section>& sections, std::map<std::string, int>* anchors, int* next) {
  for (const Section& s : sections) {
    (*anchors)[s.id] = (*next)++;
    Anchor(s.children, anchors, next);
  }
}

// A bilingual document holds each language's sections under the same ids ("rights"): each
// half's ids and in-page links carry its locale ("cy-rights"), as on the bilingual HTML page.
void PrefixIds(std::vector<Section>* sections, const std::string& prefix) {
  for (Section& s : *sections) {
    s.id = prefix + s.id;
    PrefixIds(&s.children, prefix);
  }
}

void PrefixLinks(Inlines* inlines, const std::string& prefix) {
  for (Inline& in : *inlines) {
    if (in.kind == InlineKind::kLink && !in.href.empty() && in.href[0] == '#') in.href.insert(1, prefix);
    PrefixLinks(&in.children, prefix);
  }
}

void PrefixLinks(std::vector<Block>* blocks, const std::string& prefix) {
  for (Block& b : *blocks) {
    PrefixLinks(&b.inlines, prefix);
    for (auto& item : b.items) PrefixLinks(&item, prefix);
    for (auto& cell : b.table.header) PrefixLinks(&cell, prefix);
    for (auto& row : b.table.rows) {
      for (auto& cell : row) PrefixLinks(&cell, prefix);
    }
    for (auto& f : b.fields) {
      PrefixLinks(&f.value, prefix);
      for (auto& item : f.items) PrefixLinks(&item, prefix);
    }
  }
}

void PrefixLinks(std::vector<Section>* sections, const std::string& prefix) {
  for (Section& s : *sections) {
    PrefixLinks(&s.blocks, prefix);
    PrefixLinks(&s.children, prefix);
  }
}

// A link from one half's first page to the start of another half, in that half's language.
struct Jump {
  std::string text;
  std::string lang;
  int dest = -1;
};

// One language version of the notice, composed into a flow that may hold others.
class Composer {
 public:
  /// `anchors` must already hold the destinations of `doc`'s sections; `start_dest` is where the
  /// title is (-1: not a link target), `summary_dest` the summary's heading.
  Composer(const NoticeDoc& doc, const Style& style, Flow* flow, Layout* layout,
           const std::map<std::string, int>& anchors, int start_dest, int summary_dest)
      : doc_(doc),
        style_(style),
        flow_(*flow),
        layout_(layout),
        anchors_(anchors),
        start_dest_(start_dest),
        summary_dest_(summary_dest) {
    body_.x = style.margin_left;
    body_.width = style.page_width - style.margin_left - style.margin_right;
    body_.parent = 0;
    body_.para_after = style.paragraph_after;
  }

  /// Composes the notice under structure element `parent`; its bookmarks start at `level`. With
  /// `lang`, every block carries it (a bilingual document's halves); `jumps` follow the title page.
  void Build(int parent, int level, const std::string& lang, const std::vector<Jump>& jumps) {
    body_.parent = parent;
    body_.lang = lang;
    flow_.Text(Plain(doc_.title, doc_.title_lang), body_, 1, start_dest_);
    Frame meta = body_;
    meta.para_after = 0.2 * style_.body_size;
    // Page 1 names whose notice this is in its text, not only in the footer (an artifact that
    // screen readers skip).
    if (!doc_.organisation.empty()) flow_.Text(Plain(doc_.organisation, doc_.organisation_lang), meta, 0);
    if (!doc_.version.empty()) flow_.Text(Plain(Labelled("version", "version", doc_.version)), meta, 0);
    if (!doc_.updated.empty()) {
      flow_.Text(Plain(Labelled("last-updated", "date", doc_.updated)), body_, 0);
    }
    for (const Jump& j : jumps) {
      Frame f = body_;
      f.lang = j.lang;  // the jump is written in the language it leads to
      flow_.Jump(j.text, j.dest, f);
    }
    if (HasSummary() || !doc_.sections.empty()) {
      const size_t heading = flow_.boxes().size();
      flow_.Text(Plain(doc_.labels.at("contents")), body_, 2);
      const int toc = flow_.Elem("TOC", parent, lang);
      const size_t first = flow_.boxes().size();
      if (HasSummary()) flow_.ContentsEntry(SummaryTitle(), summary_dest_, body_, toc);
      Contents(doc_.sections, 1, toc);
      KeepContents(heading, first);
      if (style_.contents_page_break) flow_.PageBreak();
    }
    if (HasSummary()) {
      Frame f = body_;
      f.parent = flow_.Elem("Sect", parent);
      layout_->bookmarks.push_back({SummaryTitle(), level, summary_dest_});
      flow_.Text(Plain(SummaryTitle()), f, 2, summary_dest_);
      for (const Block& b : doc_.summary) flow_.Block(b, f, 2);
    }
    Sections(doc_.sections, 1, level, parent);
  }

 private:
  bool HasSummary() const { return !doc_.summary.empty(); }
  std::string SummaryTitle() const {
    return doc_.summary_title.empty() ? doc_.labels.at("summary") : doc_.summary_title;
  }

  // "Version {version}" or, when the catalogue gives a bare word, "Version 3".
  std::string Labelled(const std::string& key, const std::string& placeholder, const std::string& value) const {
    std::string s = doc_.labels.at(key);
    if (!Substitute(&s, placeholder, value)) s += " " + value;
    return s;
  }

  // The keeps of the contents list (its heading at box `heading`, its entries from `first`). A list
  // that fits on one page stays together with its heading: split, it leaves a few entries alone on
  // the next page, which the page break after the contents then leaves nearly empty. A longer list
  // keeps at least kContentsEnds entries on each side of a break (no orphaned head or tail).
  void KeepContents(size_t heading, size_t first) {
    constexpr size_t kContentsEnds = 3;
    std::vector<Box>& boxes = flow_.boxes();
    std::vector<size_t> ends;  // the last box of each entry (an entry's wrapped lines keep together)
    for (size_t k = first; k < boxes.size(); ++k) {
      if (!boxes[k].keep_with_next) ends.push_back(k);
    }
    double height = 0;
    for (size_t k = heading; k < boxes.size(); ++k) {
      if (k > heading) height += std::max(boxes[k - 1].space_after, boxes[k].space_before);
      height += boxes[k].height;
    }
    const bool fits = height <= style_.page_height - style_.margin_top - style_.margin_bottom;
    const size_t n = ends.size();
    for (size_t e = 0; e + 1 < n; ++e) {
      if (fits || e + 1 < kContentsEnds || e + kContentsEnds >= n) boxes[ends[e]].keep_with_next = true;
    }
  }

  void Contents(const std::vector<Section>& sections, int depth, int toc) {
    if (depth > style_.contents_depth) return;
    Frame f = body_;
    f.x += (depth - 1) * style_.list_indent;
    f.width -= (depth - 1) * style_.list_indent;
    for (const Section& s : sections) {
      flow_.ContentsEntry(s.title, anchors_.at(s.id), f, toc);
      Contents(s.children, depth + 1, toc);
    }
  }

  void Sections(const std::vector<Section>& sections, int depth, int level, int parent) {
    for (const Section& s : sections) {
      Frame f = body_;
      f.parent = flow_.Elem("Sect", parent);
      const int heading = std::min(depth + 1, 6);
      const int dest = anchors_.at(s.id);
      layout_->bookmarks.push_back({s.title, level, dest});
      flow_.Text(Plain(s.title, s.title_lang), f, heading, dest);
      for (const Block& b : s.blocks) flow_.Block(b, f, heading);
      Sections(s.children, depth + 1, level + 1, f.parent);
    }
  }

  const NoticeDoc& doc_;
  const Style& style_;
  Flow& flow_;
  Layout* layout_;
  const std::map<std::string, int>& anchors_;
  Frame body_;
  int start_dest_ = -1;
  int summary_dest_ = -1;
};

// A half's top-level bookmark: its title, in its language, which is also the first text of its
// first page ("Hysbysiad preifatrwydd", "Privacy notice"); the language's own name is added
// when two halves have the same title.
std::string HalfTitle(const std::vector<NoticeDoc>& halves, size_t i) {
  const NoticeDoc& doc = halves[i];
  int same = 0;
  for (const NoticeDoc& h : halves) same += h.title == doc.title;
  if (same < 2) return doc.title;
  for (const auto& a : doc.alternates) {
    if (a.locale == doc.locale && !a.label.empty()) return doc.title + " (" + a.label + ")";
  }
  return doc.title + " (" + doc.locale + ")";
}

bool HasLabels(const NoticeDoc& doc, bool bilingual, diag::Sink* sink) {
  std::vector<std::string> needed = {"contents", "page-of", "version", "last-updated"};
  if (!doc.summary.empty() && doc.summary_title.empty()) needed.push_back("summary");
  if (bilingual) needed.push_back("language-jump");
  bool ok = true;
  for (const std::string& key : needed) {
    if (doc.labels.count(key)) continue;
    sink->Add(diag::Make(diag::Severity::kError, "", "",
                         "internal error: the pdf renderer needs label '" + key + "' but the notice has none",
                         "internal"));
    ok = false;
  }
  return ok;
}

// Paginates the composed flow and refuses a document too long to write.
bool Finish(Flow& flow, const std::vector<const NoticeDoc*>& docs, const std::vector<int>& starts, const Style& style,
            const Fonts& fonts, Layout* layout, diag::Sink* sink) {
  layout->regular_font = fonts.regular->postscript_name;
  layout->bold_font = fonts.bold->postscript_name;
  std::vector<PageText> texts;
  for (size_t i = 0; i < docs.size(); ++i) {
    texts.push_back({starts[i], docs[i]->organisation, docs[i]->labels.at("page-of"), docs[i]->draft});
  }
  Paginate(flow.boxes(), flow.callouts(), style, fonts, texts, layout);
  // The page tree and the structure tree's ParentTree hold entries per page and per link in
  // arrays of at most 32,767: past this the PDF could not be written.
  if (layout->page_count > kMaxPages) {
    auto d = diag::Make(diag::Severity::kError, "", "",
                        "the large-print pdf would have " + std::to_string(layout->page_count) +
                            " pages, more than the " + std::to_string(kMaxPages) + " pnc writes",
                        "length-limit");
    d.hints = {"shorten the notice (README \"Input limits\"), or build only the HTML with --format html"};
    sink->Add(std::move(d));
    return false;
  }
  return true;
}

}  // namespace

bool LoadFonts(const Style& style, const InputFiles* files, Fonts* fonts, diag::Sink* sink) {
  std::string error;
  auto bytes = [&](const std::string& path) { return files ? files->Get(path) : nullptr; };
  fonts->regular = LoadFontMetrics(style.font_regular, bytes(style.font_regular), &error);
  if (fonts->regular) fonts->bold = LoadFontMetrics(style.font_bold, bytes(style.font_bold), &error);
  if (fonts->regular && fonts->bold) return true;
  sink->Add(diag::Make(diag::Severity::kError, style.config_path, "/audiences", error, "large-print-config"));
  return false;
}

bool BuildLayout(const NoticeDoc& doc, const Style& style, const Fonts& fonts, Layout* layout, diag::Sink* sink) {
  if (!HasLabels(doc, false, sink)) return false;
  std::map<std::string, int> anchors;
  int next = 0;
  const int summary = doc.summary.empty() ? -1 : next++;
  Anchor(doc.sections, &anchors, &next);
  layout->dests.resize(next);
  Flow flow(style, fonts, layout, &anchors);
  const int root = flow.Elem("Document", -1);
  Composer(doc, style, &flow, layout, anchors, -1, summary).Build(root, 1, "", {});
  return Finish(flow, {&doc}, {-1}, style, fonts, layout, sink);
}

bool BuildBilingualLayout(const std::vector<const NoticeDoc*>& docs, const Style& style, const Fonts& fonts,
                          Layout* layout, diag::Sink* sink) {
  bool ok = !docs.empty();
  for (const NoticeDoc* d : docs) ok = HasLabels(*d, true, sink) && ok;
  if (!ok) return false;
  std::vector<NoticeDoc> halves;
  for (const NoticeDoc* d : docs) {
    halves.push_back(*d);
    PrefixIds(&halves.back().sections, d->locale + "-");
    PrefixLinks(&halves.back().summary, d->locale + "-");
    PrefixLinks(&halves.back().sections, d->locale + "-");
  }
  // Destinations: per half, its start, its summary, then its sections.
  std::map<std::string, int> anchors;
  std::vector<int> starts, summaries;
  int next = 0;
  for (const NoticeDoc& h : halves) {
    starts.push_back(next++);
    summaries.push_back(h.summary.empty() ? -1 : next++);
    Anchor(h.sections, &anchors, &next);
  }
  layout->dests.resize(next);
  Flow flow(style, fonts, layout, &anchors);
  // The catalog's /Lang is the first language; each half is a Part in its own (and so is each
  // block in it, for tools that read /Lang per element only).
  const int root = flow.Elem("Document", -1);
  for (size_t i = 0; i < halves.size(); ++i) {
    if (i > 0) flow.PageBreak();  // each language starts on a page of its own
    std::vector<Jump> jumps;
    for (size_t j = 0; j < halves.size(); ++j) {
      if (j != i) jumps.push_back({halves[j].labels.at("language-jump"), halves[j].locale, starts[j]});
    }
    const int part = flow.Elem("Part", root, halves[i].locale);
    layout->bookmarks.push_back({HalfTitle(halves, i), 1, starts[i]});
    Composer(halves[i], style, &flow, layout, anchors, starts[i], summaries[i]).Build(part, 2, halves[i].locale, jumps);
  }
  std::vector<const NoticeDoc*> order;
  for (const NoticeDoc& h : halves) order.push_back(&h);
  return Finish(flow, order, starts, style, fonts, layout, sink);
}

}  // namespace pnc::render::pdf
