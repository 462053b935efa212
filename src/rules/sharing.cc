// rules: recipients, international transfers and automated decisions (Art 13(1)(e)-(f), 13(2)(f)).
#include <algorithm>

#include "law/phrases.h"
#include "rules/context.h"
#include "source/loader.h"
#include "source/scope.h"

namespace pnc::rules {

namespace {

// Art 22B (Art 22(4) before 5 Feb 2026): a solely automated significant decision may use special
// category data only on one of three conditions, two of which also need a Sch 1 Part 2 condition.
void CheckDecisionSpecial(const RuleContext& ctx, const source::Decision& d) {
  const source::Ref* special = nullptr;
  for (const auto& ref : d.categories) {
    for (const auto& c : ctx.model.categories) {
      if (c.id == ref.id && c.special && special == nullptr) special = &ref;
    }
  }
  if (special == nullptr) return;
  // Arts 22A-22D (DUAA 2025 s.80, Sch 6) replaced Art 22 on the date data/law.json gives.
  const auto& conds = ctx.law.automated_special;
  const bool before = !conds.empty() && ctx.Date() < conds.front().in_force;
  const std::string article = before ? "Art 22(4)" : "Art 22B";
  if (!d.special.present()) {
    ctx.Report(
        "automated-decisions", special->pointer,
        "automated decision '" + d.id + "' uses special category data '" + special->id + "' but does not say which " +
            article + " condition allows it",
        {"add \"special_category_condition\": {\"article_22b\": one of " + CappedIds(Ids(ctx.law.automated_special)) +
         "}; 'contract' and 'authorised-by-law' also need \"schedule_1\": a substantial public interest "
         "condition (" +
         article + ", Art 9(2)(g))"});
    return;
  }
  const LawTerm* cond = LawData::Find(ctx.law.automated_special, d.special.id.id);
  if (cond == nullptr) {
    std::string guess = source::DidYouMean(d.special.id.id, Ids(ctx.law.automated_special));
    ctx.Report("automated-decisions", d.special.id.pointer,
               "unknown " + article + " condition '" + d.special.id.id + "'" +
                   (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
               {"use one of: " + CappedIds(Ids(ctx.law.automated_special))});
    return;
  }
  if (!cond->flag) return;
  std::vector<std::string> fits = ScheduleOneFor(ctx.law, cond->article_9);
  const std::string ref = "Art " + (before ? cond->reference_before : cond->reference);
  if (d.special.schedule_1.id.empty()) {
    ctx.Report("automated-decisions", d.special.pointer,
               ref + " needs a DPA 2018 Schedule 1 substantial public interest condition",
               {"add \"schedule_1\": one of " + CappedIds(fits)});
  } else if (const LawTerm* s1 = KnownScheduleOne(ctx, d.special.schedule_1, "automated-decisions", fits)) {
    if (!std::count(s1->for_conditions.begin(), s1->for_conditions.end(), cond->article_9)) {
      ctx.Report("automated-decisions", d.special.schedule_1.pointer,
                 "Schedule 1 condition '" + s1->id + "' is not a substantial public interest condition",
                 {"use one of: " + CappedIds(fits)});
    }
  }
}

// Art 22(2) (before 5 Feb 2026): a solely automated significant decision is allowed only when it is
// necessary for a contract with the person, authorised by law, or based on their explicit consent. The
// notice would otherwise describe a decision beside the sentence that people have the right not to be
// subject to it. An Art 22B condition names its exception too (data/law.json reference_before).
void CheckDecisionException(const RuleContext& ctx, const source::Decision& d, bool old_art22) {
  const auto& ids = ctx.law.automated_special;
  if (!d.exception.id.empty() && LawData::Find(ids, d.exception.id) == nullptr) {
    std::string guess = source::DidYouMean(d.exception.id, Ids(ids));
    ctx.Report("automated-decisions", d.exception.pointer,
               "unknown Art 22(2) exception '" + d.exception.id + "'" +
                   (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
               {"use one of: " + CappedIds(Ids(ids))});
    return;
  }
  if (!old_art22) return;  // Arts 22A-22D allow the decision on any basis, with the Art 22C safeguards
  const std::string& special = d.special.id.id;
  if (d.exception.id.empty() && special.empty()) {
    ctx.Report("automated-decisions", d.pointer,
               "automated decision '" + d.id +
                   "' names no Art 22(2) exception: before 5 Feb 2026 a solely automated decision with legal or "
                   "similarly significant effects is allowed only when it is necessary for a contract with the "
                   "person, authorised by law, or based on their explicit consent",
               {"add \"exception\": \"contract\", \"authorised-by-law\" or \"explicit-consent\" (Art 22(2)(a)-(c)); "
                "if none applies, have a person take the decision and remove it from automated_decisions"});
  } else if (!d.exception.id.empty() && !special.empty() && d.exception.id != special &&
             LawData::Find(ids, special) != nullptr) {
    ctx.Report("automated-decisions", d.exception.pointer,
               "automated decision '" + d.id + "' names Art 22(2) exception '" + d.exception.id +
                   "', but its special category condition '" + special + "' rests on another",
               {"give both the same id: Art 22(4) allowed special category data only with the exception of its "
                "condition (" +
                LawData::Find(ids, special)->reference_before + ")"});
  }
}

// Art 22B(4) (from 5 Feb 2026): a solely automated significant decision may not rest on processing
// "carried out for the purposes of the decision" that relies even partly on a recognised legitimate
// interest (Art 6(1)(ea)). The source ties a decision to its data categories, not to purposes, so a
// purpose is the decision's processing only when it processes every one of those categories about the
// same people; another purpose that merely shares a category (contact details kept for reporting
// crime) is other processing. The error is certain only when every such purpose relies on (ea), or
// when a category the decision uses is processed about those people on (ea) alone.
void CheckDecisionBasis(const RuleContext& ctx, size_t index) {
  const auto& m = ctx.model;
  const source::Decision& d = m.decisions[index];
  const auto& conds = ctx.law.automated_special;
  if (!conds.empty() && ctx.Date() < conds.front().in_force) return;  // Art 22 then; (ea) did not exist
  if (d.categories.empty()) return;
  auto ea = [&](size_t i) { return RuleContext::Uses(m.purposes[i].bases, "recognised-legitimate-interests"); };
  std::vector<size_t> same;  // purposes about the same people
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    if (source::Any(source::Intersect(ctx.scope.decisions.at(index), ctx.scope.purposes.at(i)))) same.push_back(i);
  }
  const std::string hint =
      "have a person take the decision (remove it from automated_decisions); if the decision's data is processed "
      "for it under another basis, name that processing as a purpose with all of the decision's data categories";
  const std::string law = ": a solely automated significant decision cannot rest on Art 6(1)(ea) (Art 22B(4))";
  std::vector<size_t> whole;  // purposes that process all of the decision's data
  for (size_t i : same) {
    const bool all = std::all_of(d.categories.begin(), d.categories.end(), [&](const source::Ref& c) {
      return RuleContext::Uses(m.purposes[i].categories, c.id);
    });
    if (all) whole.push_back(i);
  }
  auto named = [&](const std::vector<size_t>& list) {
    std::vector<std::string> ids;
    for (size_t i : list) ids.push_back("'" + m.purposes[i].id + "'");
    return (list.size() == 1 ? "purpose " : "purposes ") + JoinIds(ids, " and ") +
           (list.size() == 1 ? " processes" : " process");
  };
  if (!whole.empty() && std::all_of(whole.begin(), whole.end(), ea)) {
    ctx.Report("automated-decisions", d.categories.front().pointer,
               "automated decision '" + d.id + "' uses data that only " + named(whole) +
                   " in full about the same people, on a recognised legitimate interest" + law,
               {hint});
    return;
  }
  for (const auto& c : d.categories) {
    std::vector<size_t> users;
    for (size_t i : same) {
      if (RuleContext::Uses(m.purposes[i].categories, c.id)) users.push_back(i);
    }
    if (users.empty() || !std::all_of(users.begin(), users.end(), ea)) continue;
    ctx.Report("automated-decisions", c.pointer,
               "automated decision '" + d.id + "' uses '" + c.id + "', which only " + named(users) +
                   " about the same people, on a recognised legitimate interest" + law,
               {hint});
    return;
  }
}

// A transfer tied to no recipient may concern any group's data: a notice that tells several groups
// (or children) would say "some of your information is sent outside the UK" to people whose data never
// leaves. The children's versions leave it out (source/scope.cc); lint asks whose data it is.
void CheckTransferScope(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (m.subjects.size() < 2) return;
  for (const auto& t : m.transfers) {
    if (!t.recipients.empty()) continue;  // an unknown id there is unknown-id's
    std::string ids;
    for (const auto& r : m.recipients) ids += (ids.empty() ? "'" : ", '") + r.id + "'";
    const std::string which = ids.empty() ? "list it in \"recipients\" first" : "recipients: " + ids;
    ctx.Report("whose-data", t.pointer,
               "a transfer outside the UK names no recipients, so pnc cannot tell whose data it concerns: the "
               "adult notice tells every group that some of their data leaves the UK, and the children's versions "
               "leave it out",
               {"add \"recipients\" to the transfer (transfers[].recipients) with the ids of the recipients that "
                "receive the data there (" +
                which + ")"});
  }
}

// "recipients": "none" on a purpose is true of the purpose, but its data may still reach a recipient
// through another purpose that uses the same kind of data about the same people (a children's group's
// names, passed to social care for safeguarding). The notices then never say it is not shared: they
// name the recipient (notice/jit.cc). Lint says so, so that the author can check the facts.
void CheckOnwardSharing(const RuleContext& ctx) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (p.recipients_none_pointer.empty()) continue;
    std::string which;
    size_t count = 0;
    for (const auto& o : source::OnwardRecipients(m, ctx.scope, i, ctx.scope.all)) {  // one per recipient and purpose
      if (count++ < 3) {
        which += std::string(which.empty() ? "" : "; ") + "recipient '" + m.recipients[o.recipient].id +
                 "' receives its data category '" + o.category + "' about the same people through purpose '" +
                 m.purposes[o.via].id + "'";
      }
    }
    if (count == 0) continue;
    if (count > 3) which += "; and " + std::to_string(count - 3) + " more";
    ctx.Report("unstated-sharing", p.recipients_none_pointer,
               "purpose '" + p.id + "' says no one receives its data, but " + which,
               {"the notices name the recipient instead of saying the data is not shared; if this purpose's data "
                "never goes there, give the other purpose, the recipient or the data category the "
                "\"data_subjects\" it is really about"});
  }
}

// A recipient whose words say the law makes the organisation disclose ("when the law requires it")
// states a compulsion some purpose it serves must rest on: legal obligation, naming the law (Art
// 6(1)(c), 6(3)). Without one the reader cannot tell which basis covers it (review s28 L20).
void CheckLegalCompulsion(const RuleContext& ctx, const source::Recipient& r) {
  const auto& m = ctx.model;
  for (const auto& p : m.purposes) {
    if (RuleContext::Uses(r.purposes, p.id) && RuleContext::Uses(p.bases, "legal-obligation")) return;
  }
  std::vector<const source::Text*> texts = {&r.name, &r.description, &r.child};
  for (const auto& [band, text] : r.child_by_band.by_band) texts.push_back(&text);
  std::string phrase, at;
  for (const source::Text* text : texts) {
    for (const auto& [locale, tr] : text->by_locale) {
      if (!phrase.empty()) break;
      phrase = ctx.law.vocabulary.legal_compulsion.FindIn(Words(tr.text));
      if (!phrase.empty()) at = tr.pointer.empty() ? text->pointer : tr.pointer;
    }
  }
  if (phrase.empty()) return;
  ctx.Report("recipient-legal-duty", at,
             "recipient '" + r.id + "' says the law requires the disclosure ('" + phrase +
                 "'), but none of the purposes it serves relies on legal obligation",
             {"add a purpose with \"lawful_bases\": [\"legal-obligation\"] that names the law in "
              "\"legal_obligation\" (a court order, a regulator's statutory power) and list it in the recipient's "
              "\"purposes\"; or, if no law makes you disclose, reword the recipient (Art 6(1)(c), 6(3))"});
}

}  // namespace

