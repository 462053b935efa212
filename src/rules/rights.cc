// rules: the derived rights may not be dropped where they apply, and the complaint routes exist
// (Art 13(2)(b)-(d) as amended; DPA 2018 ss.164A, 165).
#include <algorithm>

#include "rules/context.h"

namespace pnc::rules {

namespace {

// Art 20(1)(b): portability needs processing by automated means, a fact only the source knows.
// Until it says, the right is stated (dropping a right that applies is the worse error) and this
// warning asks.
void CheckAutomatedMeans(const RuleContext& ctx) {
  const RightDef* portability = nullptr;
  for (const auto& r : ctx.law.rights) {
    if (r.needs_automated_means) portability = &r;
  }
  if (portability == nullptr) return;
  for (const auto& p : ctx.model.purposes) {
    if (p.automated_means.has_value() || !PurposeGivesRight(*portability, p)) continue;
    auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, p.pointer,
                        "purpose '" + p.id +
                            "' gives the right to data portability only if its data is processed "
                            "by automated means, and the source does not say whether it is",
                        portability->rule);
    d.hints = {
        "add \"automated_means\": true (computer records, online forms, e-mail) or false (paper records "
        "only); pnc states the right until the source says false (Art 20(1)(b))"};
    ctx.sink->Add(d);
  }
}

// No regulator entry for the date: almost always a date before the regime pnc knows (a notice
// dated 2017), which the user fixes in the source; pnc's own data file is not theirs to edit.
void ReportNoRegulator(const RuleContext& ctx) {
  const std::string date = ctx.RegulatorDate();
  const bool as_of = !ctx.options.as_of.empty();
  const std::string earliest = ctx.law.regulators.empty() ? "" : ctx.law.regulators.front().valid_from;
  const std::string what = as_of ? "the --as-of date '" + date + "'" : "the notice is dated '" + date + "', which";
  if (!earliest.empty() && date < earliest) {
    ctx.Report(
        "right-complain-ico", ctx.model.notice.date_pointer,
        what + " is before " + earliest +
            ", the earliest date pnc supports (the GDPR and the Data Protection Act 2018; the UK GDPR from 2021)",
        {as_of ? "give --as-of a date on or after " + earliest
               : "set notice.last_updated to the date this version of the notice takes effect (on or after " +
                     earliest + ")"});
    return;
  }
  ctx.Report("right-complain-ico", ctx.model.notice.date_pointer,
             "pnc has no details of the regulator in force on '" + date + "'",
             {"a newer pnc may have them; until then check the date in notice.last_updated" +
              std::string(as_of ? " and --as-of" : "")});
}

}  // namespace

void CheckRights(const RuleContext& ctx) {
  const auto& m = ctx.model;
  auto applicable = ApplicableRights(m, ctx.law);
  for (const auto& omit : m.rights.omit) {
    const RightDef* def = nullptr;
    for (const auto& r : ctx.law.rights) {
      if (r.id == omit.id) def = &r;
    }
    if (def == nullptr) continue;  // reported as unknown-id
    if (std::find(applicable.begin(), applicable.end(), omit.id) != applicable.end()) {
      ctx.Report(def->rule, omit.pointer, "the right '" + omit.id + "' applies to this notice and cannot be left out",
                 {"remove '" + omit.id + "' from rights.omit; pnc states each right only where the law gives it"});
    }
  }
  const bool has_route = m.complaints && (m.complaints->contact.reachable() || !m.complaints->form_url.empty());
  if (!has_route) {
    ctx.Report("right-complain-controller", m.complaints ? m.complaints->pointer : "",
               "the source does not say how to complain to the organisation",
               {"add \"complaints\": {\"email\": …, \"form_url\": …} (DPA 2018 s.164A: a complaint form that can be "
                "completed electronically and by other means)"});
  }
  if (ctx.law.RegulatorOn(ctx.RegulatorDate()) == nullptr) ReportNoRegulator(ctx);
  CheckAutomatedMeans(ctx);
}

}  // namespace pnc::rules
