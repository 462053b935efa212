// rules: recipients, international transfers and automated decisions (Art 13(1)(e)-(f), 13(2)(f)).
#include "rules/context.h"
#include "source/loader.h"

namespace pnc::rules {

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
                     (guess.empty() ? "" : "; did you mean '" + guess + "'?"));
    } else if (sg->flag && !t.detail.present()) {
      ctx.Report("international-transfers", t.pointer,
                 "a transfer relying on '" + sg->id + "' does not say how to get a copy of the safeguard",
                 {"add \"detail\", e.g. \"ask our DPO for a copy of the agreement\""});
    }
  }
  if (!m.decisions_stated) {
    ctx.Report("automated-decisions", "", "the source does not say whether solely automated decisions are made",
               {"add \"automated_decisions\": \"none\", or a list describing each decision"});
  }
  for (const auto& d : m.decisions) {
    const std::pair<const source::Text*, const char*> needed[] = {
        {&d.logic, "logic"}, {&d.consequences, "consequences"}, {&d.safeguards, "safeguards"}};
    for (const auto& [text, key] : needed) {
      if (!text->present()) {
        ctx.Report("automated-decisions", d.pointer, "automated decision '" + d.id + "' does not describe its " + key,
                   {"Art 13(2)(f) needs the logic, the significance and consequences, and the Art 22C safeguards"});
      }
    }
    for (const auto& ref : d.categories) {
      for (const auto& c : m.categories) {
        if (c.id == ref.id && c.special) {
          ctx.Report("automated-decisions", ref.pointer,
                     "automated decision '" + d.id + "' uses special category data '" + c.id + "'",
                     {"Art 22B allows this only with explicit consent, or a contract or legal authorisation plus "
                      "substantial public interest; check with your DPO"});
        }
      }
    }
  }
}

}  // namespace pnc::rules
