#pragma once
// tests: shared helpers: pnc's data loaded once, and lint/build of a source given as text.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "driver/build.h"
#include "driver/resources.h"

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

/// The lines of `text` (diagnostics in short format) that carry the rule id `rule`.
std::vector<std::string> Lines(const std::string& text, const std::string& rule);

/// Builds the adult NoticeDoc for `locale` from a JSON value; diagnostics go to `sink`.
notice::NoticeDoc Build(const nlohmann::json& source, const std::string& locale, diag::Sink* sink, bool child = false);

/// The examples in notices/ and the test sources that build (tests/cases/truth/*/input.json, issue 11;
/// tests/cases/history/*/input.json, issue 17; tests/cases/children/*/input.json, age bands).
std::vector<std::string> TruthSources();

/// Compiles `path` (or `text`, named `path`, when given) with `options`; the result owns its text.
std::unique_ptr<driver::Compiled> CompileSource(const std::string& path, const driver::Options& options = {},
                                                const std::string* text = nullptr);

/// The HTML page of one document.
std::string HtmlOf(const notice::NoticeDoc& doc);

/// The text a reader sees on an HTML page pnc wrote, one text node per entry (whitespace
/// collapsed), leaving out the page furniture: <head>, pictograms (svg), the skip link, the
/// language switcher, the contents list, "Back to contents", and the labels of the meta line.
std::vector<std::string> VisibleText(const std::string& html, const notice::NoticeDoc& doc);

/// Whitespace runs collapsed to one space, trimmed.
std::string Collapse(const std::string& text);

}  // namespace pnc::test
