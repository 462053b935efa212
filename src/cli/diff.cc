// cli: pnc diff OLD NEW | pnc diff SOURCE --since REV: two versions of a source → the changes,
// each material or minor with the reason, as text, JSON or Markdown; --fail-on gates CI.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "diff/diff.h"
#include "driver/files.h"
#include "driver/git_show.h"
#include "driver/resources.h"
#include "report/format.h"
#include "source/limits.h"
#include "source/loader.h"

namespace pnc::cli {
namespace {

// A loaded source and the text its locator points into.
struct Version {
  std::string text;
  source::Loaded loaded;
};

// Loads `text` as `name`; load errors (the source is not a valid notice) go to `sink`.
bool LoadVersion(const std::string& name, Version* v, diag::Sink* sink) {
  diag::Sink own;
  v->loaded = source::Load(name, v->text, &own);
  source::Locate(v->loaded.locator, name, &own);
  bool ok = v->loaded.parsed && own.Errors() == 0;
  for (const auto& d : own.All()) {
    if (d.severity == diag::Severity::kError) sink->Add(d);
  }
  return ok;
}

}  // namespace

int RunDiff(const Command& cmd) {
  driver::Resources res;
  diag::Sink sink;
  if (!driver::LoadResources(cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir, &res, &sink)) {
    std::cerr << report::Render(sink, cmd.diagnostic_format);
    return diag::SetupExitCode(sink.All());
  }
  auto before = std::make_unique<Version>(), after = std::make_unique<Version>();
  std::string old_name, new_name = cmd.files.back(), error;
  if (!cmd.since.empty()) {
    old_name = cmd.files[0] + "@" + cmd.since;
    if (!driver::GitShow(cmd.files[0], cmd.since, &before->text, &error, source::kMaxSourceBytes)) {
      std::cerr << "pnc: error: " << report::Printable(error) << "\n";
      return kExitFile;
    }
  } else {
    old_name = cmd.files[0];
    if (!driver::ReadFile(old_name, &before->text, &error, source::kMaxSourceBytes)) {
      std::cerr << "pnc: error: " << report::Printable(error) << "\n";
      return kExitFile;
    }
  }
  if (!driver::ReadFile(new_name, &after->text, &error, source::kMaxSourceBytes)) {
    std::cerr << "pnc: error: " << report::Printable(error) << "\n";
    return kExitFile;
  }
  bool ok = LoadVersion(old_name, before.get(), &sink);
  ok = LoadVersion(new_name, after.get(), &sink) && ok;
  if (!ok) {
    sink.Sort();
    std::cerr << report::Render(sink, cmd.diagnostic_format);
    std::cerr
        << "pnc: error: a version that is not a valid source cannot be compared; fix it, then run pnc diff again\n";
    return kExitInputErrors;
  }
  diff::Diff d = diff::Compare(before->loaded.model, after->loaded.model, res.law);
  if (cmd.report_format == "json") {
    std::cout << diff::RenderJson(d);
  } else if (cmd.report_format == "markdown") {
    std::cout << diff::RenderMarkdown(d);
  } else {
    std::cout << diff::RenderHuman(d);
  }
  // A material change under an unchanged notice.version is a finding about the new source, at its
  // notice.version: printed like lint's, counted by --werror, and under --fail-on (a gate on
  // material changes, of which this is one left unmarked) an error.
  diag::Sink found;
  if (d.VersionUnchanged()) {
    diag::Diagnostic w =
        diag::Make(diag::Severity::kWarning, new_name, "/notice/version", diff::VersionWarning(d), "notice-versioning");
    w.hints.push_back(diff::VersionHint(d));
    found.Add(std::move(w));
    source::Locate(after->loaded.locator, new_name, &found);
    if (!cmd.fail_on.empty()) found.Promote("notice-versioning");
  }
  bool fail = (cmd.fail_on == "material" && d.Unacknowledged() > 0) || (cmd.fail_on == "any" && !d.changes.empty());
  if (!found.All().empty()) std::cerr << report::Render(found, cmd.diagnostic_format);
  if (fail && cmd.fail_on == "material") {
    std::cerr << "pnc: error: " << d.Unacknowledged()
              << " material change(s) not acknowledged: tell people before the change takes effect, then list each key "
                 "in the new version's notice.acknowledged_changes\n";
  }
  if (fail) return kExitInputErrors;
  return diag::ExitCodeFor({false, false, false, found.Errors(), found.Warnings()}, cmd.werror);
}

}  // namespace pnc::cli
