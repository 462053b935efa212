#pragma once
// rules: what every rule family gets, and the one way rules report (severity from the table,
// softened to a warning when the notice predates the rule's in-force date).
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "rules/law_data.h"
#include "rules/lint.h"
#include "source/model.h"

namespace pnc::rules {

/// Shared state for one lint run.
struct RuleContext {
  const source::Model& model;
  const LawData& law;
  const LintOptions& options;
  diag::Sink* sink;
  /// Reports under `rule` at `pointer`.
  void Report(const std::string& rule, const std::string& pointer, std::string message,
              std::vector<std::string> hints = {}) const;
  /// The notice's effective date (YYYY-MM-DD; "9999-12-31" when unknown, so current law applies).
  std::string Date() const;
  /// True when `id` appears in `refs`.
  static bool Uses(const std::vector<source::Ref>& refs, const std::string& id);
};

/// Rule families, one file each.
void CheckIdentity(const RuleContext& ctx);
void CheckPurposes(const RuleContext& ctx);
void CheckData(const RuleContext& ctx);
void CheckSharing(const RuleContext& ctx);
void CheckRights(const RuleContext& ctx);
void CheckReferences(const RuleContext& ctx);
/// Custom section ids that would clash with pnc's own anchors (references.cc).
void CheckSectionIds(const RuleContext& ctx);
void CheckTerminology(const RuleContext& ctx);
void CheckTranslations(const RuleContext& ctx);
void CheckChildText(const RuleContext& ctx);

}  // namespace pnc::rules
