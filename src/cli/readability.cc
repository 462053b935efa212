// cli: pnc lint --readability: per-section reading measures of every version of each source.
#include <iostream>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "driver/build.h"
#include "rules/readability_checks.h"
#include "report/format.h"

namespace pnc::cli {

int RunReadability(const Command& cmd) {
  driver::Resources res;
  diag::Sink setup;
  if (!driver::LoadResources(cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir, &res, &setup)) {
    std::cerr << report::Render(setup, cmd.diagnostic_format);
    return kExitInternal;
  }
  int code = kExitOk;
  for (const auto& path : cmd.files) {
    driver::Compiled c;
    driver::Compile(path, cmd.options, res, &c);
    for (const auto& doc : c.docs) {
      std::string band = doc.audience == "child" ? doc.band : "adult";
      std::string table = rules::ReadabilityTable(doc, band, res.readability);
      std::cout << path << ": " << (doc.audience == "child" ? "children's version" : "notice") << " (" << doc.locale
                << "), targets for " << (band == "adult" ? "adults" : "ages " + band) << "\n"
                << (table.empty() ? "  not measured: no readability data for this locale\n" : table) << "\n";
    }
    c.sink.Sort();
    std::cerr << report::Render(c.sink, cmd.diagnostic_format);
    code = diag::WorseExit(code, diag::ExitCodeFor({c.internal_error, false, c.file_error, c.sink.Errors(), 0}));
  }
  return code;
}

}  // namespace pnc::cli
