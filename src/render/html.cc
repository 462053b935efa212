// render: NoticeDoc → HTML. Page structure and interface text come from templates/html/*.mustache
// and the document's labels; this file only feeds them data and writes block markup.
#include "render/html.h"

#include <algorithm>
#include <kainjow/mustache.hpp>

#include "render/html_blocks.h"

namespace pnc::render {
namespace {

namespace mst = kainjow::mustache;

// A pictogram from templates/html/icon-<name>.svg, with its text alternative from the labels.
std::string IconHtml(const notice::NoticeDoc& doc, const notice::Section& s, const std::string& id,
                     const RenderContext& ctx) {
  if (s.icon.empty() || ctx.files == nullptr) return "";
  const std::string* svg = ctx.files->Get("templates/html/icon-" + s.icon + ".svg");
  auto label = doc.labels.find("icon." + s.icon);
  if (svg == nullptr || label == doc.labels.end()) return "";
  mst::data d;
  d.set("id", id);
  d.set("label", label->second);
  return mst::mustache(*svg).render(d);
}

// A language for a template: the code, or false (an empty string is true to Mustache).
mst::data LangValue(const std::string& lang) { return lang.empty() ? mst::data(false) : mst::data(lang); }

std::string LangAttr(const std::string& lang) { return lang.empty() ? "" : " lang=\"" + EscapeHtml(lang) + "\""; }

std::string SectionHtml(const notice::NoticeDoc& doc, const notice::Section& s, int depth, const std::string& prefix,
                        const RenderContext& ctx) {
  const std::string h = std::to_string(std::min(6, 2 + depth));
  std::string id = prefix + s.id;
  std::string out = "<section aria-labelledby=\"" + id + "\">\n" + IconHtml(doc, s, id, ctx) + "<h" + h + " id=\"" +
                    id + "\"" + LangAttr(s.title_lang) + ">" + EscapeHtml(s.title) + "</h" + h + ">\n";
  out += BlocksHtml(s.blocks, 3 + depth, doc.locale);
  for (const auto& child : s.children) out += SectionHtml(doc, child, depth + 1, prefix, ctx);
  return out + "</section>\n";
}

mst::data TocEntries(const std::vector<notice::Section>& sections, const std::string& prefix) {
  mst::data list{mst::data::type::list};
  for (const auto& s : sections) {
    mst::data entry;
    entry.set("id", prefix + s.id);
    entry.set("title", s.title);
    entry.set("title_lang", LangValue(s.title_lang));  // set either way: a nested entry never takes its parent's
    entry.set("has_children", !s.children.empty());
    if (!s.children.empty()) entry.set("children", TocEntries(s.children, prefix));
    list << entry;
  }
  return list;
}

const std::string* Template(const RenderContext& ctx, const std::string& name, diag::Sink* sink) {
  if (ctx.files != nullptr) {
    if (const std::string* text = ctx.files->Get("templates/html/" + name)) return text;
  }
  sink->Add(diag::Make(diag::Severity::kError, "templates/html/" + name, "", "template not loaded", "internal"));
  return nullptr;
}

void PrefixLinks(notice::Inlines* inlines, const std::string& prefix) {
  for (auto& in : *inlines) {
    if (in.kind == notice::InlineKind::kLink && !in.href.empty() && in.href[0] == '#') in.href.insert(1, prefix);
    PrefixLinks(&in.children, prefix);  // emphasis nests a few levels (Markdown is flattened past 16)
  }
}

void PrefixLinks(std::vector<notice::Block>* blocks, const std::string& prefix) {
  for (auto& b : *blocks) {
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

void PrefixLinks(std::vector<notice::Section>* sections, const std::string& prefix) {
  for (auto& s : *sections) {
    PrefixLinks(&s.blocks, prefix);
    PrefixLinks(&s.children, prefix);
  }
}

// In-page links ("#rights") of `doc` made to point at anchors that carry `prefix`.
void PrefixAnchors(notice::NoticeDoc* doc, const std::string& prefix) {
  PrefixLinks(&doc->summary, prefix);
  PrefixLinks(&doc->sections, prefix);
}

// Everything one language version contributes to a template.
mst::data DocData(const notice::NoticeDoc& doc, const std::string& prefix, const RenderContext& ctx) {
  mst::data d;
  d.set("lang", doc.locale);
  d.set("dir", doc.dir);
  d.set("title", doc.title);
  d.set("organisation", doc.organisation);
  d.set("title_lang", LangValue(doc.title_lang));
  d.set("organisation_lang", LangValue(doc.organisation_lang));
  d.set("version", doc.version);
  d.set("updated", doc.updated);
  d.set("updated_iso", doc.updated_iso);
  d.set("prefix", prefix);
  d.set("summary_title", doc.summary_title);
  d.set("summary_html", BlocksHtml(doc.summary, 3, doc.locale));
  d.set("toc", TocEntries(doc.sections, prefix));
  std::string sections;
  for (const auto& s : doc.sections) sections += SectionHtml(doc, s, 0, prefix, ctx);
  d.set("sections_html", sections);
  mst::data labels;
  for (const auto& [key, v] : doc.labels) {
    std::string k = key;
    std::replace(k.begin(), k.end(), '-', '_');  // Mustache names: no hyphens
    labels.set(k, v);
  }
  d.set("labels", labels);
  mst::data alternates{mst::data::type::list};
  for (const auto& a : doc.alternates) {
    mst::data alt;
    alt.set("locale", a.locale);
    alt.set("label", a.label);
    alt.set("href", a.href);
    alt.set("current", a.current);
    alternates << alt;
  }
  d.set("alternates", alternates);
  d.set("has_alternates", doc.alternates.size() > 1);
  d.set("child", doc.audience == "child");
  // A preview: the draft mark heads and ends each version (printed pages repeat it, see the CSS).
  if (!doc.draft.empty()) d.set("draft", doc.draft);
  return d;
}

bool Render(const std::string& name, mst::data& data, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  const std::string* body = Template(ctx, "body.mustache", sink);
  const std::string* page = Template(ctx, name, sink);
  const std::string* css = Template(ctx, "notice.css", sink);
  if (!body || !page || !css) return false;
  data.set("css", *css);
  // The machine-readable notice (render/dpv.cc), linked only when this build writes it.
  if (!ctx.linked_data.empty()) data.set("linked_data", ctx.linked_data);
  data.set("body", mst::partial([body] { return *body; }));
  mst::mustache tmpl(ctx.fragment ? *body : *page);
  if (!tmpl.is_valid()) {
    sink->Add(diag::Make(diag::Severity::kError, "templates/html/" + name, "", tmpl.error_message(), "internal"));
    return false;
  }
  *out = tmpl.render(data);
  return true;
}

}  // namespace

bool RenderHtml(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  mst::data data = DocData(doc, "", ctx);
  mst::data versions{mst::data::type::list};
  versions << DocData(doc, "", ctx);
  data.set("versions", versions);
  return Render("page.mustache", data, ctx, out, sink);
}

bool RenderBilingualHtml(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx, std::string* out,
                         diag::Sink* sink) {
  if (docs.empty()) return false;
  mst::data data = DocData(*docs.front(), "", ctx);
  mst::data versions{mst::data::type::list};
  for (const auto* d : docs) {
    // Each version's anchors carry its locale ("cy-rights"), so its own links must too: the
    // summary's "#rights" once led nowhere on this page.
    notice::NoticeDoc prefixed = *d;
    PrefixAnchors(&prefixed, d->locale + "-");
    versions << DocData(prefixed, d->locale + "-", ctx);
  }
  data.set("versions", versions);
  data.set("bilingual", true);
  return Render("page.mustache", data, ctx, out, sink);
}

}  // namespace pnc::render
