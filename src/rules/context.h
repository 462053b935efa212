#pragma once
// rules: what every rule family gets, and the one way rules report (severity from the table,
// softened to a warning when the notice predates the rule's in-force date).
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "law/law_data.h"
#include "rules/lint.h"
#include "source/model.h"

namespace pnc::rules {

/// Shared state for one lint run.
struct RuleContext {
  const source::Model& model;
  const LawData& law;
  const LintOptions& options;
  diag::Sink* sink;
  /// Whom each item concerns (computed once per lint run).
  source::Scope scope = source::ComputeScope(model);
  /// Reports under `rule` at `pointer`.
  void Report(const std::string& rule, const std::string& pointer, std::string message,
              std::vector<std::string> hints = {}) const;
  /// The notice's effective date (YYYY-MM-DD; "9999-12-31" when unknown, so current law applies).
  std::string Date() const;
  /// The date the regulator's details are chosen for: --as-of, else the notice's date.
  std::string RegulatorDate() const;
  /// True when `id` appears in `refs`.
  static bool Uses(const std::vector<source::Ref>& refs, const std::string& id);
};

/// Rule families, one file each.
void CheckIdentity(const RuleContext& ctx);
void CheckPurposes(const RuleContext& ctx);
void CheckData(const RuleContext& ctx);
void CheckSharing(const RuleContext& ctx);
/// Adequacy transfers whose destination names no place UK adequacy regulations cover (transfer_places.cc).
void CheckTransferPlaces(const RuleContext& ctx);
void CheckRights(const RuleContext& ctx);
void CheckReferences(const RuleContext& ctx);
/// Custom section ids that would clash with pnc's own anchors (references.cc).
void CheckSectionIds(const RuleContext& ctx);
void CheckTerminology(const RuleContext& ctx);
void CheckTranslations(const RuleContext& ctx);
/// default-locale: plain-string texts read as the other of Welsh and English (translations.cc).
void CheckDefaultLocale(const RuleContext& ctx);
void CheckChildText(const RuleContext& ctx);
void CheckCategoryText(const RuleContext& ctx);
void CheckScheduleOne(const RuleContext& ctx);
void CheckRegulator(const RuleContext& ctx);
void CheckScope(const RuleContext& ctx);
/// Items limited to age bands, and children's wording given per band (bands.cc).
void CheckBands(const RuleContext& ctx);
/// Data categories said to concern children together with other groups (whose_data.cc).
void CheckWhoseData(const RuleContext& ctx);
void CheckWhoseRecords(const RuleContext& ctx);
/// whose-data: a source another body is, giving a kind of data purposes about different groups use.
void CheckWhoseSources(const RuleContext& ctx);
/// Purpose fields that match neither its lawful bases nor its data (stray_fields.cc).
void CheckStrayFields(const RuleContext& ctx);
/// Explicit consent on data the person is obliged to give (obliged_consent.cc).
void CheckObligedConsent(const RuleContext& ctx);
void CheckChildConsistency(const RuleContext& ctx);
void CheckDrafts(const RuleContext& ctx);
void CheckWording(const RuleContext& ctx);
void CheckRepeated(const RuleContext& ctx);
/// What a public authority cannot rely on or leave out (public_authority.cc).
void CheckPublicAuthority(const RuleContext& ctx);
/// Consent from children under 13 to an online service (child_consent.cc).
void CheckChildConsent(const RuleContext& ctx);

/// Looks up a Schedule 1 condition id; reports an unknown one under `rule`, with a did-you-mean
/// (also for a paragraph number) and at most a few of the ids in `fits`. Returns nullptr if unknown.
const LawTerm* KnownScheduleOne(const RuleContext& ctx, const source::Ref& ref, const std::string& rule,
                                const std::vector<std::string>& fits);
/// The ids of the data subject groups in `g`, in quotes ("'parents'"), in the source's order;
/// with `children` set, only the children groups (true) or only the others (false).
std::vector<std::string> QuotedGroupIds(const source::Model& m, const source::Groups& g, int children = -1);
/// Ids joined with ", ", the last with `last` (" and " for "'a', 'b' and 'c'").
std::string JoinIds(const std::vector<std::string>& ids, const std::string& last = ", ");
/// Ids joined with ", ", at most a few, then "and N more (see data/law.json)".
std::string CappedIds(const std::vector<std::string>& ids);
/// Ids of the Schedule 1 conditions that serve `use` (an Art 9 condition id, or "criminal").
std::vector<std::string> ScheduleOneFor(const LawData& law, const std::string& use);

}  // namespace pnc::rules
