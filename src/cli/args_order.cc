// cli: argv as typed → argv with the command word first, so global options may precede it
// ("pnc --data-dir D lint x" was "unknown command '--data-dir'"). No I/O.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "cli/args.h"

namespace pnc::cli {
namespace {

// Options whose value is the next word (unless given as --name=value): that word is not the command.
bool TakesValue(const std::string& a) {
  static constexpr std::array kWithValue = {
      "-o",      "--out",  "--output",   "--format",  "--bilingual", "--paper",    "--diagnostic-format",
      "-j",      "--jobs", "--data-dir", "--depfile", "--locale",    "--audience", "--date",
      "--as-of", "--from", "--cache-dir"};
  return std::find(kWithValue.begin(), kWithValue.end(), a) != kWithValue.end();
}

bool AllDigits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

}  // namespace

bool ParsePort(const std::string& text, int* port) {
  if (!AllDigits(text) || text.size() > 5) return false;
  int p = std::stoi(text);
  if (p < 1024 || p > 65535) return false;
  *port = p;
  return true;
}

std::vector<std::string> CommandFirst(const std::vector<std::string>& args) {
  std::vector<std::string> lead;
  size_t i = 0;
  while (i < args.size() && args[i].size() > 1 && args[i][0] == '-' && args[i] != "--") {
    lead.push_back(args[i]);
    if (TakesValue(args[i]) && i + 1 < args.size())
      lead.push_back(args[++i]);
    else if (args[i] == "--serve" && i + 1 < args.size() && AllDigits(args[i + 1]))
      lead.push_back(args[++i]);
    ++i;
  }
  if (lead.empty()) return args;
  if (i >= args.size() || args[i] == "--") {
    // Options and no command: "pnc --help" and "pnc --version" keep working; anything else lacks one.
    for (const auto& a : lead) {
      if (a == "-h" || a == "--help") return {"help"};
    }
    for (const auto& a : lead) {
      if (a == "--version") return {"version"};
    }
    return {};
  }
  std::vector<std::string> out = {args[i++]};
  if ((out[0] == "translate" || out[0] == "cache") && i < args.size())
    out.push_back(args[i++]);  // export | import, info | clean
  out.insert(out.end(), lead.begin(), lead.end());
  out.insert(out.end(), args.begin() + static_cast<long>(i), args.end());
  return out;
}

}  // namespace pnc::cli
