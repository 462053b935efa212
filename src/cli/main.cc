// cli: the pnc executable: argv → command → exit code. The only code that prints or exits.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/memory.h"
#include "diag/exit_codes.h"
#include "report/format.h"

namespace {

int Dispatch(const pnc::cli::Command& cmd) {
  try {
    if (cmd.verb == "help") {
      std::string topic = pnc::cli::CommandHelpText(cmd.help_topic);
      std::cout << (topic.empty() ? pnc::cli::HelpText() : topic);
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
    if (cmd.verb == "init") return pnc::cli::RunInit(cmd);
    if (cmd.verb == "watch") return pnc::cli::RunWatch(cmd);
    if (cmd.verb == "diff") return pnc::cli::RunDiff(cmd);
    return pnc::cli::RunBuild(cmd);
  } catch (const std::bad_alloc&) {
    // No allocation here: the heap is what ran out.
    std::fputs("pnc: internal error: out of memory; nothing more was written\n", stderr);
    return pnc::kExitInternal;
  } catch (const std::exception& e) {
    std::cerr << "pnc: internal error: " << e.what() << "\nPlease report this with the input that caused it.\n";
    return pnc::kExitInternal;
  } catch (...) {
    std::cerr << "pnc: internal error\n";
    return pnc::kExitInternal;
  }
}

// Standard output that could not be written (a full disk, /dev/full, a closed pipe) is a
// failure, exit 4, never a report silently lost.
int FinishOutput(int code) {
  std::cout.flush();
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  int error = errno;
  if (std::fclose(stdout) != 0 && !failed) {
    failed = true;
    error = errno;
  }
  if (!failed) return code;
  std::fprintf(stderr, "pnc: error: cannot write standard output: %s\n", std::strerror(error));
  return code == pnc::kExitInternal ? code : pnc::kExitFile;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  pnc::cli::Command cmd;
  std::string error;
  if (!pnc::cli::ParseArgs(args, &cmd, &error)) {
    std::cerr << "pnc: " << pnc::report::Printable(error) << "\nTry 'pnc --help' for more information.\n";
    return pnc::kExitUsage;
  }
  return FinishOutput(Dispatch(cmd));
}
