#pragma once
// report: diagnostics → text in the four output formats (human, short, json, sarif). No printing.
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

/// "2 errors, 1 warning" (empty when both are zero).
std::string Summary(int errors, int warnings);

}  // namespace pnc::report
