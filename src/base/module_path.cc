// base: module name → the path to load it from (one rule for every optional module).
#include "base/module_path.h"

#include <cstdlib>
#include <filesystem>

namespace pnc::base {

std::string ModulePath(const char* module, const char* env_var) {
  if (const char* env = std::getenv(env_var); env && *env) {
    std::string p = env;
    return p.find('/') == std::string::npos ? "./" + p : p;
  }
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path dir = ec ? std::filesystem::path(".") : exe.parent_path();
  std::filesystem::path beside = dir / module, lib = (dir / ".." / "lib" / "pnc" / module).lexically_normal();
  return std::filesystem::exists(beside, ec) || !std::filesystem::exists(lib, ec) ? beside.string() : lib.string();
}

}  // namespace pnc::base
