#pragma once
// driver: a source's earlier versions (`notice.previous`, followed version by version) → the
// loaded versions and the diff between each pair, for the "What changed in version N" section.
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "diff/diff.h"
#include "law/law_data.h"
#include "source/loader.h"

namespace pnc::driver {

/// At most this many earlier versions are read: the section stays readable and a build bounded.
inline constexpr size_t kMaxHistory = 10;

/// One earlier version: where it was read from, its text and its model.
struct PastVersion {
  std::string name;  // how diagnostics and the depfile name it: a path, or "path@REV"
  std::string file;  // the file in the work tree, when read from one ("" when read from git)
  std::string text;
  source::Loaded loaded;
};

/// A source's history, newest first.
struct History {
  std::vector<std::unique_ptr<PastVersion>> versions;  // versions[0] is the one the source names
  std::vector<diff::Diff> diffs;  // diffs[i]: versions[i] → the version after it (the source for i = 0)
};

/// Reads the versions `current.notice.previous` names, each following its own `previous`, up to
/// kMaxHistory. A version that cannot be read, is not a valid source, or repeats one already in
/// the chain (a cycle, or two versions with one number) is an error at the current source's
/// `/notice/previous` with the fix; the history is then empty. `path` is the current source.
History ReadHistory(const std::string& path, const source::Model& current, const rules::LawData& law, diag::Sink* sink);

}  // namespace pnc::driver
