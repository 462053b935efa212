// cli: a parsed Command → the same Command checked as a whole (options that need one another, or
// that belong to another command), with what it leaves to defaults filled in. No I/O.
#include <algorithm>
#include <cstdlib>

#include "cli/args.h"
#include "diag/diagnostic.h"
#include "render/registry.h"
#include "source/loader.h"  // DidYouMean

namespace pnc::cli {
namespace {

// The formats `pnc explain` can explain: those that render a document (all but the per-source ones).
std::string ExplainableFormats() {
  std::string out = "all";
  for (const auto& f : render::AllFormats()) {
    if (f.file_name.empty() && render::FindFormat(f.name) == &f) out += ", " + std::string(f.name);
  }
  return out;
}

}  // namespace

std::string RecordFormats(const std::vector<std::string>& formats) {
  std::string names;
  int count = 0;
  for (size_t i = 0; i < formats.size(); ++i) {
    if (std::find(formats.begin(), formats.begin() + static_cast<long>(i), formats[i]) != formats.begin() + i) continue;
    std::string files;
    for (const auto& f : render::AllFormats()) {
      if (f.name == formats[i] && !f.file_name.empty()) files += (files.empty() ? "" : ", ") + std::string(f.file_name);
    }
    if (files.empty()) continue;
    names += (names.empty() ? "" : " and ") + formats[i] + " (" + files + ")";
    ++count;
  }
  if (count == 0) return "";
  return names + (count == 1 ? " is a record made from the source's facts, not a notice"
                             : " are records made from the source's facts, not notices");
}

bool CheckCommand(Command* out, std::string* error) {
  if (out->verb == "translate-import") {
    if (out->files.size() != 2) {
      *error = "translate import needs a PO file and a source";
      return false;
    }
    out->po_file = out->files[0];
    out->files.erase(out->files.begin());
  }
  if (out->verb == "init" && out->files.size() != 1) {
    *error = out->files.empty() ? "init needs the name of the source to write, e.g. 'pnc init notices/acme.json'"
                                : "init writes one source; give one file name";
    return false;
  }
  if (out->verb != "init" && !out->from.empty()) {
    *error = "--from is an option of 'pnc init'";
    return false;
  }
  if (out->verb != "watch" && out->serve) {
    *error = "--serve is an option of 'pnc watch'";
    return false;
  }
  const bool cache = out->verb.rfind("cache-", 0) == 0;
  if (cache && !out->files.empty()) {
    *error = "'pnc cache' takes no files (the folder is --cache-dir)";
    return false;
  }
  if (out->verb != "rules" && !cache && out->files.empty()) {
    *error = "no input files";
    return false;
  }
  if (out->verb.rfind("translate", 0) == 0 && out->locale.empty()) {
    *error = "translate needs --locale";
    return false;
  }
  if (out->verb == "explain") {
    // explain's --format names its report (human or json) and, like build's, the output formats of
    // the build it describes: `--format json,html` explains an HTML-only build as JSON.
    std::string report;
    std::vector<std::string> formats;
    for (const auto& f : out->options.formats) {
      if (f == "human" || f == "json") {
        if (!report.empty() && report != f) {
          *error = "explain --format names two reports, '" + report + "' and '" + f + "': give human or json";
          return false;
        }
        report = f;
      } else if (f == "all") {
        formats.clear();
      } else if (render::FindFormat(f) == nullptr) {
        *error =
            "explain --format takes human or json (the report) and the output formats of the build to explain "
            "(all, " +
            render::FormatNames(", ") + "), not '" + f + "'";
        return false;
      } else {
        formats.push_back(f);
      }
    }
    // A per-source format (ropa, dpv) renders no document, so it has no sentences to explain:
    // asked for alone it is a usage error that names what can be explained; beside others, explain
    // says so in a note and explains those (explain.cc).
    if (!formats.empty() && std::all_of(formats.begin(), formats.end(), [](const std::string& f) {
          return !render::FindFormat(f)->file_name.empty();
        })) {
      std::string asked;
      for (const auto& f : formats) asked += (asked.empty() ? "" : ",") + f;
      *error = "explain --format " + asked + ": " + RecordFormats(formats) +
               ", with no sentences to explain; explain a notice's formats (" + ExplainableFormats() +
               "), and write the record with 'pnc build --format " + asked + "'";
      return false;
    }
    out->report_format = report.empty() ? "human" : report;
    out->options.formats = formats;
  }
  if (out->verb == "diff") {
    if (out->files.size() != (out->since.empty() ? 2u : 1u)) {
      *error = out->since.empty() ? "diff needs two sources: OLD NEW (or one source and --since REV)"
                                  : "diff --since REV needs one source";
      return false;
    }
    if (out->report_format != "human" && out->report_format != "json" && out->report_format != "markdown") {
      *error = "diff --format must be human, json or markdown";
      return false;
    }
  }
  if (out->verb == "build" || out->verb == "watch" || (out->verb == "lint" && !out->draft)) {
    for (const auto& f : out->options.formats) {
      if (out->verb != "lint" && render::FindFormat(f) == nullptr) {
        std::vector<std::string> names = {"all"};
        for (const auto& format : render::AllFormats()) names.emplace_back(format.name);
        const std::string guess = source::DidYouMean(f, names);
        *error = "unknown format '" + diag::Shorten(f) + "'" +
                 (guess.empty() ? "" : "; did you mean '" + guess + "'?") + " (all, " + render::FormatNames(", ") + ")";
        return false;
      }
    }
  }
  // Standard input has no name to call an output folder or to write back to.
  if (out->verb != "lint" && std::count(out->files.begin(), out->files.end(), "-")) {
    *error = "'-' (standard input) can only be linted; give " +
             std::string(out->verb == "build" ? "a source file to build" : "a file");
    return false;
  }
  // The speech cache lives with the user's other caches (XDG Base Directory), never under out/,
  // which is published and whose folders each build replaces whole.
  if (out->options.audio_cache.empty()) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg == '/')
      out->options.audio_cache = std::string(xdg) + "/pnc";
    else if (home && *home == '/')
      out->options.audio_cache = std::string(home) + "/.cache/pnc";
  }
  out->options.sources = out->files;
  return true;
}

}  // namespace pnc::cli
