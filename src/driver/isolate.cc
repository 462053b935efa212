// driver: a render in a forked child → its bytes and diagnostics, back through two memory files
// (memfd); how the child ended (waitpid) → success, the render's own failure, or one diagnostic
// naming the output, the library and the fix when it crashed, aborted, ran out of memory or hung.
#include "driver/isolate.h"

#include <poll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <new>
#include <nlohmann/json.hpp>
#include <thread>

namespace pnc::driver {
namespace {

// How the child ends: the render succeeded or reported its own failure, or something it could
// not report in the usual way happened.
constexpr int kChildOk = 0, kChildFailed = 1, kChildOutOfMemory = 3, kChildException = 4, kChildCannotReport = 5;

bool WriteAll(int fd, const std::string& s) {
  for (size_t done = 0; done < s.size();) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

bool ReadAll(int fd, std::string* s) {
  struct stat st;
  if (fstat(fd, &st) != 0) return false;
  s->assign(static_cast<size_t>(st.st_size), '\0');
  for (size_t done = 0; done < s->size();) {
    ssize_t n = pread(fd, s->data() + done, s->size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// A renderer's diagnostics carry where (a pointer), what, which rule and hints; nothing more
// needs to cross the process boundary.
std::string Encode(const diag::Sink& sink) {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& d : sink.All()) {
    all.push_back({{"severity", static_cast<int>(d.severity)},
                   {"file", d.file},
                   {"line", d.pos.line},
                   {"column", d.pos.column},
                   {"pointer", d.pointer},
                   {"message", d.message},
                   {"rule", d.rule},
                   {"hints", d.hints}});
  }
  return all.dump();
}

bool Decode(const std::string& text, diag::Sink* sink) {
  try {
    nlohmann::json all = nlohmann::json::parse(text);
    for (const auto& j : all) {
      diag::Diagnostic d;
      d.severity = static_cast<diag::Severity>(j.at("severity").get<int>());
      d.file = j.at("file").get<std::string>();
      d.pos = {j.at("line").get<int>(), j.at("column").get<int>()};
      d.pointer = j.at("pointer").get<std::string>();
      d.message = j.at("message").get<std::string>();
      d.rule = j.at("rule").get<std::string>();
      d.hints = j.at("hints").get<std::vector<std::string>>();
      sink->Add(std::move(d));
    }
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

// The fix to suggest: more memory when the address space is capped, else a report.
std::vector<std::string> Hints() {
  struct rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    return {"the address space is capped at " + std::to_string(rl.rlim_cur / (1024 * 1024)) +
                " MB (ulimit -v): raise the cap (a build needs about 450 MB per parallel job), or leave this "
                "format out with --format",
            "the other outputs of this source were not written either: the earlier ones stay as they were"};
  }
  return {"please report this with the source that caused it; leave this format out with --format meanwhile",
          "the other outputs of this source were not written either: the earlier ones stay as they were"};
}

void Crashed(const std::string& file, std::string_view library, const std::string& what, diag::Sink* sink,
             std::vector<std::string> hints = Hints()) {
  auto d = diag::Make(diag::Severity::kError, file, "",
                      "not written: " + std::string(library) + " " + what + " while rendering this file", "internal");
  d.hints = std::move(hints);
  sink->Add(std::move(d));
}

// How waiting for the child went.
enum class Waited { kEnded, kTimedOut, kFailed };

// Waits for the child until `timeout` has passed. A pidfd makes the wait exact; where the kernel
// has none, waitpid is polled every few milliseconds.
Waited WaitFor(pid_t pid, std::chrono::milliseconds timeout, int* status) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  // (By syscall: Debian 12's <sys/pidfd.h> lacks extern "C", so its pidfd_open does not link from C++.)
  const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  Waited result = Waited::kTimedOut;
  for (;;) {
    const pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid) {
      result = Waited::kEnded;
      break;
    }
    if (r < 0 && errno != EINTR) {
      result = Waited::kFailed;
      break;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    if (pidfd >= 0) {
      pollfd p{pidfd, POLLIN, 0};
      poll(&p, 1, static_cast<int>(std::min<long long>(left.count() + 1, 60000)));  // (EINTR: look again)
    } else {
      std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(5)));
    }
  }
  if (pidfd >= 0) close(pidfd);
  return result;
}

}  // namespace

bool IsolationWanted() {
  static const bool wanted = [] {
    if (const char* env = std::getenv("PNC_ISOLATE"); env && *env) return std::strcmp(env, "0") != 0;
    // A timeout is only enforceable on a child process: asking for one asks for isolation.
    if (const char* env = std::getenv("PNC_RENDER_TIMEOUT"); env && *env) return true;
    struct rlimit rl;
    return getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY;
  }();
  return wanted;
}

namespace {
// A whole number of seconds from 1 to 86400, nothing else.
bool ParseTimeout(const char* env, long* seconds) {
  if (env == nullptr || *env < '0' || *env > '9') return false;  // (strtol would take " -5")
  char* end = nullptr;
  errno = 0;
  *seconds = std::strtol(env, &end, 10);
  return errno == 0 && *end == '\0' && *seconds >= 1 && *seconds <= 86400;
}
}  // namespace

std::chrono::milliseconds TimeoutFrom(const char* env) {
  long seconds = 0;
  if (!ParseTimeout(env, &seconds)) return kRenderTimeout;
  return std::chrono::seconds(seconds);
}

std::string RenderTimeoutProblem(const char* env) {
  long seconds = 0;
  if (env == nullptr || *env == '\0' || ParseTimeout(env, &seconds)) return "";
  return "PNC_RENDER_TIMEOUT='" + diag::Shorten(env, 40) +
         "' is not a whole number of seconds from 1 to 86400 (e.g. PNC_RENDER_TIMEOUT=600); unset it for the default "
         "300";
}

std::chrono::milliseconds RenderTimeout() {
  static const std::chrono::milliseconds timeout = TimeoutFrom(std::getenv("PNC_RENDER_TIMEOUT"));
  return timeout;
}

bool RenderIsolated(const std::function<bool(std::string*, diag::Sink*)>& render, const std::string& file,
                    std::string_view library, std::string* out, diag::Sink* sink, std::chrono::milliseconds timeout) {
  out->clear();
  const int bytes_fd = memfd_create("pnc-render", MFD_CLOEXEC);
  const int diag_fd = bytes_fd < 0 ? -1 : memfd_create("pnc-render-diagnostics", MFD_CLOEXEC);
  auto close_fds = [&] {
    if (bytes_fd >= 0) close(bytes_fd);
    if (diag_fd >= 0) close(diag_fd);
  };
  pid_t pid = diag_fd < 0 ? -1 : fork();
  if (pid < 0) {
    const std::string why = std::strerror(errno);
    close_fds();
    Crashed(file, library, "could not be started in a separate process (" + why + ")", sink);
    return false;
  }
  if (pid == 0) {
    // The child: render, report, and leave without running the parent's exit handlers or
    // flushing its stdio buffers a second time.
    int code = kChildFailed;
    try {
      std::string bytes;
      diag::Sink child_sink;
      const bool ok = render(&bytes, &child_sink);
      if (!WriteAll(bytes_fd, bytes) || !WriteAll(diag_fd, Encode(child_sink))) _exit(kChildCannotReport);
      code = ok ? kChildOk : kChildFailed;
    } catch (const std::bad_alloc&) {
      code = kChildOutOfMemory;
    } catch (...) {
      code = kChildException;
    }
    _exit(code);
  }
  int status = 0;
  const Waited waited = WaitFor(pid, timeout, &status);
  if (waited == Waited::kTimedOut) {
    // A child that never ends (a deadlock in a library) would hold the build forever: it is
    // killed, and reaped so no zombie is left.
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    close_fds();
    const long long seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
    Crashed(file, library,
            "was still running after " +
                (seconds > 0 ? std::to_string(seconds) + " s" : std::to_string(timeout.count()) + " ms") +
                " and was stopped",
            sink,
            {"please report this with the source that caused it; leave this format out with --format meanwhile",
             "if this file really needs longer, set PNC_RENDER_TIMEOUT to the number of seconds to allow",
             "the other outputs of this source were not written either: the earlier ones stay as they were"});
    return false;
  }
  if (waited == Waited::kFailed) {
    close_fds();
    Crashed(file, library, "ended in a way pnc could not learn", sink);
    return false;
  }
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    const char* name = sigabbrev_np(sig);
    close_fds();
    Crashed(file, library,
            std::string(sig == SIGABRT ? "aborted" : "crashed") + " (SIG" + (name ? name : std::to_string(sig)) +
                ", often a failed allocation)",
            sink);
    return false;
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::string bytes, diagnostics;
  if (code == kChildOk || code == kChildFailed) {
    if (!ReadAll(bytes_fd, &bytes) || !ReadAll(diag_fd, &diagnostics) || !Decode(diagnostics, sink)) {
      close_fds();
      Crashed(file, library, "finished but its result could not be read back", sink);
      return false;
    }
    close_fds();
    if (code != kChildOk) return false;
    *out = std::move(bytes);
    return true;
  }
  close_fds();
  Crashed(file, library,
          code == kChildOutOfMemory ? "ran out of memory" : "ended abnormally (exit " + std::to_string(code) + ")",
          sink);
  return false;
}

}  // namespace pnc::driver
