// cli: pnc watch SOURCE... [--serve [PORT]]: saves (inotify) → rebuilds of the saved sources, their
// diagnostics and a summary per rebuild; with --serve, out/ on 127.0.0.1 and a reload per good build.
// A rebuild with errors writes nothing (driver/output_set.cc), so the last good outputs stay served.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/summary.h"
#include "diag/exit_codes.h"
#include "driver/build.h"
#include "driver/resources.h"
#include "report/format.h"
#include "watch/inotify.h"
#include "watch/serve.h"

namespace pnc::cli {
namespace {

// One build of `sources`; prints its diagnostics and a one-line result. True when it succeeded.
bool Rebuild(const Command& cmd, const driver::Resources& res, const std::vector<std::string>& sources,
             const std::vector<std::string>& formats) {
  driver::Options options = cmd.options;
  options.sources = sources;
  options.formats = formats;
  options.write = true;
  const auto started = std::chrono::steady_clock::now();
  driver::Result result = driver::Run(options, res);
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  std::string text = report::Render(result.sink, report::Format::kHuman);
  if (ColourOnStderr()) text = Colourise(text);
  std::cerr << text;
  bool ok = !result.internal_error && !result.usage_error && !result.file_error && result.sink.Errors() == 0;
  if (!cmd.quiet) {
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f ms", took.count() * 1000);
    if (ok) {
      std::cerr << BuildSummary(result.written, options.out_dir, took.count()) << " (" << ms << ")\n";
    } else {
      std::cerr << "not rebuilt (" << ms << "): " << options.out_dir << "/ keeps the last good outputs\n";
    }
  }
  return ok;
}

// After a save, the HTML the browser shows comes first (tens of milliseconds), and the page reloads;
// the slower formats (PDF, braille, audio) follow in a second build, so out/ is complete again a
// moment later. A --format the user chose is built as asked, in one pass.
void RebuildInTwo(const Command& cmd, const driver::Resources& res, const std::vector<std::string>& sources,
                  watch::Server* server) {
  if (!cmd.options.formats.empty()) {
    if (Rebuild(cmd, res, sources, cmd.options.formats) && server) server->Reload();
    return;
  }
  if (!Rebuild(cmd, res, sources, {"html"})) return;
  if (server) server->Reload();
  Rebuild(cmd, res, sources, {});
}

// Ctrl-C and SIGTERM end pnc watch at once, whatever it is doing (waiting, rebuilding, serving).
// The default action does the same, except where pnc is process 1 (a container's entry point):
// the kernel ignores a signal that has no handler there, so Ctrl-C did nothing and `docker stop`
// waited out its grace period before killing it. Ending at once is safe: every output is written
// atomically (a build killed at any moment leaves out/ as it was: tests/bad/outputs.sh), and the
// kernel closes the server's socket. A graceful stop would wait for the HTTP server's open
// keep-alive connections (seconds), which is why this does not stop the server first.
extern "C" void StopNow(int sig) { _exit(128 + sig); }

void StopOnSignals() {
  struct sigaction stop {};
  stop.sa_handler = StopNow;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTERM, &stop, nullptr);
  // A shell starts a background job with SIGINT ignored, so the terminal's Ctrl-C is not meant for
  // it; that choice is kept.
  struct sigaction old {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(SIGINT, &stop, nullptr);
}

// False when the data directory cannot be loaded, with the exit code in `*code` when given.
bool Load(const std::string& data_dir, driver::Resources* res, int* code = nullptr) {
  diag::Sink setup;
  if (driver::LoadResources(data_dir, res, &setup)) return true;
  std::cerr << report::Render(setup, report::Format::kHuman);
  if (code) *code = diag::SetupExitCode(setup.All());
  return false;
}

}  // namespace

int RunWatch(const Command& cmd) {
  StopOnSignals();
  const std::string data_dir = cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir;
  auto res = std::make_unique<driver::Resources>();
  if (int code = kExitInternal; !Load(data_dir, res.get(), &code)) return code;
  std::vector<std::string> data_folders;
  for (const char* sub : {"locales", "templates/html", "data", "accessibility", "accessibility/readability"}) {
    data_folders.push_back(data_dir + "/" + sub);
  }
  watch::FileWatch files(cmd.files, data_folders);
  if (!files.error().empty()) {
    std::cerr << "pnc: error: " << files.error() << "\n";
    return kExitFile;
  }
  Rebuild(cmd, *res, cmd.files, cmd.options.formats);

  std::unique_ptr<watch::Server> server;
  if (cmd.serve) {
    std::error_code ec;
    std::filesystem::create_directories(cmd.options.out_dir, ec);
    server = std::make_unique<watch::Server>(cmd.options.out_dir, cmd.port);
    if (!server->ok()) {
      std::cerr << "pnc: error: " << server->error() << "\n";
      return kExitFile;
    }
    std::cerr << "serving " << cmd.options.out_dir << "/ on http://127.0.0.1:" << cmd.port << "/\n";
  }
  std::cerr << "watching " << cmd.files.size() << (cmd.files.size() == 1 ? " source" : " sources")
            << " and pnc's data; Ctrl-C stops\n";
  while (true) {
    std::vector<std::string> changed = files.Wait();
    if (changed.empty()) continue;
    std::vector<std::string> sources;
    bool data = false;
    for (const auto& c : changed) {
      if (std::find(data_folders.begin(), data_folders.end(), c) != data_folders.end()) {
        data = true;
      } else {
        sources.push_back(c);
      }
    }
    if (data) {
      // pnc's own data changed (a template, a catalogue): reload it, and rebuild every source.
      auto fresh = std::make_unique<driver::Resources>();
      if (!Load(data_dir, fresh.get())) continue;  // keep the old data until the new loads
      res = std::move(fresh);
      sources = cmd.files;
    }
    RebuildInTwo(cmd, *res, sources, server.get());
  }
}

}  // namespace pnc::cli
