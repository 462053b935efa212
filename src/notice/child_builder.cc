// notice: Model → the children's NoticeDoc: short sections that answer a child's questions, built
// from each item's `child` wording and the catalogue's child-friendly texts for the age band.
#include <algorithm>

#include "notice/builder.h"
#include "notice/writer.h"
#include "rules/lint.h"

namespace pnc::notice {
namespace {

// Child texts may have a wording for the age band ("child.intro@6-9"); otherwise the general one.
std::string BandKey(const Writer& w, const std::string& key) {
  std::string banded = key + "@" + w.model().notice.child_band;
  return w.cat().Has(banded) ? banded : key;
}

Section Question(const Writer& w, const std::string& id, const std::string& icon) {
  Section s;
  s.id = "child-" + id;
  s.title = w.T("child.q." + id);
  s.origin = "catalogue:child.q." + id;
  s.icon = icon;
  return s;
}

// One list item per source item, from its child wording (the lint guarantees there is one).
template <typename T>
Block ChildList(const Writer& w, const std::vector<T>& items) {
  Block list;
  list.kind = BlockKind::kBulletList;
  for (const auto& item : items) {
    std::vector<Block> content = w.Blocks(item.child);
    if (!content.empty()) list.items.push_back(content);
  }
  return list;
}

bool UsesBasis(const source::Model& m, const std::string& basis) {
  return std::any_of(m.purposes.begin(), m.purposes.end(), [&](const source::Purpose& p) {
    return std::any_of(p.bases.begin(), p.bases.end(), [&](const source::Ref& r) { return r.id == basis; });
  });
}

Section TalkBox(const Writer& w) {
  const auto& m = w.model();
  Section talk = Question(w, "talk", "talk");
  std::string who = w.T("child.talk.staff");
  const source::Contact* contact = m.complaints ? &m.complaints->contact : nullptr;
  if (m.dpo && m.dpo->contact.reachable()) contact = &m.dpo->contact;
  if (contact && contact->role.present()) who = w.Plain(contact->role);
  talk.blocks.push_back(w.P("child.talk.body", {{"who", who}}));
  std::vector<Field> fields = contact ? w.ContactFields(*contact) : w.ContactFields(m.controller.contact);
  talk.blocks.push_back(Fields(fields, "callout"));
  if (const rules::Regulator* reg = w.Regulator()) {
    std::string url = w.Localised(reg->complaints_url);
    talk.blocks.push_back(w.P(BandKey(w, "child.talk.ico"), {{"regulator", w.Localised(reg->name)}}));
    talk.blocks.push_back(Fields({Writer::F(w.T("complaints.ico-online"), {Link(url, url)}),
                                  Writer::F(w.T("complaints.ico-helpline"), {Link(Writer::TelHref(reg->helpline), reg->helpline)})},
                                 "callout"));
  }
  return talk;
}

Section Glossary(const Writer& w) {
  const auto& m = w.model();
  Section words = Question(w, "words", "words");
  std::vector<std::string> terms = {"personal-information"};
  if (std::any_of(m.categories.begin(), m.categories.end(), [](const source::Category& c) { return c.special; })) {
    terms.push_back("special");
  }
  if (std::any_of(m.categories.begin(), m.categories.end(), [](const source::Category& c) { return c.criminal; })) {
    terms.push_back("criminal");
  }
  if (UsesBasis(m, "consent")) terms.push_back("consent");
  terms.push_back("safeguarding");
  std::vector<Field> fields;
  for (const auto& t : terms) fields.push_back(Writer::F(w.T("child.term." + t), w.I(BandKey(w, "child.def." + t))));
  words.blocks.push_back(Fields(fields));
  return words;
}

}  // namespace

NoticeDoc BuildChildNotice(const BuildInput& in, diag::Sink* sink) {
  Writer w(in, sink);
  const auto& m = in.model;
  NoticeDoc doc;
  doc.audience = "child";
  doc.locale = in.catalogue.code();
  doc.dir = in.catalogue.dir();
  doc.title = w.T("child.title");
  doc.organisation = w.Plain(m.controller.contact.name);
  doc.version = m.notice.version;
  doc.updated_iso = m.notice.date;
  doc.updated = in.catalogue.FormatDate(m.notice.date);
  doc.summary_title = w.T("child.summary-title");
  doc.summary.push_back(w.P(BandKey(w, "child.intro")));

  Section who = Question(w, "who", "who");
  who.blocks.push_back(w.P("child.who.body", {{"org", doc.organisation}}));
  doc.sections.push_back(who);

  Section what = Question(w, "what", "what");
  what.blocks = {w.P("child.what.intro"), ChildList(w, m.categories)};
  doc.sections.push_back(what);

  Section where = Question(w, "where", "where");
  where.blocks = {w.P("child.where.intro"), ChildList(w, m.sources)};
  doc.sections.push_back(where);

  Section why = Question(w, "why", "why");
  why.blocks = {w.P("child.why.intro"), ChildList(w, m.purposes)};
  doc.sections.push_back(why);

  Section share = Question(w, "share", "share");
  if (m.recipients.empty()) {
    share.blocks.push_back(w.P("child.share.none"));
  } else {
    share.blocks = {w.P("child.share.intro"), ChildList(w, m.recipients)};
  }
  share.blocks.push_back(w.P(BandKey(w, "child.share.safety")));
  share.blocks.push_back(w.P(m.transfers.empty() ? "child.transfers.none" : "child.transfers.some"));
  doc.sections.push_back(share);

  Section keep = Question(w, "keep", "keep");
  keep.blocks = {w.P("child.keep.intro"), ChildList(w, m.retention)};
  doc.sections.push_back(keep);

  Section computer = Question(w, "computer", "computer");
  if (m.decisions.empty()) {
    computer.blocks.push_back(w.P("child.computer.none"));
  } else {
    computer.blocks = {w.P("child.computer.intro"), ChildList(w, m.decisions)};
  }
  doc.sections.push_back(computer);

  Section safe = Question(w, "safe", "safe");
  safe.blocks.push_back(w.P(BandKey(w, "child.safe.body")));
  doc.sections.push_back(safe);

  for (const auto& x : m.sections) {
    Section s;
    s.id = "child-" + x.id;
    const source::Text& title = x.child_title.present() ? x.child_title : x.title;
    s.title = w.Plain(title);
    s.origin = title.pointer;
    s.blocks = w.Blocks(x.child);
    doc.sections.push_back(s);
  }

  Section rights = Question(w, "rights", "rights");
  rights.blocks.push_back(w.P("child.rights.intro"));
  std::vector<Inlines> items;
  for (const auto& id : rules::ApplicableRights(m, in.law)) {
    if (id == "complain-controller" || id == "complain-ico") continue;  // "who can you talk to" says these
    items.push_back(w.I(BandKey(w, "child.right." + id)));
  }
  rights.blocks.push_back(Bullets(items));
  rights.blocks.push_back(w.P("child.rights.help"));
  doc.sections.push_back(rights);

  doc.sections.push_back(TalkBox(w));
  doc.sections.push_back(Glossary(w));

  doc.alternates = in.alternates;
  for (auto& a : doc.alternates) a.current = a.locale == doc.locale;
  SetLabels(w, &doc);
  return doc;
}

}  // namespace pnc::notice
