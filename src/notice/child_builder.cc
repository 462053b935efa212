// notice: Model → the children's NoticeDoc for one age band: short sections that answer a child's
// questions, built from the `child` wording of the items that concern a children data subject (and
// of nothing else), the rights that arise from purposes about children, and the catalogue's
// child-friendly texts for the band. The lists of items in their child wording are child_items.cc's.
#include <algorithm>
#include <cctype>

#include "law/phrases.h"
#include "law/rights.h"
#include "notice/builder.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

Section Question(const Writer& w, const std::string& id, const std::string& icon) {
  Section s;
  s.id = "child-" + id;
  s.title = w.T("child.q." + id);
  s.origin = "catalogue:child.q." + id;
  s.title_origin = w.Cat("child.q." + id);
  s.icon = icon;
  return s;
}

// The first text (pointer) of an item about children that uses a phrase of `list`, or "".
std::string MentionedForChildren(const Writer& w, const rules::PhraseList& list) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::string found;
  // The default locale first, so explain points at the words most readers of the source know.
  auto search = [&](const source::Text& t) {
    auto hit = [&](const source::Translation& tr) {
      if (found.empty() && !list.FindIn(rules::Words(tr.text)).empty())
        found = tr.pointer.empty() ? t.pointer : tr.pointer;
    };
    if (const source::Translation* tr = t.Get(m.default_locale())) hit(*tr);
    for (const auto& [locale, tr] : t.by_locale) hit(tr);
  };
  auto items = [&](const auto& v, const std::vector<source::Groups>& g) {
    for (size_t i = 0; i < v.size() && found.empty(); ++i) {
      if (!scope.ConcernsChildren(g[i])) continue;
      search(v[i].name);
      search(v[i].description);
      search(w.Child(v[i]));
    }
  };
  items(m.sources, scope.sources);
  items(m.categories, scope.categories);
  items(m.purposes, scope.purposes);
  items(m.recipients, scope.recipients);
  return found;
}

// Who else a child can talk to (data/help.json): people every child may have, those the source's
// own words show this child may have (a social worker), and Childline with its number and site.
std::vector<Block> Helpers(const Writer& w) {
  Block list;
  list.kind = BlockKind::kBulletList;
  for (const auto& h : w.law().helpers) {
    std::string fact;
    if (h.when_mentioned.size() > 0) {
      fact = MentionedForChildren(w, h.when_mentioned);
      if (fact.empty()) continue;
    }
    const std::string entry = "data/help.json: " + h.id;
    std::vector<Block> item = {w.P(w.Banded("child.help." + h.id), {}, fact)};
    std::vector<Field> contact;
    if (!h.phone.empty()) {
      contact.push_back(w.F("contact.phone", {Link(Writer::TelHref(h.phone), h.phone, w.Data(entry + ".phone"))}));
    }
    if (!h.website.empty()) {
      const std::string& shown = h.website_text.empty() ? h.website : h.website_text;
      contact.push_back(w.F("contact.website", {Link(h.website, shown, w.Data(entry + ".website"))}));
    }
    if (!contact.empty()) item.push_back(Fields(contact));
    list.items.push_back(std::move(item));
  }
  if (list.items.empty()) return {};
  return {w.P("child.help.intro"), list};
}

// True when every way `a` gives to reach it is one `b` gives too (the same e-mail, phone, website or
// address): then `a` is no contact of its own. A complaints route that gives only the organisation's
// own e-mail is the route for questions, not a second one beside it with the same address.
bool WithinContact(const Writer& w, const source::Contact& a, const source::Contact& b) {
  auto same = [](const std::string& x, const std::string& y) { return x.empty() || x == y; };
  return same(a.email, b.email) && same(a.phone, b.phone) && same(a.website, b.website) &&
         same(w.Plain(a.address), w.Plain(b.address));
}

