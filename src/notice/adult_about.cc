// notice: Model → the summary layer, the "who we are" section, and the helpers every section uses
// (section titles, item entries, the groups an item concerns, a preview's draft notice).
#include <algorithm>

#include "notice/sections.h"

namespace pnc::notice {

Section MakeSection(const Writer& w, const std::string& id) {
  Section s;
  s.id = id;
  s.title = w.T("section." + id);
  s.origin = "catalogue:section." + id;
  s.title_origin = w.Cat("section." + id);
  return s;
}

std::vector<Block> ItemEntry(const Writer& w, const source::Item& item, std::vector<Block> extra) {
  Inlines head;
  head.push_back({InlineKind::kStrong, "", "", w.Inline(item.name), -1});
  std::vector<Block> out = {Para(head, item.name.pointer)};
  for (auto& b : w.Blocks(item.description)) out.push_back(b);
  for (auto& b : extra) out.push_back(std::move(b));
  return out;
}

std::vector<std::string> GroupNames(const Writer& w, const source::Groups& groups) {
  std::vector<std::string> names;
  const auto& subjects = w.model().subjects;
  for (size_t i = 0; i < groups.size() && i < subjects.size(); ++i) {
    if (groups[i]) names.push_back(w.Plain(subjects[i].name));
  }
  return names;
}

std::vector<const source::Text*> GroupTexts(const Writer& w, const source::Groups& groups) {
  std::vector<const source::Text*> names;
  const auto& subjects = w.model().subjects;
  for (size_t i = 0; i < groups.size() && i < subjects.size(); ++i) {
    if (groups[i]) names.push_back(&subjects[i].name);
  }
  return names;
}

std::vector<Block> GroupsLine(const Writer& w, const source::Groups& groups, const std::string& fact) {
  if (w.model().subjects.size() < 2 || w.scope().IsAll(groups) || !source::Any(groups)) return {};
  return w.ListSentence("scope.groups", "groups", GroupTexts(w, groups), fact);
}

std::vector<Block> RightAppliesTo(const Writer& w, const rules::DerivedRight& r, const std::string& key) {
  if (r.groups.empty() || w.scope().IsAll(r.groups)) return {};
  const std::string fact = r.facts.empty() ? "" : r.facts.front();
  return w.ListBlocks(key, "groups", GroupTexts(w, r.groups), fact, r.facts);
}

std::vector<Block> DraftBlocks(const Writer& w, bool preview, NoticeDoc* doc,
                               const std::function<bool(const std::string&)>& shown) {
  const auto& m = w.model();
  if (!preview || m.unconfirmed.empty()) return {};
  const std::string& first = m.unconfirmed.front().pointer;
  doc->draft = w.T("preview.banner");
  doc->draft_origin = w.Cat("preview.banner", first);
  Block list;
  list.kind = BlockKind::kBulletList;
  std::string listed;
  for (const auto& u : m.unconfirmed) {
    // The mark sits in the item it is about ("/recipients/2/unconfirmed"): the item is its parent.
    const std::string item = u.pointer.substr(0, u.pointer.rfind('/'));
    if (shown && !shown(item)) continue;
    if (listed.empty()) listed = u.pointer;
    list.items.push_back({Para(Writer::Text(u.what + ": " + u.note, w.Src(u.pointer)), u.pointer)});
  }
  if (list.items.empty()) return {};
  return {w.P("preview.intro", {}, listed), list};
}

std::vector<Block> Summary(const Writer& w) {
  const auto& m = w.model();
  std::vector<Block> out;
  out.push_back(
      w.P("summary.who", {{"org", w.Plain(m.controller.contact.name)}}, "", {m.controller.contact.name.pointer}));
  // Names often contain commas ("CCTV, audio and photographs"), so the summary lists them as bullets.
  auto bullets = [&](const auto& items) {
    std::vector<Inlines> names;
    std::vector<std::string> langs;
    for (const auto& item : items) {
      names.push_back(w.Inline(item.name));
      langs.push_back(w.LangOf(item.name));
    }
    return Bullets(names, langs);
  };
  if (!m.services.empty()) {
    out.push_back(w.P("summary.services", {}, m.services.front().pointer));
    out.push_back(bullets(m.services));
  }
  out.push_back(w.P("summary.what"));
  out.push_back(bullets(m.categories));
  out.push_back(w.P("summary.why"));
  out.push_back(bullets(m.purposes));
  if (m.recipients.empty()) {
    if (m.recipients_stated) out.push_back(w.P("summary.share-none", {}, m.recipients_pointer));
  } else {
    out.push_back(w.P("summary.share", {}, m.recipients.front().pointer));
    out.push_back(bullets(m.recipients));
  }
  if (!m.transfers.empty()) {
    // "with safeguards" only when every transfer has one (an Art 49 derogation has none); both kinds
    // where both are made (review s30 L44).
    const auto derogation =
        std::find_if(m.transfers.begin(), m.transfers.end(), [](const source::Transfer& t) { return t.Derogation(); });
    const auto safeguarded =
        std::find_if(m.transfers.begin(), m.transfers.end(), [](const source::Transfer& t) { return !t.Derogation(); });
    out.push_back(
        derogation == m.transfers.end() ? w.P("summary.transfers", {}, m.transfers.front().pointer)
        : safeguarded == m.transfers.end()
            ? w.P("summary.transfers-exception", {}, derogation->safeguard.pointer)
            : w.P("summary.transfers-both", {}, derogation->safeguard.pointer, {safeguarded->safeguard.pointer}));
  } else if (m.transfers_stated) {
    out.push_back(w.P("summary.transfers-none", {}, m.transfers_pointer));
  }
  out.push_back(w.P("summary.rights"));
  // Art 21(4): the right to object is brought to the reader's attention explicitly and separately
  // in the first layer, wherever it applies; so is withdrawing consent (Art 7(3)), each saying
  // whose right it is where it is not everyone's.
  const auto rights = rules::DeriveRights(m, w.law(), w.scope(), w.scope().all);
  for (const auto& [id, key] : {std::pair<const char*, const char*>{"object", "summary.object"},
                                {"object-marketing", "summary.object-marketing"},
                                {"withdraw-consent", "summary.withdraw-consent"}}) {
    const rules::DerivedRight* r = rules::FindRight(rights, id);
    if (r == nullptr) continue;
    out.push_back(w.P(key, {}, r->facts.front(), r->facts));
    // "This right is for" reads ambiguously here, after a sentence that may name no right: the
    // short version names the right again.
    for (auto& b : RightAppliesTo(w, *r, std::string(key) + "-for")) out.push_back(std::move(b));
  }
  const rules::Regulator* reg = w.Regulator();
  out.push_back(w.P("summary.complain", {{"regulator", reg ? w.Localised(reg->name) : ""}}));
  return out;
}

Section About(const Writer& w) {
  const auto& c = w.model().controller;
  Section s = MakeSection(w, "about");
  s.blocks.push_back(w.P(c.short_name.empty() ? "about.controller" : "about.controller-short",
                         {{"org", w.Plain(c.contact.name)}, {"short", c.short_name}}, "", {c.contact.name.pointer}));
  std::vector<Field> fields = w.ContactFields(c.contact);
  const std::string& at = c.contact.pointer;
  auto number = [&](const std::string& value, const char* key, const char* member) {
    if (value.empty()) return;
    fields.push_back(w.F(key, Writer::Text(value, w.Src(at + "/" + member))));
    fields.back().spelled = true;  // "1187654" is a registration, not a million and more
  };
  number(c.ico_registration, "about.ico-registration", "ico_registration");
  number(c.charity_number, "about.charity-number", "charity_number");
  number(c.company_number, "about.company-number", "company_number");
  s.blocks.push_back(Fields(fields));
  if (!c.joint_controllers.empty()) {
    s.blocks.push_back(w.P("about.joint", {}, at + "/joint_controllers"));
    for (const auto& j : c.joint_controllers) {
      s.blocks.push_back(Heading(w.Inline(j.name)));
      for (auto& b : w.Blocks(j.role)) s.blocks.push_back(b);
      s.blocks.push_back(Fields(w.ContactFields(j)));
    }
  }
  if (c.representative) {
    s.blocks.push_back(
        w.P("about.representative", {{"name", w.Plain(c.representative->name)}}, c.representative->pointer));
    std::vector<Field> rep;
    if (c.representative->role.present()) rep.push_back(w.F("contact.role", w.Inline(c.representative->role)));
    for (auto& f : w.ContactFields(*c.representative)) rep.push_back(std::move(f));
    s.blocks.push_back(Fields(rep));
  }
  if (const auto& dpo = w.model().dpo) {
    Section d;
    d.id = "dpo";
    const std::string title = dpo->designated ? "dpo.title" : "dpo.lead-title";
    d.title = w.T(title);
    d.origin = "catalogue:" + title;
    d.title_origin = w.Cat(title, dpo->contact.pointer + "/designated");
    // The name goes into the sentence; a role is a label of its own, so "Head of Quality" is never
    // forced into "Our data protection lead is …".
    const std::string key = dpo->designated ? "dpo.intro" : "dpo.lead-intro";
    if (dpo->contact.name.present()) {
      d.blocks.push_back(w.P(key, {{"who", w.Plain(dpo->contact.name)}}, dpo->contact.name.pointer));
    } else {
      d.blocks.push_back(w.P(key + "-unnamed", {}, dpo->contact.pointer));
    }
    std::vector<Field> dpo_fields;
    if (dpo->contact.role.present()) dpo_fields.push_back(w.F("contact.role", w.Inline(dpo->contact.role)));
    for (auto& f : w.ContactFields(dpo->contact)) dpo_fields.push_back(std::move(f));
    d.blocks.push_back(Fields(dpo_fields));
    s.children.push_back(d);
  }
  return s;
}

}  // namespace pnc::notice
