// notice: Model → whose data, what data, where it comes from, and why (with lawful bases).
#include <algorithm>

#include "law/law_data.h"
#include "markdown/markdown.h"
#include "notice/sections.h"
#include "source/observed.h"

namespace pnc::notice {

void Append(Inlines* to, Inlines more) {
  if (more.empty()) return;
  if (!to->empty()) to->push_back(Txt(" ")[0]);
  for (auto& i : more) to->push_back(std::move(i));
}

Inlines RequirementAnswer(const Writer& w, size_t i, const source::Requirement& q) {
  const source::Purpose& p = w.model().purposes[i];
  Inlines one;
  if (p.requirements.size() > 1 || p.requirement_list) {
    const source::Groups groups = source::AnswerGroups(w.model(), w.scope(), i, q);
    one = w.I("requirement.for", {{"groups", w.Join(GroupNames(w, groups))}},
              q.subjects_pointer.empty() ? q.pointer : q.subjects_pointer);
  }
  Append(&one, w.I("requirement." + q.kind, {}, q.pointer + "/type"));
  Append(&one, w.Inline(q.consequence));
  return one;
}

std::vector<Section> DataSections(const Writer& w) {
  const auto& m = w.model();
  const auto& scope = w.scope();
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
  const source::Category* special = nullptr;
  const source::Category* criminal = nullptr;
  for (size_t i = 0; i < m.categories.size(); ++i) {
    const auto& c = m.categories[i];
    Inlines flag;
    if (c.special) flag = w.I("what.special-flag", {}, c.pointer + "/special_category");
    if (c.criminal) flag = w.I("what.criminal-flag", {}, c.pointer + "/criminal_offence");
    if (c.special && !special) special = &c;
    if (c.criminal && !criminal) criminal = &c;
    std::vector<Block> extra;
    if (!flag.empty()) extra.push_back(Para(flag));
    for (auto& b : GroupsLine(w, scope.categories[i], c.pointer)) extra.push_back(std::move(b));
    list.items.push_back(ItemEntry(w, c, extra));
  }
  what.blocks.push_back(list);
  if (special) what.blocks.push_back(w.P("what.special-explain", {}, special->pointer + "/special_category"));
  if (criminal) what.blocks.push_back(w.P("what.criminal-explain", {}, criminal->pointer + "/criminal_offence"));
  out.push_back(what);

  Section from = MakeSection(w, "sources");
  from.blocks.push_back(w.P("sources.intro"));
  Block slist;
  slist.kind = BlockKind::kBulletList;
  for (size_t i = 0; i < m.sources.size(); ++i) {
    const auto& src = m.sources[i];
    // A source that says whose data it gives (its data_subjects) gives only the kinds of data about
    // them, and the reader is told whose: a court's referral is not the source of donors' details.
    const bool whose = !src.subjects_pointer.empty() && i < scope.sources.size();
    std::vector<const source::Text*> cats;
    std::string fact;
    for (size_t k = 0; k < m.categories.size(); ++k) {
      const auto& c = m.categories[k];
      if (whose && k < scope.categories.size() &&
          !source::Any(source::Intersect(scope.categories[k], scope.sources[i])))
        continue;
      for (const auto& r : c.sources) {
        if (r.id != src.id) continue;
        cats.push_back(&c.name);
        if (fact.empty()) fact = r.pointer;
      }
    }
    // A long list is a lead-in and bullets like every other (README, Long lists): seven names that
    // hold their own commas in one sentence leave a reader unable to tell where one ends.
    std::vector<std::string> plain;
    for (const source::Text* t : cats) plain.push_back(w.Plain(*t));
    std::vector<Block> blocks;
    Inlines extra;
    if (IsLongList(plain)) {
      blocks = w.ListSentence("sources.categories", "categories", cats, fact);
    } else if (!cats.empty()) {
      extra = w.I("sources.categories", {{"categories", w.Join(plain)}}, fact);
    }
    if (src.publicly_available) Append(&extra, w.I("sources.public", {}, src.pointer + "/publicly_available"));
    if (!extra.empty()) blocks.push_back(Para(extra));
    if (whose) {
      for (auto& b : GroupsLine(w, scope.sources[i], src.subjects_pointer)) blocks.push_back(std::move(b));
    }
    slist.items.push_back(ItemEntry(w, src, blocks));
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
  v->push_back(Link(url, w.T("sch1.apd"),
                    w.Cat("sch1.apd", w.model().controller.contact.pointer + "/appropriate_policy_document")));
}

}  // namespace

Inlines SpecialCondition(const Writer& w, const source::Purpose& p) {
  const auto& law = w.law();
  const rules::LawTerm* a9 = p.special.present() ? rules::LawData::Find(law.article_9, p.special.id.id) : nullptr;
  if (a9 == nullptr) return {};
  Inlines v = w.I("art9." + a9->id, {{"article", a9->reference}}, p.special.id.pointer);
  if (const rules::LawTerm* s1 = rules::LawData::Find(law.schedule_1, p.special.schedule_1.id)) {
    Append(&v, w.I("sch1." + s1->id, {{"reference", w.T("ref.sch1", {{"paragraph", s1->paragraph}})}},
                   p.special.schedule_1.pointer));
    AddPolicyLink(w, *s1, &v);
  }
  return v;
}

Inlines CriminalCondition(const Writer& w, const source::Purpose& p) {
  const rules::LawTerm* s1 =
      p.criminal.present() ? rules::LawData::Find(w.law().schedule_1, p.criminal.schedule_1.id) : nullptr;
  if (s1 == nullptr) return {};
  Inlines v = w.I("sch1." + s1->id, {{"reference", w.T("ref.sch1", {{"paragraph", s1->paragraph}})}},
                  p.criminal.schedule_1.pointer);
  AddPolicyLink(w, *s1, &v);
  return v;
}

std::string ParentalConsentAt(const Writer& w, size_t i) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  if (i >= m.purposes.size() || i >= scope.purposes.size()) return "";
  const source::Purpose& p = m.purposes[i];
  const bool consent = std::any_of(p.bases.begin(), p.bases.end(), [](const auto& b) { return b.id == "consent"; });
  if (!p.online_service || !p.parental_consent || !consent) return "";
  // A group that gives no ages may or may not hold children under 13: no sentence from silence.
  for (size_t g = 0; g < m.subjects.size() && g < scope.purposes[i].size(); ++g) {
    const source::Ages& ages = m.subjects[g].ages;
    if (!scope.purposes[i][g] || !scope.children[g] || !ages.present()) continue;
    if (ages.In(w.band(), m.notice.child_bands).from < 13) return p.parental_consent_pointer;
  }
  return "";
}

