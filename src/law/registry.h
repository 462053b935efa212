#pragma once
// law: the one table of lint rules (id, severity, summary, legal reference), shared by the
// source lint and the draft lint.
#include <span>
#include <string_view>

#include "diag/diagnostic.h"

namespace pnc::rules {

/// One row of the rule table.
struct RuleInfo {
  std::string_view id;         // stable kebab-case id
  diag::Severity severity;     // default severity
  std::string_view summary;    // what the rule requires, one line
  std::string_view reference;  // the law or guidance it enforces
  std::string_view in_force;   // ISO date from which it is required ("" = always)
};

/// Every rule, in the order `pnc lint --rules` lists them.
std::span<const RuleInfo> AllRules();

/// The rule with this id, or nullptr.
const RuleInfo* FindRule(std::string_view id);

}  // namespace pnc::rules