// "Do you have a question…? You can talk to {who}:" and the contact: a person's name reads well to
// a child ("talk to Gareth Morgan"); a job title does not, nor the organisation's own name.
void TalkTo(const Writer& w, const source::Contact& contact, const std::string& key, Section* talk) {
  if (contact.name.present() && &contact != &w.model().controller.contact) {
    talk->blocks.push_back(w.P(key + "-named", {{"who", w.Plain(contact.name)}}, contact.name.pointer));
  } else {
    talk->blocks.push_back(w.P(key));
  }
  talk->blocks.push_back(Fields(w.ContactFields(contact), "callout"));
}

Section TalkBox(const Writer& w) {
  const auto& m = w.model();
  Section talk = Question(w, "talk", "talk");
  // Questions go where the adult notice sends requests about rights: the DPO, else the organisation.
  const source::Contact* ask = m.dpo && m.dpo->contact.reachable() ? &m.dpo->contact : &m.controller.contact;
  const source::Contact* complain =
      m.complaints && m.complaints->contact.reachable() ? &m.complaints->contact : nullptr;
  if (complain != nullptr && !WithinContact(w, *complain, *ask)) {
    // The complaints route has its own contact, as the adult notice prints it (DPA 2018 s.164A):
    // a child who is not happy is given that one, not the one for questions (review s28 L17).
    TalkTo(w, *ask, "child.talk.question", &talk);
    talk.blocks.push_back(w.P("child.talk.unhappy", {}, m.complaints->pointer));
    std::vector<Field> fields = w.ContactFields(*complain, /*who=*/true);
    if (!m.complaints->form_url.empty()) fields.push_back(ComplaintFormField(w));
    talk.blocks.push_back(Fields(fields, "callout"));
  } else {
    TalkTo(w, complain != nullptr && ask == &m.controller.contact ? *complain : *ask, "child.talk.body", &talk);
  }
  if (m.complaints) {
    for (auto& b : w.Blocks(source::ChildFor(m.complaints->child, m.complaints->child_by_band, w.band()))) {
      talk.blocks.push_back(b);
    }
  }
  for (auto& b : Helpers(w)) talk.blocks.push_back(std::move(b));
  if (const rules::Regulator* reg = w.Regulator()) {
    std::string url = w.Localised(reg->complaints_url);
    talk.blocks.push_back(w.P(w.Banded("child.talk.ico"), {{"regulator", w.Localised(reg->name)}}));
    talk.blocks.push_back(Fields(
        {w.F("complaints.ico-online", {Link(url, url, w.Reg("complaints_url"))}),
         w.F("complaints.ico-helpline", {Link(Writer::TelHref(reg->helpline), reg->helpline, w.Reg("helpline"))})},
        "callout"));
  }
  return talk;
}

// The words the children's version uses, each only where something in it calls for the word. Special
// category and criminal offence data are not among them: the guide never says which of a child's
// information they are (user test s27 F11: a 7-year-old was told what "information about crimes" is,
// with nothing to tell them which of theirs), so a definition would explain a word the guide never uses.
Section Glossary(const Writer& w) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  Section words = Question(w, "words", "words");
  std::vector<std::pair<std::string, std::string>> terms = {{"personal-information", ""}};
  std::string consent, safeguarding;
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (!scope.ConcernsChildren(scope.purposes[i])) continue;
    for (const auto& b : p.bases) {
      if (b.id == "consent" && consent.empty()) consent = b.pointer;
    }
    if (p.special.id.id == "explicit-consent" && consent.empty()) consent = p.special.id.pointer;
    if (p.recognised_condition.id == "safeguarding" && safeguarding.empty())
      safeguarding = p.recognised_condition.pointer;
    for (const source::Ref* s1 : {&p.special.schedule_1, &p.criminal.schedule_1}) {
      if (s1->id == "safeguarding-children" && safeguarding.empty()) safeguarding = s1->pointer;
    }
  }
  if (!consent.empty()) terms.push_back({"consent", consent});
  if (!safeguarding.empty()) terms.push_back({"safeguarding", safeguarding});
  std::vector<Field> fields;
  for (const auto& [t, fact] : terms) {
    Field f{w.T("child.term." + t), w.I(w.Banded("child.def." + t), {}, fact), -1, {}, {}, false};
    f.label_origin = w.Cat("child.term." + t, fact);
    fields.push_back(std::move(f));
  }
  // The talk section names the regulator, a name a child does not know: the glossary says what it is.
  if (const rules::Regulator* reg = w.Regulator()) {
    Field f{w.Localised(reg->name), w.I(w.Banded("child.def.regulator")), -1, {}, {}, false};
    f.label_origin = w.Reg("name");
    fields.push_back(std::move(f));
  }
  words.blocks.push_back(Fields(fields));
  words.glossary = true;
  return words;
}

