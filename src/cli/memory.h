#pragma once
// cli: malloc settings for a short-lived process that allocates and frees the same few megabytes.

namespace pnc::cli {

/// Keeps freed memory in the process and pre-faults the first megabytes of the heap in one
/// system call. Called once, before any work; safe to skip (only speed depends on it).
void TuneMemoryForOneRun();

}  // namespace pnc::cli
