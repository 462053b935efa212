// notice: Model → the derived rights (per data subject group), complaints (to us and to the
// regulator), changes and other formats.
#include <map>

#include "law/rights.h"
#include "markdown/markdown.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

// The bases the Art 21(1) objection follows from, as the catalogue words them: only those the
// purposes that give it use (review s28 L8: "public task, legitimate interests or a recognised
// legitimate interest" was told to a charity with no public task). One key per combination, since a
// language may change a word for its place in the list (Welsh mutates after "ar" and "neu").
std::string ObjectionBases(const Writer& w, const rules::DerivedRight& object) {
  std::string key = "right.object.bases.";
  for (size_t i = 0; i < object.bases.size(); ++i) key += (i ? "+" : "") + object.bases[i];
  return w.T(key);
}

// The right to object, in a box of its own (Art 21(4): explicitly, clearly and separately): the
// Art 21(1) objection where a purpose relies on public task or (recognised) legitimate interests,
// the Art 21(2) marketing objection where a purpose is direct marketing, each saying whose it is.
// The box is one paragraph; a long list of whose right it is (a field with the groups as a list)
// is a box of its own between the paragraphs before and after it.
std::vector<Block> ObjectionBox(const Writer& w, const rules::DerivedRight* object,
                                const rules::DerivedRight* marketing) {
  const rules::DerivedRight* first = object ? object : marketing;
  std::vector<Block> out;
  Inlines box = {
      notice::Inline{InlineKind::kStrong, "", "",
                     Writer::Text(w.T("right.object.title"), w.Cat("right.object.title", first->facts.front())), -1},
      notice::Inline{InlineKind::kLineBreak, "", "", {}, -1}};
  bool start = true;
  auto close = [&]() {
    if (box.empty()) return;
    Block b = Para(std::move(box), "catalogue:right.object.body");
    b.role = "callout";
    out.push_back(std::move(b));
    box.clear();
    start = true;
  };
  auto add = [&](Inlines more) {
    if (!start) box.push_back(Txt(" ")[0]);
    for (auto& i : more) box.push_back(std::move(i));
    start = false;
  };
  // Each part says its own scope: the marketing one in words that name it (review s29 L21: a
  // closing "This right is for: <the newsletter's readers>" read as the scope of the whole box).
  auto part = [&](const rules::DerivedRight* r, const char* key, std::map<std::string, std::string> args,
                  const char* scope) {
    if (r == nullptr) return;
    add(w.I(key, args, r->facts.front(), r->facts));
    for (auto& b : RightAppliesTo(w, *r, scope)) {
      if (b.kind == BlockKind::kParagraph) {
        add(b.inlines);
        continue;
      }
      close();
      b.role = "callout";
      out.push_back(std::move(b));
    }
  };
  part(object, "right.object.body", {{"bases", object ? ObjectionBases(w, *object) : ""}}, "rights.applies-to");
  part(marketing, "right.object.marketing", {}, "right.object-marketing.for");
  close();
  return out;
}

void AddRight(const Writer& w, const rules::DerivedRight& r, Section* rights) {
  const std::string fact = r.facts.empty() ? "" : r.facts.front();
  Block title = Heading(Writer::Text(w.T("right." + r.id + ".title"), w.Cat("right." + r.id + ".title", fact)));
  title.origin = "catalogue:right." + r.id + ".title";
  rights->blocks.push_back(title);
  rights->blocks.push_back(w.P("right." + r.id + ".body", {}, fact, r.facts));
  for (auto& b : RightAppliesTo(w, r)) rights->blocks.push_back(std::move(b));
}

}  // namespace

Field ComplaintFormField(const Writer& w) {
  // The loader rejects anything but a web address; never let another scheme become an href.
  const auto& c = *w.model().complaints;
  const std::string& url = c.form_url;
  std::string href = url.rfind("http", 0) == 0 ? url : "https://" + url;
  int o = w.Src(c.pointer + "/form_url");
  return w.F("complaints.form", {markdown::IsSafeHref(href) ? Link(href, url, o) : Writer::Text(url, o)[0]});
}

