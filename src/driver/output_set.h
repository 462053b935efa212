#pragma once
// driver: one source's outputs → its folder out/<stem>/, switched in as a whole. The folder is
// built as a hidden sibling (".<stem>.pnc-XXXXXX"), fsynced, and exchanged with the old one in
// one rename, so a reader of out/ sees the old set or the new set, never a mixture.
#include <string>
#include <utility>
#include <vector>

namespace pnc::driver {

/// The kind of a file name in an output folder: its output suffix (".html", ".fragment.html",
/// ".pdf", …, from the format registry), or "" for a name pnc never writes (a user's own file).
/// pnc's names start with "notice." or "child." and end with a suffix some format writes.
std::string KindOf(const std::string& name);

/// What to write for one source.
struct OutputSet {
  std::string out_dir;                                     // --out
  std::string stem;                                        // the source's output folder name
  std::vector<std::pair<std::string, std::string>> files;  // file name → bytes
  /// Kinds this build was asked for: files of these kinds in the old folder that this build does
  /// not write are dropped (a removed locale's page); files of other kinds and the user's own
  /// files are carried over into the new folder (as hard links).
  std::vector<std::string> owned;
  bool follow_symlinks = false;  // --follow-symlinks: out/<stem> may be a link to a folder
  /// --archive: the notice's version. The files are also kept in archive/<version>/ inside the
  /// folder, which later builds carry over like a user's own folder; a file already archived
  /// under that version is never rewritten ("" = no archive).
  std::string archive;
};

/// The folder in out/<stem>/ that holds the archived versions.
inline constexpr const char* kArchiveDir = "archive";

/// Writes `set` into out_dir/stem atomically. On failure (false, `*error` set) the old folder is
/// left as it was. Leftovers of killed runs for this stem are removed first.
bool WriteOutputSet(const OutputSet& set, std::string* error);

}  // namespace pnc::driver
