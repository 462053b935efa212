// rules: categories of data, where they come from, and how long they are kept (Art 13(2)(a), 14).
#include <algorithm>

#include "rules/context.h"

namespace pnc::rules {
namespace {

// Art 13(2)(a), 30(1)(f): a period told at the point of collection, or recorded for a purpose, must be
// that purpose's. A record linked to a purpose only by a kind of data other records keep too (the
// contact details on both the course file and the email list) may not be kept for it: the notices
// leave its period out there (source::RecordsOfPurpose), and this asks the source to say.
void CheckRecordPurposes(const RuleContext& ctx) {
  const auto& m = ctx.model;
  std::vector<std::vector<size_t>> unclear(m.retention.size());  // record → purposes it may keep
  for (size_t p = 0; p < m.purposes.size(); ++p) {
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(m, ctx.scope, p);
    for (size_t r = 0; r < kept.size(); ++r) {
      if (kept[r] == source::Kept::kUnclear) unclear[r].push_back(p);
    }
  }
  for (size_t r = 0; r < m.retention.size(); ++r) {
    if (unclear[r].empty()) continue;
    const auto& rec = m.retention[r];
    std::vector<std::string> purposes, kinds;
    for (size_t p : unclear[r]) purposes.push_back("'" + m.purposes[p].id + "'");
    for (const auto& c : rec.categories) {
      const bool shared = std::any_of(unclear[r].begin(), unclear[r].end(),
                                      [&](size_t p) { return RuleContext::Uses(m.purposes[p].categories, c.id); });
      if (shared && std::find(kinds.begin(), kinds.end(), "'" + c.id + "'") == kinds.end())
        kinds.push_back("'" + c.id + "'");
    }
    const bool one = purposes.size() == 1;
    const std::string shares =
        kinds.size() == 1 ? "only " + kinds[0] + " with " + (one ? "it" : "them") + ", and other records keep that too"
                          : "only one of " + JoinIds(kinds, " and ") + " with " + (one ? "it" : "each") +
                                ", and other records keep those too";
    auto d = diag::Make(diag::Severity::kWarning, m.file, rec.pointer,
                        "retention record '" + rec.id + "' does not say whether it is kept for purpose" +
                            (one ? " " : "s ") + JoinIds(purposes, " and ") + ": it shares " + shares,
                        "retention");
    d.hints = {
        "add \"purposes\": the ids of the purposes this record is kept for; until then the just-in-time "
        "notices, the Article 30 record and the DPV export give its period for none of these"};
    ctx.sink->Add(std::move(d));
  }
}

// A purpose with records of its own, one of whose kinds of data none of them keeps while a record
// naming only other purposes, about other people, does: that kind has no period for this purpose (user test s30 F2:
// staff DBS results, kept only in the volunteers' record). One warning per purpose, naming the kinds.
void CheckKindsKept(const RuleContext& ctx, size_t p, const std::vector<source::Kept>& kept) {
  const auto& m = ctx.model;
  const auto& purpose = m.purposes[p];
  std::vector<std::string> kinds, records;
  for (const auto& c : purpose.categories) {
    bool own = false;
    std::vector<std::string> others;
    for (size_t r = 0; r < m.retention.size() && r < kept.size(); ++r) {
      const auto& rec = m.retention[r];
      if (!RuleContext::Uses(rec.categories, c.id)) continue;
      if (kept[r] != source::Kept::kNo) {
        own = true;
      } else if (!rec.purposes_pointer.empty()) {
        // A record about the same people may keep their data of this purpose too; one about other
        // people cannot (the volunteers' DBS record and the staff).
        if (r < ctx.scope.retention.size() && p < ctx.scope.purposes.size() &&
            source::Any(source::Intersect(ctx.scope.retention[r], ctx.scope.purposes[p]))) {
          own = true;
        } else {
          others.push_back("'" + rec.id + "'");
        }
      }
    }
    if (own || others.empty()) continue;
    kinds.push_back("'" + c.id + "'");
    for (const auto& o : others) {
      if (std::find(records.begin(), records.end(), o) == records.end()) records.push_back(o);
    }
  }
  if (kinds.empty()) return;
  const bool one = records.size() == 1;
  auto d = diag::Make(diag::Severity::kWarning, m.file, purpose.pointer,
                      "purpose '" + purpose.id + "' keeps its " + JoinIds(kinds, " and ") +
                          " for no stated period: the record" + (one ? " " : "s ") + "that keep" + (one ? "s" : "") +
                          " it (" + JoinIds(records, " and ") + ") name" + (one ? "s" : "") + " only other purposes",
                      "retention");
  d.hints = {"add '" + purpose.id + "' to the \"purposes\" of " + JoinIds(records, " or ") +
             " if it keeps this purpose's data too, or add that kind of data to one of this purpose's own records "
             "(UK GDPR Art 13(2)(a), 14(2)(a))"};
  ctx.sink->Add(std::move(d));
}

// Art 13(2)(a), 14(2)(a): a purpose whose kinds of data are kept only by records that name other
// purposes gets no period anywhere (user test s29 F6: a bereavement app's diary notes, kept only in
// the groups' file, which names the groups' purpose). A kind no record keeps is reported at the
// kind; a record that may or may not be the purpose's, by CheckRecordPurposes.
void CheckPurposesKept(const RuleContext& ctx) {
  const auto& m = ctx.model;
  for (size_t p = 0; p < m.purposes.size(); ++p) {
    const auto& purpose = m.purposes[p];
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(m, ctx.scope, p);
    if (std::any_of(kept.begin(), kept.end(), [](source::Kept k) { return k != source::Kept::kNo; })) {
      CheckKindsKept(ctx, p, kept);
      continue;
    }
    // The records that keep its kinds of data for other purposes: those about its people (the
    // patients' care file is no place for the siblings' app), else any.
    std::vector<std::string> records, kinds;
    for (const bool same_people : {true, false}) {
      if (!records.empty()) break;
      for (size_t r = 0; r < m.retention.size(); ++r) {
        const auto& rec = m.retention[r];
        if (rec.purposes_pointer.empty() || RuleContext::Uses(rec.purposes, purpose.id)) continue;
        // A record naming a purpose the source lacks may mean this one (a misspelt id): that error says it.
        if (std::any_of(rec.purposes.begin(), rec.purposes.end(), [&](const source::Ref& x) {
              return std::none_of(m.purposes.begin(), m.purposes.end(), [&](const auto& q) { return q.id == x.id; });
            }))
          continue;
        if (same_people && r < ctx.scope.retention.size() && p < ctx.scope.purposes.size() &&
            !source::Any(source::Intersect(ctx.scope.retention[r], ctx.scope.purposes[p])))
          continue;
        bool keeps = false;
        for (const auto& c : rec.categories) {
          if (!RuleContext::Uses(purpose.categories, c.id)) continue;
          keeps = true;
          if (std::find(kinds.begin(), kinds.end(), "'" + c.id + "'") == kinds.end()) kinds.push_back("'" + c.id + "'");
        }
        if (keeps) records.push_back("'" + rec.id + "'");
      }
    }
    if (records.empty()) continue;
    const bool one = records.size() == 1;
    auto d = diag::Make(diag::Severity::kWarning, m.file, purpose.pointer,
                        "purpose '" + purpose.id + "' has no retention period: the record" + (one ? " " : "s ") +
                            "that keep" + (one ? "s" : "") + " its " + JoinIds(kinds, " and ") + " (" +
                            JoinIds(records, " and ") + ") name" + (one ? "s" : "") + " only other purposes",
                        "retention");
    d.hints = {"add '" + purpose.id + "' to the \"purposes\" of " + JoinIds(records, " or ") +
               " if it keeps this purpose's data too, or add a retention record for it (UK GDPR Art 13(2)(a), "
               "14(2)(a))"};
    ctx.sink->Add(std::move(d));
  }
}

}  // namespace

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
  CheckRecordPurposes(ctx);
  CheckPurposesKept(ctx);
}

}  // namespace pnc::rules