Section Purposes(const Writer& w) {
  const auto& m = w.model();
  const auto& law = w.law();
  Section s = MakeSection(w, "why");
  s.blocks.push_back(w.P("why.intro"));
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    Section sub;
    sub.id = "purpose-" + p.id;
    sub.title = w.Plain(p.name);
    sub.title_lang = w.LangOf(p.name);
    sub.origin = p.name.pointer;
    sub.title_origin = w.Src(p.name.pointer);
    sub.blocks = w.Blocks(p.description);
    std::vector<Field> fields;
    // Long lists (many data categories) are bulleted under the label: see Writer::ListField.
    auto cats = TextsOf(m.categories, p.categories);
    if (!cats.empty()) {
      fields.push_back(
          w.ListField("why.data", cats, "the names of the purpose's data categories", p.pointer + "/data_categories"));
    }
    auto subjects = TextsOf(m.subjects, p.subjects);
    if (!subjects.empty()) {
      fields.push_back(w.ListField("why.subjects", subjects, "the names of the purpose's data subjects",
                                   p.pointer + "/data_subjects"));
    }
    auto services = TextsOf(m.services, p.services);
    if (!services.empty()) {
      fields.push_back(
          w.ListField("why.services", services, "the names of the purpose's services", p.pointer + "/services"));
    }
    for (const auto& b : p.bases) {
      const rules::LawTerm* t = rules::LawData::Find(law.bases, b.id);
      if (t == nullptr) continue;
      Inlines basis = w.I("basis." + b.id, {{"article", t->reference}}, b.pointer);
      // Art 8(1), DPA 2018 s.9: who consents for a child under 13 to an online service (review s29 L23).
      if (std::string at = b.id == "consent" ? ParentalConsentAt(w, i) : ""; !at.empty())
        Append(&basis, w.I("consent.parental", {}, at, {p.online_service_pointer}));
      fields.push_back(w.F("why.basis", basis));
    }
    // The law a legal obligation rests on (Art 6(3)) under its own label, as the legitimate interest is:
    // sources name it as a phrase ("HMRC's Gift Aid rules"), which is not a sentence to run on from the basis.
    // The same for the law that gives a public task (Art 6(3); review s28 L7).
    auto uses = [&p](const char* id) {
      return std::any_of(p.bases.begin(), p.bases.end(), [id](const auto& b) { return b.id == id; });
    };
    if (uses("legal-obligation") && p.legal_obligation.present())
      fields.push_back(w.F("why.obligation", w.Inline(p.legal_obligation)));
    if (uses("public-task") && p.public_task.present())
      fields.push_back(w.F("why.public-task", w.Inline(p.public_task)));
    if (p.legitimate_interest.present()) fields.push_back(w.F("why.interest", w.Inline(p.legitimate_interest)));
    if (!p.recognised_condition.id.empty()) {
      fields.push_back(
          w.F("why.recognised", w.I("rli." + p.recognised_condition.id, {}, p.recognised_condition.pointer)));
    }
    if (p.special.present()) {
      if (Inlines v = SpecialCondition(w, p); !v.empty()) fields.push_back(w.F("why.special", v));
      for (auto& b : w.Blocks(p.special.detail)) sub.blocks.push_back(b);
    }
    if (p.criminal.present()) {
      if (Inlines v = CriminalCondition(w, p); !v.empty()) fields.push_back(w.F("why.criminal", v));
      for (auto& b : w.Blocks(p.criminal.detail)) sub.blocks.push_back(b);
    }
    // Art 13(2)(e): whether the person is obliged to give it; the consequence is the source's. One
    // answer per group where the source gives several, each after the groups it is for.
    Inlines answers;
    // Data observed about the person (CCTV) is not theirs to give: no answer is printed for it.
    const bool observed = source::ObservedOnly(m, p);
    for (const auto& q : p.requirements) {
      if (observed) break;
      if (!answers.empty()) answers.push_back({InlineKind::kLineBreak, "", "", {}, -1});
      for (auto& in : RequirementAnswer(w, i, q)) answers.push_back(std::move(in));
    }
    if (!answers.empty()) fields.push_back(w.F("why.requirement", answers));
    sub.blocks.push_back(Fields(fields));
    // A preventive or counselling service offered online on consent: why no parent was asked for a
    // child under 13 (Art 8(1A)), which a parent reading the notice would otherwise wonder.
    if (p.counselling_service && p.online_service &&
        std::any_of(p.bases.begin(), p.bases.end(), [](const auto& b) { return b.id == "consent"; })) {
      sub.blocks.push_back(w.P("why.counselling-service", {}, p.counselling_service_pointer));
    }
    s.children.push_back(sub);
  }
  return s;
}

}  // namespace pnc::notice
