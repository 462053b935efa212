// driver: no-follow file-system steps relative to directory descriptors (safe_fs.h). Every name
// pnc creates is new (O_EXCL, mkdirat), so a link planted in advance is never written through.
#include "driver/safe_fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace pnc::driver::safe_fs {
namespace {

constexpr size_t kMaxDepth = 64;        // folders inside an output folder that pnc carries over
constexpr size_t kMaxCarried = 100000;  // entries carried over per output folder
constexpr int kOpenDir = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

// An open directory stream; closes on destruction.
struct Dir {
  DIR* dir = nullptr;
  int parent = -1;
  std::string name;
  Fd target;  // CarryOver: the matching new directory
  Dir() = default;
  Dir(Dir&& o) noexcept : dir(o.dir), parent(o.parent), name(std::move(o.name)), target(std::move(o.target)) {
    o.dir = nullptr;
  }
  Dir(const Dir&) = delete;
  ~Dir() {
    if (dir) closedir(dir);
  }
};

// Opens `name` in `parent` as a directory stream without following a link; false with errno set.
bool OpenDir(int parent, const std::string& name, Dir* out) {
  int fd = openat(parent, name.c_str(), kOpenDir);
  if (fd < 0) return false;
  out->dir = fdopendir(fd);
  if (!out->dir) {
    int saved = errno;
    close(fd);
    errno = saved;
    return false;
  }
  out->parent = parent;
  out->name = name;
  return true;
}

bool IsDots(const char* n) { return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)); }