void CheckSharing(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (!m.recipients_stated) {
    ctx.Report("recipients", "", "the source does not say who receives the data",
               {"add \"recipients\": a list of recipients, or \"none\""});
  }
  for (const auto& r : m.recipients) {
    if (r.purposes.empty()) {
      ctx.Report("recipients", r.pointer, "recipient '" + r.id + "' names no purposes it serves",
                 {"add \"purposes\": the ids of the purposes data is shared for"});
    }
  }
  // A purpose no recipient serves: the notices say nothing about its sharing until the source says.
  for (const auto& p : m.purposes) {
    if (m.recipients.empty() || !p.recipients_none_pointer.empty()) continue;
    const bool served = std::any_of(m.recipients.begin(), m.recipients.end(), [&](const source::Recipient& r) {
      return r.purposes.empty() || RuleContext::Uses(r.purposes, p.id);
    });
    if (served) continue;
    ctx.Report("unstated-sharing", p.pointer,
               "no recipient serves purpose '" + p.id +
                   "', and the source does not say that no one receives its data, so the notices say nothing "
                   "about who receives it",
               {"add \"recipients\": \"none\" to the purpose if no one outside the organisation receives its data, "
                "or name the purpose in the \"purposes\" of the recipients that do (a website's readers, a funder, a "
                "partner)"});
  }
  // "recipients": "none" on a purpose that a recipient says it serves: one of the two is untrue.
  for (const auto& p : m.purposes) {
    if (p.recipients_none_pointer.empty()) continue;
    for (const auto& r : m.recipients) {
      if (!RuleContext::Uses(r.purposes, p.id)) continue;
      ctx.Report("recipients", p.recipients_none_pointer,
                 "purpose '" + p.id + "' says no one receives its data, but recipient '" + r.id +
                     "' names it in its \"purposes\"",
                 {"remove \"recipients\": \"none\" from the purpose, or '" + p.id + "' from the recipient's " +
                  "\"purposes\""});
      break;
    }
  }
  CheckOnwardSharing(ctx);
  for (const auto& r : m.recipients) CheckLegalCompulsion(ctx, r);
  if (!m.transfers_stated) {
    ctx.Report("international-transfers", "", "the source does not say whether data is transferred outside the UK",
               {"add \"transfers\": \"none\", or a list of destinations with their safeguards"});
  }
  for (const auto& t : m.transfers) {
    if (t.safeguard.id.empty()) {
      ctx.Report("international-transfers", t.pointer, "a transfer outside the UK names no safeguard",
                 {"add \"safeguard\": one of " + [&] {
                   std::string s;
                   for (const auto& id : Ids(ctx.law.safeguards)) s += (s.empty() ? "" : ", ") + id;
                   return s;
                 }()});
      continue;
    }
    const LawTerm* sg = LawData::Find(ctx.law.safeguards, t.safeguard.id);
    if (sg == nullptr) {
      std::string guess = source::DidYouMean(t.safeguard.id, Ids(ctx.law.safeguards));
      ctx.Report("international-transfers", t.safeguard.pointer,
                 "unknown transfer safeguard '" + t.safeguard.id + "'" +
                     (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 {"safeguards are " + CappedIds(Ids(ctx.law.safeguards)) + " (README \"Value vocabularies\")"});
    } else if (!sg->in_force.empty() && ctx.Date() < sg->in_force) {
      ctx.Report("international-transfers", t.safeguard.pointer,
                 "transfer safeguard '" + sg->id + "' did not exist before " + sg->in_force +
                     " and this notice is dated " + ctx.Date(),
                 {"name the safeguard the transfer relied on at the time, or update last_updated"});
    } else if (t.Derogation()) {
      // Art 49 derogations are for occasional, specific transfers; a processor that holds the data
      // for the organisation (a hosted case system, a CRM) receives it all the time (ICO guidance).
      for (const auto& rid : t.recipients) {
        const auto r = std::find_if(m.recipients.begin(), m.recipients.end(),
                                    [&](const source::Recipient& x) { return x.id == rid.id; });
        if (r == m.recipients.end() || !r->processor) continue;
        ctx.Report("transfer-derogation", t.safeguard.pointer,
                   "a transfer to processor '" + r->id +
                       "' relies on an Art 49 derogation, which is for occasional transfers, not a service that "
                       "holds the data all the time",
                   {"use a safeguard for a regular transfer (adequacy, uk-us-data-bridge for a certified US "
                    "organisation, idta or addendum), or change the recipient if it is not a processor"});
        break;
      }
    } else if (sg->flag && !t.detail.present()) {
      ctx.Report("international-transfers", t.pointer,
                 "a transfer relying on '" + sg->id + "' does not say how to get a copy of the safeguard",
                 {"add \"detail\", e.g. \"ask our DPO for a copy of the agreement\""});
    }
  }
  CheckTransferScope(ctx);
  if (!m.decisions_stated) {
    ctx.Report("automated-decisions", "", "the source does not say whether solely automated decisions are made",
               {"add \"automated_decisions\": \"none\", or a list describing each decision"});
  }
  const bool old_art22 = !ctx.law.automated_special.empty() && ctx.Date() < ctx.law.automated_special.front().in_force;
  for (size_t i = 0; i < m.decisions.size(); ++i) {
    const auto& d = m.decisions[i];
    const std::pair<const source::Text*, const char*> needed[] = {
        {&d.logic, "logic"}, {&d.consequences, "consequences"}, {&d.safeguards, "safeguards"}};
    for (const auto& [text, key] : needed) {
      if (!text->present()) {
        ctx.Report("automated-decisions", d.pointer, "automated decision '" + d.id + "' does not describe its " + key,
                   {std::string("Art 13(2)(f) needs the logic, the significance and consequences, and the ") +
                    (old_art22 ? "Art 22(3) safeguards" : "Art 22C safeguards")});
      }
    }
    CheckDecisionSpecial(ctx, d);
    CheckDecisionException(ctx, d, old_art22);
    CheckDecisionBasis(ctx, i);
  }
}

}  // namespace pnc::rules
