// cli: pnc lint --draft FILE...: read existing notices and report each Art 13/14 element.
#include <chrono>
#include <ctime>
#include <iostream>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "draft/draft.h"
#include "draft/limits.h"
#include "driver/files.h"
#include "driver/resources.h"
#include "report/format.h"

namespace pnc::cli {
namespace {

// Drafts are judged by the law in force today unless --date says otherwise.
std::string Today() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}

}  // namespace

int RunDraft(const Command& cmd) {
  report::Format format;
  if (cmd.report_format == "short" || !report::ParseFormat(cmd.report_format, &format)) {
    std::cerr << "pnc: unknown report format '" << cmd.report_format << "' (human, json, sarif)\n";
    return kExitUsage;
  }
  draft::DraftOptions options{cmd.date.empty() ? Today() : cmd.date,
                              cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir};
  std::vector<draft::DraftReport> reports;
  for (const auto& path : cmd.files) {
    std::string bytes, error;
    if (!driver::ReadFile(path, &bytes, &error, draft::kMaxDraftFileBytes, "a draft")) {
      draft::DraftReport r;
      r.path = path;
      r.notice_date = options.notice_date;
      r.error = error;
      reports.push_back(r);
      continue;
    }
    for (auto& r : draft::LintDraftPerLanguage(path, bytes, options)) reports.push_back(std::move(r));
  }
  // The linter's findings are diagnostics; the report module prints them, as for source lint.
  diag::Sink sink;
  draft::AddDiagnostics(reports, &sink);
  std::cout << report::Render(sink, format);
  return diag::ExitCodeFor(draft::DraftOutcome(reports));
}

}  // namespace pnc::cli
