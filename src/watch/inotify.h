#pragma once
// watch: waits for a file to be saved (inotify on the files' folders → which of them changed).
#include <string>
#include <vector>

namespace pnc::watch {

/// Watches files by watching their folders: editors save by writing a new file and renaming it
/// over the old one (vim, VS Code, gedit), which a watch on the file itself would lose.
class FileWatch {
 public:
  /// `files`: paths to watch; `folders`: folders in which any change counts (pnc's data).
  FileWatch(const std::vector<std::string>& files, const std::vector<std::string>& folders);
  ~FileWatch();
  FileWatch(const FileWatch&) = delete;
  FileWatch& operator=(const FileWatch&) = delete;
  /// "" when watching, else why not.
  const std::string& error() const { return error_; }
  /// Blocks until a watched file changes, then waits `settle_ms` more for the rest of the save;
  /// returns the paths changed (files as given; a folder's change as the folder). Returns {} when
  /// `timeout_ms` (≥ 0) passes first or on SIGINT/SIGTERM (see Stopped()).
  std::vector<std::string> Wait(int timeout_ms = -1, int settle_ms = 30);

 private:
  int fd_ = -1;
  std::string error_;
  struct Watch {
    int wd;
    std::string dir;
    std::vector<std::pair<std::string, std::string>> names;  // file name in dir, path as given
    bool any;                                                // a data folder: every name counts
  };
  std::vector<Watch> watches_;
};

}  // namespace pnc::watch
