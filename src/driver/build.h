#pragma once
// driver: sources → diagnostics and output files: load → lint → build NoticeDocs → render → write.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "driver/history.h"
#include "driver/resources.h"
#include "source/loader.h"

namespace pnc::driver {

/// What `pnc build` and `pnc lint` were asked to do.
struct Options {
  std::vector<std::string> sources;
  std::string out_dir = "out";
  std::vector<std::string> formats;    // empty: every format
  std::vector<std::string> bilingual;  // e.g. {"cy", "en"}: also write one bilingual HTML page
  bool write = true;                   // false for lint: check and build in memory only
  bool fragment = false;
  bool allow_fallback = false;
  bool strict = false;
  bool preview = false;          // build despite unconfirmed facts, every page marked as a draft
  bool werror = false;           // warnings fail the build too: nothing is written
  bool follow_symlinks = false;  // out/<stem> may be a link to the folder to replace
  bool archive = false;          // also keep the outputs in out/<stem>/archive/<version>/
  std::string paper = "A4";
  int braille_cells = 40, braille_lines = 25, braille_grade = 2;  // --braille-page, --braille-grade
  std::string audio_cache;                                        // --cache-dir: the speech cache ("" = none)
  std::string as_of;  // regulator details for this date ("" = each notice's own date)
  int jobs = 0;       // 0: one per core
  /// Called (from any worker thread, one call at a time) after each source: sources done, total.
  std::function<void(size_t, size_t)> progress;
};

/// The outcome of a run.
struct Result {
  diag::Sink sink;
  bool file_error = false;                        // a file could not be read or written
  bool internal_error = false;                    // pnc's own data or code failed
  bool usage_error = false;                       // the sources named cannot be built together (same stem, bad name)
  std::vector<std::string> written;               // output paths, in order
  std::vector<std::vector<std::string>> depends;  // per written file: what it was made from
};

/// One source compiled as far as its documents (nothing rendered or written). Not movable: the
/// locator points into `text`.
struct Compiled {
  std::string text;
  source::Loaded loaded;
  std::vector<notice::NoticeDoc> docs;  // per locale: adult, then one child version per age band
  History history;                      // the earlier versions `notice.previous` names, newest first
  diag::Sink sink;
  bool file_error = false;
  bool internal_error = false;
  Compiled() = default;
  Compiled(const Compiled&) = delete;
  Compiled& operator=(const Compiled&) = delete;
};

/// Reads, loads, lints and (when there are no errors) builds the documents of one source.
void Compile(const std::string& path, const Options& options, const Resources& resources, Compiled* out);

/// As Compile, for a source already read into `out->text` (`path` names it in diagnostics).
void CompileText(const std::string& path, const Options& options, const Resources& resources, Compiled* out);

/// Every file a build under `options` writes for a source whose documents are `docs` (nothing
/// under lint): what the "Other formats and languages" section may offer (notice/outputs.h).
std::vector<notice::OutputFile> WrittenFiles(const Options& options, const std::vector<notice::NoticeDoc>& docs);

/// The file `doc` is written as in the first format of the build that renders the notice itself
/// ("notice.en.html"), or with `just_in_time` its just-in-time notices ("notice.en.jit.html"); ""
/// when none does. The files `pnc explain` explains; a per-source format (ropa, dpv) renders no
/// document, so it is never one.
std::string FileOf(const Options& options, const notice::NoticeDoc& doc, bool just_in_time = false);

/// Compiles every source (in parallel); outputs of a source are written only if it has no errors.
Result Run(const Options& options, const Resources& resources);

/// The output directory name for a source path ("notices/pfp.json" → "pfp").
std::string Stem(const std::string& source_path);

/// The suffix of a --preview build's folder: out/<stem>.preview/, so a draft never replaces the
/// final notice in out/<stem>/ (nor a final a draft).
inline constexpr const char* kPreviewSuffix = ".preview";

/// The output folder of a source under `options`: its stem, with kPreviewSuffix for a preview.
std::string OutputFolder(const std::string& source_path, const Options& options);

/// Why `stem` cannot name an output folder ("", ".", "..", a leading dot, a separator, a control
/// character, or a name ending ".preview", which is a draft's folder), or "" when it can.
std::string StemProblem(const std::string& stem);

}  // namespace pnc::driver
