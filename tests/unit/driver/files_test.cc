// tests: driver/files: WriteProblem refuses, without writing, what WriteFileAtomic would refuse, so
// a bad --depfile fails a build before any output is written.
#include "driver/files.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace pnc {

TEST_CASE("WriteProblem refuses what WriteFileAtomic refuses, and writes nothing") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("pnc-files-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "folder");
  std::ofstream(dir / "victim") << "secret";
  fs::create_symlink(dir / "victim", dir / "link.d");
  std::ofstream(dir / "afile") << "x";
  const std::string link = (dir / "link.d").string();

  // A link pnc was not asked to follow: the same message as the write's, and the file it points
  // to is untouched.
  std::string problem = driver::WriteProblem(link);
  std::string error;
  CHECK_FALSE(driver::WriteFileAtomic(link, "dep", &error));
  CHECK(problem == error);
  CHECK(problem.find("it is a symbolic link") != std::string::npos);
  CHECK(driver::WriteProblem(link, /*follow_symlinks=*/true) == "");
  CHECK(driver::WriteProblem((dir / "folder").string()) ==
        "cannot write '" + (dir / "folder").string() + "': it is a directory");
  CHECK(driver::WriteProblem((dir / "afile" / "x.d").string()).find("is not a directory") != std::string::npos);
  // A new file, in a folder that exists or will be created: fine.
  CHECK(driver::WriteProblem((dir / "new.d").string()) == "");
  CHECK(driver::WriteProblem((dir / "deep" / "er" / "new.d").string()) == "");
  CHECK_FALSE(fs::exists(dir / "new.d"));
  CHECK_FALSE(fs::exists(dir / "deep"));
  std::ifstream in(dir / "victim");
  std::string kept;
  in >> kept;
  CHECK(kept == "secret");
  fs::remove_all(dir);
}

}  // namespace pnc
