// driver: paths → bytes and bytes → paths, with clear messages for every failure.
#include "driver/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "driver/safe_fs.h"

namespace pnc::driver {
namespace {

namespace fs = std::filesystem;
using safe_fs::Fd;

// "4 MB", "4.2 MB": whole numbers for limits, one decimal where it tells a size from its limit.
std::string Mb(size_t bytes) {
  if (bytes % (1u << 20) == 0 || bytes >= (100u << 20)) return std::to_string(bytes >> 20) + " MB";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1u << 20));
  return buf;
}

std::string Reason(int e) {
  if (e == ENOENT) return "no such file";
  if (e == ELOOP) return "too many levels of symbolic links (a link that points back to itself?)";
  return std::strerror(e);
}

// What a non-regular file is, for the refusal message.
std::string TypeName(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

bool ReadFd(int fd, const std::string& path, std::string* out, std::string* error, size_t max_bytes,
            const std::string& what) {
  out->clear();
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = "cannot read '" + path + "': " + Reason(errno);
      return false;
    }
    if (n == 0) return true;
    // Files can grow while read: the limit holds for what is actually read.
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      out->clear();
      *error = "cannot read '" + path + "': it is larger than the " + Mb(max_bytes) + " limit for " + what;
      return false;
    }
    out->append(buf, static_cast<size_t>(n));
  }
}