// The term each glossary entry explains, as the jargon lists name it: the part in brackets of a
// label such as "Saying yes (consent)", else the whole label; lowercase.
std::vector<std::string> GlossaryTerms(const Section& glossary) {
  std::vector<std::string> terms;
  for (const auto& b : glossary.blocks) {
    if (b.kind != BlockKind::kFields) continue;
    for (const auto& f : b.fields) {
      std::string t = f.label;
      size_t open = t.find('('), close = t.rfind(')');
      if (open != std::string::npos && close != std::string::npos && close > open)
        t = t.substr(open + 1, close - open - 1);
      for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      terms.push_back(t);
    }
  }
  return terms;
}

// Where the source says that no one is told the children's data: "recipients": "none" for the whole
// notice, or on every purpose about children in this version; "" when it does not (a purpose no
// recipient names may still publish its data: no "we do not tell" from silence).
std::string NoneSharedWithChildren(const source::Model& m, const source::Scope& scope) {
  if (m.recipients_stated && m.recipients.empty()) return m.recipients_pointer;
  std::string at;
  for (size_t i = 0; i < m.purposes.size() && i < scope.purposes.size(); ++i) {
    if (!scope.ConcernsChildren(scope.purposes[i])) continue;
    if (m.purposes[i].recipients_none_pointer.empty()) return "";
    if (at.empty()) at = m.purposes[i].recipients_none_pointer;
  }
  return at;
}

// Where a right that follows from some purposes (data/law.json) has a children's condition
// (`child.right.<id>.some`): the place of the first purpose about children that does not give it
// (its lawful bases, or its `automated_means` where only that keeps it out), else "".
std::string OutsideRight(const Writer& w, const std::string& id) {
  const auto& m = w.model();
  const rules::RightDef* right = nullptr;
  for (const auto& r : w.law().rights) {
    if (r.id == id) right = &r;
  }
  if (right == nullptr || right->Always() || !w.cat().Has("child.right." + id + ".some")) return "";
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (!w.scope().ConcernsChildren(w.scope().purposes[i]) || rules::PurposeGivesRight(*right, p)) continue;
    rules::RightDef any_means = *right;
    any_means.needs_automated_means = false;
    return rules::PurposeGivesRight(any_means, p) ? p.pointer + "/automated_means" : p.bases_pointer;
  }
  return "";
}

}  // namespace

