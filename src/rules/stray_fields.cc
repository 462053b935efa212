// rules: a purpose's field that does not match its lawful bases or its data (an interest without
// the legitimate-interests basis, an Art 9 condition with no special category data, a legal duty to
// give data that is given by consent) is an error at the field: the notice would print it, and an
// Art 9 explicit-consent condition would give the purpose's people consent rights never asked of them.
#include <algorithm>

#include "rules/context.h"

namespace pnc::rules {
namespace {

// True when one of the purpose's data categories has `flag` set (special or criminal).
bool HoldsFlagged(const source::Model& m, const source::Purpose& p, bool source::Category::*flag) {
  return std::any_of(p.categories.begin(), p.categories.end(), [&](const source::Ref& r) {
    return std::any_of(m.categories.begin(), m.categories.end(),
                       [&](const source::Category& c) { return c.id == r.id && c.*flag; });
  });
}

}  // namespace

void CheckStrayFields(const RuleContext& ctx) {
  const auto& m = ctx.model;
  for (const auto& p : m.purposes) {
    if (p.bases.empty()) continue;  // lawful-basis reports the missing basis first
    const auto uses = [&](const char* basis) { return RuleContext::Uses(p.bases, basis); };
    const std::string bases = "purpose '" + p.id + "'";
    if (p.legitimate_interest.present() && !uses("legitimate-interests")) {
      ctx.Report("legitimate-interests", p.legitimate_interest.pointer,
                 bases +
                     " states a legitimate interest but does not rely on legitimate interests, so the notice "
                     "would print an interest for a purpose with another lawful basis",
                 {"remove \"legitimate_interest\", or add \"legitimate-interests\" to \"lawful_bases\" if the purpose "
                  "relies on it"});
    }
    if (p.legal_obligation.present() && !uses("legal-obligation")) {
      // The law that gives a public task is no obligation: it goes in "public_task" (review s28 L7).
      ctx.Report("lawful-basis", p.legal_obligation.pointer,
                 bases + " names a legal obligation but does not rely on legal obligation",
                 {uses("public-task")
                      ? "for the law that gives the public task, write \"public_task\" instead of "
                        "\"legal_obligation\" (Art 6(3)); add \"legal-obligation\" to \"lawful_bases\" only if a "
                        "law also requires the processing"
                      : "remove \"legal_obligation\", or add \"legal-obligation\" to \"lawful_bases\" if a law "
                        "requires the processing"});
    }
    if (p.public_task.present() && !uses("public-task")) {
      ctx.Report("lawful-basis", p.public_task.pointer,
                 bases + " names the law of a public task but does not rely on public task",
                 {"remove \"public_task\", or add \"public-task\" to \"lawful_bases\" if the processing is a task "
                  "in the public interest or in the exercise of official authority that a law gives you"});
    }
    if (!p.recognised_condition.id.empty() && !uses("recognised-legitimate-interests")) {
      ctx.Report("recognised-legitimate-interest", p.recognised_condition.pointer,
                 bases + " names a recognised legitimate interest but does not rely on recognised legitimate interests",
                 {"remove \"recognised_legitimate_interest\", or add \"recognised-legitimate-interests\" to "
                  "\"lawful_bases\""});
    }
    if (p.special.present() && !HoldsFlagged(m, p, &source::Category::special)) {
      ctx.Report("special-category-condition", p.special.pointer,
                 bases +
                     " names a special category condition but uses no special category data, so the notice "
                     "would print a condition (and any rights it gives) for data it does not hold",
                 {"remove \"special_category_condition\", or mark the data category it is for with "
                  "\"special_category\": true"});
    }
    if (p.criminal.present() && !HoldsFlagged(m, p, &source::Category::criminal)) {
      ctx.Report("criminal-offence-condition", p.criminal.pointer,
                 bases + " names a criminal offence condition but uses no criminal offence data",
                 {"remove \"criminal_offence_condition\", or mark the data category it is for with "
                  "\"criminal_offence\": true"});
    }
    // Consent is freely given (Art 4(11), 7(4)): no law or contract can oblige a person to give it.
    const bool consent_only =
        std::all_of(p.bases.begin(), p.bases.end(), [](const source::Ref& b) { return b.id == "consent"; });
    for (const auto& q : p.requirements) {
      if (!consent_only || (q.kind != "statutory" && q.kind != "contractual" && q.kind != "contract-entry")) continue;
      ctx.Report("statutory-requirement", q.pointer,
                 bases + " relies on consent alone but says the person is obliged to give the data ('" + q.kind +
                     "'): the notice would say they can change their mind and that they must give it",
                 {"use \"type\": \"none\" (or \"condition\" when a service depends on it), or name the lawful basis "
                  "that really applies"});
    }
  }
}

}  // namespace pnc::rules
