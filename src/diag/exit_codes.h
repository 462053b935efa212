#pragma once
// driver: pnc's exit codes (the README has the same table).

namespace pnc {

/// Process exit codes.
enum ExitCode : int {
  kExitOk = 0,          // success; warnings allowed
  kExitInputErrors = 1, // a source (or draft) has errors
  kExitUsage = 2,       // bad command line
  kExitWarnings = 3,    // warnings under --werror
  kExitFile = 4,        // a file cannot be read or written
  kExitInternal = 70,   // a bug or broken installation (EX_SOFTWARE)
};

}  // namespace pnc
