#pragma once
// diag: pnc's exit codes (the README has the same table) and the one function that turns what a
// run found into one. Every command (build, lint, lint --draft, --readability, explain,
// translate) returns through it.

#include <vector>

#include "diag/diagnostic.h"

namespace pnc {

/// Process exit codes.
enum ExitCode : int {
  kExitOk = 0,           // success; warnings allowed
  kExitInputErrors = 1,  // a source (or draft) has errors
  kExitUsage = 2,        // bad command line
  kExitWarnings = 3,     // warnings under --werror
  kExitFile = 4,         // a file cannot be read or written
  kExitInternal = 70,    // a bug or broken installation (EX_SOFTWARE)
};

namespace diag {

/// What a run (or one file of it) found, for its exit code.
struct Outcome {
  bool internal_error = false;  // pnc's own data or code failed
  bool usage_error = false;     // the inputs cannot be used together as named
  bool file_error = false;      // a file could not be read or written
  int errors = 0;
  int warnings = 0;
};

/// The exit code for `o`: the first that applies of internal error, usage, file, errors,
/// warnings under --werror, else ok.
int ExitCodeFor(const Outcome& o, bool werror = false);

/// The exit code when pnc's data directory could not be loaded (driver::LoadResources's findings):
/// 70 when one is pnc's own fault (rule "internal"), 4 when a file cannot be read (no rule), else 1
/// (an edited catalogue in a --data-dir that is not well-formed, at its place).
int SetupExitCode(const std::vector<Diagnostic>& findings);

/// The worse of two exit codes, for a run over several files, in the order ExitCodeFor tries them.
int WorseExit(int a, int b);

}  // namespace diag
}  // namespace pnc
