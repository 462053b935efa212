// cli: pnc lint --readability: per-section reading measures of every version of each source,
// as tables (rules makes them, report prints them: text, or JSON with --format json).
#include <iostream>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "driver/build.h"
#include "report/format.h"
#include "rules/readability_checks.h"

namespace pnc::cli {

int RunReadability(const Command& cmd) {
  if (cmd.report_format != "human" && cmd.report_format != "json") {
    std::cerr << "pnc: lint --readability --format must be human or json, not '" << cmd.report_format << "'\n";
    return kExitUsage;
  }
  const report::Format format = cmd.report_format == "json" ? report::Format::kJson : report::Format::kHuman;
  driver::Resources res;
  diag::Sink setup;
  if (!driver::LoadResources(cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir, &res, &setup)) {
    std::cerr << report::Render(setup, cmd.diagnostic_format);
    return diag::SetupExitCode(setup.All());
  }
  int code = kExitOk;
  std::vector<diag::Table> tables;
  for (const auto& path : cmd.files) {
    driver::Compiled c;
    driver::Compile(path, cmd.options, res, &c);
    for (const auto& doc : c.docs) tables.push_back(rules::ReadabilityTable(path, doc, res.readability));
    // Text tables come as each source is done; a JSON document once, at the end.
    if (format == report::Format::kHuman) {
      std::cout << report::RenderTables(tables, format) << std::flush;
      tables.clear();
    }
    c.sink.Sort();
    std::cerr << report::Render(c.sink, cmd.diagnostic_format);
    code = diag::WorseExit(code, diag::ExitCodeFor({c.internal_error, false, c.file_error, c.sink.Errors(), 0}));
  }
  if (format == report::Format::kJson) std::cout << report::RenderTables(tables, format);
  return code;
}

}  // namespace pnc::cli
