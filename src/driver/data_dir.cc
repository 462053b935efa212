// driver: where pnc's data lives (environment, executable path → a directory name). An installed
// pnc is relocatable: its data is found relative to the executable, not through a compiled-in path.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "driver/resources.h"

namespace pnc::driver {

std::string InstalledDataDir(const std::string& exe) {
  if (exe.empty()) return "";
  // P/bin/pnc → P/share/pnc; a build tree (build/pnc) has no share/pnc beside it.
  std::filesystem::path dir = (std::filesystem::path(exe).parent_path() / ".." / "share" / "pnc").lexically_normal();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(dir / "data" / "law.json", ec)) return "";
  std::string s = dir.string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("PNC_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    if (std::string installed = InstalledDataDir(exe.string()); !installed.empty()) return installed;
  }
  return PNC_DEFAULT_DATA_DIR;  // the source tree of a build-tree pnc
}

}  // namespace pnc::driver
