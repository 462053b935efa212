// cli: commands whose stages are still being built (draft lint).
#include <iostream>

#include "cli/commands.h"
#include "driver/exit_codes.h"

namespace pnc::cli {

int RunDraft(const Command&) {
  std::cerr << "pnc: lint --draft is not available in this build\n";
  return kExitUsage;
}

}  // namespace pnc::cli
