// cli: the pnc executable: argv → command → exit code. The only code that prints or exits.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/memory.h"
#include "driver/exit_codes.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  pnc::cli::Command cmd;
  std::string error;
  if (!pnc::cli::ParseArgs(args, &cmd, &error)) {
    std::cerr << "pnc: " << error << "\nTry 'pnc --help' for more information.\n";
    return pnc::kExitUsage;
  }
  try {
    if (cmd.verb == "help") {
      std::cout << pnc::cli::HelpText();
      return pnc::kExitOk;
    }
    if (cmd.verb == "version") {
      std::cout << "pnc " << PNC_VERSION << "\n";
      return pnc::kExitOk;
    }
    if (cmd.verb == "rules") return pnc::cli::RunRules();
    pnc::cli::TuneMemoryForOneRun();
    if (cmd.verb == "lint" && cmd.draft) return pnc::cli::RunDraft(cmd);
    if (cmd.verb == "lint" && cmd.readability) return pnc::cli::RunReadability(cmd);
    if (cmd.verb.rfind("translate", 0) == 0) return pnc::cli::RunTranslate(cmd);
    if (cmd.verb == "explain") return pnc::cli::RunExplain(cmd);
    return pnc::cli::RunBuild(cmd);
  } catch (const std::exception& e) {
    std::cerr << "pnc: internal error: " << e.what() << "\nPlease report this with the input that caused it.\n";
    return pnc::kExitInternal;
  } catch (...) {
    std::cerr << "pnc: internal error\n";
    return pnc::kExitInternal;
  }
}
