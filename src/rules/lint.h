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
  std::string as_of;            // date the regulator's details are chosen for ("" = the notice's date)
};

/// Checks one source; diagnostics carry JSON pointers (positions are filled in by the caller).
void Lint(const source::Model& model, const LawData& law, const LintOptions& options, diag::Sink* sink);

/// The ids of the data-subject rights that apply to this source (derived from its lawful bases,
/// conditions and automated decisions), in data/law.json order.
std::vector<std::string> ApplicableRights(const source::Model& model, const LawData& law);

/// True when `purpose` gives `right` by its bases, Art 9 condition, direct marketing and, for a
/// right that needs it, processing by automated means (unset counts as automated: the right is
/// stated until the source says otherwise, and lint asks).
bool PurposeGivesRight(const RightDef& right, const source::Purpose& purpose);

}  // namespace pnc::rules
