// watch: inotify events on the sources' folders → the saved paths. Reacts to the end of a write
// (IN_CLOSE_WRITE) and to a file renamed into place (IN_MOVED_TO, editors' atomic save), not to
// each write, so a half-written file is never built.
#include "watch/inotify.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace pnc::watch {

FileWatch::FileWatch(const std::vector<std::string>& files, const std::vector<std::string>& folders) {
  fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (fd_ < 0) {
    error_ = std::string("cannot watch files: ") + std::strerror(errno);
    return;
  }
  const uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE;
  auto add = [&](const std::string& dir) -> Watch* {
    for (auto& w : watches_) {
      if (w.dir == dir) return &w;
    }
    int wd = inotify_add_watch(fd_, dir.c_str(), mask);
    if (wd < 0) {
      error_ = "cannot watch '" + dir + "': " + std::strerror(errno);
      return nullptr;
    }
    watches_.push_back({wd, dir, {}, false});
    return &watches_.back();
  };
  for (const auto& f : files) {
    std::filesystem::path p(f);
    std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
    if (Watch* w = add(dir)) w->names.push_back({p.filename().string(), f});
  }
  for (const auto& d : folders) {
    if (Watch* w = add(d)) w->any = true;
  }
}

FileWatch::~FileWatch() {
  if (fd_ >= 0) close(fd_);
}

std::vector<std::string> FileWatch::Wait(int timeout_ms, int settle_ms) {
  std::vector<std::string> changed;
  if (fd_ < 0) return changed;
  int wait = timeout_ms;
  alignas(inotify_event) char buf[16384];
  while (true) {
    pollfd p{fd_, POLLIN, 0};
    int n = poll(&p, 1, wait);
    if (n < 0 && errno == EINTR) return {};
    if (n <= 0) return changed;  // timed out: after a change, the save has settled
    ssize_t len = read(fd_, buf, sizeof buf);
    for (ssize_t at = 0; len > 0 && at < len;) {
      auto* e = reinterpret_cast<inotify_event*>(buf + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      std::string name = e->len ? e->name : "";
      for (const auto& w : watches_) {
        if (w.wd != e->wd) continue;
        // Editors' backup and swap files (".x.json.swp", "x.json~", "4913") do not count.
        if (w.any && !name.empty() && name[0] != '.' && name.back() != '~' &&
            std::find(changed.begin(), changed.end(), w.dir) == changed.end()) {
          changed.push_back(w.dir);
        }
        for (const auto& [file, given] : w.names) {
          if (file == name && (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) &&
              std::find(changed.begin(), changed.end(), given) == changed.end()) {
            changed.push_back(given);
          }
        }
      }
    }
    if (!changed.empty()) wait = settle_ms;
  }
}

}  // namespace pnc::watch
