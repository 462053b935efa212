// cli: pnc cache info | clean → what the speech cache holds, or an empty cache. The cache is the
// one --cache-dir names (default $XDG_CACHE_HOME/pnc, else ~/.cache/pnc), as for build.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "render/speech.h"

namespace pnc::cli {
namespace {

std::string Size(unsigned long long bytes) {
  char buf[32];
  if (bytes >= 1024ull * 1024)
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024));
  else if (bytes >= 1024)
    std::snprintf(buf, sizeof buf, "%.1f kB", static_cast<double>(bytes) / 1024);
  else
    std::snprintf(buf, sizeof buf, "%llu bytes", bytes);
  return buf;
}

}  // namespace

int RunCache(const Command& cmd) {
  const std::string& dir = cmd.options.audio_cache;
  if (dir.empty()) {
    std::cerr << "pnc: no cache folder: set --cache-dir, XDG_CACHE_HOME or HOME\n";
    return kExitUsage;
  }
  render::speech::CacheStats stats;
  std::string error;
  if (cmd.verb == "cache-clean") {
    if (!render::speech::CleanCache(dir, &stats, &error)) {
      std::cerr << "pnc: cannot clean the cache: " << error << "\n";
      return kExitFile;
    }
    if (!cmd.quiet) {
      std::cout << "removed " << stats.entries << " speech piece" << (stats.entries == 1 ? "" : "s") << " ("
                << Size(stats.bytes) << ") from " << dir << "\n";
    }
    return kExitOk;
  }
  if (!render::speech::CacheInfo(dir, &stats, &error)) {
    std::cerr << "pnc: cannot read the cache: " << error << "\n";
    return kExitFile;
  }
  std::cout << "cache: " << dir << "\n"
            << "speech pieces: " << stats.entries << " (" << Size(stats.bytes) << ")\n";
  return kExitOk;
}

}  // namespace pnc::cli