NoticeDoc BuildChildNotice(const BuildInput& in, diag::Sink* sink) {
  NoticeDoc doc;
  Writer w(in, &doc, sink);
  const auto& m = in.model;
  const auto& scope = w.scope();
  doc.audience = "child";
  doc.band = in.band;
  doc.locale = in.catalogue.code();
  doc.dir = in.catalogue.dir();
  doc.title = w.T("child.title");
  doc.title_origin = w.Cat("child.title");
  // A child knows the organisation by its short name ("Cwm Valley Hospice"), where the source gives
  // one; the legal name, the controller's identity (Art 13(1)(a)), is given once in "Who are we?".
  const std::string legal_name = w.Plain(m.controller.contact.name);
  const std::string& short_name = m.controller.short_name;
  doc.organisation = short_name.empty() ? legal_name : short_name;
  doc.organisation_origin = w.Src(short_name.empty() ? m.controller.contact.name.pointer : "/controller/short_name");
  doc.version = m.notice.version;
  doc.version_origin = w.Src("/notice/version");
  doc.updated_iso = m.notice.date;
  doc.updated = w.Date(m.notice.date);
  doc.updated_origin = w.Src(m.notice.date_pointer);
  doc.summary_title = w.T("child.summary-title");
  doc.summary_title_origin = w.Cat("child.summary-title");
  doc.summary.push_back(w.P(w.Banded("child.intro")));
  // Art 21(4) and 7(3), in the child's own words: the right to say no and to change their mind,
  // where a purpose about children gives it. A right that only some of the guide's groups have
  // (consent asked of the siblings, not of the patients) is said under those groups in "This guide
  // is for" ("If you are one of them…"), as the adult summary says whose right it is.
  const auto derived = rules::DeriveRights(m, in.law, scope, scope.children);
  std::vector<Block> everyones;
  std::vector<std::vector<Block>> per_group(m.subjects.size());
  for (const char* id : {"object", "object-marketing", "withdraw-consent"}) {
    const rules::DerivedRight* r = rules::FindRight(derived, id);
    if (r == nullptr) continue;
    if (r->groups == scope.children) {
      everyones.push_back(w.P(w.Banded(std::string("child.summary.") + id), {}, r->facts.front(), r->facts));
      continue;
    }
    for (size_t g = 0; g < r->groups.size() && g < per_group.size(); ++g) {
      if (r->groups[g])
        per_group[g].push_back(w.P(w.Banded(std::string("child.group-right.") + id), {}, r->facts.front(), r->facts));
    }
  }
  for (auto& b : ForWhom(w, std::move(per_group))) doc.summary.push_back(std::move(b));
  for (auto& b : everyones) doc.summary.push_back(std::move(b));

  Section who = Question(w, "who", "who");
  if (short_name.empty() || short_name == legal_name) {
    who.blocks.push_back(w.P("child.who.body", {{"org", legal_name}}, "", {m.controller.contact.name.pointer}));
  } else {
    who.blocks.push_back(w.P("child.who.body-short", {{"org", legal_name}, {"short", short_name}}, "",
                             {m.controller.contact.name.pointer, "/controller/short_name"}));
  }
  doc.sections.push_back(who);

  // Each list says whose its lines are where the guide is for several groups (GroupedLines).
  Section what = Question(w, "what", "what");
  what.blocks = GroupedLines(w, "what", "", ChildItemLines(w, m.categories, scope.categories));
  doc.sections.push_back(what);

  Section where = Question(w, "where", "where");
  where.blocks = GroupedLines(w, "where", "", ChildItemLines(w, m.sources, scope.sources));
  doc.sections.push_back(where);

  Section why = Question(w, "why", "why");
  why.blocks = GroupedLines(w, "why", "", PurposeLines(w));
  doc.sections.push_back(why);

  Section share = Question(w, "share", "share");
  std::vector<Block> share_after;
  if (FirstForChildren(w, m.recipients, scope.recipients).empty()) {
    if (std::string none = NoneSharedWithChildren(m, scope); !none.empty())
      share_after.push_back(w.P("child.share.none", {}, none));
  }
  std::vector<std::vector<Block>> share_groups = TransferLines(w, &share_after);
  share.blocks =
      GroupedLines(w, "share", FirstForChildren(w, m.recipients, scope.recipients),
                   ChildItemLines(w, m.recipients, scope.recipients), std::move(share_after), std::move(share_groups));
  doc.sections.push_back(share);

  // With no record about these children (one that may be about adults only is left out), the guide
  // says nothing about how long, rather than an empty list; lint has asked.
  if (std::vector<ChildLine> kept = KeepLines(w); !kept.empty()) {
    Section keep = Question(w, "keep", "keep");
    keep.blocks = GroupedLines(w, "keep", "", kept);
    doc.sections.push_back(keep);
  }

  Section computer = Question(w, "computer", "computer");
  if (std::string first = FirstForChildren(w, m.decisions, scope.decisions); !first.empty()) {
    computer.blocks = GroupedLines(w, "computer", first, ChildItemLines(w, m.decisions, scope.decisions));
  } else if (m.decisions_stated) {
    computer.blocks.push_back(w.P("child.computer.none", {}, m.decisions_pointer));
  }
  if (!computer.blocks.empty()) doc.sections.push_back(computer);

  // Only the organisation's own words on security: pnc makes no promise of locks or passwords.
  if (const source::Text& security = source::ChildFor(m.security_child, m.security_child_by_band, w.band());
      security.present()) {
    Section safe = Question(w, "safe", "safe");
    safe.blocks = w.Blocks(security);
    doc.sections.push_back(safe);
  }

  for (size_t i = 0; i < m.sections.size(); ++i) {
    const auto& x = m.sections[i];
    const source::Text& child = w.Child(x);
    if (!scope.ConcernsChildren(scope.sections[i]) || !child.present()) continue;
    Section s;
    s.id = "child-" + x.id;
    const source::Text& child_title = source::ChildFor(x.child_title, x.child_title_by_band, w.band());
    const source::Text& title = child_title.present() ? child_title : x.title;
    s.title = w.Plain(title);
    s.title_lang = w.LangOf(title);
    s.origin = title.pointer;
    s.title_origin = w.Src(title.pointer);
    s.blocks = SectionFor(w, scope.sections[i], x.subjects_pointer.empty() ? x.pointer : x.subjects_pointer);
    for (auto& b : w.Blocks(child)) s.blocks.push_back(std::move(b));
    doc.sections.push_back(s);
  }

  // Rights that arise from the purposes (and decisions) about children, and only those.
  Section rights = Question(w, "rights", "rights");
  rights.blocks.push_back(w.P("child.rights.intro"));
  std::vector<Inlines> items;
  for (const auto& r : derived) {
    if (r.id == "complain-controller" || r.id == "complain-ico") continue;  // "who can you talk to" says these
    Inlines item = w.I(w.Banded("child.right." + r.id), {}, r.facts.empty() ? "" : r.facts.front(), r.facts);
    // A right the summary says under some groups only is not told to every reader here as theirs.
    // Any other right only some of them have (portability from one group's consent) says so, and
    // that they can ask (review H1: it was told to every reader as theirs).
    const bool by_group = r.id == "object" || r.id == "object-marketing" || r.id == "withdraw-consent";
    // A right some of the children's purposes do not give (portability: not consent or contract,
    // or on paper, Art 20(1)) says the child's condition, where the catalogue words one (review s28 L3).
    if (std::string outside = OutsideRight(w, r.id); !outside.empty())
      Append(&item, w.I(w.Banded("child.right." + r.id + ".some"), {}, outside, {outside}));
    if (r.groups != scope.children && !r.facts.empty())
      Append(&item, w.I(w.Banded(by_group ? "child.right.some" : "child.right.some-ask"), {}, r.facts.front()));
    items.push_back(std::move(item));
  }
  rights.blocks.push_back(Bullets(items));
  rights.blocks.push_back(w.P("child.rights.help"));
  doc.sections.push_back(rights);

  if (std::vector<Block> changed = ChildHistoryBlocks(w); !changed.empty()) {
    Section s = Question(w, "changes", "");
    s.blocks = std::move(changed);
    doc.sections.push_back(s);
  }

  doc.sections.push_back(TalkBox(w));
  doc.sections.push_back(Glossary(w));
  doc.glossary = GlossaryTerms(doc.sections.back());

  doc.alternates = in.alternates;
  for (auto& a : doc.alternates) a.current = a.locale == doc.locale;
  SetLabels(w, &doc);
  if (in.jit) doc.jit = JitSections(w, doc);
  // A preview lists only the unconfirmed facts about items the guide shows (user test s27 F22: a
  // fundraising supplier no child reads of): an item is shown when some text of the guide, or a fact
  // one follows from, is it or lies within it. The adult notice lists them all.
  std::vector<std::string> used;
  for (const auto& o : doc.origins) {
    used.push_back(o.pointer);
    for (const auto& f : o.facts) used.push_back(f);
  }
  auto shown = [&used](const std::string& item) {
    return std::any_of(used.begin(), used.end(), [&](const std::string& p) {
      return p == item || (p.size() > item.size() && p.compare(0, item.size(), item) == 0 && p[item.size()] == '/');
    });
  };
  std::vector<Block> draft = DraftBlocks(w, in.preview, &doc, shown);
  doc.summary.insert(doc.summary.begin(), draft.begin(), draft.end());
  w.MarkLangs(&doc);
  return doc;
}

}  // namespace pnc::notice
