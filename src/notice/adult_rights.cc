// notice: Model → the derived rights, complaints (to us and to the regulator), changes, formats.
#include "markdown/markdown.h"
#include "notice/sections.h"
#include "rules/lint.h"

namespace pnc::notice {
std::vector<Section> RightsSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;

  Section rights = MakeSection(w, "rights");
  rights.blocks.push_back(w.P("rights.intro"));
  for (const auto& id : rules::ApplicableRights(m, w.law())) {
    if (id == "complain-controller" || id == "complain-ico") continue;  // the complaints section says these
    if (id == "object") {
      // Art 21(4): the right to object is brought to attention clearly and separately, in a box.
      Inlines box = {notice::Inline{InlineKind::kStrong, "", "", Txt(w.T("right.object.title"))},
                     notice::Inline{InlineKind::kLineBreak, "", "", {}}};
      for (auto& i : w.I("right.object.body")) box.push_back(i);
      Block b = Para(box, "catalogue:right.object.body");
      b.role = "callout";
      rights.blocks.push_back(b);
      continue;
    }
    Block title;
    title.kind = BlockKind::kHeading;
    title.inlines = Txt(w.T("right." + id + ".title"));
    title.origin = "catalogue:right." + id + ".title";
    rights.blocks.push_back(title);
    rights.blocks.push_back(w.P("right." + id + ".body"));
  }
  rights.blocks.push_back(w.P("rights.how"));
  for (auto& b : w.Blocks(m.rights.how_to_exercise)) rights.blocks.push_back(b);
  for (auto& b : w.Blocks(m.rights.extra)) rights.blocks.push_back(b);
  rights.blocks.push_back(w.P("rights.timing"));
  out.push_back(rights);

  Section comp = MakeSection(w, "complaints");
  comp.blocks.push_back(w.P("complaints.us", {{"org", w.Plain(m.controller.contact.name)}}));
  if (m.complaints) {
    std::vector<Field> fields = w.ContactFields(m.complaints->contact);
    if (!m.complaints->form_url.empty()) {
      // The loader rejects anything but a web address; never let another scheme become an href.
      const std::string& url = m.complaints->form_url;
      std::string href = url.rfind("http", 0) == 0 ? url : "https://" + url;
      fields.push_back(Writer::F(w.T("complaints.form"),
                                 {markdown::IsSafeHref(href) ? Link(href, url) : Txt(url)[0]}));
    }
    comp.blocks.push_back(Fields(fields));
    for (auto& b : w.Blocks(m.complaints->how)) comp.blocks.push_back(b);
  }
  comp.blocks.push_back(w.P("complaints.us-process"));
  if (const rules::Regulator* reg = w.Regulator()) {
    std::string name = w.Localised(reg->name);
    comp.blocks.push_back(w.P("complaints.ico", {{"regulator", name}}));
    std::vector<Field> fields;
    std::string url = w.Localised(reg->complaints_url);
    fields.push_back(Writer::F(w.T("complaints.ico-online"), {Link(url, url)}));
    fields.push_back(Writer::F(w.T("complaints.ico-helpline"), {Link(Writer::TelHref(reg->helpline), reg->helpline)}));
    std::string site = w.Localised(reg->website);
    fields.push_back(Writer::F(w.T("contact.website"), {Link(site, site)}));
    if (std::string address = reg->PostalAddressOn(w.RegulatorDate()); !address.empty()) {
      fields.push_back(Writer::F(w.T("contact.address"), Txt(address)));
    }
    Block box = Fields(fields, "callout");
    comp.blocks.push_back(box);
  }
  out.push_back(comp);

  Section changes = MakeSection(w, "changes");
  changes.blocks.push_back(w.P("changes.intro", {{"date", w.cat().FormatDate(m.notice.date)}, {"version", m.notice.version}}));
  for (auto& b : w.Blocks(m.changes)) changes.blocks.push_back(b);
  out.push_back(changes);

  Section formats = MakeSection(w, "formats");
  formats.blocks.push_back(w.P("formats.intro"));
  out.push_back(formats);
  return out;
}

}  // namespace pnc::notice
