// rules: categories of data, where they come from, and how long they are kept (Art 13(2)(a), 14).
#include "rules/context.h"

namespace pnc::rules {

void CheckData(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (m.categories.empty()) {
    ctx.Report("categories-of-data", "", "the source lists no data categories",
               {"add \"data_categories\": [{\"id\": …, \"name\": …, \"sources\": […]}]"});
  }
  for (const auto& c : m.categories) {
    bool used = false;
    for (const auto& p : m.purposes) used = used || RuleContext::Uses(p.categories, c.id);
    if (!used) {
      ctx.Report("categories-of-data", c.pointer, "data category '" + c.id + "' is not used by any purpose",
                 {"add '" + c.id + "' to the data_categories of the purposes that use it, or remove it"});
    }
    if (c.sources.empty()) {
      ctx.Report("source-of-data", c.pointer, "data category '" + c.id + "' does not say where the data comes from",
                 {"add \"sources\": the ids of the sources (e.g. the person, referrers, other agencies)"});
    }
    bool kept = false;
    for (const auto& r : m.retention) kept = kept || RuleContext::Uses(r.categories, c.id);
    if (!kept) {
      ctx.Report("retention", c.pointer, "data category '" + c.id + "' has no retention period",
                 {"add '" + c.id + "' to the data_categories of a retention record"});
    }
  }
  if (m.retention.empty() && !m.categories.empty()) {
    ctx.Report("retention", "", "the source has no retention records",
               {"add \"retention\": {\"records\": [{\"id\": …, \"name\": …, \"period\": …}]}"});
  }
  for (const auto& r : m.retention) {
    if (!r.period.present() && !r.criteria.present()) {
      ctx.Report("retention", r.pointer, "retention record '" + r.id + "' gives neither a period nor criteria",
                 {"add \"period\" (e.g. \"6 years after the case closes\") or \"criteria\""});
    }
    if (r.categories.empty()) {
      ctx.Report("retention", r.pointer, "retention record '" + r.id + "' names no data categories");
    }
  }
}

}  // namespace pnc::rules
