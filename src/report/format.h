#pragma once
// report: diagnostics → text in the four output formats (human, short, json, sarif). No printing.
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pnc::report {
using diag::Diagnostic;
using diag::Severity;
using diag::Sink;

/// Output formats for diagnostics.
enum class Format { kHuman, kShort, kJson, kSarif };

/// Parses "human", "short", "json" or "sarif"; false if unknown.
bool ParseFormat(std::string_view name, Format* out);

/// Renders all diagnostics in `sink` (already sorted) in `format`; human and short end with a
/// count line such as "2 errors, 1 warning" when there is anything to count.
std::string Render(const Sink& sink, Format format);

/// `text` safe to print on a terminal: control characters (C0 but tab, DEL, C1), bidi controls
/// (U+200E/F, U+202A-U+202E, U+2066-U+2069) and invalid UTF-8 bytes are shown as escapes such as
/// "\x1b" or "\u{202e}", so a source or path cannot send escape sequences or reorder the line.
std::string Printable(std::string_view text);

/// A file path as a SARIF artifact URI reference: every byte but A-Z a-z 0-9 - . _ ~ / is
/// percent-encoded.
std::string UriOf(std::string_view path);

/// The SARIF `tool.driver.rules` entries of the rules in `used` (ids not in the rule table are
/// left out), in rule-table order, and each one's index there: a result's `ruleIndex`. Both SARIF
/// writers (source lint here, draft lint in draft/report_sarif.cc) use it, so their rule metadata
/// and indexes agree.
nlohmann::ordered_json SarifRules(const std::set<std::string>& used, std::map<std::string, int>* index);

/// "2 errors, 1 warning" (empty when both are zero).
std::string Summary(int errors, int warnings);

}  // namespace pnc::report
