// driver: paths → bytes and bytes → paths, with clear messages for every failure.
#include "driver/files.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace pnc::driver {

namespace fs = std::filesystem;

bool ReadFile(const std::string& path, std::string* out, std::string* error, size_t max_bytes) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    *error = "cannot read '" + path + "': no such file";
    return false;
  }
  if (fs::is_directory(status)) {
    *error = "cannot read '" + path + "': it is a directory; give a .json source file";
    return false;
  }
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    *error = "cannot read '" + path + "': it is " + std::to_string(size >> 20) + " MB, larger than the " +
             std::to_string(max_bytes >> 20) + " MB limit for a notice source";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read '" + path + "': " + std::strerror(errno);
    return false;
  }
  // Read in chunks and stop past the limit: devices and pipes (/dev/zero) have no size to check.
  out->clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
    if (out->size() > max_bytes) {
      out->clear();
      *error = "cannot read '" + path + "': it is larger than the " + std::to_string(max_bytes >> 20) +
               " MB limit for a notice source";
      return false;
    }
  }
  if (in.bad()) {
    *error = "cannot read '" + path + "': " + std::strerror(errno);
    return false;
  }
  return true;
}

namespace {

bool WriteTemp(const std::string& path, const std::string& data, std::string* tmp_out, std::string* error) {
  std::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      *error = "cannot create directory '" + target.parent_path().string() + "': " + ec.message();
      return false;
    }
  }
  std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" +
                    std::to_string(std::hash<std::string>{}(path) & 0xffff);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = "cannot write '" + path + "': " + std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  *tmp_out = tmp;
  return true;
}

}  // namespace

bool WriteFilesAtomic(const std::vector<std::pair<std::string, std::string>>& files, std::string* error) {
  std::vector<std::string> temps;
  for (const auto& [path, data] : files) {
    std::string tmp;
    if (!WriteTemp(path, data, &tmp, error)) {
      for (const auto& t : temps) ::unlink(t.c_str());
      return false;
    }
    temps.push_back(tmp);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temps[i].c_str(), files[i].first.c_str()) != 0) {
      *error = "cannot write '" + files[i].first + "': " + std::strerror(errno);
      for (size_t j = i; j < temps.size(); ++j) ::unlink(temps[j].c_str());
      return false;
    }
  }
  return true;
}

bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* error) {
  return WriteFilesAtomic({{path, data}}, error);
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
