// notice: NoticeDoc + the build's output set → the NoticeDoc of one written file, whose "Other
// formats and languages" section lists (and links) the files really written beside it. Only files
// of this build appear, and each piece of the list records which file it names (pnc explain).
#include "notice/outputs.h"

#include <algorithm>

namespace pnc::notice {
namespace {

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

// An origin for a piece of the list: the words of `label` (catalogue key `key`, or the source's
// wording of it, as SetLabels recorded), stating the build fact `because`.
int BuildOrigin(NoticeDoc* doc, const std::string& label, const std::string& key, const std::string& because) {
  Origin o;
  auto it = doc->label_origins.find(label);
  if (it != doc->label_origins.end() && it->second >= 0 && it->second < static_cast<int>(doc->origins.size())) {
    o = doc->origins[it->second];
  } else {
    o.key = key;
  }
  if (!o.overridden) o.kind = Origin::Kind::kBuild;  // the source's own words stay the source's
  o.because = because;
  doc->origins.push_back(std::move(o));
  return static_cast<int>(doc->origins.size()) - 1;
}

std::string Writes(const std::string& files) { return "this build writes " + files; }

Block Item(const std::string& href, const std::string& text, int origin, const std::string& lang = "") {
  Inline t;
  t.kind = InlineKind::kText;
  t.text = text;
  t.origin = origin;
  Inline link;
  link.kind = InlineKind::kLink;
  link.href = href;
  link.children = {t};
  link.origin = origin;
  Block b;
  b.inlines = {link};
  b.lang = lang;
  b.origin_id = origin;
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

NoticeDoc WithOutputs(const NoticeDoc& doc, const std::vector<OutputFile>& outputs, const std::string& current) {
  const OutputFile* self = nullptr;
  for (const OutputFile& f : outputs) {
    if (f.name == current) self = &f;
  }
  if (self == nullptr) return doc;  // not a file of the set: a fragment, or a lint run
  NoticeDoc out = doc;              // the items' origins are added to it as they are made
  const std::string_view format = self->format;
  const bool bilingual_self = self->locales.size() > 1;
  auto same_doc = [&](const OutputFile& f, const std::string& locale) {
    return f.locales.size() == 1 && f.locales[0] == locale && f.audience == doc.audience && f.band == doc.band;
  };

  std::vector<Block> items;
  // The other formats of this document.
  for (const OutputFile& f : outputs) {
    if (f.name == current || !same_doc(f, doc.locale)) continue;
    if (const std::string* label = Label(doc, "output-" + f.format))
      items.push_back(
          Item(f.name, *label, BuildOrigin(&out, "output-" + f.format, "label.output-" + f.format, Writes(f.name))));
  }
  // Its other languages, each named in itself (those not in this very document).
  std::vector<std::string> locales;
  for (const OutputFile& f : outputs) {
    if (f.locales.size() == 1 && !std::count(self->locales.begin(), self->locales.end(), f.locales[0]) &&
        Label(doc, "output-" + f.format) && std::find(locales.begin(), locales.end(), f.locales[0]) == locales.end()) {
      locales.push_back(f.locales[0]);
    }
  }
  for (const std::string& locale : locales) {
    std::vector<const OutputFile*> files;
    for (const OutputFile& f : outputs) {
      if (same_doc(f, locale) && Label(doc, "output-" + f.format)) files.push_back(&f);
    }
    if (const OutputFile* f = Pick(files, format)) {
      // The language's name is its own catalogue's (locales/<code>.json "meta.name").
      int origin = BuildOrigin(&out, "", "locales/" + locale + ".json: meta.name", Writes(f->name));
      items.push_back(Item(f->name, LanguageName(doc, locale), origin, locale));
    }
  }
  // A document with this language and others (the bilingual page), from a one-language one.
  if (!bilingual_self && doc.audience == "adult") {
    std::vector<const OutputFile*> files;
    for (const OutputFile& f : outputs) {
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
      items.push_back(
          Item(f->name, text, BuildOrigin(&out, "output-bilingual", "label.output-bilingual", Writes(f->name))));
    }
  }
  // The children's guides, from the adult notice (one per age band).
  if (doc.audience == "adult") {
    std::vector<std::string> bands;
    for (const OutputFile& f : outputs) {
      if (f.audience == "child" && f.locales.size() == 1 && f.locales[0] == doc.locale &&
          std::find(bands.begin(), bands.end(), f.band) == bands.end()) {
        bands.push_back(f.band);
      }
    }
    const std::string* one = Label(doc, "output-child");
    const std::string* banded = Label(doc, "output-child-band");
    for (const std::string& band : bands) {
      std::vector<const OutputFile*> files;
      for (const OutputFile& f : outputs) {
        if (f.audience == "child" && f.band == band && f.locales.size() == 1 && f.locales[0] == doc.locale &&
            Label(doc, "output-" + f.format)) {
          files.push_back(&f);
        }
      }
      const OutputFile* f = Pick(files, format);
      const bool by_band = bands.size() > 1 && banded;
      std::string text = by_band ? *banded : one ? *one : "";
      if (!f || text.empty()) continue;
      Replace(&text, "band", band);
      const std::string label = by_band ? "output-child-band" : "output-child";
      items.push_back(Item(f->name, text, BuildOrigin(&out, label, "label." + label, Writes(f->name))));
    }
  }
  const std::string intro_label = doc.audience == "child" ? "outputs-child" : "outputs";
  const std::string* intro = Label(doc, intro_label);
  const std::string* title = Label(doc, "outputs-title");
  if (items.empty() || !intro || !title) return doc;

  std::string listed;  // the files the list names, for the origin of its lead and title
  for (const Block& item : items) listed += (listed.empty() ? "" : ", ") + item.inlines[0].href;
  Block lead;
  Inline text;
  text.kind = InlineKind::kText;
  text.text = *intro;
  lead.inlines = {text};
  lead.origin = "catalogue:label." + intro_label;
  lead.origin_id = BuildOrigin(&out, intro_label, "label." + intro_label, Writes(listed));
  lead.inlines[0].origin = lead.origin_id;
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
    s.title_origin = BuildOrigin(&out, "outputs-title", "section.formats", Writes(listed));
    out.sections.push_back(std::move(s));
    formats = &out.sections.back();
  }
  // What this build wrote comes first; what the organisation offers on request follows.
  formats->blocks.insert(formats->blocks.begin(), {std::move(lead), std::move(list)});
  return out;
}

}  // namespace pnc::notice
