#pragma once
// driver: a render run in a child process, so that a library that crashes or aborts (libharu,
// espeak-ng under a tight memory cap) fails one output cleanly instead of the whole of pnc.
#include <functional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace pnc::driver {

/// Whether renders of formats that name a `library` run in a child process: PNC_ISOLATE=1 forces
/// it, PNC_ISOLATE=0 turns it off; otherwise on when the address space is capped (RLIMIT_AS, as
/// `ulimit -v` sets), where those libraries are known to crash. Read once per process.
bool IsolationWanted();

/// Runs `render` (which fills the bytes and the diagnostics it is given, and returns false on a
/// failure it reported) in a forked child; its bytes and diagnostics come back through memory
/// files. A child killed by a signal, out of memory, or that ends without reporting becomes one
/// error in `sink` at `file` (the output's path), naming `library` (what failed) and the fix;
/// `out` is then empty and the result false, so the source's output set is not written.
bool RenderIsolated(const std::function<bool(std::string*, diag::Sink*)>& render, const std::string& file,
                    std::string_view library, std::string* out, diag::Sink* sink);

}  // namespace pnc::driver
