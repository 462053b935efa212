#pragma once
// driver: pnc's own data (law, regulator, locale catalogues, the formats' input files), read once per process.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/data_files.h"
#include "law/law_data.h"
#include "locale/catalogue.h"
#include "readability/locale_data.h"

namespace pnc::driver {

/// Everything under the data directory that a build needs.
struct Resources {
  std::string data_dir;
  rules::LawData law;
  /// locales/<code>.json by code. Parsed on first use: a build in one locale reads one.
  std::map<std::string, std::string> catalogue_paths;
  std::map<std::string, readability::LocaleData> readability;  // accessibility/readability/<code>.json
  DataFiles files;  // the input files the output formats declare (templates, large-print settings, fonts)
  /// The catalogue for `code` (thread-safe); nullptr if there is none or, with `*error` set,
  /// if its file is unreadable or malformed.
  const locale::Catalogue* Catalogue(const std::string& code, std::string* error = nullptr) const;
  /// Every catalogue by code, parsed; throws std::runtime_error if one is malformed.
  std::map<std::string, const locale::Catalogue*> AllCatalogues() const;
  /// When Catalogue(code) failed through the user's fault (a translation whose {placeholders}
  /// differ from en.json's, that is not well-formed JSON, or whose JSON has the wrong shape), one
  /// input error per thing to fix, at its place in the file (rule catalogue-placeholders,
  /// json-syntax, source-encoding, missing-field, type-mismatch or invalid-value; no rule: the file
  /// cannot be read, exit 4). The English catalogue too: in a --data-dir it is an edited file.
  /// Empty for a good catalogue.
  std::vector<diag::Diagnostic> InputFindings(const std::string& code) const;

 private:
  /// What is wrong with `cat`'s placeholders against the English catalogue, or "" (catalogues_mu_ held).
  /// `text` is the catalogue file's text, where an input error's position is found.
  std::string CheckAgainstEnglishLocked(const std::string& code, const locale::Catalogue& cat,
                                        const std::string& text) const;
  mutable std::mutex catalogues_mu_;
  mutable std::map<std::string, std::unique_ptr<locale::Catalogue>> catalogues_;
  /// A translated catalogue's JSON syntax or encoding error, as an input finding (resources.cc).
  std::string SyntaxFinding(const std::string& path, const std::string& code, const std::string& text) const;
  /// A translated catalogue's wrong shape (Catalogue::Parse's problem), as an input finding.
  void ShapeFinding(const std::string& path, const std::string& code, const std::string& text,
                    const locale::ParseProblem& problem) const;
  mutable std::map<std::string, std::string> catalogue_errors_;
  mutable std::map<std::string, std::vector<diag::Diagnostic>> catalogue_findings_;  // see InputFindings
};

/// Loads the data directory; problems go to `sink` as errors and the result is false: pnc's own
/// data broken or missing with the rule "internal", an edited en.json that is malformed as that
/// file's input error at its place (diag::SetupExitCode gives the exit code).
bool LoadResources(const std::string& data_dir, Resources* out, diag::Sink* sink);

/// The data directory (data_dir.cc): $PNC_DATA_DIR, else `share/pnc` beside the executable's
/// folder when it holds data/law.json (an installed pnc: P/bin/pnc → P/share/pnc), else the source
/// tree pnc was built from. `--data-dir` overrides all three (the CLI passes it instead).
std::string DefaultDataDir();

/// `share/pnc` beside the folder of executable `exe`, if it holds pnc's data; else "".
std::string InstalledDataDir(const std::string& exe);

}  // namespace pnc::driver
