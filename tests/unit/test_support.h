#pragma once
// tests: shared helpers: pnc's data loaded once, and lint/build of a source given as text.
#include <nlohmann/json.hpp>
#include <string>

#include "diag/diagnostic.h"
#include "driver/resources.h"
#include "notice/notice_doc.h"

namespace pnc::test {

/// The repository's data (law, regulator, catalogues, templates), loaded once.
const driver::Resources& Data();

/// A small, valid source that satisfies every rule (tests mutate it).
nlohmann::json BaseSource();

/// Loads and lints `text` as file "t.json"; returns the diagnostics in short format, one per line,
/// without the final count line.
std::string Lint(const std::string& text, bool allow_fallback = false, bool strict = false);

/// Lints a JSON value (dumped with 2-space indent).
std::string LintJson(const nlohmann::json& source);

/// Builds the adult NoticeDoc for `locale` from a JSON value; diagnostics go to `sink`.
notice::NoticeDoc Build(const nlohmann::json& source, const std::string& locale, diag::Sink* sink,
                        bool child = false);

}  // namespace pnc::test
