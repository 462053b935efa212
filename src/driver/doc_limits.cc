// driver: NoticeDoc → its block and link counts, against the per-notice limits (doc_limits.h).
// Counting stops at the first limit crossed, which is reported at the field that crossed it.
#include "driver/doc_limits.h"

#include <map>

namespace pnc::driver {
namespace {

using notice::Block;
using notice::Inlines;
using notice::InlineKind;

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
    auto d = diag::Make(diag::Severity::kError, file, from_source ? s->origin : "",
                        "two headings of the " + std::string(doc.audience == "child" ? "children's version" : "notice") +
                            " have the anchor '" + s->id + "'",
                        from_source ? "section-id" : "internal");
    d.hints = {"give the section another id, e.g. 'extra-" + s->id + "'"};
    sink->Add(std::move(d));
  }
  return ok;
}

}  // namespace pnc::driver
