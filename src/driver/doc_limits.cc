// driver: NoticeDoc → its block and link counts, against the per-notice limits (doc_limits.h).
// Counting stops at the first limit crossed, which is reported at the field that crossed it.
#include "driver/doc_limits.h"

#include <map>
#include <set>

#include "source/loader.h"

namespace pnc::driver {
namespace {

using notice::Block;
using notice::InlineKind;
using notice::Inlines;

class Counter {
 public:
  Counter(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink)
      : doc_(doc), file_(file), sink_(sink) {}

  bool Run() {
    Blocks(doc_.summary, "");
    Sections(doc_.sections);
    return ok_;
  }

 private:
  // Section nesting and Markdown nesting (flattened past 16 levels) are shallow: recursion is bounded.
  void Sections(const std::vector<notice::Section>& sections) {
    for (const auto& s : sections) {
      if (!ok_) return;
      Blocks(s.blocks, s.origin);
      Sections(s.children);
    }
  }

  void Blocks(const std::vector<Block>& blocks, const std::string& parent) {
    for (const Block& b : blocks) {
      if (!ok_) return;
      const std::string& origin = b.origin.empty() ? parent : b.origin;
      Block1(origin);
      Links(b.inlines, origin);
      for (const auto& item : b.items) Blocks(item, origin);
      for (const auto& cell : b.table.header) Links(cell, origin);
      for (const auto& row : b.table.rows) {
        Block1(origin);
        for (const auto& cell : row) Links(cell, origin);
      }
      for (const auto& f : b.fields) {
        Block1(origin);
        Links(f.value, origin);
        for (const auto& item : f.items) Links(item, origin);
      }
    }
  }

  void Links(const Inlines& in, const std::string& origin) {
    for (const auto& x : in) {
      if (x.kind == InlineKind::kLink && ++links_ > kMaxLinksPerNotice) {
        Report(origin, std::to_string(kMaxLinksPerNotice) + " links");
      }
      if (!ok_) return;
      Links(x.children, origin);
    }
  }

  void Block1(const std::string& origin) {
    if (++blocks_ > kMaxBlocksPerNotice) {
      Report(origin, std::to_string(kMaxBlocksPerNotice) + " paragraphs, headings, list items and table rows");
    }
  }

  // "the notice ('en') passes 5000 links here, the most pnc lays out in one version".
  void Report(const std::string& origin, const std::string& what) {
    if (!ok_) return;
    ok_ = false;
    // Catalogue text has no place in the source; the source as a whole is named then.
    std::string pointer = origin.rfind("/", 0) == 0 ? origin : "";
    auto d = diag::Make(diag::Severity::kError, file_, pointer,
                        std::string("the ") + (doc_.audience == "child" ? "children's version" : "notice") + " ('" +
                            doc_.locale + "') passes " + what + " here, the most pnc lays out in one version",
                        "length-limit");
    d.hints = {"a notice is read by people: move detail to linked documents (README \"Input limits\")"};
    sink_->Add(std::move(d));
  }

