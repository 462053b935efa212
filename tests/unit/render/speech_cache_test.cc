// render: `pnc cache clean` deletes only pnc's own speech pieces (and half-written ones), never
// another file in the folder --cache-dir names, nor anything through a link.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "render/speech.h"

namespace pnc::render::speech {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

TEST_CASE("speech cache: info counts pieces, clean removes only them") {
  fs::path dir = fs::temp_directory_path() / ("pnc-cache-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "speech");
  Write(dir / "mine.txt", "keep");
  Write(dir / "speech" / "0123456789abcdef.mp3seg", "abc");
  Write(dir / "speech" / "0123456789abcdef.mp3seg.Ab12Cd", "de");  // a killed build's temp file
  Write(dir / "speech" / "notes.txt", "keep");
  Write(dir / "speech" / "0123456789abcdeg.mp3seg", "not hex: keep");
  Write(dir / "target.mp3seg", "keep");
  fs::create_symlink(dir / "target.mp3seg", dir / "speech" / "fedcba9876543210.mp3seg");

  CacheStats stats;
  std::string error;
  REQUIRE(CacheInfo(dir.string(), &stats, &error));
  CHECK(stats.entries == 2);
  CHECK(stats.bytes == 5);
  REQUIRE(CleanCache(dir.string(), &stats, &error));
  CHECK(stats.entries == 2);
  CHECK(fs::exists(dir / "mine.txt"));
  CHECK(fs::exists(dir / "speech" / "notes.txt"));
  CHECK(fs::exists(dir / "speech" / "0123456789abcdeg.mp3seg"));
  CHECK(fs::exists(dir / "target.mp3seg"));
  CHECK(fs::is_symlink(dir / "speech" / "fedcba9876543210.mp3seg"));
  CHECK_FALSE(fs::exists(dir / "speech" / "0123456789abcdef.mp3seg"));
  REQUIRE(CacheInfo(dir.string(), &stats, &error));
  CHECK(stats.entries == 0);
  // A cache that was never written is empty, not an error.
  CHECK(CacheInfo((dir / "none").string(), &stats, &error));
  CHECK(stats.entries == 0);
  // A file where the speech folder should be is an error naming it.
  fs::remove_all(dir / "speech");
  Write(dir / "speech", "");
  CHECK_FALSE(CacheInfo(dir.string(), &stats, &error));
  CHECK(error.find("is not a folder") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace pnc::render::speech
