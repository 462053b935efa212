#pragma once
// render: the table of output formats, the only list of them. A new format is one renderer file
// (render/<format>.cc) plus one row in registry.cc: `--format`, `--help`, the driver's output names
// and kinds, the depfile and the bilingual page all read the row.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"

namespace pnc::source {
struct Model;
}
namespace pnc::rules {
struct LawData;
}

namespace pnc::render {

/// The data files renderers read, handed to them by the driver (the only code that reads files).
/// Only files a format row declares (its `inputs`, and the files `named_inputs` finds in them) are
/// served.
class InputFiles {
 public:
  virtual ~InputFiles() = default;
  /// The bytes of `name` (a path relative to the data directory, or an absolute path a settings
  /// file names), or nullptr when it was not declared or cannot be read.
  virtual const std::string* Get(const std::string& name) const = 0;
};

/// What a renderer may need besides the document: where pnc's data lives, its files, and options.
struct RenderContext {
  std::string data_dir;               // names the data files in diagnostics; renderers never open it
  bool fragment = false;              // --fragment: HTML body only, for embedding
  std::string paper = "A4";           // --paper: PDF "A4" or "Letter"
  const InputFiles* files = nullptr;  // the declared input files of the formats (see Format::inputs)
  int braille_cells = 40;             // BRF: cells per line
  int braille_lines = 25;             // BRF: lines per page
  int braille_grade = 2;              // BRF: 2 = contracted UEB, 1 = uncontracted
  std::string audio_cache;            // audio: the synthesis cache folder ("" = no cache)
  /// The source and the law, for per-source formats (the Art 30 record, DPV) that describe the
  /// processing itself rather than render a document; nullptr for the others.
  const source::Model* model = nullptr;
  const rules::LawData* law = nullptr;
  /// HTML: the file name of the JSON-LD notice written beside the page ("" = none is written).
  std::string linked_data;
};

/// Renders one document to bytes; returns false (and reports to `sink`) on failure.
using RenderFn = bool (*)(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

/// Renders several language versions of one notice, in the given order, into one document.
using BilingualFn = bool (*)(const std::vector<const notice::NoticeDoc*>& docs, const RenderContext& ctx,
                             std::string* out, diag::Sink* sink);

/// The data files named inside a format's declared inputs (the fonts accessibility/large-print.json
/// names): each is an absolute path or one relative to the data directory. `files` serves the
/// declared inputs only.
using NamedInputsFn = std::vector<std::string> (*)(const InputFiles& files);

/// Whether a format can write a document in `locale` (braille tables and voices exist for some
/// languages only), so the driver never names a file the build will not write.
using LocaleFn = bool (*)(const std::string& locale);

/// Audiences a format renders (NoticeDoc::audience), as bits.
enum Audiences : unsigned { kAdults = 1u, kChildren = 2u, kEveryAudience = kAdults | kChildren };

/// One output format: everything the driver, the command line and the depfile need to know.
struct Format {
  std::string_view name;       // --format value: "html", "pdf"
  std::string_view extension;  // output file extension without the dot: "notice.en.<extension>"
  RenderFn render;
  bool by_default = true;  // written when no --format is given (debug formats are not)
  unsigned audiences = kEveryAudience;
  /// Files (relative to the data directory) and folders (ending in '/': every file in them) the
  /// renderer reads through RenderContext::files; each output of the format depends on them.
  std::span<const std::string_view> inputs = {};
  NamedInputsFn named_inputs = nullptr;    // more input files named inside `inputs` (nullptr: none)
  BilingualFn render_bilingual = nullptr;  // --bilingual: one document with several languages (nullptr: cannot)
  /// The extension under --fragment ("fragment.html"), so a fragment never replaces a full page;
  /// "" when --fragment does not change this format.
  std::string_view fragment_extension = "";
  /// The command-line options this format reads from RenderContext ("--paper"), for --help and docs.
  std::span<const std::string_view> options = {};
  bool in_lint = true;  // rendered by `pnc lint` too, for its findings (audio has none, and is slow)
  /// A per-source format is written once per source under this name ("ropa.csv"), not once per
  /// document; "" for per-document formats. Rows may share a name: `--format ropa` writes each.
  std::string_view file_name = {};
  /// The library behind the renderer that may crash or abort rather than report a failure (under a
  /// tight memory cap): "" for none. Such a format is rendered in a child process when isolation is
  /// wanted (driver/isolate.h), and the error names the library.
  std::string_view library = {};
  /// The locales it writes (its renderer reports, as a note, a document in any other); nullptr: all.
  LocaleFn writes_locale = nullptr;
  /// It shows only the document's just-in-time notices (NoticeDoc::jit), not the notice itself:
  /// the builders make them, and `pnc explain` explains them, only for such a format.
  bool just_in_time = false;
};

/// Whether `format` writes a document in `locale`.
bool WritesLocale(const Format& format, const std::string& locale);

/// Every format pnc writes, in build order.
std::span<const Format> AllFormats();

/// The format with this name, or nullptr.
const Format* FindFormat(std::string_view name);

/// The names of every format, joined with `separator` ("html, pdf, pdf-layout"); with
/// `by_default_only`, only the formats written when no --format is given.
std::string FormatNames(std::string_view separator, bool by_default_only = false);

/// The extension `format` writes, given --fragment.
std::string_view ExtensionOf(const Format& format, bool fragment);

/// The output-file suffix (".html", ".fragment.html", ".pdf-layout.txt") of a file name some format
/// writes, the longest that matches; "" for a name no format writes.
std::string OutputSuffix(std::string_view file_name);

}  // namespace pnc::render
