// rules: the regulator's details pnc prints come from dated data; a notice built for a date on or
// after the data's review date is warned (regulator-details), telling the user what to check and
// do, and pnc's maintainers what to review.
#include "rules/context.h"

namespace pnc::rules {

void CheckRegulator(const RuleContext& ctx) {
  const bool as_of = !ctx.options.as_of.empty();
  if (!as_of && ctx.model.notice.date.empty()) return;  // no date to judge by (reported by the loader)
  const std::string date = ctx.RegulatorDate();
  // A notice is not in force before its own date: details from then are ones it never gave.
  if (as_of && !ctx.model.notice.date.empty() && date < ctx.model.notice.date) {
    ctx.Report("regulator-details", ctx.model.notice.date_pointer,
               "the --as-of date " + date + " is before this notice's own date " + ctx.model.notice.date +
                   ", so the regulator's details printed are those of a time before the notice was written",
               {"give --as-of a date on or after " + ctx.model.notice.date + ", or leave it out"});
  }
  const std::string& due = ctx.law.regulator_review_by;
  if (due.empty() || date < due) return;
  const std::string reviewed =
      ctx.law.regulator_reviewed.empty() ? "" : " were last reviewed on " + ctx.law.regulator_reviewed + " and";
  std::string name = "regulator", site;
  if (const Regulator* reg = ctx.law.RegulatorOn(date)) {
    name = reg->name.value("en", name);
    site = reg->website.value("en", "");
  }
  ctx.Report("regulator-details", ctx.model.notice.date_pointer,
             "the regulator's details pnc prints (data/regulator.json)" + reviewed + " were due for review by " + due +
                 ", before " + (as_of ? "the --as-of date " : "this notice's date ") + date +
                 ", so they may be out of date",
             {"before you publish, check the name, complaint page and helpline this notice gives for the " + name +
                  " against " + (site.empty() ? std::string("its own website") : site) +
                  ", and update pnc: a newer release carries newer regulator details",
              "for pnc's maintainers: check " + ctx.law.regulator_review +
                  "; then update data/regulator.json, its 'reviewed' record and its review_by date"});
}

}  // namespace pnc::rules
