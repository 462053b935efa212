#pragma once
// cli: the one-line summary after a build ("built 3 notices, 14 files in out/ in 0.2 s") and the
// terminal checks that decide colour. Printing stays in the callers.
#include <string>
#include <vector>

namespace pnc::cli {

/// "built N notice(s), M file(s) in DIR/ in S s", or "" when nothing was written. A notice is
/// one output folder (a source); files are the paths in `written`.
std::string BuildSummary(const std::vector<std::string>& written, const std::string& out_dir, double seconds);

/// Whether standard error is a terminal and NO_COLOR is unset (https://no-color.org).
bool ColourOnStderr();

/// `text` (human diagnostics) with "error:", "warning:" and "hint:" coloured for a terminal.
std::string Colourise(const std::string& text);

}  // namespace pnc::cli
