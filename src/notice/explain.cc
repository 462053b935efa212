// notice: NoticeDoc → explain items, grouping each paragraph's inlines into runs of one origin.
#include "notice/explain.h"

#include "markdown/markdown.h"

namespace pnc::notice {
namespace {

// An inline's own origin, else that of its first child that has one (a bold name), else `fallback`.
int OriginOf(const Inline& in, int fallback) {
  if (in.origin >= 0) return in.origin;
  for (const auto& c : in.children) {
    if (int o = OriginOf(c, -1); o >= 0) return o;
  }
  return fallback;
}

class Walker {
 public:
  explicit Walker(std::vector<ExplainItem>* out) : out_(out) {}

  void Text(const std::string& text, int origin) {
    if (text.find_first_not_of(" \t\n") == std::string::npos) return;
    out_->push_back({text, origin});
  }

  // Consecutive inlines with one origin are one item; whitespace between runs belongs to neither.
  void Runs(const Inlines& inlines, int fallback) {
    std::string run;
    int origin = -2;
    for (const auto& in : inlines) {
      const int o = OriginOf(in, fallback);
      const std::string text = markdown::PlainText(Inlines{in});
      const bool blank = text.find_first_not_of(" \t\n") == std::string::npos;
      if (blank && in.kind != InlineKind::kLineBreak) {
        run += text;
        continue;
      }
      if (o != origin || in.kind == InlineKind::kLineBreak) {
        Flush(&run, origin);
        origin = o;
      }
      if (in.kind != InlineKind::kLineBreak) run += text;
    }
    Flush(&run, origin);
  }

  void Blocks(const std::vector<Block>& blocks) {
    for (const auto& b : blocks) {
      Runs(b.inlines, b.origin_id);
      for (const auto& item : b.items) Blocks(item);
      for (const auto& cell : b.table.header) Runs(cell, b.origin_id);
      for (const auto& row : b.table.rows) {
        for (const auto& cell : row) Runs(cell, b.origin_id);
      }
      for (const auto& f : b.fields) {
        Text(f.label, f.label_origin);
        Runs(f.value, b.origin_id);
        for (const auto& item : f.items) Runs(item, b.origin_id);
      }
    }
  }

  void Sections(const std::vector<Section>& sections) {
    for (const auto& s : sections) {
      Text(s.title, s.title_origin);
      Blocks(s.blocks);
      Sections(s.children);
    }
  }

 private:
  void Flush(std::string* run, int origin) {
    size_t a = run->find_first_not_of(" \t\n"), b = run->find_last_not_of(" \t\n");
    if (a != std::string::npos) out_->push_back({run->substr(a, b - a + 1), origin < -1 ? -1 : origin});
    run->clear();
  }
  std::vector<ExplainItem>* out_;
};

}  // namespace

std::vector<ExplainItem> Explain(const NoticeDoc& doc) {
  std::vector<ExplainItem> out;
  Walker w(&out);
  w.Text(doc.draft, doc.draft_origin);
  w.Text(doc.title, doc.title_origin);
  w.Text(doc.organisation, doc.organisation_origin);
  w.Text(doc.version, doc.version_origin);
  w.Text(doc.updated, doc.updated_origin);
  w.Text(doc.summary_title, doc.summary_title_origin);
  w.Blocks(doc.summary);
  w.Sections(doc.sections);
  return out;
}

std::vector<ExplainItem> ExplainJit(const NoticeDoc& doc) {
  std::vector<ExplainItem> out;
  Walker w(&out);
  w.Sections(doc.jit);
  return out;
}

}  // namespace pnc::notice
