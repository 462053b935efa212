#pragma once
// cli: command-line words → a Command. No I/O.
#include <string>
#include <vector>

#include "driver/build.h"
#include "report/format.h"

namespace pnc::cli {

/// What the user asked for.
struct Command {
  std::string verb;  // build, lint, explain, rules, translate-export, translate-import, init, watch, help, version
  std::string help_topic;  // help: the command of "pnc COMMAND --help" ("" = all of pnc)
  bool quiet = false;      // --quiet: no summary line, no progress
  std::string from;        // init --from: an existing notice to start from
  bool force = false;      // init --force: replace an existing file
  bool serve = false;      // watch --serve [PORT]
  int port = 8000;
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

/// The checks of a parsed Command as a whole, after ParseArgs has read every word (args_check.cc):
/// false with a usage message when its options do not fit together.
bool CheckCommand(Command* out, std::string* error);

/// The per-source formats among `formats` (ropa, dpv), which write a record made from the source's
/// facts rather than render a document, with their files and what that means for `pnc explain`:
/// "ropa (ropa.csv, ropa.xlsx) is a record made from the source's facts, not a notice"; "" for
/// none (args_check.cc).
std::string RecordFormats(const std::vector<std::string>& formats);

/// The --help text (help_text.cc).
std::string HelpText();

/// The help of one command ("build", "lint", "explain", "translate", "init", "watch"), for
/// `pnc COMMAND --help` (command_help.cc); "" for an unknown one.
std::string CommandHelpText(const std::string& verb);

/// `args` with the command word (and translate's export/import) moved before any global options
/// given ahead of it: "--data-dir D lint x" → "lint --data-dir D x" (args_order.cc).
std::vector<std::string> CommandFirst(const std::vector<std::string>& args);

/// A TCP port from 1024 to 65535 (args_order.cc).
bool ParsePort(const std::string& text, int* port);

}  // namespace pnc::cli
