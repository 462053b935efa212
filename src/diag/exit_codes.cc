// diag: what a run found → its exit code, the one place that decides it.
#include "diag/exit_codes.h"

namespace pnc::diag {
namespace {

// Higher is worse: the order ExitCodeFor tries the outcomes in.
int Rank(int code) {
  switch (code) {
    case kExitInternal:
      return 5;
    case kExitUsage:
      return 4;
    case kExitFile:
      return 3;
    case kExitInputErrors:
      return 2;
    case kExitWarnings:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

int ExitCodeFor(const Outcome& o, bool werror) {
  if (o.internal_error) return kExitInternal;
  if (o.usage_error) return kExitUsage;
  if (o.file_error) return kExitFile;
  if (o.errors > 0) return kExitInputErrors;
  if (werror && o.warnings > 0) return kExitWarnings;
  return kExitOk;
}

int SetupExitCode(const std::vector<Diagnostic>& findings) {
  Outcome o;
  for (const auto& d : findings) {
    o.internal_error = o.internal_error || d.rule == "internal";
    o.file_error = o.file_error || d.rule.empty();
    if (d.severity == Severity::kError) ++o.errors;
  }
  // No finding at all is pnc's fault too: a failed load always says why.
  if (o.errors == 0) o.internal_error = true;
  return ExitCodeFor(o);
}

int WorseExit(int a, int b) { return Rank(b) > Rank(a) ? b : a; }

}  // namespace pnc::diag
