// notice: text in another language than the document (a name with no translation, shown in the
// default locale's words; a name the source says is in a language of its own) → kSpan inlines.
// Source text placed as inlines is wrapped whole; a name that reaches a sentence or a joined list
// through plain text (a catalogue placeholder, Join) is found again in the composed runs.
#include <algorithm>

#include "notice/writer.h"

#include "markdown/markdown.h"

namespace pnc::notice {
namespace {

// A letter, digit or any byte of a multi-byte UTF-8 sequence: a name found next to one is part of
// a longer word ("Cymru" inside "Cymruaidd"), not the name.
bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

// Markdown splits running text at escapes and punctuation: adjacent text runs of one origin are one
// piece of text again, so a name that spans them can be found.
void MergeText(Inlines* inlines) {
  Inlines out;
  for (auto& in : *inlines) {
    if (in.kind == InlineKind::kText && !out.empty() && out.back().kind == InlineKind::kText &&
        out.back().origin == in.origin) {
      out.back().text += in.text;
    } else {
      out.push_back(std::move(in));
    }
  }
  *inlines = std::move(out);
}

// Cuts every whole-word occurrence of `name` in the text runs of `inlines` (and inside emphasis and
// links) out into a kSpan in `lang`; runs already in a span are left as they are.
void Mark(Inlines* inlines, const std::string& name, const std::string& lang) {
  MergeText(inlines);
  Inlines out;
  for (auto& in : *inlines) {
    if (in.kind == InlineKind::kStrong || in.kind == InlineKind::kEmphasis || in.kind == InlineKind::kLink) {
      Mark(&in.children, name, lang);
    }
    if (in.kind != InlineKind::kText) {
      out.push_back(std::move(in));
      continue;
    }
    const std::string& t = in.text;
    size_t from = 0;
    for (size_t at = t.find(name); at != std::string::npos; at = t.find(name, at + 1)) {
      const size_t end = at + name.size();
      if ((at > 0 && WordByte(t[at - 1]) && WordByte(name.front())) ||
          (end < t.size() && WordByte(t[end]) && WordByte(name.back()))) {
        continue;
      }
      if (at > from) out.push_back({InlineKind::kText, t.substr(from, at - from), "", {}, in.origin});
      Inline span{InlineKind::kSpan, "", "", Txt(name), in.origin, lang};
      span.children.front().origin = in.origin;
      out.push_back(std::move(span));
      from = end;
      at = end - 1;
    }
    if (from == 0) {
      out.push_back(std::move(in));
    } else if (from < t.size()) {
      out.push_back({InlineKind::kText, t.substr(from), "", {}, in.origin});
    }
  }
  *inlines = std::move(out);
}

}  // namespace

std::string Writer::LangOf(const source::Text& text) const {
  // A name given once is the same in every locale: in its own language where the source says one.
  if (text.proper_name) return text.lang.empty() || text.lang == locale() ? "" : text.lang;
  return text.Get(locale()) ? "" : model().default_locale();
}

Inlines Writer::InLang(Inlines inlines, const std::string& lang) {
  if (lang.empty() || inlines.empty()) return inlines;
  const int origin = inlines.front().origin;
  return {notice::Inline{InlineKind::kSpan, "", "", std::move(inlines), origin, lang}};
}

namespace {

using Names = std::vector<std::pair<std::string, std::string>>;  // text → lang, longest first

// Marks the names in one run of inlines, inside an element in `context` (a name already in that
// language needs no span).
void MarkRuns(Inlines* inlines, const Names& names, const std::string& context) {
  if (inlines->empty()) return;
  std::string plain;
  for (const auto& [name, lang] : names) {
    // An empty name is in every text at every place: marking it would never end.
    if (lang == context || name.empty()) continue;
    if (plain.empty()) plain = markdown::PlainText(*inlines);
    if (plain.find(name) != std::string::npos) Mark(inlines, name, lang);
  }
}

void MarkBlocks(std::vector<Block>* blocks, const Names& names, const std::string& context) {
  for (auto& b : *blocks) {
    const std::string& lang = b.lang.empty() ? context : b.lang;
    MarkRuns(&b.inlines, names, lang);
    for (auto& item : b.items) MarkBlocks(&item, names, lang);
    for (auto& cell : b.table.header) MarkRuns(&cell, names, lang);
    for (auto& row : b.table.rows) {
      for (auto& cell : row) MarkRuns(&cell, names, lang);
    }
    for (auto& f : b.fields) {
      MarkRuns(&f.value, names, lang);
      for (size_t i = 0; i < f.items.size(); ++i)
        MarkRuns(&f.items[i], names, f.ItemLang(i).empty() ? lang : f.ItemLang(i));
    }
  }
}

void MarkSections(std::vector<Section>* sections, const Names& names, const std::string& context) {
  for (auto& s : *sections) {
    MarkBlocks(&s.blocks, names, context);
    MarkSections(&s.children, names, context);
  }
}

// The lang of a whole plain-text title that is one of the names ("" when it is none).
std::string WholeLang(const std::string& text, const Names& names) {
  for (const auto& [name, lang] : names) {
    if (name == text) return lang;
  }
  return "";
}

}  // namespace

void Writer::MarkLangs(NoticeDoc* doc) const {
  if (langs_.empty()) return;  // nothing in this document is in another language: no cost
  // Longest names first, so a name inside a longer one ("Ogwen" in "Dyffryn Ogwen") is not cut out of it.
  Names names(langs_.begin(), langs_.end());
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  const std::string& here = locale();
  MarkBlocks(&doc->summary, names, here);
  MarkSections(&doc->sections, names, here);
  MarkSections(&doc->jit, names, here);
  doc->title_lang = WholeLang(doc->title, names);
  doc->organisation_lang = WholeLang(doc->organisation, names);
}

}  // namespace pnc::notice
