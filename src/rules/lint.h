#pragma once
// rules: Model → Diagnostics. Runs every rule family over one source, in every declared locale.
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "rules/law_data.h"
#include "source/model.h"

namespace pnc::rules {

/// Options that change what the lint reports.
struct LintOptions {
  bool strict = false;          // stale translations are errors
  bool allow_fallback = false;  // missing translations are warnings (default-locale text is used)
};

/// Checks one source; diagnostics carry JSON pointers (positions are filled in by the caller).
void Lint(const source::Model& model, const LawData& law, const LintOptions& options, diag::Sink* sink);

/// The ids of the data-subject rights that apply to this source (derived from its lawful bases,
/// conditions and automated decisions), in data/law.json order.
std::vector<std::string> ApplicableRights(const source::Model& model, const LawData& law);

}  // namespace pnc::rules
