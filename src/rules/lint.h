#pragma once
// rules: Model → Diagnostics. Runs every rule family over one source, in every declared locale.
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "law/law_data.h"
#include "law/rights.h"
#include "locale/catalogue.h"
#include "source/model.h"
#include "source/scope.h"

namespace pnc::rules {

/// Options that change what the lint reports.
struct LintOptions {
  bool strict = false;          // stale translations are errors
  bool allow_fallback = false;  // missing translations are warnings (default-locale text is used)
  std::string as_of;            // date the regulator's details are chosen for ("" = the notice's date)
  bool preview = false;         // unconfirmed items are warnings: a draft marked as such is built
  /// The messages (key → text) of the catalogue of the source's default locale, for checking
  /// `wording` overrides and repeated sentences; nullptr skips those checks.
  const std::map<std::string, std::string>* catalogue = nullptr;
  /// The English catalogue, which records the keys `wording` cannot override; nullptr skips that.
  const locale::Catalogue* english = nullptr;
};

/// Checks one source; diagnostics carry JSON pointers (positions are filled in by the caller).
void Lint(const source::Model& model, const LawData& law, const LintOptions& options, diag::Sink* sink);

}  // namespace pnc::rules
