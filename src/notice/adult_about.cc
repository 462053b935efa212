// notice: Model → the summary layer and the "who we are" section.
#include "notice/sections.h"

namespace pnc::notice {

Section MakeSection(const Writer& w, const std::string& id) {
  Section s;
  s.id = id;
  s.title = w.T("section." + id);
  s.origin = "catalogue:section." + id;
  return s;
}

std::vector<Block> Summary(const Writer& w) {
  const auto& m = w.model();
  std::vector<Block> out;
  out.push_back(w.P("summary.who", {{"org", w.Plain(m.controller.contact.name)}}));
  std::vector<std::string> categories, purposes, recipients;
  for (const auto& c : m.categories) categories.push_back(w.Plain(c.name));
  for (const auto& p : m.purposes) purposes.push_back(w.Plain(p.name));
  for (const auto& r : m.recipients) recipients.push_back(w.Plain(r.name));
  // Names often contain commas ("CCTV, audio and photographs"), so the summary lists them as bullets.
  auto bullets = [](const std::vector<std::string>& names) {
    std::vector<Inlines> items;
    for (const auto& n : names) items.push_back(Txt(n));
    return Bullets(items);
  };
  out.push_back(w.P("summary.what"));
  out.push_back(bullets(categories));
  out.push_back(w.P("summary.why"));
  out.push_back(bullets(purposes));
  if (recipients.empty()) {
    out.push_back(w.P("summary.share-none"));
  } else {
    out.push_back(w.P("summary.share"));
    out.push_back(bullets(recipients));
  }
  out.push_back(m.transfers.empty() ? w.P("summary.transfers-none") : w.P("summary.transfers"));
  out.push_back(w.P("summary.rights"));
  const rules::Regulator* reg = w.Regulator();
  out.push_back(w.P("summary.complain", {{"regulator", reg ? w.Localised(reg->name) : ""}}));
  return out;
}

Section About(const Writer& w) {
  const auto& c = w.model().controller;
  Section s = MakeSection(w, "about");
  s.blocks.push_back(w.P(c.short_name.empty() ? "about.controller" : "about.controller-short",
                         {{"org", w.Plain(c.contact.name)}, {"short", c.short_name}}));
  std::vector<Field> fields = w.ContactFields(c.contact);
  if (!c.ico_registration.empty()) fields.push_back(Writer::F(w.T("about.ico-registration"), Txt(c.ico_registration)));
  if (!c.charity_number.empty()) fields.push_back(Writer::F(w.T("about.charity-number"), Txt(c.charity_number)));
  if (!c.company_number.empty()) fields.push_back(Writer::F(w.T("about.company-number"), Txt(c.company_number)));
  s.blocks.push_back(Fields(fields));
  if (!c.joint_controllers.empty()) {
    s.blocks.push_back(w.P("about.joint"));
    for (const auto& j : c.joint_controllers) {
      Block h;
      h.kind = BlockKind::kHeading;
      h.inlines = w.Inline(j.name);
      s.blocks.push_back(h);
      for (auto& b : w.Blocks(j.role)) s.blocks.push_back(b);
      s.blocks.push_back(Fields(w.ContactFields(j)));
    }
  }
  if (c.representative) {
    s.blocks.push_back(w.P("about.representative", {{"name", w.Plain(c.representative->name)}}));
    s.blocks.push_back(Fields(w.ContactFields(*c.representative)));
  }
  if (const auto& dpo = w.model().dpo) {
    Section d;
    d.id = "dpo";
    d.title = w.T(dpo->designated ? "dpo.title" : "dpo.lead-title");
    d.origin = "catalogue:dpo.title";
    std::string who = dpo->contact.name.present() ? w.Plain(dpo->contact.name) : "";
    if (dpo->contact.role.present()) who += (who.empty() ? "" : ", ") + w.Plain(dpo->contact.role);
    std::string key = dpo->designated ? "dpo.intro" : "dpo.lead-intro";
    d.blocks.push_back(w.P(who.empty() ? key + "-unnamed" : key, {{"who", who}}));
    d.blocks.push_back(Fields(w.ContactFields(dpo->contact)));
    s.children.push_back(d);
  }
  return s;
}

}  // namespace pnc::notice
