#pragma once
// watch: the HTTP server of `pnc watch --serve`, in pnc-serve.so (serve_abi.h), loaded on first use.
#include <string>

namespace pnc::watch {

/// A running server; stops when destroyed.
class Server {
 public:
  /// Loads pnc-serve.so ($PNC_SERVE_MODULE, else next to pnc, else ../lib/pnc) and serves `root`
  /// on 127.0.0.1:`port`. On failure `ok()` is false and `error()` says why.
  Server(const std::string& root, int port);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  bool ok() const { return handle_ != nullptr; }
  const std::string& error() const { return error_; }
  /// Every open page reloads.
  void Reload();

 private:
  void* handle_ = nullptr;
  void (*reload_)(void*) = nullptr;
  void (*stop_)(void*) = nullptr;
  std::string error_;
};

}  // namespace pnc::watch
