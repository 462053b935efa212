#pragma once
// driver: file-system steps that never follow a symbolic link they did not ask for: names
// created exclusively, trees removed and copied relative to directory descriptors. Internal to
// the driver (files.cc, output_set.cc).
#include <string>

namespace pnc::driver::safe_fs {

/// An owned file descriptor, closed on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& o) noexcept : fd_(o.Release()) {}
  Fd& operator=(Fd&& o) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd();
  /// The descriptor, or -1.
  int get() const { return fd_; }
  /// True when open.
  explicit operator bool() const { return fd_ >= 0; }
  /// Gives up ownership.
  int Release();
  /// Closes now; false (errno set) when close reported an error.
  bool Close();

 private:
  int fd_ = -1;
};

/// Six random characters from [a-zA-Z0-9], from the kernel's random source.
std::string RandomSuffix();

/// The temporary-name prefix pnc uses next to `name`: ".<name>.pnc-" (a dot hides it from
/// directory listings and most web servers).
std::string TempPrefix(const std::string& name);

/// True when `entry` is ".<name>.pnc-XXXXXX", one of pnc's temporary names for `name`.
bool IsTempFor(const std::string& entry, const std::string& name);

/// Creates an empty directory ".<name>.pnc-XXXXXX" in `dirfd` exclusively (never an existing
/// entry); returns its name, or "" with errno set.
std::string MakeTempDir(int dirfd, const std::string& name, unsigned mode);

/// Creates and opens a file ".<name>.pnc-XXXXXX" in `dirfd` with O_EXCL|O_NOFOLLOW; returns the
/// descriptor (and the name in `*temp`), or an empty Fd with errno set.
Fd MakeTempFile(int dirfd, const std::string& name, unsigned mode, std::string* temp);

/// Writes all of `data` to `fd`; false with errno set on failure.
bool WriteAll(int fd, const std::string& data);

/// Removes `name` in `dirfd`: a file or link is unlinked, a directory removed with its contents,
/// iteratively (no recursion on depth) and without following links. False with `*error` set.
bool RemoveTree(int dirfd, const std::string& name, std::string* error);

/// Recreates `name` of `from_dir` in `to_dir`: files and links as hard links (a copy where the
/// file system refuses the link), directories as new directories with their contents. Never
/// follows a link. False with `*error` set.
bool CarryOver(int from_dir, int to_dir, const std::string& name, std::string* error);

/// Takes an exclusive advisory lock on `fd` without waiting; false when another process holds it.
bool TryLock(int fd);

/// Removes pnc's leftover temporaries for `name` in `dirfd` (from killed runs), except those a
/// running pnc holds locked.
void RemoveStaleTemps(int dirfd, const std::string& name);

}  // namespace pnc::driver::safe_fs