bool IsDirEntry(int dirfd, const dirent* e) {
  if (e->d_type != DT_UNKNOWN) return e->d_type == DT_DIR;
  struct stat st;
  return fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

bool CopyFile(int from_dir, int to_dir, const std::string& name, mode_t mode, std::string* error) {
  Fd in(openat(from_dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (!in) return *error = Errno("cannot read '" + name + "'"), false;
  Fd out(openat(to_dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 07777));
  if (!out) return *error = Errno("cannot copy '" + name + "'"), false;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(in.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return *error = Errno("cannot read '" + name + "'"), false;
    if (n == 0) break;
    if (!WriteAll(out.get(), std::string(buf, static_cast<size_t>(n)))) {
      return *error = Errno("cannot copy '" + name + "'"), false;
    }
  }
  if (fsync(out.get()) != 0 || !out.Close()) return *error = Errno("cannot copy '" + name + "'"), false;
  return true;
}

// One non-directory entry: a hard link (the same file under the new name), or a copy.
bool CarryEntry(int from_dir, int to_dir, const std::string& name, std::string* error) {
  if (linkat(from_dir, name.c_str(), to_dir, name.c_str(), 0) == 0) return true;
  int saved = errno;
  struct stat st;
  if (fstatat(from_dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
      (saved == EPERM || saved == EXDEV || saved == EMLINK || saved == EOPNOTSUPP || saved == EACCES)) {
    return CopyFile(from_dir, to_dir, name, st.st_mode, error);
  }
  errno = saved;
  *error = Errno("cannot keep '" + name + "'");
  return false;
}

}  // namespace

Fd& Fd::operator=(Fd&& o) noexcept {
  if (this != &o) {
    Close();
    fd_ = o.Release();
  }
  return *this;
}

Fd::~Fd() { Close(); }

int Fd::Release() {
  int fd = fd_;
  fd_ = -1;
  return fd;
}

bool Fd::Close() {
  if (fd_ < 0) return true;
  int rc = close(fd_);
  fd_ = -1;
  return rc == 0 || errno == EINTR;
}

std::string RandomSuffix() {
  static const char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  unsigned char bytes[6];
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  std::string s;
  for (unsigned char b : bytes) s += kChars[b % 62];
  return s;
}

std::string TempPrefix(const std::string& name) { return "." + name + ".pnc-"; }

bool IsTempFor(const std::string& entry, const std::string& name) {
  std::string prefix = TempPrefix(name);
  if (entry.size() != prefix.size() + 6 || entry.compare(0, prefix.size(), prefix) != 0) return false;
  for (size_t i = prefix.size(); i < entry.size(); ++i) {
    char c = entry[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::string MakeTempDir(int dirfd, const std::string& name, unsigned mode) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp = TempPrefix(name) + RandomSuffix();
    if (mkdirat(dirfd, temp.c_str(), mode) == 0) return temp;
    if (errno != EEXIST) return "";
  }
  return "";
}

Fd MakeTempFile(int dirfd, const std::string& name, unsigned mode, std::string* temp) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    *temp = TempPrefix(name) + RandomSuffix();
    Fd fd(openat(dirfd, temp->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
    if (fd || errno != EEXIST) return fd;
  }
  return Fd();
}

bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) {
      errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

bool RemoveTree(int dirfd, const std::string& name, std::string* error) {
  struct stat st;
  if (fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno == ENOENT) return true;
    return *error = Errno("cannot remove '" + name + "'"), false;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (unlinkat(dirfd, name.c_str(), 0) == 0 || errno == ENOENT) return true;
    return *error = Errno("cannot remove '" + name + "'"), false;
  }
  std::vector<Dir> stack(1);
  if (!OpenDir(dirfd, name, &stack.back())) return *error = Errno("cannot remove '" + name + "'"), false;
  int retries = 0;
  while (!stack.empty()) {
    Dir& top = stack.back();
    errno = 0;
    const dirent* e = readdir(top.dir);
    if (e == nullptr) {
      if (errno != 0) return *error = Errno("cannot remove '" + top.name + "'"), false;
      int parent = top.parent;
      std::string n = top.name;
      if (unlinkat(parent, n.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        // Entries removed while reading may hide others from readdir: read once more.
        if (errno == ENOTEMPTY && ++retries < 4) {
          rewinddir(top.dir);
          continue;
        }
        return *error = Errno("cannot remove '" + n + "'"), false;
      }
      stack.pop_back();
      continue;
    }
    if (IsDots(e->d_name)) continue;
    int fd = ::dirfd(top.dir);
    std::string child = e->d_name;
    if (IsDirEntry(fd, e)) {
      if (stack.size() >= kMaxDepth) {
        return *error = "cannot remove '" + name + "': folders nested deeper than " + std::to_string(kMaxDepth), false;
      }
      Dir d;
      if (!OpenDir(fd, child, &d)) {
        if (errno == ENOENT) continue;
        return *error = Errno("cannot remove '" + child + "'"), false;
      }
      stack.push_back(std::move(d));  // `top` is invalid from here
    } else if (unlinkat(fd, child.c_str(), 0) != 0 && errno != ENOENT) {
      return *error = Errno("cannot remove '" + child + "'"), false;
    }
  }
  return true;
}

bool CarryOver(int from_dir, int to_dir, const std::string& name, std::string* error) {
  struct stat st;
  if (fstatat(from_dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    return errno == ENOENT ? true : (*error = Errno("cannot keep '" + name + "'"), false);
  }
  if (!S_ISDIR(st.st_mode)) return CarryEntry(from_dir, to_dir, name, error);
  size_t carried = 0;
  std::vector<Dir> stack;
  auto enter = [&](int src_parent, int dst_parent, const std::string& n, mode_t mode) {
    if (stack.size() >= kMaxDepth) {
      *error = "cannot keep '" + name + "': folders nested deeper than " + std::to_string(kMaxDepth);
      return false;
    }
    if (mkdirat(dst_parent, n.c_str(), mode & 07777) != 0) return *error = Errno("cannot keep '" + n + "'"), false;
    Dir d;
    if (!OpenDir(src_parent, n, &d)) return *error = Errno("cannot keep '" + n + "'"), false;
    d.target = Fd(openat(dst_parent, n.c_str(), kOpenDir));
    if (!d.target) return *error = Errno("cannot keep '" + n + "'"), false;
    stack.push_back(std::move(d));
    return true;
  };
  if (!enter(from_dir, to_dir, name, st.st_mode)) return false;
  while (!stack.empty()) {
    const dirent* e = readdir(stack.back().dir);
    if (e == nullptr) {
      stack.pop_back();
      continue;
    }
    if (IsDots(e->d_name)) continue;
    if (++carried > kMaxCarried) {
      *error = "cannot keep '" + name + "': more than " + std::to_string(kMaxCarried) + " entries";
      return false;
    }
    int src = ::dirfd(stack.back().dir), dst = stack.back().target.get();
    std::string child = e->d_name;
    struct stat cst;
    if (fstatat(src, child.c_str(), &cst, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno == ENOENT) continue;
      return *error = Errno("cannot keep '" + child + "'"), false;
    }
    if (S_ISDIR(cst.st_mode)) {
      if (!enter(src, dst, child, cst.st_mode)) return false;
    } else if (!CarryEntry(src, dst, child, error)) {
      return false;
    }
  }
  return true;
}

bool TryLock(int fd) { return flock(fd, LOCK_EX | LOCK_NB) == 0; }

void RemoveStaleTemps(int dirfd, const std::string& name) {
  std::vector<std::string> stale;
  {
    Dir d;
    if (!OpenDir(dirfd, ".", &d)) return;
    while (const dirent* e = readdir(d.dir)) {
      if (IsTempFor(e->d_name, name)) stale.push_back(e->d_name);
    }
  }
  for (const auto& entry : stale) {
    struct stat st;
    if (fstatat(dirfd, entry.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    // A running pnc holds its temporary locked until it is switched in or removed.
    Fd held;
    if (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)) {
      held = Fd(openat(dirfd, entry.c_str(), (S_ISDIR(st.st_mode) ? kOpenDir : O_RDONLY | O_NOFOLLOW | O_CLOEXEC)));
      if (!held || !TryLock(held.get())) continue;
    }
    std::string ignored;
    RemoveTree(dirfd, entry, &ignored);
  }
}

}  // namespace pnc::driver::safe_fs
