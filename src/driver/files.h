#pragma once
// driver: the only file I/O in pnc: bounded reads of regular files, directory listing, atomic
// writes that never follow a link pnc was not asked to follow.
#include <cstddef>
#include <string>
#include <vector>

namespace pnc::driver {

/// Reads a whole regular file ("-": standard input), at most `max_bytes`; on failure returns
/// false and a message naming the problem and the fix. FIFOs, devices and sockets are refused
/// (a FIFO would block forever). `what` names the file in the size message ("a notice source").
/// `offer_stdin` false: "-" is a file of that name, and messages do not offer standard input (for
/// files a source names, such as its previous version).
bool ReadFile(const std::string& path, std::string* out, std::string* error, size_t max_bytes = 64u << 20,
              const std::string& what = "a notice source", bool offer_stdin = true);

/// Writes `data` to `path` atomically: a temporary name in the same directory, created
/// exclusively, fsynced, then renamed over `path` (whose permissions are kept). A link at `path`
/// is refused unless `follow_symlinks`; an existing device or FIFO (/dev/stdout) is written
/// directly. Parent directories are created. Returns false and a message on failure.
bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* error,
                     bool follow_symlinks = false);

/// What WriteFileAtomic(path, …, follow_symlinks) would refuse, found without writing: a link not
/// to be followed, a directory, no file name, a folder that cannot hold the file; "" when the
/// write can go ahead. Checked before a build, so a bad --depfile fails before any output is written.
std::string WriteProblem(const std::string& path, bool follow_symlinks = false);

/// Regular files in `dir` whose names end with `suffix`, sorted.
std::vector<std::string> ListFiles(const std::string& dir, const std::string& suffix);

}  // namespace pnc::driver
