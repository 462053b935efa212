// tests: driver/isolate — a render in a child process brings back its bytes and diagnostics, and a
// crash, an abort or an out-of-memory in it becomes one error at the output, never a crash of pnc.
#include "driver/isolate.h"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <new>

namespace pnc::driver {
namespace {

std::string Messages(const diag::Sink& sink) {
  std::string out;
  for (const auto& d : sink.All()) out += d.file + ": " + d.message + " [" + d.rule + "]\n";
  return out;
}

}  // namespace

TEST_CASE("isolate: the child's bytes and diagnostics come back as if rendered in-process") {
  diag::Sink sink;
  std::string out;
  auto render = [](std::string* bytes, diag::Sink* s) {
    bytes->assign(3u << 20, 'x');  // more than a pipe holds: the memory file takes it whole
    bytes->back() = '\0';
    auto d = diag::Make(diag::Severity::kWarning, "", "/sections/1", "a warning from the renderer", "pdf-text");
    d.hints = {"a hint"};
    s->Add(d);
    return true;
  };
  CHECK(RenderIsolated(render, "out/x/notice.en.pdf", "libharu (PDF)", &out, &sink));
  CHECK(out.size() == (3u << 20));
  CHECK(out.back() == '\0');
  REQUIRE(sink.All().size() == 1);
  CHECK(sink.All()[0].severity == diag::Severity::kWarning);
  CHECK(sink.All()[0].pointer == "/sections/1");
  CHECK(sink.All()[0].hints == std::vector<std::string>{"a hint"});
}

TEST_CASE("isolate: a render that reports its own failure fails with its own diagnostic") {
  diag::Sink sink;
  std::string out = "stale";
  auto render = [](std::string*, diag::Sink* s) {
    s->Add(diag::Make(diag::Severity::kError, "", "", "font missing", "internal"));
    return false;
  };
  CHECK_FALSE(RenderIsolated(render, "out/x/notice.en.pdf", "libharu (PDF)", &out, &sink));
  CHECK(out.empty());
  CHECK(Messages(sink) == ": font missing [internal]\n");
}

TEST_CASE("isolate: a crash, an abort or running out of memory in the child is one error naming the output") {
  struct Case {
    void (*die)();
    const char* message;
  };
  const Case cases[] = {
      // doctest's own crash handlers are put aside: pnc has none.
      {[] {
         std::signal(SIGSEGV, SIG_DFL);
         std::raise(SIGSEGV);
       },
       "out/x/notice.en.pdf: not written: libharu (PDF) crashed (SIGSEGV, often a failed allocation) while "
       "rendering this file [internal]\n"},
      {[] {
         std::signal(SIGABRT, SIG_DFL);
         std::abort();
       },
       "out/x/notice.en.pdf: not written: libharu (PDF) aborted (SIGABRT, often a failed allocation) while "
       "rendering this file [internal]\n"},
      {[] { throw std::bad_alloc(); },
       "out/x/notice.en.pdf: not written: libharu (PDF) ran out of memory while rendering this file [internal]\n"},
      {[] { std::_Exit(9); },
       "out/x/notice.en.pdf: not written: libharu (PDF) ended abnormally (exit 9) while rendering this file "
       "[internal]\n"},
  };
  for (const Case& c : cases) {
    diag::Sink sink;
    std::string out;
    auto render = [&](std::string* bytes, diag::Sink*) {
      *bytes = "half a PDF";
      c.die();
      return true;
    };
    CHECK_FALSE(RenderIsolated(render, "out/x/notice.en.pdf", "libharu (PDF)", &out, &sink));
    CHECK(out.empty());  // nothing of a half-made output comes back
    CHECK(Messages(sink) == c.message);
    REQUIRE(sink.All().size() == 1);
    CHECK(sink.All()[0].hints.size() == 2);
  }
}

TEST_CASE("isolate: a child that hangs is stopped after the timeout and is one error naming the output") {
  diag::Sink sink;
  std::string out;
  auto render = [](std::string* bytes, diag::Sink*) {
    *bytes = "half a PDF";
    for (;;) pause();  // a deadlocked library: no signal pnc sends but SIGKILL ends it
    return true;
  };
  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(
      RenderIsolated(render, "out/x/notice.en.mp3", "espeak-ng (MP3)", &out, &sink, std::chrono::milliseconds(300)));
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(took >= std::chrono::milliseconds(300));
  CHECK(took < std::chrono::seconds(5));
  CHECK(out.empty());
  CHECK(Messages(sink) ==
        "out/x/notice.en.mp3: not written: espeak-ng (MP3) was still running after 300 ms and was stopped while "
        "rendering this file [internal]\n");
  REQUIRE(sink.All().size() == 1);
  CHECK(sink.All()[0].hints.at(1) ==
        "if this file really needs longer, set PNC_RENDER_TIMEOUT to the number of seconds to allow");
  // The child was reaped: no zombie (or live child) of this process is left behind.
  errno = 0;
  CHECK(waitpid(-1, nullptr, WNOHANG) == -1);
  CHECK(errno == ECHILD);
}

TEST_CASE("isolate: a child that finishes well within the timeout is waited for, not polled late") {
  diag::Sink sink;
  std::string out;
  auto render = [](std::string* bytes, diag::Sink*) {
    usleep(50 * 1000);
    *bytes = "done";
    return true;
  };
  const auto start = std::chrono::steady_clock::now();
  CHECK(RenderIsolated(render, "out/x/notice.en.pdf", "libharu (PDF)", &out, &sink, std::chrono::seconds(30)));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(out == "done");
}

TEST_CASE("isolate: the timeout is 300 s unless PNC_RENDER_TIMEOUT gives whole seconds from 1 to 86400") {
  using std::chrono::seconds;
  CHECK(kRenderTimeout == seconds(300));
  CHECK(TimeoutFrom(nullptr) == seconds(300));
  CHECK(TimeoutFrom("") == seconds(300));
  CHECK(TimeoutFrom("600") == seconds(600));
  CHECK(TimeoutFrom("1") == seconds(1));
  CHECK(TimeoutFrom("86400") == seconds(86400));
  for (const char* bad : {"0", "-5", " 5", "5s", "1.5", "86401", "99999999999999999999", "ten"}) {
    CAPTURE(bad);
    CHECK(TimeoutFrom(bad) == seconds(300));
    // … and the CLI refuses it rather than quietly using the default.
    CHECK(RenderTimeoutProblem(bad).find("is not a whole number of seconds from 1 to 86400") != std::string::npos);
  }
  for (const char* good : {static_cast<const char*>(nullptr), "", "300", "0300", "600"}) {
    CAPTURE(good);
    CHECK(RenderTimeoutProblem(good).empty());
  }
}

}  // namespace pnc::driver
