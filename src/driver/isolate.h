#pragma once
// driver: a render run in a child process, so that a library that crashes or aborts (libharu,
// espeak-ng under a tight memory cap) fails one output cleanly instead of the whole of pnc.
#include <chrono>
#include <functional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pnc::driver {

/// Whether renders of formats that name a `library` run in a child process: PNC_ISOLATE=1 forces
/// it, PNC_ISOLATE=0 turns it off; otherwise on when the address space is capped (RLIMIT_AS, as
/// `ulimit -v` sets), where those libraries are known to crash. Read once per process.
bool IsolationWanted();

/// The default of RenderTimeout: a render of the largest source pnc accepts takes seconds, so a
/// child still running after this is hung (a deadlock in a library), not slow.
inline constexpr std::chrono::seconds kRenderTimeout{300};

/// The timeout PNC_RENDER_TIMEOUT's value `env` asks for: a whole number of seconds from 1 to
/// 86400; anything else (or null) is kRenderTimeout.
std::chrono::milliseconds TimeoutFrom(const char* env);

/// Why PNC_RENDER_TIMEOUT's value `env` cannot be used ("" when unset or valid): the CLI refuses
/// it rather than quietly rendering with the default.
std::string RenderTimeoutProblem(const char* env);

/// How long an isolated render may take before its child is killed: TimeoutFrom the environment's
/// PNC_RENDER_TIMEOUT, read once per process.
std::chrono::milliseconds RenderTimeout();

/// Runs `render` (which fills the bytes and the diagnostics it is given, and returns false on a
/// failure it reported) in a forked child; its bytes and diagnostics come back through memory
/// files. A child killed by a signal, out of memory, that ends without reporting, or that is still
/// running after `timeout` (then killed) becomes one error in `sink` at `file` (the output's
/// path), naming `library` (what failed) and the fix; `out` is then empty and the result false,
/// so the source's output set is not written.
bool RenderIsolated(const std::function<bool(std::string*, diag::Sink*)>& render, const std::string& file,
                    std::string_view library, std::string* out, diag::Sink* sink,
                    std::chrono::milliseconds timeout = RenderTimeout());

}  // namespace pnc::driver
