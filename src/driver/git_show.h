#pragma once
// driver: an earlier version of a source, read from git (`git show REV:path`) without a shell.
#include <string>

namespace pnc::driver {

/// Reads `path` as it was at git revision `rev` into `*text`. Runs git by argv (no shell, no
/// pager, no textconv, fsmonitor off) in the work tree that holds `path`, with the path relative to
/// its top level; output is bounded by `max_bytes`. Returns false with a message in `*error`
/// (not a git work tree, an unknown revision, a revision that looks like an option, too large).
bool GitShow(const std::string& path, const std::string& rev, std::string* text, std::string* error, size_t max_bytes);

}  // namespace pnc::driver
