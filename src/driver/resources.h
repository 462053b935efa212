#pragma once
// driver: pnc's own data (law, regulator, locale catalogues, templates), read once per process.
#include <map>
#include <memory>
#include <string>

#include "diag/diagnostic.h"
#include "locale/catalogue.h"
#include "readability/locale_data.h"
#include "rules/law_data.h"

namespace pnc::driver {

/// Everything under the data directory that a build needs.
struct Resources {
  std::string data_dir;
  rules::LawData law;
  std::map<std::string, std::unique_ptr<locale::Catalogue>> catalogues;  // by locale code
  std::map<std::string, std::string> templates;  // "templates/html/page.mustache" → text
  std::map<std::string, readability::LocaleData> readability;  // accessibility/readability/<code>.json
  std::vector<std::string> pdf_inputs;  // large-print.json and the font files it names (for depfiles)
  /// The catalogue for `code`, or nullptr.
  const locale::Catalogue* Catalogue(const std::string& code) const;
};

/// Loads the data directory; problems (pnc's own data is broken) go to `sink` as errors with the
/// rule "internal" and the result is false.
bool LoadResources(const std::string& data_dir, Resources* out, diag::Sink* sink);

/// The data directory: $PNC_DATA_DIR, else the source tree pnc was built from.
std::string DefaultDataDir();

}  // namespace pnc::driver