// Writes to an existing device or FIFO (/dev/stdout, /dev/null): nothing to replace atomically.
// Opened without O_CREAT or O_TRUNC, and refused if it turns out to be a regular file after all.
bool WriteDirect(const std::string& path, const std::string& data, std::string* error) {
  Fd fd(open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
  struct stat st;
  if (!fd) {
    *error = "cannot write '" + path + "': " + (errno == ENXIO ? "no process is reading from it" : Reason(errno));
    return false;
  }
  if (fstat(fd.get(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
    *error = "cannot write '" + path + "': it changed while being opened";
    return false;
  }
  fcntl(fd.get(), F_SETFL, fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
  if (!safe_fs::WriteAll(fd.get(), data) || !fd.Close()) {
    *error = "cannot write '" + path + "': " + Reason(errno);
    return false;
  }
  return true;
}

// Follows `path` while it is a symbolic link (at most 40 hops); "" with `*error` set on a loop.
std::string Resolve(std::string path, std::string* error) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
    char buf[4096];
    ssize_t n = readlink(path.c_str(), buf, sizeof buf - 1);
    if (n <= 0) break;
    fs::path target(std::string(buf, static_cast<size_t>(n)));
    path = (target.is_relative() ? fs::path(path).parent_path() / target : target).string();
  }
  *error = "cannot write '" + path + "': " + Reason(ELOOP);
  return "";
}

}  // namespace

bool ReadFile(const std::string& path, std::string* out, std::string* error, size_t max_bytes, const std::string& what,
              bool offer_stdin) {
  if (path == "-" && offer_stdin) return ReadFd(STDIN_FILENO, "-", out, error, max_bytes, what);
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer before the type could be checked.
  Fd fd(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!fd) {
    *error = "cannot read '" + path + "': " + Reason(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd.get(), &st) != 0) {
    *error = "cannot read '" + path + "': " + Reason(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = "cannot read '" + path + "': it is a directory; give a file";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *error = "cannot read '" + path + "': it is " + TypeName(st.st_mode) +
             ", not a regular file; save the text to a file" + (offer_stdin ? " (or pipe it in as '-')" : "");
    return false;
  }
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
    // Just past the limit, both sizes round to the same megabytes ("4.0 MB, larger than the 4 MB
    // limit" reads as a contradiction): then the size is given in bytes.
    std::string size = Mb(static_cast<size_t>(st.st_size));
    if (size == Mb(max_bytes) || size == Mb(max_bytes).substr(0, Mb(max_bytes).size() - 3) + ".0 MB")
      size = std::to_string(st.st_size) + " bytes";
    *error = "cannot read '" + path + "': it is " + size + ", larger than the " + Mb(max_bytes) + " limit for " + what;
    return false;
  }
  fcntl(fd.get(), F_SETFL, fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
  return ReadFd(fd.get(), path, out, error, max_bytes, what);
}

namespace {

// How a path is written: replaced atomically (at `target`, the path or, followed, its link's
// end), written directly (an existing device or FIFO), or as pnc's own standard output.
enum class Route { kAtomic, kDirect, kStdout };

// Decides the route for `path` without writing anything; false and `*error` when pnc must not or
// cannot write it. WriteFileAtomic and WriteProblem share it, so a check made before a build
// refuses exactly what the write itself would.
bool PlanWrite(const std::string& path, bool follow_symlinks, Route* route, std::string* target, std::string* error) {
  *route = Route::kAtomic;
  *target = path;
  struct stat lst, st;
  if (lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
    // A link to a device or pipe (/dev/stdout) is written through: no file is replaced.
    if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
      *route = Route::kDirect;
      return true;
    }
    // "-o /dev/stdout > file": the link leads to pnc's own standard output, which it may write.
    struct stat out;
    if (stat(path.c_str(), &st) == 0 && fstat(STDOUT_FILENO, &out) == 0 && st.st_dev == out.st_dev &&
        st.st_ino == out.st_ino) {
      *route = Route::kStdout;
      return true;
    }
    if (!follow_symlinks) {
      *error = "cannot write '" + path +
               "': it is a symbolic link, and pnc does not write through links it was not asked to follow; "
               "remove it, or pass --follow-symlinks";
      return false;
    }
    *target = Resolve(path, error);
    if (target->empty()) return false;
  }
  if (lstat(target->c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      *error = "cannot write '" + path + "': it is a directory";
      return false;
    }
    if (!S_ISREG(st.st_mode)) *route = Route::kDirect;
  }
  return true;
}

}  // namespace

std::string WriteProblem(const std::string& path, bool follow_symlinks) {
  Route route;
  std::string target, error;
  if (!PlanWrite(path, follow_symlinks, &route, &target, &error)) return error;
  if (route != Route::kAtomic) return "";
  fs::path p(target);
  const std::string name = p.filename().string();
  if (name.empty() || name == "." || name == "..") return "cannot write '" + path + "': not a file name";
  // The nearest folder that exists must be a folder pnc may create files in (the rest of the
  // path is created when the file is written).
  fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  struct stat st;
  while (lstat(dir.c_str(), &st) != 0 && errno == ENOENT && dir.has_parent_path() && dir != dir.parent_path())
    dir = dir.parent_path();
  if (stat(dir.c_str(), &st) != 0) return "cannot write '" + path + "': " + Reason(errno);
  if (!S_ISDIR(st.st_mode)) return "cannot write '" + path + "': '" + dir.string() + "' is not a directory";
  if (access(dir.c_str(), W_OK | X_OK) != 0) return "cannot write '" + path + "': " + Reason(errno);
  return "";
}

bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* error, bool follow_symlinks) {
  Route route;
  std::string target;
  if (!PlanWrite(path, follow_symlinks, &route, &target, error)) return false;
  if (route == Route::kDirect) return WriteDirect(target, data, error);
  if (route == Route::kStdout) {
    if (!safe_fs::WriteAll(STDOUT_FILENO, data)) {
      *error = "cannot write '" + path + "': " + Reason(errno);
      return false;
    }
    return true;
  }
  struct stat st;
  mode_t mode = 0666;
  bool keep_mode = false;
  if (lstat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    mode = st.st_mode & 07777;
    keep_mode = true;
  }
  fs::path p(target);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  std::string name = p.filename().string();
  if (name.empty() || name == "." || name == "..") {
    *error = "cannot write '" + path + "': not a file name";
    return false;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    *error = "cannot create directory '" + dir + "': " + ec.message();
    return false;
  }
  Fd dirfd(open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dirfd) {
    *error = "cannot write '" + path + "': " + Reason(errno);
    return false;
  }
  safe_fs::RemoveStaleTemps(dirfd.get(), name);
  std::string temp;
  Fd fd = safe_fs::MakeTempFile(dirfd.get(), name, mode, &temp);
  if (!fd) {
    *error = "cannot write '" + path + "': " + Reason(errno);
    return false;
  }
  safe_fs::TryLock(fd.get());
  bool ok = (!keep_mode || fchmod(fd.get(), mode) == 0) && safe_fs::WriteAll(fd.get(), data) && fsync(fd.get()) == 0 &&
            fd.Close() && renameat(dirfd.get(), temp.c_str(), dirfd.get(), name.c_str()) == 0;
  if (!ok) {
    *error = "cannot write '" + path + "': " + Reason(errno);
    unlinkat(dirfd.get(), temp.c_str(), 0);
    return false;
  }
  fsync(dirfd.get());
  return true;
}

std::vector<std::string> ListFiles(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      out.push_back(e.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace pnc::driver
