// cli: build progress (done/total sources) → one line on a terminal, redrawn in place.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdlib>

namespace pnc::cli {

std::string ProgressText(size_t done, size_t total) {
  return "building " + std::to_string(done) + "/" + std::to_string(total) + (total == 1 ? " notice" : " notices");
}

bool StderrCanRedraw() {
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(STDERR_FILENO) == 1;
}

ProgressLine::ProgressLine(std::ostream* out, bool enabled, std::chrono::milliseconds after,
                           std::chrono::milliseconds every)
    : out_(out), enabled_(enabled), start_(Clock::now()), last_(), after_(after), every_(every) {}

void ProgressLine::Update(size_t done, size_t total, Clock::time_point now) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (now - start_ < after_) return;
  if (drawn_ && now - last_ < every_ && done != total) return;
  // "\r" returns to the line's start and "\x1b[K" erases what a longer previous line left.
  *out_ << '\r' << ProgressText(done, total) << "\x1b[K" << std::flush;
  drawn_ = true;
  last_ = now;
}

void ProgressLine::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!drawn_) return;
  *out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace pnc::cli
