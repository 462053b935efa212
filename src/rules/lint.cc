// rules: runs the rule families.
#include "rules/lint.h"

#include <algorithm>

#include "law/registry.h"
#include "rules/context.h"

namespace pnc::rules {

void RuleContext::Report(const std::string& rule, const std::string& pointer, std::string message,
                         std::vector<std::string> hints) const {
  const RuleInfo* info = FindRule(rule);
  auto severity = info ? info->severity : diag::Severity::kError;
  if (info && !info->in_force.empty() && Date() < info->in_force) {
    // Judged by the law on the notice's date: before the rule applied it is good practice only.
    severity = diag::Severity::kWarning;
    hints.push_back("required for notices dated from " + std::string(info->in_force) + "; this notice is dated " +
                    Date());
  }
  auto d = diag::Make(severity, model.file, pointer, std::move(message), rule);
  d.hints = std::move(hints);
  sink->Add(std::move(d));
}

std::string RuleContext::Date() const { return model.notice.date.empty() ? "9999-12-31" : model.notice.date; }

std::string RuleContext::RegulatorDate() const { return options.as_of.empty() ? Date() : options.as_of; }

bool RuleContext::Uses(const std::vector<source::Ref>& refs, const std::string& id) {
  return std::any_of(refs.begin(), refs.end(), [&](const source::Ref& r) { return r.id == id; });
}

void Lint(const source::Model& model, const LawData& law, const LintOptions& options, diag::Sink* sink) {
  RuleContext ctx{model, law, options, sink};
  CheckReferences(ctx);
  CheckIdentity(ctx);
  CheckPurposes(ctx);
  CheckData(ctx);
  CheckSharing(ctx);
  CheckTransferPlaces(ctx);
  CheckRights(ctx);
  CheckTerminology(ctx);
  CheckTranslations(ctx);
  CheckDefaultLocale(ctx);
  CheckChildText(ctx);
  CheckCategoryText(ctx);
  CheckScheduleOne(ctx);
  CheckRegulator(ctx);
  CheckScope(ctx);
  CheckBands(ctx);
  CheckWhoseData(ctx);
  CheckWhoseRecords(ctx);
  CheckWhoseSources(ctx);
  CheckStrayFields(ctx);
  CheckObligedConsent(ctx);
  CheckChildConsistency(ctx);
  CheckDrafts(ctx);
  CheckWording(ctx);
  CheckRepeated(ctx);
  CheckPublicAuthority(ctx);
  CheckChildConsent(ctx);
}

}  // namespace pnc::rules
