// tests: the progress line of a long build: hidden on quick builds and pipes, redrawn in place, erased.
#include "cli/progress.h"

#include <sstream>

#include <doctest/doctest.h>

using pnc::cli::ProgressLine;
using pnc::cli::ProgressText;
using std::chrono::milliseconds;

TEST_CASE("progress text counts sources") {
  CHECK(ProgressText(0, 1) == "building 0/1 notice");
  CHECK(ProgressText(37, 120) == "building 37/120 notices");
}

TEST_CASE("a quick build shows no progress line") {
  std::ostringstream out;
  ProgressLine line(&out, true, milliseconds(500), milliseconds(100));
  auto t0 = ProgressLine::Clock::now();
  line.Update(1, 2, t0 + milliseconds(10));
  line.Update(2, 2, t0 + milliseconds(20));
  line.Clear();
  CHECK(out.str().empty());
  CHECK_FALSE(line.drawn());
}

TEST_CASE("a long build redraws one line in place, throttled, and erases it") {
  std::ostringstream out;
  ProgressLine line(&out, true, milliseconds(0), milliseconds(100));
  auto t0 = ProgressLine::Clock::now() + milliseconds(1);
  line.Update(1, 3, t0);
  line.Update(2, 3, t0 + milliseconds(50));  // too soon: skipped
  line.Update(3, 3, t0 + milliseconds(60));  // the last one is always drawn
  CHECK(out.str() == "\rbuilding 1/3 notices\x1b[K\rbuilding 3/3 notices\x1b[K");
  CHECK(line.drawn());
  line.Clear();
  CHECK(out.str().substr(out.str().size() - 4) == "\r\x1b[K");
  CHECK(out.str().find('\n') == std::string::npos);
}

TEST_CASE("a disabled progress line (pipe, --quiet) draws nothing") {
  std::ostringstream out;
  ProgressLine line(&out, false, milliseconds(0), milliseconds(0));
  line.Update(1, 1, ProgressLine::Clock::now() + milliseconds(5));
  line.Clear();
  CHECK(out.str().empty());
}
