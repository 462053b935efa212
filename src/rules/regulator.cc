// rules: the regulator's details pnc prints come from dated data; a notice built for a date on or
// after the data's review date is warned, naming what to check (regulator-details).
#include "rules/context.h"

namespace pnc::rules {

void CheckRegulator(const RuleContext& ctx) {
  const bool as_of = !ctx.options.as_of.empty();
  if (!as_of && ctx.model.notice.date.empty()) return;  // no date to judge by (reported by the loader)
  const std::string date = ctx.RegulatorDate();
  const std::string& due = ctx.law.regulator_review_by;
  if (due.empty() || date < due) return;
  ctx.Report("regulator-details", ctx.model.notice.date_pointer,
             "data/regulator.json was due for review on " + due + ", before " +
                 (as_of ? "the --as-of date " : "this notice's date ") + date +
                 ", so the regulator's details printed may be out of date",
             {"check " + ctx.law.regulator_review,
              "then update data/regulator.json, including its review_by date"});
}

}  // namespace pnc::rules
