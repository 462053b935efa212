// render: NoticeDoc + the build's output set → the NoticeDoc whose "Other formats and languages"
// section lists (and links) the files really written beside it. Only files of this build appear.
#include "render/outputs.h"

#include <algorithm>

namespace pnc::render {
namespace {

using notice::Block;
using notice::BlockKind;
using notice::Inline;
using notice::InlineKind;
using notice::NoticeDoc;
using notice::Section;

const std::string* Label(const NoticeDoc& doc, const std::string& key) {
  auto it = doc.labels.find(key);
  return it == doc.labels.end() || it->second.empty() ? nullptr : &it->second;
}

// The language's own name ("Cymraeg"), as the language picker shows it.
std::string LanguageName(const NoticeDoc& doc, const std::string& locale) {
  for (const auto& a : doc.alternates) {
    if (a.locale == locale && !a.label.empty()) return a.label;
  }
  return locale;
}

Block Item(const std::string& href, const std::string& text, const std::string& lang = "") {
  Inline t;
  t.kind = InlineKind::kText;
  t.text = text;
  Inline link;
  link.kind = InlineKind::kLink;
  link.href = href;
  link.children = {t};
  Block b;
  b.inlines = {link};
  b.lang = lang;
  return b;
}

bool Replace(std::string* s, const std::string& name, const std::string& value) {
  const std::string key = "{" + name + "}";
  size_t at = s->find(key);
  if (at == std::string::npos) return false;
  s->replace(at, key.size(), value);
  return true;
}

// The file of `candidates` to offer: the one in the format being read when there is one (a PDF
// reader is sent to the Welsh PDF), else the web page, else the first.
const OutputFile* Pick(const std::vector<const OutputFile*>& candidates, std::string_view format) {
  if (candidates.empty()) return nullptr;
  for (const OutputFile* f : candidates) {
    if (f->format == format) return f;
  }
  for (const OutputFile* f : candidates) {
    if (f->format == "html") return f;
  }
  return candidates.front();
}

Section* Find(std::vector<Section>* sections, const std::string& id) {
  for (Section& s : *sections) {
    if (s.id == id) return &s;
    if (Section* in = Find(&s.children, id)) return in;
  }
  return nullptr;
}

}  // namespace

NoticeDoc WithOutputs(const NoticeDoc& doc, const RenderContext& ctx) {
  const OutputFile* self = nullptr;
  for (const OutputFile& f : ctx.outputs) {
    if (f.name == ctx.current) self = &f;
  }
  if (self == nullptr) return doc;  // not a file of the set: a fragment, or a lint run
  const std::string_view format = self->format;
  const bool bilingual_self = self->locales.size() > 1;
  auto same_doc = [&](const OutputFile& f, const std::string& locale) {
    return f.locales.size() == 1 && f.locales[0] == locale && f.audience == doc.audience && f.band == doc.band;
  };

  std::vector<Block> items;
  // The other formats of this document.
  for (const OutputFile& f : ctx.outputs) {
    if (f.name == ctx.current || !same_doc(f, doc.locale)) continue;
    if (const std::string* label = Label(doc, "output-" + f.format)) items.push_back(Item(f.name, *label));
  }
  // Its other languages, each named in itself (those not in this very document).
  std::vector<std::string> locales;
  for (const OutputFile& f : ctx.outputs) {
    if (f.locales.size() == 1 && !std::count(self->locales.begin(), self->locales.end(), f.locales[0]) &&
        Label(doc, "output-" + f.format) && std::find(locales.begin(), locales.end(), f.locales[0]) == locales.end()) {
      locales.push_back(f.locales[0]);
    }
  }
  for (const std::string& locale : locales) {
    std::vector<const OutputFile*> files;
    for (const OutputFile& f : ctx.outputs) {
      if (same_doc(f, locale) && Label(doc, "output-" + f.format)) files.push_back(&f);
    }
    if (const OutputFile* f = Pick(files, format)) items.push_back(Item(f->name, LanguageName(doc, locale), locale));
  }
  // A document with this language and others (the bilingual page), from a one-language one.
  if (!bilingual_self && doc.audience == "adult") {
    std::vector<const OutputFile*> files;
    for (const OutputFile& f : ctx.outputs) {
      if (f.locales.size() > 1 && std::count(f.locales.begin(), f.locales.end(), doc.locale) &&
          Label(doc, "output-" + f.format)) {
        files.push_back(&f);
      }
    }
    const std::string* label = Label(doc, "output-bilingual");
    if (const OutputFile* f = Pick(files, format); f && label) {
      std::string names;
      // "Cymraeg / English", as bilingual signs and forms write the pair (no sentence grammar,
      // so no catalogue join that would differ by language).
      for (const std::string& l : f->locales) names += (names.empty() ? "" : " / ") + LanguageName(doc, l);
      std::string text = *label;
      Replace(&text, "languages", names);
      items.push_back(Item(f->name, text));
    }
  }
  // The children's guides, from the adult notice (one per age band).
  if (doc.audience == "adult") {
    std::vector<std::string> bands;
    for (const OutputFile& f : ctx.outputs) {
      if (f.audience == "child" && f.locales.size() == 1 && f.locales[0] == doc.locale &&
          std::find(bands.begin(), bands.end(), f.band) == bands.end()) {
        bands.push_back(f.band);
      }
    }
    const std::string* one = Label(doc, "output-child");
    const std::string* banded = Label(doc, "output-child-band");
    for (const std::string& band : bands) {
      std::vector<const OutputFile*> files;
      for (const OutputFile& f : ctx.outputs) {
        if (f.audience == "child" && f.band == band && f.locales.size() == 1 && f.locales[0] == doc.locale &&
            Label(doc, "output-" + f.format)) {
          files.push_back(&f);
        }
      }
      const OutputFile* f = Pick(files, format);
      std::string text = bands.size() > 1 && banded ? *banded : one ? *one : "";
      if (!f || text.empty()) continue;
      Replace(&text, "band", band);
      items.push_back(Item(f->name, text));
    }
  }
  const std::string* intro = Label(doc, doc.audience == "child" ? "outputs-child" : "outputs");
  const std::string* title = Label(doc, "outputs-title");
  if (items.empty() || !intro || !title) return doc;

  NoticeDoc out = doc;
  Block lead;
  Inline text;
  text.kind = InlineKind::kText;
  text.text = *intro;
  lead.inlines = {text};
  lead.origin = "catalogue:label." + std::string(doc.audience == "child" ? "outputs-child" : "outputs");
  Block list;
  list.kind = BlockKind::kBulletList;
  for (Block& item : items) list.items.push_back({std::move(item)});
  // The notice's own section when the source declares on-request formats; a source section that
  // happens to be called "formats" is left alone.
  Section* formats = Find(&out.sections, "formats");
  if (formats && formats->origin != "catalogue:section.formats") formats = nullptr;
  if (formats == nullptr) {
    Section s;
    s.id = Find(&out.sections, "formats") ? "pnc-other-formats" : "formats";
    s.title = *title;
    s.origin = "catalogue:section.formats";
    out.sections.push_back(std::move(s));
    formats = &out.sections.back();
  }
  // What this build wrote comes first; what the organisation offers on request follows.
  formats->blocks.insert(formats->blocks.begin(), {std::move(lead), std::move(list)});
  return out;
}

}  // namespace pnc::render
