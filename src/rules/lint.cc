// rules: runs the rule families and derives the applicable rights.
#include "rules/lint.h"

#include <algorithm>

#include "rules/context.h"
#include "rules/registry.h"

namespace pnc::rules {

void RuleContext::Report(const std::string& rule, const std::string& pointer, std::string message,
                         std::vector<std::string> hints) const {
  const RuleInfo* info = FindRule(rule);
  auto severity = info ? info->severity : diag::Severity::kError;
  if (info && !info->in_force.empty() && Date() < info->in_force) {
    // Judged by the law on the notice's date: before the rule applied it is good practice only.
    severity = diag::Severity::kWarning;
    hints.push_back("required for notices dated from " + std::string(info->in_force) +
                    "; this notice is dated " + Date());
  }
  auto d = diag::Make(severity, model.file, pointer, std::move(message), rule);
  d.hints = std::move(hints);
  sink->Add(std::move(d));
}

std::string RuleContext::Date() const {
  return model.notice.date.empty() ? "9999-12-31" : model.notice.date;
}

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
  CheckRights(ctx);
  CheckTerminology(ctx);
  CheckTranslations(ctx);
  CheckChildText(ctx);
  CheckCategoryText(ctx);
  CheckScheduleOne(ctx);
  CheckRegulator(ctx);
}

bool PurposeGivesRight(const RightDef& right, const source::Purpose& p) {
  bool gives = false;
  for (const auto& b : right.bases) gives = gives || RuleContext::Uses(p.bases, b);
  for (const auto& c : right.article_9) gives = gives || p.special.id.id == c;
  gives = gives || (right.direct_marketing && p.direct_marketing);
  // Art 20(1)(b): only processing carried out by automated means.
  if (right.needs_automated_means && p.automated_means == false) gives = false;
  return gives;
}

std::vector<std::string> ApplicableRights(const source::Model& model, const LawData& law) {
  std::vector<std::string> out;
  for (const auto& right : law.rights) {
    bool applies = right.bases.empty() && right.article_9.empty() && !right.direct_marketing &&
                   right.decision_conditions.empty();
    for (const auto& p : model.purposes) applies = applies || PurposeGivesRight(right, p);
    for (const auto& d : model.decisions) {
      for (const auto& c : right.decision_conditions) applies = applies || d.special.id.id == c;
    }
    if (right.needs_decisions && model.decisions.empty()) applies = false;
    if (applies) out.push_back(right.id);
  }
  return out;
}

}  // namespace pnc::rules
