// cli: commands → printed diagnostics/reports and exit codes.
#include "cli/commands.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/progress.h"
#include "cli/summary.h"
#include "diag/exit_codes.h"
#include "driver/files.h"
#include "driver/isolate.h"
#include "driver/resources.h"
#include "law/registry.h"
#include "report/format.h"

namespace pnc::cli {
namespace {

int ExitFor(const driver::Result& r, bool werror) {
  return diag::ExitCodeFor({r.internal_error, r.usage_error, r.file_error, r.sink.Errors(), r.sink.Warnings()}, werror);
}

std::string EscapeDep(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == ':') out.push_back('\\');
    if (c == '$') out.push_back('$');
    out.push_back(c);
  }
  return out;
}

// The first of `paths` holding a line break, which a depfile cannot hold, or "".
std::string LineBreakPath(const std::vector<std::string>& paths) {
  for (const auto& p : paths) {
    if (p.find_first_of("\n\r") != std::string::npos) return p;
  }
  return "";
}

}  // namespace

int RunRules() {
  for (const auto& r : rules::AllRules()) {
    std::printf("%-32s %-8s %s\n%-32s %-8s   [%s]%s\n", std::string(r.id).c_str(),
                r.severity == diag::Severity::kError ? "error" : "warning", std::string(r.summary).c_str(), "", "",
                std::string(r.reference).c_str(),
                r.in_force.empty() ? "" : (" (required from " + std::string(r.in_force) + ")").c_str());
  }
  return kExitOk;
}

int RunBuild(const Command& cmd) {
  if (std::string problem = driver::RenderTimeoutProblem(std::getenv("PNC_RENDER_TIMEOUT")); !problem.empty()) {
    std::cerr << "pnc: " << problem << "\n";
    return kExitUsage;
  }
  driver::Resources res;
  diag::Sink setup;
  if (!driver::LoadResources(cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir, &res, &setup)) {
    std::cerr << report::Render(setup, cmd.diagnostic_format);
    return diag::SetupExitCode(setup.All());
  }
  driver::Options options = cmd.options;
  options.write = cmd.verb == "build";
  if (!cmd.depfile.empty() && options.write) {
    // Checked before anything is built, so a depfile pnc may not write (a link it was not asked to
    // follow, a directory, a line break Make cannot read) fails the run with out/ untouched rather
    // than after the outputs are written. The write itself checks again (WriteFileAtomic).
    if (std::string problem = driver::WriteProblem(cmd.depfile, options.follow_symlinks); !problem.empty()) {
      std::cerr << "pnc: error: " << problem << " (the --depfile: nothing was built)\n";
      return kExitFile;
    }
    std::vector<std::string> named = options.sources;
    named.push_back(options.out_dir);
    named.push_back(res.data_dir);
    if (std::string bad = LineBreakPath(named); !bad.empty()) {
      std::cerr << "pnc: error: cannot write the depfile '" << cmd.depfile << "': the path '" << report::Printable(bad)
                << "' holds a line break, which Make and Ninja cannot read\n";
      return kExitFile;
    }
  }
  const auto started = std::chrono::steady_clock::now();
  ProgressLine progress(&std::cerr, !cmd.quiet && StderrCanRedraw());
  options.progress = [&](size_t done, size_t total) { progress.Update(done, total); };
  driver::Result result = driver::Run(options, res);
  progress.Clear();
  std::string text = report::Render(result.sink, cmd.diagnostic_format);
  if (cmd.diagnostic_format == report::Format::kHuman && ColourOnStderr()) text = Colourise(text);
  // Machine formats go to stdout so they can be piped; human text is a diagnostic stream.
  if (cmd.diagnostic_format == report::Format::kJson || cmd.diagnostic_format == report::Format::kSarif) {
    std::cout << text;
  } else {
    std::cerr << text;
  }
  if (!cmd.depfile.empty() && options.write) {
    std::string dep;
    for (size_t i = 0; i < result.written.size(); ++i) {
      // Make and Ninja have no escape for a newline: such a path would split the rule in two.
      std::vector<std::string> paths = result.depends[i];
      paths.push_back(result.written[i]);
      // Only a file a source names itself (an earlier version) can still hold one here.
      if (std::string bad = LineBreakPath(paths); !bad.empty()) {
        std::cerr << "pnc: error: cannot write the depfile '" << cmd.depfile << "': the path '"
                  << report::Printable(bad) << "' holds a line break, which Make and Ninja cannot read\n";
        return kExitFile;
      }
      dep += EscapeDep(result.written[i]) + ":";
      for (const auto& d : result.depends[i]) dep += " " + EscapeDep(d);
      dep += " " + EscapeDep(res.data_dir + "/data/law.json") + " " + EscapeDep(res.data_dir + "/data/regulator.json") +
             " " + EscapeDep(res.data_dir + "/data/help.json");
      dep += "\n";
    }
    std::string error;
    if (!driver::WriteFileAtomic(cmd.depfile, dep, &error, cmd.options.follow_symlinks)) {
      std::cerr << "pnc: error: " << error << "\n";
      return kExitFile;
    }
  }
  int code = ExitFor(result, cmd.werror);
  // One line on success, on stderr so a pipeline's stdout holds only what was asked for.
  if (code == kExitOk && !cmd.quiet) {
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    if (std::string line = BuildSummary(result.written, options.out_dir, took.count()); !line.empty()) {
      std::cerr << line << "\n";
    }
  }
  return code;
}

}  // namespace pnc::cli
