// notice: Model → the derived rights (per data subject group), complaints (to us and to the
// regulator), changes and other formats.
#include "markdown/markdown.h"
#include "notice/sections.h"
#include "rules/lint.h"

namespace pnc::notice {
namespace {

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// One right: its title and body; objection in a box of its own (Art 21(4)), with the marketing
// sentence only where a purpose is direct marketing.
void AddRight(const Writer& w, const rules::DerivedRight& r, Section* rights) {
  const std::string fact = r.facts.empty() ? "" : r.facts.front();
  if (r.id == "object") {
    std::string basis, marketing;
    for (const auto& f : r.facts) {
      std::string& slot = EndsWith(f, "/direct_marketing") ? marketing : basis;
      if (slot.empty()) slot = f;
    }
    Inlines box = {notice::Inline{InlineKind::kStrong, "", "", Writer::Text(w.T("right.object.title"), w.Cat("right.object.title", fact)), -1},
                   notice::Inline{InlineKind::kLineBreak, "", "", {}, -1}};
    bool first = true;
    auto add = [&](Inlines more) {
      if (!first) box.push_back(Txt(" ")[0]);
      for (auto& i : more) box.push_back(std::move(i));
      first = false;
    };
    if (!basis.empty()) add(w.I("right.object.body", {}, basis));
    if (!marketing.empty()) add(w.I("right.object.marketing", {}, marketing));
    Block b = Para(box, "catalogue:right.object.body");
    b.role = "callout";
    rights->blocks.push_back(b);
  } else {
    Block title = Heading(Writer::Text(w.T("right." + r.id + ".title"), w.Cat("right." + r.id + ".title", fact)));
    title.origin = "catalogue:right." + r.id + ".title";
    rights->blocks.push_back(title);
    rights->blocks.push_back(w.P("right." + r.id + ".body", {}, fact));
  }
  // Where the right is not everyone's, say whose it is.
  if (!r.groups.empty() && !w.scope().IsAll(r.groups)) {
    rights->blocks.push_back(w.P("rights.applies-to", {{"groups", w.Join(GroupNames(w, r.groups))}}, fact,
                                 r.facts));
  }
}

}  // namespace

std::vector<Section> RightsSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;

  Section rights = MakeSection(w, "rights");
  rights.blocks.push_back(w.P("rights.intro"));
  for (const auto& r : rules::DeriveRights(m, w.law(), w.scope(), w.scope().all)) {
    if (r.id == "complain-controller" || r.id == "complain-ico") continue;  // the complaints section says these
    AddRight(w, r, &rights);
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
    comp.blocks.push_back(w.P("complaints.us", {{"org", w.Plain(m.controller.contact.name)}},
                              route ? m.complaints->pointer : m.notice.date_pointer));
  }
  std::vector<Field> fields = route ? w.ContactFields(m.complaints->contact, /*who=*/true) : w.ContactFields(m.controller.contact);
  if (route && !m.complaints->form_url.empty()) {
    // The loader rejects anything but a web address; never let another scheme become an href.
    const std::string& url = m.complaints->form_url;
    std::string href = url.rfind("http", 0) == 0 ? url : "https://" + url;
    int o = w.Src(m.complaints->pointer + "/form_url");
    fields.push_back(w.F("complaints.form", {markdown::IsSafeHref(href) ? Link(href, url, o) : Writer::Text(url, o)[0]}));
  }
  comp.blocks.push_back(Fields(fields));
  if (m.complaints) {
    for (auto& b : w.Blocks(m.complaints->how)) comp.blocks.push_back(b);
  }
  // DPA 2018 s.164A (in force 19 June 2026): acknowledge within 30 days, progress, outcome.
  if (s164a) comp.blocks.push_back(w.P("complaints.us-process", {}, m.notice.date_pointer));
  if (const rules::Regulator* reg = w.Regulator()) {
    std::string name = w.Localised(reg->name);
    comp.blocks.push_back(w.P("complaints.ico", {{"regulator", name}}));
    std::vector<Field> ico;
    std::string url = w.Localised(reg->complaints_url);
    ico.push_back(w.F("complaints.ico-online", {Link(url, url, w.Reg("complaints_url"))}));
    ico.push_back(w.F("complaints.ico-helpline", {Link(Writer::TelHref(reg->helpline), reg->helpline, w.Reg("helpline"))}));
    std::string site = w.Localised(reg->website);
    ico.push_back(w.F("contact.website", {Link(site, site, w.Reg("website"))}));
    if (std::string address = reg->PostalAddressOn(w.RegulatorDate()); !address.empty()) {
      ico.push_back(w.F("contact.address", Writer::Text(address, w.Reg("postal_address"))));
    }
    comp.blocks.push_back(Fields(ico, "callout"));
  }
  out.push_back(comp);

  Section changes = MakeSection(w, "changes");
  changes.blocks.push_back(w.P("changes.intro", {{"date", w.Date(m.notice.date)}, {"version", m.notice.version}},
                               "", {"/notice/version", m.notice.date_pointer}));
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
