// cli: pnc init SOURCE [--from NOTICE] [--force]: (existing notice →) starting source file, written
// atomically and never over an existing file without --force; then linted, to count the to-do list.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "draft/draft.h"
#include "draft/limits.h"
#include "driver/build.h"
#include "driver/files.h"
#include "driver/resources.h"
#include "init/source_writer.h"
#include "report/format.h"

namespace pnc::cli {
namespace {

bool Exists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

// Writes `text` to `path` with no window in which another file at `path` could be replaced: the
// text goes to a fresh temporary name (WriteFileAtomic), then link() gives it the final name only
// if that name is still free (the kernel refuses an existing one, a link included).
bool WriteNew(const std::string& path, const std::string& text, std::string* error) {
  std::string tmp = path + ".pnc-init-" + std::to_string(getpid());
  if (!driver::WriteFileAtomic(tmp, text, error)) return false;
  if (link(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    unlink(tmp.c_str());
    *error = "cannot write '" + path +
             "': " + (e == EEXIST ? std::string("it exists; give --force to replace it") : std::strerror(e));
    return false;
  }
  unlink(tmp.c_str());
  return true;
}

}  // namespace

int RunInit(const Command& cmd) {
  const std::string& target = cmd.files.front();
  if (!cmd.force && Exists(target)) {
    std::cerr << "pnc: error: '" << report::Printable(target) << "' exists; give --force to replace it\n";
    return kExitFile;
  }
  const std::string data_dir = cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir;
  std::string text, error;
  nlohmann::json guide;
  if (!driver::ReadFile(data_dir + "/data/init/guide.json", &text, &error, 1u << 20, "pnc's data")) {
    std::cerr << "pnc: error: " << error << " (is the data directory right? see --data-dir)\n";
    return kExitInternal;
  }
  try {
    guide = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    std::cerr << "pnc: internal error: " << data_dir << "/data/init/guide.json: " << e.what() << "\n";
    return kExitInternal;
  }

  init::StartingPoint sp;
  if (!cmd.from.empty()) {
    std::string bytes;
    if (!driver::ReadFile(cmd.from, &bytes, &error, draft::kMaxDraftFileBytes, "a draft")) {
      std::cerr << "pnc: error: " << error << "\n";
      return kExitFile;
    }
    // The law of --date, else every rule: a date from the clock would make the output vary by day.
    draft::DraftOptions options{cmd.date, data_dir};
    draft::DraftReport report = draft::LintDraft(cmd.from, bytes, options);
    std::vector<draft::Evidence> sentences;
    if (report.error.empty()) sentences = draft::DraftSentences(cmd.from, bytes, options, &report.error);
    if (!report.error.empty()) {
      std::cerr << "pnc: error: " << report::Printable(cmd.from) << ": " << report.error << "\n";
      return kExitFile;
    }
    // The regulator's contact details, which notices quote, are never carried as the organisation's.
    std::vector<std::string> not_ours;
    std::string regulator;
    if (driver::ReadFile(data_dir + "/data/regulator.json", &regulator, &error, 1u << 20, "pnc's data")) {
      auto j = nlohmann::json::parse(regulator, nullptr, false, true);
      std::vector<const nlohmann::json*> stack = {&j};
      while (!stack.empty()) {
        const nlohmann::json* v = stack.back();
        stack.pop_back();
        if (v->is_string() && v->get_ref<const std::string&>().size() <= 200)
          not_ours.push_back(v->get<std::string>());  // values, not prose
        if (v->is_structured()) {
          for (const auto& child : *v) stack.push_back(&child);
        }
      }
    }
    sp = init::FromDraft(cmd.from, report, sentences, not_ours);
  }
  std::string source = init::WriteSource(sp, guide, &error);
  if (source.empty()) {
    std::cerr << "pnc: internal error: " << error << "\n";
    return kExitInternal;
  }
  bool ok = cmd.force ? driver::WriteFileAtomic(target, source, &error) : WriteNew(target, source, &error);
  if (!ok) {
    std::cerr << "pnc: error: " << error << "\n";
    return kExitFile;
  }

  // The to-do list is what lint says about the new source; counting it proves the file loads.
  size_t todo = 0;
  driver::Resources res;
  diag::Sink setup;
  if (driver::LoadResources(data_dir, &res, &setup)) {
    driver::Options options;
    options.sources = {target};
    options.write = false;
    options.jobs = 1;
    driver::Result r = driver::Run(options, res);
    todo = r.sink.All().size();
  }
  if (!cmd.quiet) {
    std::cerr << "wrote " << report::Printable(target);
    if (!cmd.from.empty()) {
      std::cerr << ": " << sp.Count() << " facts carried over from " << report::Printable(cmd.from)
                << ", each marked unconfirmed; " << sp.missing.size() << " things the law asks for are missing from it";
    }
    std::cerr << "\nnext: 'pnc lint " << report::Printable(target) << "' lists " << todo << " things to do\n";
  }
  return kExitOk;
}

}  // namespace pnc::cli
