// notice: Model → whose data, what data, where it comes from, and why (with lawful bases).
#include "markdown/markdown.h"
#include "notice/sections.h"
#include "rules/law_data.h"

namespace pnc::notice {
namespace {

// An item as a list entry: its name in bold, then its description.
std::vector<Block> ItemEntry(const Writer& w, const source::Item& item, Inlines extra = {}) {
  Inlines head;
  head.push_back({InlineKind::kStrong, "", "", w.Inline(item.name)});
  std::vector<Block> out = {Para(head, item.name.pointer)};
  for (auto& b : w.Blocks(item.description)) out.push_back(b);
  if (!extra.empty()) out.push_back(Para(extra));
  return out;
}

}  // namespace

std::vector<Section> DataSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;
  if (!m.subjects.empty()) {
    Section s = MakeSection(w, "whose");
    s.blocks.push_back(w.P("whose.intro"));
    Block list;
    list.kind = BlockKind::kBulletList;
    for (const auto& sub : m.subjects) list.items.push_back(ItemEntry(w, sub));
    s.blocks.push_back(list);
    out.push_back(s);
  }
  Section what = MakeSection(w, "what");
  what.blocks.push_back(w.P("what.intro"));
  Block list;
  list.kind = BlockKind::kBulletList;
  bool special = false, criminal = false;
  for (const auto& c : m.categories) {
    Inlines flag;
    if (c.special) flag = w.I("what.special-flag");
    if (c.criminal) flag = w.I("what.criminal-flag");
    special = special || c.special;
    criminal = criminal || c.criminal;
    list.items.push_back(ItemEntry(w, c, flag));
  }
  what.blocks.push_back(list);
  if (special) what.blocks.push_back(w.P("what.special-explain"));
  if (criminal) what.blocks.push_back(w.P("what.criminal-explain"));
  out.push_back(what);

  Section from = MakeSection(w, "sources");
  from.blocks.push_back(w.P("sources.intro"));
  Block slist;
  slist.kind = BlockKind::kBulletList;
  for (const auto& src : m.sources) {
    std::vector<std::string> cats;
    for (const auto& c : m.categories) {
      for (const auto& r : c.sources) {
        if (r.id == src.id) cats.push_back(w.Plain(c.name));
      }
    }
    Inlines extra = cats.empty() ? Inlines{} : w.I("sources.categories", {{"categories", w.cat().JoinList(cats)}});
    if (src.publicly_available) {
      if (!extra.empty()) extra.push_back(Txt(" ")[0]);
      for (auto& i : w.I("sources.public")) extra.push_back(i);
    }
    slist.items.push_back(ItemEntry(w, src, extra));
  }
  from.blocks.push_back(slist);
  out.push_back(from);
  return out;
}

namespace {

// The appropriate policy document a Schedule 1 condition needs, linked where the source publishes it.
void AddPolicyLink(const Writer& w, const rules::LawTerm& s1, Inlines* v) {
  const std::string& url = w.model().controller.appropriate_policy_document;
  if (!s1.needs_apd || url.empty() || !markdown::IsSafeHref(url)) return;
  v->push_back(Txt(" ")[0]);
  v->push_back(Link(url, w.T("sch1.apd")));
}

}  // namespace

Section Purposes(const Writer& w) {
  const auto& m = w.model();
  const auto& law = w.law();
  Section s = MakeSection(w, "why");
  s.blocks.push_back(w.P("why.intro"));
  for (const auto& p : m.purposes) {
    Section sub;
    sub.id = "purpose-" + p.id;
    sub.title = w.Plain(p.name);
    sub.origin = p.name.pointer;
    sub.blocks = w.Blocks(p.description);
    std::vector<Field> fields;
    auto cats = NamesOf(w, m.categories, p.categories);
    if (!cats.empty()) fields.push_back(Writer::F(w.T("why.data"), Txt(w.cat().JoinList(cats))));
    auto subjects = NamesOf(w, m.subjects, p.subjects);
    if (!subjects.empty()) fields.push_back(Writer::F(w.T("why.subjects"), Txt(w.cat().JoinList(subjects))));
    for (const auto& b : p.bases) {
      const rules::LawTerm* t = rules::LawData::Find(law.bases, b.id);
      if (t == nullptr) continue;
      Inlines v = w.I("basis." + b.id, {{"article", t->reference}});
      if (b.id == "legal-obligation" && p.legal_obligation.present()) {  // the law it rests on (Art 6(3))
        v.push_back(Txt(" ")[0]);
        for (auto& i : w.Inline(p.legal_obligation)) v.push_back(i);
      }
      fields.push_back(Writer::F(w.T("why.basis"), v));
    }
    if (p.legitimate_interest.present()) fields.push_back(Writer::F(w.T("why.interest"), w.Inline(p.legitimate_interest)));
    if (!p.recognised_condition.id.empty()) {
      fields.push_back(Writer::F(w.T("why.recognised"), w.I("rli." + p.recognised_condition.id)));
    }
    if (p.special.present()) {
      if (const rules::LawTerm* a9 = rules::LawData::Find(law.article_9, p.special.id.id)) {
        Inlines v = w.I("art9." + a9->id, {{"article", a9->reference}});
        if (const rules::LawTerm* s1 = rules::LawData::Find(law.schedule_1, p.special.schedule_1.id)) {
          v.push_back(Txt(" ")[0]);
          for (auto& i : w.I("sch1." + s1->id, {{"reference", w.T("ref.sch1", {{"paragraph", s1->paragraph}})}})) v.push_back(i);
          AddPolicyLink(w, *s1, &v);
        }
        fields.push_back(Writer::F(w.T("why.special"), v));
      }
      for (auto& b : w.Blocks(p.special.detail)) sub.blocks.push_back(b);
    }
    if (p.criminal.present()) {
      if (const rules::LawTerm* s1 = rules::LawData::Find(law.schedule_1, p.criminal.schedule_1.id)) {
        Inlines v = w.I("sch1." + s1->id, {{"reference", w.T("ref.sch1", {{"paragraph", s1->paragraph}})}});
        AddPolicyLink(w, *s1, &v);
        fields.push_back(Writer::F(w.T("why.criminal"), v));
      }
      for (auto& b : w.Blocks(p.criminal.detail)) sub.blocks.push_back(b);
    }
    if (p.requirement) {
      Inlines v = w.I("requirement." + p.requirement->kind);
      if (p.requirement->consequence.present()) {
        v.push_back(Txt(" ")[0]);
        for (auto& i : w.Inline(p.requirement->consequence)) v.push_back(i);
      }
      fields.push_back(Writer::F(w.T("why.requirement"), v));
    }
    sub.blocks.push_back(Fields(fields));
    s.children.push_back(sub);
  }
  return s;
}

}  // namespace pnc::notice