  const notice::NoticeDoc& doc_;
  const std::string& file_;
  diag::Sink* sink_;
  size_t blocks_ = 0, links_ = 0;
  bool ok_ = true;
};

}  // namespace

bool CheckDocLimits(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink) {
  return Counter(doc, file, sink).Run();
}

bool CheckDocAnchors(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink) {
  std::map<std::string, std::string> seen = {{"title", ""}, {"summary", ""}, {"contents", ""}, {"main", ""}};
  bool ok = true;
  // Sections nest a few levels only (built by pnc): an explicit stack all the same.
  std::vector<const notice::Section*> todo;
  for (auto it = doc.sections.rbegin(); it != doc.sections.rend(); ++it) todo.push_back(&*it);
  while (!todo.empty()) {
    const notice::Section* s = todo.back();
    todo.pop_back();
    for (auto it = s->children.rbegin(); it != s->children.rend(); ++it) todo.push_back(&*it);
    auto [at, fresh] = seen.emplace(s->id, s->origin);
    if (fresh) continue;
    ok = false;
    bool from_source = s->origin.rfind("/", 0) == 0;
    auto d =
        diag::Make(diag::Severity::kError, file, from_source ? s->origin : "",
                   "two headings of the " + std::string(doc.audience == "child" ? "children's version" : "notice") +
                       " have the anchor '" + s->id + "'",
                   from_source ? "section-id" : "internal");
    d.hints = {"give the section another id, e.g. 'extra-" + s->id + "'"};
    sink->Add(std::move(d));
  }
  return ok;
}

namespace {

void CollectAnchors(const std::vector<notice::Section>& sections, std::vector<std::string>* out) {
  for (const auto& s : sections) {
    out->push_back(s.id);
    CollectAnchors(s.children, out);
  }
}

// Calls `fn(link, origin)` for every link inline of `blocks`, with the origin index it inherits.
template <typename Fn>
void ForEachLink(const notice::Inlines& inlines, int origin, const Fn& fn) {
  for (const auto& i : inlines) {
    int o = i.origin >= 0 ? i.origin : origin;
    if (i.kind == notice::InlineKind::kLink) fn(i, o);
    ForEachLink(i.children, o, fn);
  }
}

template <typename Fn>
void ForEachLink(const std::vector<notice::Block>& blocks, const Fn& fn) {
  for (const auto& b : blocks) {
    ForEachLink(b.inlines, b.origin_id, fn);
    for (const auto& item : b.items) ForEachLink(item, fn);
    for (const auto& cell : b.table.header) ForEachLink(cell, b.origin_id, fn);
    for (const auto& row : b.table.rows) {
      for (const auto& cell : row) ForEachLink(cell, b.origin_id, fn);
    }
    for (const auto& f : b.fields) {
      ForEachLink(f.value, b.origin_id, fn);
      for (const auto& item : f.items) ForEachLink(item, b.origin_id, fn);
    }
  }
}

template <typename Fn>
void ForEachLink(const std::vector<notice::Section>& sections, const Fn& fn) {
  for (const auto& s : sections) {
    ForEachLink(s.blocks, fn);
    ForEachLink(s.children, fn);
  }
}

}  // namespace

bool CheckDocLinks(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink) {
  std::vector<std::string> anchors = {"title", "summary", "contents", "main"};
  CollectAnchors(doc.sections, &anchors);
  std::set<std::string> known(anchors.begin(), anchors.end()), reported;
  bool ok = true;
  auto check = [&](const notice::Inline& link, int origin) {
    if (link.href.size() < 2 || link.href[0] != '#' || known.count(link.href.substr(1))) return;
    const notice::Origin* o =
        origin >= 0 && origin < static_cast<int>(doc.origins.size()) ? &doc.origins[origin] : nullptr;
    // Links pnc writes itself are checked by tests; here, those the source wrote.
    if (o == nullptr || o->pointer.rfind("/", 0) != 0 || (o->kind != notice::Origin::Kind::kSource && !o->overridden))
      return;
    if (!reported.insert(o->pointer + link.href).second) return;
    ok = false;
    const std::string target = link.href.substr(1);
    const std::string guess = source::DidYouMean(target, anchors);
    auto d = diag::Make(diag::Severity::kError, file, o->pointer,
                        "the link to '" + diag::Shorten(link.href) + "' reaches no heading of the " +
                            (doc.audience == "child" ? "children's version" : "notice") +
                            (guess.empty() ? "" : "; did you mean '#" + guess + "'?"),
                        "link-target");
    d.hints = {"in-page links name a heading's anchor: " + diag::JoinCapped(anchors, 12)};
    sink->Add(std::move(d));
  };
  ForEachLink(doc.summary, check);
  ForEachLink(doc.sections, check);
  return ok;
}

}  // namespace pnc::driver
