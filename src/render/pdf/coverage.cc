// render/pdf: NoticeDoc + fonts → missing-glyph diagnostics: every character the large-print fonts
// lack, reported once at the first place the user typed it, before anything is laid out.
#include <map>
#include <set>

#include "render/pdf/document.h"
#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

using notice::Block;
using notice::Inline;
using notice::InlineKind;
using notice::NoticeDoc;
using notice::Section;

constexpr int kMaxGlyphDiagnostics = 50;

// Finds the characters the fonts lack and reports each once (at most kMaxGlyphDiagnostics), at
// the first place it occurs in reading order: a source JSON pointer if it occurs in source text
// at all, else "catalogue:<key>". Catalogue sentences and later sections repeat the user's own
// text ("{org} is responsible…", a purpose listing its data), so only the first source place is
// where the user typed it.
class Coverage {
 public:
  Coverage(const Fonts& fonts, diag::Sink* sink, std::string file = "")
      : fonts_(fonts), sink_(sink), file_(std::move(file)) {}

  // Per character as the reader sees one (user test F19): an emoji with a skin tone joined to
  // another ("🧑🏽‍🍳") is one thing to remove, so one error, not one per code point.
  void Text(const std::string& text, const std::string& origin) {
    const std::u32string cps = DecodeUtf8(text);
    for (size_t i = 0; i < cps.size();) {
      size_t end = i + 1;
      while (end < cps.size() && (Extends(cps[end]) || cps[end - 1] == 0x200D ||
                                  (IsRegionalIndicator(cps[end]) && end == i + 1 && IsRegionalIndicator(cps[i]))))
        ++end;
      const std::u32string cluster = cps.substr(i, end - i);
      i = end;
      if (Lacking(cluster) == 0) continue;
      if (seen_.insert({cluster, origin}).second) found_.push_back({cluster, origin});
    }
  }

  void Inlines(const notice::Inlines& in, const std::string& origin) {
    for (const Inline& x : in) {
      Text(x.text, origin);
      if (x.kind == InlineKind::kLink) Text(x.href, origin);  // printed in full
      Inlines(x.children, origin);
    }
  }

  void Blocks(const std::vector<Block>& blocks, const std::string& parent_origin) {
    for (const Block& b : blocks) {
      const std::string& o = b.origin.empty() ? parent_origin : b.origin;
      Inlines(b.inlines, o);
      for (const auto& item : b.items) Blocks(item, o);
      for (const auto& cell : b.table.header) Inlines(cell, o);
      for (const auto& row : b.table.rows) {
        for (const auto& cell : row) Inlines(cell, o);
      }
      for (const auto& f : b.fields) {
        Text(f.label, o);
        Inlines(f.value, o);
        for (const auto& item : f.items) Inlines(item, o);
      }
    }
  }

  void Sections(const std::vector<Section>& sections) {
    for (const Section& s : sections) {
      Text(s.title, s.origin);
      Blocks(s.blocks, s.origin);
      Sections(s.children);
    }
  }

  /// Reports what was found; true when nothing is missing.
  bool Report() {
    std::map<std::u32string, std::string> first;  // the first source place, else the first place
    std::vector<std::u32string> order;
    for (const auto& [c, origin] : found_) {
      auto [it, fresh] = first.emplace(c, origin);
      if (fresh)
        order.push_back(c);
      else if (!IsSourcePointer(it->second) && IsSourcePointer(origin))
        it->second = origin;
    }
    int reported = 0;
    for (const std::u32string& cluster : order) {
      const std::string& origin = first[cluster];
      if (++reported > kMaxGlyphDiagnostics) break;
      const char32_t c = Lacking(cluster);
      const FontMetrics* lacking = !fonts_.regular->Has(c) ? fonts_.regular : fonts_.bold;
      std::string shown, codes;
      for (char32_t x : cluster) {
        AppendUtf8(x, &shown);
        codes += (codes.empty() ? "" : " ") + CodePointName(x);
      }
      auto d = diag::Make(diag::Severity::kError, file_, origin,
                          "font '" + lacking->family + "' has no glyph for '" + shown + "' (" + codes + ")" +
                              (IsSourcePointer(origin) ? "" : " in " + origin),
                          "missing-glyph");
      // Only the large-print PDF draws with these fonts: the other formats can be built as they are.
      d.hints = {std::string(IsSourcePointer(origin) ? "remove the character from the text"
                                                     : "give the large-print settings a font that has it") +
                 ", or build without the large-print PDF (--format html,brf,mp3)"};
      sink_->Add(std::move(d));
    }
    return found_.empty();
  }

 private:
  static bool IsSourcePointer(const std::string& origin) { return !origin.empty() && origin[0] == '/'; }
  // What belongs to the character before it: a joiner's next character, a variation selector, a
  // skin tone, a combining mark, an emoji tag, a keycap.
  static bool Extends(char32_t c) {
    return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
           (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xE0020 && c <= 0xE007F);
  }
  static bool IsRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
  // The first code point of `cluster` the fonts cannot draw (spaces and invisible joiners need
  // none), or 0.
  char32_t Lacking(const std::u32string& cluster) const {
    for (char32_t c : cluster) {
      if (IsSpace(c) || IsInvisible(c) || c == 0x00A0 || c == 0x202F) continue;
      if (!fonts_.regular->Has(c) || !fonts_.bold->Has(c)) return c;
    }
    return 0;
  }

  const Fonts& fonts_;
  diag::Sink* sink_;
  std::string file_;
  std::set<std::pair<std::u32string, std::string>> seen_;
  std::vector<std::pair<std::u32string, std::string>> found_;
};

}  // namespace

bool CheckCoverage(const NoticeDoc& doc, const Style& style, const Fonts& fonts, diag::Sink* sink) {
  if (doc.dir == "rtl") {
    // The driver names the source file; the pointer leads to the locale list.
    sink->Add(diag::Make(diag::Severity::kError, "", "/notice/locales",
                         "the large-print pdf cannot print right-to-left locale '" + doc.locale +
                             "': libharu has no arabic shaping or bidi, use the html notice",
                         "missing-glyph"));
    return false;
  }
  // pnc's own markers and digits come from large-print.json: a gap there is a settings error.
  Coverage config(fonts, sink, style.config_path);
  for (const std::string& b : style.bullets) config.Text(b, "/markers");
  config.Text(style.number_suffix + "0123456789", "/markers");
  // Origins are the source's JSON pointers (the title and organisation are source text; a
  // children's version's title is the catalogue's).
  Coverage cov(fonts, sink);
  cov.Text(doc.title, doc.audience == "child" ? "catalogue:child.title" : "/notice/title");
  cov.Text(doc.organisation, "/controller/name");
  cov.Text(doc.version, "/notice/version");
  cov.Text(doc.updated, "/notice/last_updated");
  cov.Text(doc.summary_title, "catalogue:summary");
  cov.Text(doc.draft, "catalogue:preview.banner");
  for (const auto& [key, value] : doc.labels) cov.Text(value, "catalogue:" + key);
  cov.Blocks(doc.summary, "catalogue:summary");
  cov.Sections(doc.sections);
  bool config_ok = config.Report();
  return cov.Report() && config_ok;
}

}  // namespace pnc::render::pdf
