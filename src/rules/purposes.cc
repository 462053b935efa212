// rules: purposes, their lawful bases and the conditions special category and criminal offence
// data need (Art 6, 9, 10, 13(1)(c)-(d), 13(2)(e)).
#include <algorithm>
#include <string_view>

#include "rules/context.h"
#include "source/loader.h"
#include "source/observed.h"

namespace pnc::rules {
namespace {

std::string List(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& i : ids) s += (s.empty() ? "" : ", ") + i;
  return s;
}

const source::Category* FindCategory(const source::Model& m, const std::string& id) {
  for (const auto& c : m.categories) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

// Looks up a term; reports an unknown one under `rule` with did-you-mean. Returns nullptr if unknown.
const LawTerm* Known(const RuleContext& ctx, const std::vector<LawTerm>& list, const source::Ref& ref,
                     const std::string& rule, const std::string& what) {
  if (const LawTerm* t = LawData::Find(list, ref.id)) return t;
  std::string guess = source::DidYouMean(ref.id, Ids(list));
  ctx.Report(rule, ref.pointer,
             "unknown " + what + " '" + ref.id + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
             {"use one of: " + List(Ids(list))});
  return nullptr;
}

// Art 6(3): a legal obligation is one laid down by law, so the source names it. Safeguarding is
// the common mistake: few laws oblige a voluntary body to safeguard.
void CheckLegalObligation(const RuleContext& ctx, const source::Purpose& p) {
  std::vector<std::string> hints = {
      "add \"legal_obligation\": the law that requires it, e.g. \"the Charities Act 2011 requires us to keep "
      "accounting records\" (Art 6(1)(c), 6(3))"};
  const PhraseList& words = ctx.law.vocabulary.safeguarding;
  std::string id_words = p.id;
  std::replace(id_words.begin(), id_words.end(), '-', ' ');
  bool safeguarding = p.special.schedule_1.id == "safeguarding-children" ||
                      p.criminal.schedule_1.id == "safeguarding-children" || !words.FindIn(Words(id_words)).empty();
  for (const source::Text* text : {&p.name, &p.description}) {
    for (const auto& [locale, tr] : text->by_locale)
      safeguarding = safeguarding || !words.FindIn(Words(tr.text)).empty();
  }
  if (safeguarding && !ctx.model.controller.public_authority) {
    const LawTerm* rli = LawData::Find(ctx.law.bases, "recognised-legitimate-interests");
    bool rli_in_force = rli && (rli->in_force.empty() || ctx.Date() >= rli->in_force);
    hints.push_back(rli_in_force
                        ? "safeguarding by a voluntary body seldom rests on a legal obligation: unless a law requires "
                          "it of you, it usually rests on recognised legitimate interests (Art 6(1)(ea), Annex 1 "
                          "para 5, safeguarding vulnerable individuals) or on legitimate interests (Art 6(1)(f)); "
                          "both give people the right to object (Art 21)"
                        : "safeguarding by a voluntary body seldom rests on a legal obligation: unless a law requires "
                          "it of you, it usually rests on legitimate interests (Art 6(1)(f)), which gives people the "
                          "right to object (Art 21)");
  }
  ctx.Report("legal-obligation-law", p.pointer,
             "purpose '" + p.id + "' relies on legal obligation but does not name the law that imposes it", hints);
}

void CheckBases(const RuleContext& ctx, const source::Purpose& p) {
  if (p.bases.empty()) {
    ctx.Report("lawful-basis", p.pointer, "purpose '" + p.id + "' has no lawful basis",
               {"add one of: " + List(Ids(ctx.law.bases))});
  }
  for (const auto& b : p.bases) {
    const LawTerm* t = Known(ctx, ctx.law.bases, b, "lawful-basis", "lawful basis");
    if (t && !t->in_force.empty() && ctx.Date() < t->in_force) {
      ctx.Report(
          "lawful-basis", b.pointer,
          "'" + b.id + "' is not a lawful basis before " + t->in_force + " and this notice is dated " + ctx.Date(),
          {"choose a basis that was in force on the notice's date, or update last_updated"});
    }
  }
  if (RuleContext::Uses(p.bases, "legal-obligation") && !p.legal_obligation.present()) CheckLegalObligation(ctx, p);
  const bool li = RuleContext::Uses(p.bases, "legitimate-interests");
  if (li && !p.legitimate_interest.present()) {
    ctx.Report("legitimate-interests", p.pointer,
               "purpose '" + p.id + "' relies on legitimate interests but does not say what the interests are",
               {"add \"legitimate_interest\": the interest pursued, e.g. \"to run and improve our services\""});
  }
  if (RuleContext::Uses(p.bases, "recognised-legitimate-interests")) {
    if (p.recognised_condition.id.empty()) {
      ctx.Report("recognised-legitimate-interest", p.pointer,
                 "purpose '" + p.id + "' relies on a recognised legitimate interest but names no Annex 1 condition",
                 {"add \"recognised_legitimate_interest\": one of " + List(Ids(ctx.law.recognised))});
    } else {
      Known(ctx, ctx.law.recognised, p.recognised_condition, "recognised-legitimate-interest",
            "recognised legitimate interest condition");
    }
    // Annex 1 lists disclosure for a public task on request, national security, emergencies, crime and
    // safeguarding: none is marketing. The DUAA names direct marketing as an example of a legitimate
    // interest under Art 6(1)(f) instead, which keeps the balancing test and its Art 13(1)(d) statement.
    if (p.direct_marketing) {
      ctx.Report("recognised-legitimate-interest", p.pointer + "/direct_marketing",
                 "purpose '" + p.id +
                     "' is direct marketing but relies on a recognised legitimate interest: no Annex 1 condition "
                     "covers direct marketing",
                 {"use \"legitimate-interests\" (Art 6(1)(f)) with \"legitimate_interest\" saying what it is, or "
                  "\"consent\"; marketing by e-mail or text also needs consent or the soft opt-in under PECR"});
    }
  }
  // Art 6(3): a public task, like a legal obligation, is laid down by law; the notice names it
  // rather than printing the basis's generic sentence alone (review s28 L7). A body that is not a
  // public authority is asked about that law by public-task-review below: one warning, not two.
  if (RuleContext::Uses(p.bases, "public-task") && !p.public_task.present() && ctx.model.controller.public_authority) {
    ctx.Report("public-task-law", p.bases_pointer,
               "purpose '" + p.id + "' relies on public task but does not name the law that gives the task",
               {"add \"public_task\": the law or function, e.g. \"our duties to children in need under the Children "
                "Act 1989, section 17\" (Art 6(1)(e), 6(3)); the notice prints it beside the basis"});
  }
  if (RuleContext::Uses(p.bases, "public-task") && !ctx.model.controller.public_authority) {
    ctx.Report("public-task-review", p.bases_pointer,
               "purpose '" + p.id + "' relies on public task but the controller is not a public authority",
               {"public task needs a task laid down by law (Art 6(3)); check with your DPO, or set "
                "controller.public_authority if it is one"});
  }
}

void CheckConditions(const RuleContext& ctx, const source::Purpose& p) {
  bool special = false, criminal = false;
  for (const auto& ref : p.categories) {
    if (const source::Category* c = FindCategory(ctx.model, ref.id)) {
      special = special || c->special;
      criminal = criminal || c->criminal;
    }
  }
  if (special && !p.special.present()) {
    bool li_only = !p.bases.empty() && std::all_of(p.bases.begin(), p.bases.end(),
                                                   [](const source::Ref& b) { return b.id == "legitimate-interests"; });
    ctx.Report("special-category-condition", p.pointer,
               li_only ? "purpose '" + p.id +
                             "' uses special category data on legitimate interests alone, with no Art 9 condition"
                       : "purpose '" + p.id + "' uses special category data but has no Art 9 condition",
               {"add \"special_category_condition\": {\"article_9\": one of " + List(Ids(ctx.law.article_9)) + "}"});
  }
  if (p.special.present() && !p.special.id.id.empty()) {
    const LawTerm* a9 = Known(ctx, ctx.law.article_9, p.special.id, "special-category-condition", "Art 9 condition");
    if (a9 && a9->flag) {
      std::vector<std::string> fits = ScheduleOneFor(ctx.law, a9->id);
      if (p.special.schedule_1.id.empty()) {
        ctx.Report("special-category-condition", p.special.pointer,
                   "Art " + a9->reference + " needs a DPA 2018 Schedule 1 condition",
                   {"add \"schedule_1\": one of " + CappedIds(fits)});
      } else if (const LawTerm* s1 = KnownScheduleOne(ctx, p.special.schedule_1, "special-category-condition", fits)) {
        if (!std::count(s1->for_conditions.begin(), s1->for_conditions.end(), a9->id)) {
          ctx.Report("special-category-condition", p.special.schedule_1.pointer,
                     "Schedule 1 condition '" + s1->id + "' does not serve Art " + a9->reference,
                     {"use one of: " + CappedIds(fits)});
        }
      }
    }
  }
  if (criminal) {
    std::vector<std::string> fits = ScheduleOneFor(ctx.law, "criminal");
    if (!p.criminal.present()) {
      ctx.Report("criminal-offence-condition", p.pointer,
                 "purpose '" + p.id + "' uses criminal offence data but names no Schedule 1 condition",
                 {"add \"criminal_offence_condition\": {\"schedule_1\": one of " + CappedIds(fits) + "}"});
    } else if (const LawTerm* s1 = KnownScheduleOne(ctx, p.criminal.schedule_1, "criminal-offence-condition", fits)) {
      if (!std::count(s1->for_conditions.begin(), s1->for_conditions.end(), "criminal")) {
        ctx.Report(
            "criminal-offence-condition", p.criminal.schedule_1.pointer,
            "Schedule 1 condition '" + s1->id + "' cannot be used for criminal offence data",
            {"paragraph " + s1->paragraph + " covers only special category data; use one of: " + CappedIds(fits)});
      }
    }
  }
}

// Art 13(2)(e) per group: where the answers name groups, every group of the purpose gets exactly
// one answer, and only the purpose's groups get one. Unknown ids are left to unknown-id.
void CheckAnswerGroups(const RuleContext& ctx, const source::Purpose& p, size_t index) {
  const auto& subjects = ctx.model.subjects;
  const source::Groups& of_purpose = ctx.scope.purposes.at(index);
  std::vector<int> answered(subjects.size(), -1);  // group → the answer that first names it
  bool any_named = false;
  for (size_t a = 0; a < p.requirements.size(); ++a) {
    const auto& q = p.requirements[a];
    if (q.subjects_pointer.empty()) {
      if (p.requirement_list) {
        ctx.Report("statutory-requirement", q.pointer,
                   "answer " + std::to_string(a + 1) + " of the requirement of purpose '" + p.id +
                       "' does not say which data subjects it is for",
                   {"add \"data_subjects\": the groups this answer is for; a requirement that is the same for "
                    "every group is one object, not a list"});
      }
      continue;
    }
    any_named = true;
    for (const auto& r : q.subjects) {
      size_t g = 0;
      while (g < subjects.size() && subjects[g].id != r.id) ++g;
      if (g == subjects.size()) continue;
      if (!of_purpose[g]) {
        std::vector<std::string> names;
        for (size_t k = 0; k < subjects.size(); ++k) {
          if (of_purpose[k]) names.push_back(subjects[k].id);
        }
        ctx.Report("statutory-requirement", r.pointer,
                   "data subject '" + r.id + "' is not one of the groups of purpose '" + p.id + "'",
                   {"purpose '" + p.id + "' concerns: " + List(names) + "; answer only for those (or add '" + r.id +
                    "' to the purpose's data_subjects)"});
      } else if (answered[g] >= 0) {  // (a repeat inside one answer is a duplicate-value, dropped by the loader)
        ctx.Report(
            "statutory-requirement", r.pointer,
            "data subject '" + r.id + "' has two answers in the requirement of purpose '" + p.id + "'",
            {"answer " + std::to_string(answered[g] + 1) + " is also for '" + r.id + "'; give each group one answer"});
      } else {
        answered[g] = static_cast<int>(a);
      }
    }
  }
  if (!p.requirement_list && !any_named) return;  // one answer for every group: today's shape
  for (size_t g = 0; g < subjects.size(); ++g) {
    if (!of_purpose[g] || answered[g] >= 0) continue;
    ctx.Report("statutory-requirement", p.requirement_pointer,
               "the requirement of purpose '" + p.id + "' gives no answer for data subject '" + subjects[g].id + "'",
               {"add {\"data_subjects\": [\"" + subjects[g].id +
                "\"], \"type\": …}: every group the purpose concerns is told whether it must give the data "
                "(Art 13(2)(e))"});
  }
}

// A consequence is printed as a sentence of its own after pnc's answer ("No law or contract requires
// you to give it. We cannot …"): one that starts with a small letter, or stops without a full stop (the
// user test's "… without your contact details" ran into the next heading), reads as a broken sentence.
// pnc prints the source's words as written, so the source is asked to finish them.
bool EndsSentence(std::string_view t) {
  while (!t.empty() && std::string_view(" \t\n\r)\"'*_").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
  for (std::string_view close : {"\u201d", "\u2019", "\u00bb"}) {  // a closing quotation mark after the stop
    if (t.ends_with(close)) return EndsSentence(t.substr(0, t.size() - close.size()));
  }
  if (t.empty()) return true;  // a blank value is reported as missing-field
  if (std::string_view(".!?").find(t.back()) != std::string_view::npos) return true;
  // an ellipsis, the Arabic question mark and full stop, the ideographic full stop
  for (std::string_view stop : {"\u2026", "\u061f", "\u06d4", "\u3002"}) {
    if (t.ends_with(stop)) return true;
  }
  return false;
}

void ReportConsequence(const RuleContext& ctx, const std::string& pointer, const std::string& what,
                       const std::string& hint) {
  auto d =
      diag::Make(diag::Severity::kWarning, ctx.model.file, pointer,
                 "this consequence " + what + ", but the notice prints it as a sentence of its own after pnc's answer",
                 "statutory-requirement");
  d.hints = {hint};
  ctx.sink->Add(std::move(d));
}

void CheckConsequenceSentences(const RuleContext& ctx, const source::Requirement& q) {
  std::vector<const source::Text*> texts = {&q.consequence, &q.child};
  for (const auto& [band, text] : q.child_by_band.by_band) texts.push_back(&text);
  for (const source::Text* text : texts) {
    for (const auto& [locale, tr] : text->by_locale) {
      if (!tr.text.empty() && tr.text[0] >= 'a' && tr.text[0] <= 'z') {
        // Capitalised alone, "you cannot volunteer" reads as a flat fact after pnc's answer: the
        // sentence must carry its condition (user test s28 F11).
        ReportConsequence(ctx, tr.pointer, "starts with a small letter",
                          locale == "en" ? "write it as a whole sentence that says it happens if they do not give it: "
                                           "\"If you do not give it, " +
                                               tr.text + (EndsSentence(tr.text) ? "\"" : ".\"")
                                         : "write it as a whole sentence that says it happens if they do not give it, "
                                           "starting with a capital letter: \"" +
                                               std::string(1, static_cast<char>(tr.text[0] - 'a' + 'A')) + "…\"");
      }
      if (!EndsSentence(tr.text)) {
        ReportConsequence(ctx, tr.pointer, "does not end with a full stop",
                          "end it as a whole sentence, with a full stop (or a question or exclamation mark)");
      }
    }
  }
}

// Art 13(2)(e): "your contract with us requires you to give it" is true only of those with a contract.
// An answer of contractual or contract-entry told to groups that no contract purpose concerns (CCTV
// of residents under a placement agreement, also read by visitors and staff) is untrue for them.
void CheckContractGroups(const RuleContext& ctx, const source::Purpose& p, size_t index) {
  const auto& m = ctx.model;
  source::Groups contracted(ctx.scope.all.size(), false);
  for (size_t j = 0; j < m.purposes.size() && j < ctx.scope.purposes.size(); ++j) {
    if (!RuleContext::Uses(m.purposes[j].bases, "contract")) continue;
    for (size_t g = 0; g < contracted.size(); ++g) contracted[g] = contracted[g] || ctx.scope.purposes[j][g];
  }
  for (const auto& q : p.requirements) {
    if (q.kind != "contractual" && q.kind != "contract-entry") continue;
    source::Groups without = source::AnswerGroups(m, ctx.scope, index, q);
    for (size_t g = 0; g < without.size(); ++g) without[g] = without[g] && !contracted[g];
    if (!source::Any(without)) continue;
    const std::vector<std::string> ids = QuotedGroupIds(m, without);
    auto d = diag::Make(diag::Severity::kWarning, m.file, q.pointer + "/type",
                        "the requirement of purpose '" + p.id + "' tells " + JoinIds(ids, " and ") +
                            " that a contract requires the data, but no purpose with a contract basis concerns " +
                            (ids.size() == 1 ? "it" : "them"),
                        "statutory-requirement");
    d.hints = {
        "give each group its own answer: a list of answers, each with the \"data_subjects\" it is for "
        "(\"" +
        q.kind +
        "\" for the contract's parties; \"none\" or \"condition\" for the others), or add the "
        "purpose that rests on their contract"};
    ctx.sink->Add(std::move(d));
  }
}

void CheckRequirement(const RuleContext& ctx, const source::Purpose& p, size_t index) {
  // Data observed about the person (CCTV) is not given by them: asking whether they must give it
  // is meaningless, so only data they give needs an answer.
  const bool from_person = source::GivenByPerson(ctx.model, p);
  if (source::ObservedOnly(ctx.model, p) && !p.requirement_pointer.empty()) {
    auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, p.requirement_pointer,
                        "purpose '" + p.id +
                            "' uses only data observed about the person, which they do not give: its requirement is "
                            "not printed",
                        "statutory-requirement");
    d.hints = {
        "remove \"requirement\" (whether a person must give data, Art 13(2)(e), is asked only of data they "
        "give); if the person does give some of it, add the source they give it to, with \"from_person\": "
        "true, to the purpose's data categories"};
    ctx.sink->Add(std::move(d));
    return;
  }
  if (p.requirements.empty() && !p.requirement_list) {
    // A requirement that is neither an object nor a list was reported by the loader.
    if (from_person && p.requirement_pointer.empty()) {
      ctx.Report("statutory-requirement", p.pointer,
                 "purpose '" + p.id + "' collects data from the person but does not say whether they must give it",
                 {"add \"requirement\": {\"type\": …, \"consequence\": \"what happens if they do not\"}: "
                  "\"statutory\" when a law obliges the person to give it, \"contractual\" when their contract "
                  "with you does, \"contract-entry\" when they must give it to enter a contract, \"condition\" "
                  "when no law or contract obliges them but they must give it to take part or use a service "
                  "(a DBS check for volunteers), \"none\" when "
                  "they need not (a duty of yours to act anyway, such as safeguarding, is a consequence, not a "
                  "requirement on them); where groups differ, a list of such objects, each with \"data_subjects\""});
    }
    return;
  }
  static const std::vector<std::string> kKinds = {"statutory", "contractual", "contract-entry", "condition", "none"};
  const bool contract_basis =
      std::any_of(p.bases.begin(), p.bases.end(), [](const source::Ref& b) { return b.id == "contract"; });
  for (const auto& q : p.requirements) {
    if (q.kind.empty()) continue;  // missing "type": reported by the loader
    // "condition" prints that no law or contract requires the data: false beside a contract basis.
    if (q.kind == "condition" && contract_basis) {
      ctx.Report(
          "statutory-requirement", q.pointer + "/type",
          "purpose '" + p.id + "' rests on a contract, but its requirement says no law or contract requires the data",
          {"use \"contractual\" when the contract obliges the person to give it, or \"contract-entry\" when "
           "they must give it to enter the contract; keep \"condition\" for what no contract covers (split "
           "the purpose if part of it does)"});
      continue;
    }
    if (std::find(kKinds.begin(), kKinds.end(), q.kind) == kKinds.end()) {
      std::string guess = source::DidYouMean(q.kind, kKinds);
      ctx.Report("statutory-requirement", q.pointer + "/type",
                 "unknown requirement type '" + q.kind + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 {"use one of: " + List(kKinds)});
    } else if (q.kind != "none" && !q.consequence.present()) {
      ctx.Report(
          "statutory-requirement", q.pointer,
          "purpose '" + p.id + "' requires the data but does not say what happens if it is not given",
          {q.kind == "condition"
               ? "add \"consequence\": what the person cannot take part in or use without it, as a sentence, e.g. "
                 "\"We cannot offer a volunteering role with patients without a DBS check.\""
               : "add \"consequence\" as a sentence, e.g. \"We cannot offer a place.\""});
    }
    CheckConsequenceSentences(ctx, q);
  }
  CheckAnswerGroups(ctx, p, index);
  CheckContractGroups(ctx, p, index);
}

}  // namespace

void CheckPurposes(const RuleContext& ctx) {
  if (ctx.model.purposes.empty()) {
    ctx.Report("purposes", "", "the source lists no purposes of processing",
               {"add \"purposes\": [{\"id\": …, \"name\": …, \"lawful_bases\": […]}]"});
  }
  for (size_t i = 0; i < ctx.model.purposes.size(); ++i) {
    const auto& p = ctx.model.purposes[i];
    CheckBases(ctx, p);
    CheckConditions(ctx, p);
    CheckRequirement(ctx, p, i);
    if (p.categories.empty()) {
      ctx.Report("categories-of-data", p.pointer, "purpose '" + p.id + "' names no data categories",
                 {"add \"data_categories\": the ids of the data this purpose uses"});
    }
  }
}

}  // namespace pnc::rules
