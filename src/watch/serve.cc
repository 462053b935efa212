// watch: finds and loads pnc-serve.so ($PNC_SERVE_MODULE, else beside the executable, else
// ../lib/pnc from it) and drives it through serve_abi.h.
#include "watch/serve.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "base/module_path.h"
#include "watch/serve_abi.h"

namespace pnc::watch {
namespace {

constexpr const char* kModule = "pnc-serve.so";

}  // namespace

Server::Server(const std::string& root, int port) {
  std::string path = base::ModulePath(kModule, "PNC_SERVE_MODULE");
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!module) {
    error_ = std::string("cannot load pnc's web server (") + kModule + "): " + dlerror();
    return;
  }
  auto start = reinterpret_cast<pnc_serve_start_v1_fn>(dlsym(module, "pnc_serve_start_v1"));
  reload_ = reinterpret_cast<pnc_serve_reload_v1_fn>(dlsym(module, "pnc_serve_reload_v1"));
  stop_ = reinterpret_cast<pnc_serve_stop_v1_fn>(dlsym(module, "pnc_serve_stop_v1"));
  if (!start || !reload_ || !stop_) {
    error_ = path + " is not the server module of this pnc (rebuild pnc and " + kModule + " together)";
    return;
  }
  char buf[512] = "";
  handle_ = start(root.c_str(), port, buf, sizeof buf);  // the module is never unloaded
  if (!handle_) error_ = buf;
}

Server::~Server() {
  if (handle_) stop_(handle_);
}

void Server::Reload() {
  if (handle_) reload_(handle_);
}

}  // namespace pnc::watch
