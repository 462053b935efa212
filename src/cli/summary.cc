// cli: build results → the success summary line; human diagnostics → coloured text for a terminal.
#include "cli/summary.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <set>

namespace pnc::cli {

std::string BuildSummary(const std::vector<std::string>& written, const std::string& out_dir, double seconds) {
  if (written.empty()) return "";
  std::set<std::string> folders;
  for (const auto& path : written) folders.insert(path.substr(0, path.rfind('/')));
  char time[32];
  std::snprintf(time, sizeof time, "%.1f", seconds);
  std::string dir = out_dir;
  if (dir.empty() || dir.back() != '/') dir += '/';
  auto plural = [](size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return "built " + plural(folders.size(), "notice", "notices") + ", " + plural(written.size(), "file", "files") +
         " in " + dir + " in " + time + " s";
}

bool ColourOnStderr() {
  const char* no = std::getenv("NO_COLOR");
  if (no && *no) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(STDERR_FILENO) == 1;
}

std::string Colourise(const std::string& text) {
  struct Mark {
    const char* word;
    const char* colour;
  };
  static constexpr Mark kMarks[] = {{": error:", "\x1b[1;31m"}, {": warning:", "\x1b[1;35m"}, {"hint:", "\x1b[1;36m"}};
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
    for (const auto& m : kMarks) {
      size_t at = line.find(m.word);
      // "hint:" only at the start of a line; error/warning after the file:line:col.
      if (at == std::string::npos || (m.word[0] == 'h' && at != 0)) continue;
      size_t word = m.word[0] == ':' ? at + 2 : at;
      size_t word_end = at + std::string(m.word).size();
      line = line.substr(0, word) + m.colour + line.substr(word, word_end - word) + "\x1b[0m" + line.substr(word_end);
      break;
    }
    out += line;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace pnc::cli
