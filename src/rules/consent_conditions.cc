// rules: a purpose on consent whose Art 9 or Art 10 condition applies only without consent
// (data/law.json 'without_consent': Art 9(2)(c); DPA 2018 Sch 1 paras 10-12, 17-19, 30). Model →
// special-category-condition and criminal-offence-condition warnings.
#include <tuple>

#include "rules/context.h"

namespace pnc::rules {

namespace {

// Consent under Art 6(1)(a), or explicit consent under Art 9(2)(a): the notice would tell the person
// they agreed and can withdraw, beside a condition that says the processing happens without consent
// (and goes on if they withdraw it).
std::string ConsentBasis(const source::Purpose& p) {
  if (RuleContext::Uses(p.bases, "consent")) return "consent (Art 6(1)(a))";
  if (p.special.id.id == "explicit-consent") return "explicit consent (Art 9(2)(a))";
  return "";
}

const char* kHint =
    "these conditions are for processing done without the person's consent (because it cannot be given, cannot "
    "reasonably be obtained, or asking would defeat the purpose); rely on one of them with another Art 6 basis "
    "(a recognised legitimate interest such as safeguarding, vital interests, legitimate interests), or on "
    "consent with explicit consent (Art 9(2)(a)) or Schedule 1 para 29";

void Warn(const RuleContext& ctx, const std::string& rule, const std::string& pointer, std::string message) {
  auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, pointer, std::move(message), rule);
  d.hints = {kHint};
  ctx.sink->Add(std::move(d));
}

}  // namespace

void CheckConsentConditions(const RuleContext& ctx) {
  const auto& m = ctx.model;
  for (const auto& p : m.purposes) {
    const std::string consent = ConsentBasis(p);
    if (consent.empty()) continue;
    // A condition for data the purpose does not hold is already an error (stray_fields.cc).
    auto holds = [&](bool source::Category::*flag) {
      for (const auto& ref : p.categories) {
        for (const auto& c : m.categories) {
          if (c.id == ref.id && c.*flag) return true;
        }
      }
      return false;
    };
    const bool special = holds(&source::Category::special);
    const bool criminal = holds(&source::Category::criminal);
    const std::string head = "purpose '" + p.id + "' relies on " + consent + ", but ";
    const std::string tail = " applies only where there is no consent from the person";
    const LawTerm* a9 = LawData::Find(ctx.law.article_9, p.special.id.id);
    if (special && a9 != nullptr && a9->without_consent) {
      Warn(ctx, "special-category-condition", p.special.id.pointer,
           head + "'" + a9->id + "' (Art " + a9->reference + ")" + tail);
    }
    const std::tuple<const source::Condition*, const char*, bool> conditions[] = {
        {&p.special, "special-category-condition", special}, {&p.criminal, "criminal-offence-condition", criminal}};
    for (const auto& [c, rule, held] : conditions) {
      const LawTerm* s1 = LawData::Find(ctx.law.schedule_1, c->schedule_1.id);
      if (!held || s1 == nullptr || !s1->without_consent) continue;
      Warn(ctx, rule, c->schedule_1.pointer,
           head + "Schedule 1 condition '" + s1->id + "' (" + s1->reference + ")" + tail);
    }
  }
}

}  // namespace pnc::rules
