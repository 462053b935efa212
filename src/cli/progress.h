#pragma once
// cli: the progress line of a long build ("building 37/120 notices") on a terminal's stderr. It
// appears only once a build has run for a while, is redrawn in place, and is erased before the
// diagnostics and the summary are printed, so nothing of it is left in a scroll-back or a log.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace pnc::cli {

/// "building 37/120 notices" (the words of the line, without terminal controls).
std::string ProgressText(size_t done, size_t total);

/// Whether standard error is a terminal that can redraw a line (not TERM=dumb).
bool StderrCanRedraw();

/// Draws the progress line. Thread-safe: the build's workers report to it.
class ProgressLine {
 public:
  using Clock = std::chrono::steady_clock;
  /// `enabled` false draws nothing. The line appears only after `after` has passed since
  /// construction (a quick build shows none), and is redrawn at most every `every`.
  ProgressLine(std::ostream* out, bool enabled, std::chrono::milliseconds after = std::chrono::milliseconds(500),
               std::chrono::milliseconds every = std::chrono::milliseconds(100));
  /// Reports that `done` of `total` sources are finished; `now` is for tests.
  void Update(size_t done, size_t total, Clock::time_point now = Clock::now());
  /// Erases the line if one was drawn.
  void Clear();
  /// Whether anything was drawn (for tests).
  bool drawn() const { return drawn_; }

 private:
  std::ostream* out_;
  bool enabled_;
  Clock::time_point start_, last_;
  std::chrono::milliseconds after_, every_;
  bool drawn_ = false;
  std::mutex mu_;
};

}  // namespace pnc::cli
