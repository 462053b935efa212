// driver: OutputSet → out/<stem>/ as one switch (output_set.h). Steps: remove leftovers of killed
// runs; build the new folder under a fresh hidden name, files created exclusively and fsynced;
// carry the user's own files over as hard links; exchange the two folders in one rename
// (renameat2 RENAME_EXCHANGE, or two renames where the file system lacks it); remove the old one.
#include "driver/output_set.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "driver/safe_fs.h"
#include "render/registry.h"

namespace pnc::driver {
namespace {

using safe_fs::Fd;
namespace fs = std::filesystem;

constexpr int kOpenDir = O_RDONLY | O_DIRECTORY | O_CLOEXEC;

bool Fail(std::string* error, const std::string& message) {
  *error = message;
  return false;
}

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

bool Unsupported(int e) { return e == EINVAL || e == ENOSYS || e == EOPNOTSUPP; }

// Names of the entries of an open directory.
std::vector<std::string> Entries(int dirfd) {
  std::vector<std::string> names;
  int fd = openat(dirfd, ".", kOpenDir);
  if (fd < 0) return names;
  DIR* d = fdopendir(fd);
  if (!d) {
    close(fd);
    return names;
  }
  while (const dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

bool Exists(int dirfd, const std::string& name) {
  struct stat st;
  return fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

// Where the folder goes: its parent directory (open) and its name there. out/<stem> as a link is
// refused unless the user asked to follow it; then the link's target is replaced instead.
struct Place {
  Fd parent;
  std::string dir;  // the parent's path, for messages
  std::string name;
  bool exists = false;
  mode_t mode = 0;
};

bool Locate(const OutputSet& set, Place* p, std::string* error) {
  std::error_code ec;
  fs::create_directories(set.out_dir, ec);
  if (ec == std::errc::not_a_directory) {
    // Name the part of --out that is a file, and the fix, rather than "Not a directory".
    fs::path part;
    for (const auto& piece : fs::path(set.out_dir)) {
      part /= piece;
      std::error_code stat_ec;
      auto st = fs::symlink_status(part, stat_ec);
      if (!stat_ec && fs::exists(st) && !fs::is_directory(fs::status(part, stat_ec))) {
        return Fail(error, "cannot create the output folder '" + set.out_dir + "': '" + part.string() +
                               "' is a file, not a folder; choose another --out, or move the file away");
      }
    }
  }
  if (ec) return Fail(error, "cannot create directory '" + set.out_dir + "': " + ec.message());
  p->dir = set.out_dir;
  p->name = set.stem;
  for (int hops = 0;; ++hops) {
    p->parent = Fd(open(p->dir.c_str(), kOpenDir));
    if (!p->parent) return Fail(error, Errno("cannot open directory '" + p->dir + "'"));
    struct stat st;
    std::string shown = (fs::path(p->dir) / p->name).string();
    if (fstatat(p->parent.get(), p->name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno != ENOENT) return Fail(error, Errno("cannot write '" + shown + "'"));
      p->exists = false;
      return true;
    }
    if (S_ISDIR(st.st_mode)) {
      p->exists = true;
      p->mode = st.st_mode & 07777;
      return true;
    }
    if (!S_ISLNK(st.st_mode)) {
      return Fail(error, "cannot write '" + shown + "': it exists and is not a folder; move it away");
    }
    if (!set.follow_symlinks) {
      return Fail(error, "cannot write '" + shown +
                             "': it is a symbolic link, and pnc does not write through links it was not asked "
                             "to follow; remove it, or pass --follow-symlinks to replace the folder it points to");
    }
    if (hops == 8) return Fail(error, "cannot write '" + shown + "': too many levels of symbolic links");
    char buf[4096];
    ssize_t n = readlinkat(p->parent.get(), p->name.c_str(), buf, sizeof buf - 1);
    if (n <= 0) return Fail(error, Errno("cannot read the link '" + shown + "'"));
    fs::path target(std::string(buf, static_cast<size_t>(n)));
    if (target.is_relative()) target = fs::path(p->dir) / target;
    target = target.lexically_normal();
    if (!target.has_filename()) target = target.parent_path();
    p->name = target.filename().string();
    p->dir = target.has_parent_path() ? target.parent_path().string() : ".";
    if (p->name.empty() || p->name == "." || p->name == "..") {
      return Fail(error, "cannot write '" + shown + "': the link points to '" + target.string() + "'");
    }
  }
}

// The new folder's files, each created exclusively and flushed to disk.
bool WriteFiles(int dirfd, const OutputSet& set, const std::string& where, std::string* error) {
  for (const auto& [name, data] : set.files) {
    if (name.empty() || name[0] == '.' || name.find('/') != std::string::npos) {
      return Fail(error, "internal error: output file name '" + name + "'");
    }
    Fd fd(openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
    if (!fd && errno == EEXIST) {
      return Fail(error, "internal error: two outputs of this source are named '" + name + "'");
    }
    if (!fd || !safe_fs::WriteAll(fd.get(), data) || fsync(fd.get()) != 0 || !fd.Close()) {
      return Fail(error, Errno("cannot write '" + where + "/" + name + "'"));
    }
  }
  return true;
}

bool Owned(const OutputSet& set, const std::string& name) {
  std::string k = KindOf(name);
  return !k.empty() && std::find(set.owned.begin(), set.owned.end(), k) != set.owned.end();
}

// Old entries the new folder keeps: the user's own files and pnc files of kinds not rebuilt.
bool CarryFrom(int old_dir, int new_dir, const OutputSet& set, const std::string& where, std::string* error) {
  std::set<std::string> written;
  for (const auto& f : set.files) written.insert(f.first);
  for (const auto& name : Entries(old_dir)) {
    if (written.count(name) || Owned(set, name)) continue;
    if (!safe_fs::CarryOver(old_dir, new_dir, name, error)) {
      *error = "cannot keep the files in '" + where + "' that this build does not write: " + *error;
      return false;
    }
  }
  return true;
}

// Opens (creating it if absent) the folder `name` in `dirfd`; a link or a file there is refused.
Fd OpenOrMakeDir(int dirfd, const std::string& name, const std::string& shown, std::string* error) {
  if (mkdirat(dirfd, name.c_str(), 0777) != 0 && errno != EEXIST) {
    Fail(error, Errno("cannot create '" + shown + "'"));
    return Fd();
  }
  Fd fd(openat(dirfd, name.c_str(), kOpenDir | O_NOFOLLOW));
  if (!fd) {
    Fail(error, errno == ELOOP || errno == ENOTDIR
                    ? "cannot write '" + shown +
                          "': it is a symbolic link or a file, and pnc keeps its archive only in a "
                          "folder of its own; move it away"
                    : Errno("cannot open '" + shown + "'"));
  }
  return fd;
}

// archive/<version>/ in the new folder: the files this build wrote that the version's archive
// does not hold yet. The archive came over from the old folder (hard links, CarryFrom), so what
// a version said when it was first built is kept as it was; a rebuild only adds formats.
bool Archive(int dir, const OutputSet& set, const std::string& where, std::string* error) {
  if (set.archive.empty()) return true;
  const std::string shown = where + "/" + kArchiveDir;
  Fd archive = OpenOrMakeDir(dir, kArchiveDir, shown, error);
  if (!archive) return false;
  Fd version = OpenOrMakeDir(archive.get(), set.archive, shown + "/" + set.archive, error);
  if (!version) return false;
  for (const auto& [name, data] : set.files) {
    if (Exists(version.get(), name)) continue;
    Fd fd(openat(version.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0444));
    if (!fd || !safe_fs::WriteAll(fd.get(), data) || fsync(fd.get()) != 0 || !fd.Close()) {
      return Fail(error, Errno("cannot write '" + shown + "/" + set.archive + "/" + name + "'"));
    }
  }
  if (fsync(version.get()) != 0 || fsync(archive.get()) != 0) return Fail(error, Errno("cannot write '" + shown + "'"));
  return true;
}

// After the switch: entries the user added to the old folder while pnc was building.
void MoveLate(int old_dir, int new_dir, const OutputSet& set) {
  for (const auto& name : Entries(old_dir)) {
    if (Owned(set, name) || Exists(new_dir, name)) continue;
    renameat2(old_dir, name.c_str(), new_dir, name.c_str(), RENAME_NOREPLACE);
  }
}

}  // namespace

std::string KindOf(const std::string& name) {
  for (const auto& format : render::AllFormats()) {
    if (!format.file_name.empty() && name == format.file_name) return "." + std::string(format.extension);
  }
  if (name.rfind("notice.", 0) != 0 && name.rfind("child.", 0) != 0) return "";
  return render::OutputSuffix(name);
}

bool WriteOutputSet(const OutputSet& set, std::string* error) {
  Place place;
  if (!Locate(set, &place, error)) return false;
  const int parent = place.parent.get();
  const std::string shown = (fs::path(place.dir) / place.name).string();
  safe_fs::RemoveStaleTemps(parent, place.name);

  std::string temp = safe_fs::MakeTempDir(parent, place.name, 0777);
  if (temp.empty()) return Fail(error, Errno("cannot create a folder in '" + place.dir + "'"));
  Fd fresh(openat(parent, temp.c_str(), kOpenDir | O_NOFOLLOW));
  if (!fresh) return Fail(error, Errno("cannot open '" + place.dir + "/" + temp + "'"));
  safe_fs::TryLock(fresh.get());  // held until the end: a concurrent run must not clean it up
  auto abandon = [&](const std::string& message) {
    std::string ignored;
    safe_fs::RemoveTree(parent, temp, &ignored);
    return Fail(error, message);
  };

  if (!WriteFiles(fresh.get(), set, shown, error)) return abandon(*error);
  for (int attempt = 0;; ++attempt) {
    Fd old;
    if (place.exists) {
      old = Fd(openat(parent, place.name.c_str(), kOpenDir | O_NOFOLLOW));
      if (!old) return abandon(Errno("cannot read '" + shown + "'"));
      if (fchmod(fresh.get(), place.mode) != 0) return abandon(Errno("cannot write '" + shown + "'"));
      if (!CarryFrom(old.get(), fresh.get(), set, shown, error)) return abandon(*error);
    }
    if (attempt == 0 && !Archive(fresh.get(), set, shown, error)) return abandon(*error);
    if (fsync(fresh.get()) != 0) return abandon(Errno("cannot write '" + shown + "'"));

    std::string retired;  // where the old folder is after the switch
    if (!place.exists) {
      if (renameat2(parent, temp.c_str(), parent, place.name.c_str(), RENAME_NOREPLACE) == 0 ||
          (Unsupported(errno) && renameat(parent, temp.c_str(), parent, place.name.c_str()) == 0)) {
        fsync(parent);
        return true;
      }
      if (errno != EEXIST || attempt == 2) return abandon(Errno("cannot write '" + shown + "'"));
      struct stat st;  // created meanwhile by another run: switch with it instead, if a folder
      if (fstatat(parent, place.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode)) {
        return abandon("cannot write '" + shown + "': it appeared during the build and is not a folder");
      }
      place.exists = true;
      place.mode = st.st_mode & 07777;
      continue;
    } else if (renameat2(parent, temp.c_str(), parent, place.name.c_str(), RENAME_EXCHANGE) == 0) {
      retired = temp;
    } else if (Unsupported(errno)) {
      // No atomic exchange here: move the old folder aside, then the new one in. In between,
      // out/<stem> is briefly absent (never mixed); the README says so.
      retired = safe_fs::MakeTempDir(parent, place.name, 0700);
      if (retired.empty() || renameat(parent, place.name.c_str(), parent, retired.c_str()) != 0) {
        return abandon(Errno("cannot write '" + shown + "'"));
      }
      if (renameat(parent, temp.c_str(), parent, place.name.c_str()) != 0) {
        int saved = errno;
        renameat(parent, retired.c_str(), parent, place.name.c_str());
        errno = saved;
        return abandon(Errno("cannot write '" + shown + "'"));
      }
    } else if (errno == ENOENT && attempt < 2) {
      place.exists = false;  // removed meanwhile: place the new folder instead
      continue;
    } else {
      return abandon(Errno("cannot write '" + shown + "'"));
    }
    fsync(parent);
    if (old) MoveLate(old.get(), fresh.get(), set);
    std::string ignored;
    safe_fs::RemoveTree(parent, retired, &ignored);
    return true;
  }
}

}  // namespace pnc::driver
