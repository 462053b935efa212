// driver: (source path, git revision) → that revision's text of the source. git runs by fork/execvp
// with an argument vector: a revision or a path can never reach a shell.
#include "driver/git_show.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <vector>

namespace pnc::driver {
namespace {

// Runs git with `args` in `dir`; stdout into *out (at most max_bytes), stderr's first line into *err.
// Returns git's exit status, or -1 when it could not run or said too much.
int RunGit(const std::string& dir, const std::vector<std::string>& args, std::string* out, std::string* err,
           size_t max_bytes) {
  int pout[2], perr[2];
  if (pipe2(pout, O_CLOEXEC) != 0) return -1;
  if (pipe2(perr, O_CLOEXEC) != 0) {
    close(pout[0]);
    close(pout[1]);
    return -1;
  }
  std::vector<std::string> argv_s = {
      "git", "--no-pager", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-C", dir};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pout[1], 1);
    dup2(perr[1], 2);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    // No prompts for credentials, no pager, no replacement objects from the environment.
    setenv("GIT_TERMINAL_PROMPT", "0", 1);
    setenv("GIT_PAGER", "cat", 1);
    unsetenv("GIT_DIR");
    unsetenv("GIT_WORK_TREE");
    execvp("git", argv.data());
    _exit(127);
  }
  close(pout[1]);
  close(perr[1]);
  if (pid < 0) {
    close(pout[0]);
    close(perr[0]);
    return -1;
  }
  bool too_much = false;
  pollfd fds[2] = {{pout[0], POLLIN, 0}, {perr[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      std::string* into = i == 0 ? out : err;
      size_t cap = i == 0 ? max_bytes : 4096;
      if (into->size() + static_cast<size_t>(n) > cap) {
        if (i == 0) too_much = true;
        into->append(buf, cap - into->size());
      } else {
        into->append(buf, static_cast<size_t>(n));
      }
    }
    if (too_much) break;
  }
  for (auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  if (too_much) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (too_much) return -2;
  if (!WIFEXITED(status)) return -1;
  if (auto nl = err->find('\n'); nl != std::string::npos) err->resize(nl);
  return WEXITSTATUS(status);
}

}  // namespace

bool GitShow(const std::string& path, const std::string& rev, std::string* text, std::string* error, size_t max_bytes) {
  namespace fs = std::filesystem;
  // A revision starting with '-' would be read as an option; a ':' or a control character would
  // change what REV:path names.
  if (rev.empty() || rev[0] == '-' || rev.find(':') != std::string::npos || rev.size() > 256) {
    *error = "'" + rev + "' is not a git revision pnc accepts (no leading '-', no ':', at most 256 characters)";
    return false;
  }
  for (unsigned char c : rev) {
    if (c < 0x20 || c == 0x7F) {
      *error = "the git revision holds a control character";
      return false;
    }
  }
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) {
    *error = "cannot resolve '" + path + "': " + ec.message();
    return false;
  }
  std::string dir = abs.parent_path().string(), top, err;
  int rc = RunGit(dir, {"rev-parse", "--show-toplevel"}, &top, &err, 4096);
  if (rc == -1) {
    *error = "cannot run git (is it installed?)";
    return false;
  }
  if (rc != 0) {
    *error = "'" + path + "' is not in a git work tree" + (err.empty() ? "" : ": " + err);
    return false;
  }
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  fs::path rel = abs.lexically_relative(fs::path(top));
  if (rel.empty() || *rel.begin() == "..") {
    *error = "'" + path + "' is outside its git work tree '" + top + "'";
    return false;
  }
  err.clear();
  rc = RunGit(top, {"show", "--no-textconv", "--end-of-options", rev + ":" + rel.generic_string()}, text, &err,
              max_bytes);
  if (rc == -2) {
    *error = "'" + rev + ":" + rel.generic_string() + "' is larger than the " + std::to_string(max_bytes) +
             " bytes pnc reads";
    return false;
  }
  if (rc != 0) {
    *error = "git cannot show '" + rev + ":" + rel.generic_string() + "'" + (err.empty() ? "" : ": " + err);
    text->clear();
    return false;
  }
  return true;
}

}  // namespace pnc::driver
