#pragma once
// cli: command-line words → a Command. No I/O.
#include <string>
#include <vector>

#include "driver/build.h"
#include "report/format.h"

namespace pnc::cli {

/// What the user asked for.
struct Command {
  std::string verb;              // build, lint, explain, rules, translate-export, translate-import, help, version
  driver::Options options;
  report::Format diagnostic_format = report::Format::kHuman;
  bool werror = false;
  std::string data_dir;
  std::string depfile;
  bool readability = false;
  bool draft = false;
  std::string report_format = "human";  // lint --draft --format
  std::string locale;                   // translate, explain
  std::string audience;                 // explain: "adult", "child" or "" (both)
  std::string output;                   // translate export -o
  std::string po_file;                  // translate import
  std::string date;                     // lint --draft --date
  std::string since;                    // diff --since: the git revision of the old version
  std::string fail_on;                  // diff --fail-on: "material", "any" or "" (never fail)
  std::vector<std::string> files;       // sources or drafts
};

/// Parses argv; on a usage error returns false with a message.
bool ParseArgs(const std::vector<std::string>& args, Command* out, std::string* error);

/// The --help text.
std::string HelpText();

}  // namespace pnc::cli
