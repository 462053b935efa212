#pragma once
// driver: the only file I/O in pnc: bounded reads, directory listing, atomic writes.
#include <cstddef>
#include <string>
#include <vector>

namespace pnc::driver {

/// Reads a whole file; on failure returns false and a message naming the problem and the fix.
bool ReadFile(const std::string& path, std::string* out, std::string* error, size_t max_bytes = 64u << 20);

/// Writes `data` to `path` atomically (temporary file in the same directory, then rename),
/// creating parent directories. Returns false and a message on failure.
bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* error);

/// Writes several files as one unit: every file goes to a temporary name first, and only when all
/// are written are they renamed into place; on failure no target is touched.
bool WriteFilesAtomic(const std::vector<std::pair<std::string, std::string>>& files, std::string* error);

/// Regular files in `dir` whose names end with `suffix`, sorted.
std::vector<std::string> ListFiles(const std::string& dir, const std::string& suffix);

}  // namespace pnc::driver