std::vector<Section> RightsSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;

  Section rights = MakeSection(w, "rights");
  rights.blocks.push_back(w.P("rights.intro"));
  const auto derived = rules::DeriveRights(m, w.law(), w.scope(), w.scope().all);
  const rules::DerivedRight* object = rules::FindRight(derived, "object");
  const rules::DerivedRight* marketing = rules::FindRight(derived, "object-marketing");
  for (const auto& r : derived) {
    if (r.id == "complain-controller" || r.id == "complain-ico") continue;  // the complaints section says these
    if (r.id == "object" || r.id == "object-marketing") {
      if (&r == (object ? object : marketing)) {
        for (auto& b : ObjectionBox(w, object, marketing)) rights.blocks.push_back(std::move(b));
      }
      continue;
    }
    AddRight(w, r, &rights);
  }
  // A right of a children group: who may use it for a child too young to use it themselves.
  for (size_t g = 0; g < m.subjects.size(); ++g) {
    if (!m.subjects[g].children) continue;
    bool theirs = false;
    for (const auto& r : derived)
      theirs = theirs || (g < r.groups.size() && r.groups[g] && r.id.rfind("complain-", 0) != 0);
    if (!theirs) continue;
    rights.blocks.push_back(w.P("rights.for-child", {}, m.subjects[g].pointer + "/children"));
    break;
  }
  if (!m.rights.how_to_exercise.present()) rights.blocks.push_back(w.P("rights.how-contact"));
  for (auto& b : w.Blocks(m.rights.how_to_exercise)) rights.blocks.push_back(b);
  rights.blocks.push_back(w.P("rights.how"));
  for (auto& b : w.Blocks(m.rights.extra)) rights.blocks.push_back(b);
  rights.blocks.push_back(w.P("rights.timing"));
  out.push_back(rights);

  Section comp = MakeSection(w, "complaints");
  const bool route = m.complaints && (m.complaints->contact.reachable() || !m.complaints->form_url.empty());
  const bool s164a = !m.notice.date.empty() && m.notice.date >= "2026-06-19";
  if (route || s164a) {
    // After "About us" has introduced it, the organisation is called by its short name.
    const std::string org =
        m.controller.short_name.empty() ? w.Plain(m.controller.contact.name) : m.controller.short_name;
    comp.blocks.push_back(w.P("complaints.us", {{"org", org}}, route ? m.complaints->pointer : m.notice.date_pointer));
  }
  // Before s.164A, a notice with no complaints route says nothing of complaining to the
  // organisation: no address block under no sentence, and the regulator without "also".
  const bool to_us = route || s164a;
  std::vector<Field> fields;
  if (to_us)
    fields = route ? w.ContactFields(m.complaints->contact, /*who=*/true) : w.ContactFields(m.controller.contact);
  if (route && !m.complaints->form_url.empty()) fields.push_back(ComplaintFormField(w));
  if (!fields.empty()) comp.blocks.push_back(Fields(fields));
  if (m.complaints) {
    for (auto& b : w.Blocks(m.complaints->how)) comp.blocks.push_back(b);
  }
  // DPA 2018 s.164A (in force 19 June 2026): acknowledge within 30 days, progress, outcome.
  if (s164a) comp.blocks.push_back(w.P("complaints.us-process", {}, m.notice.date_pointer));
  if (const rules::Regulator* reg = w.Regulator()) {
    std::string name = w.Localised(reg->name);
    comp.blocks.push_back(w.P(to_us ? "complaints.ico" : "complaints.ico-only", {{"regulator", name}}));
    std::vector<Field> ico;
    std::string url = w.Localised(reg->complaints_url);
    ico.push_back(w.F("complaints.ico-online", {Link(url, url, w.Reg("complaints_url"))}));
    ico.push_back(
        w.F("complaints.ico-helpline", {Link(Writer::TelHref(reg->helpline), reg->helpline, w.Reg("helpline"))}));
    std::string site = w.Localised(reg->website);
    ico.push_back(w.F("contact.website", {Link(site, site, w.Reg("website"))}));
    if (std::string address = reg->PostalAddressOn(w.RegulatorDate()); !address.empty()) {
      ico.push_back(w.F("contact.address", Writer::Text(address, w.Reg("postal_address"))));
    }
    comp.blocks.push_back(Fields(ico, "callout"));
  }
  out.push_back(comp);

  Section changes = MakeSection(w, "changes");
  changes.blocks.push_back(w.P("changes.intro", {{"date", w.Date(m.notice.date)}, {"version", m.notice.version}}, "",
                               {"/notice/version", m.notice.date_pointer}));
  for (auto& b : HistoryBlocks(w)) changes.blocks.push_back(std::move(b));  // generated, then the source's own text
  for (auto& b : w.Blocks(m.changes)) changes.blocks.push_back(b);
  out.push_back(changes);

  if (!m.other_formats.empty()) {
    Section formats = MakeSection(w, "formats");
    std::vector<std::string> names;
    for (const auto& f : m.other_formats) names.push_back(w.T("format." + f));
    formats.blocks.push_back(w.P("formats.intro", {{"formats", w.Join(names)}}, m.other_formats_pointer));
    out.push_back(formats);
  }
  return out;
}

}  // namespace pnc::notice
