// cli: argv → Command, with GNU-style long options (--name=value or --name value).
#include "cli/args.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "render/registry.h"
#include "source/reader.h"  // IsIsoDate

namespace pnc::cli {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

std::string HelpText() {
  // The format lists come from the format registry, the only list of formats.
  std::string extensions;
  for (const auto& f : render::AllFormats()) {
    if (f.by_default) extensions += (extensions.empty() ? "" : ",") + std::string(f.extension);
  }
  return R"(Usage: pnc [OPTIONS] COMMAND [OPTIONS] FILE...

Compile privacy notices from one JSON source per organisation, and lint them.

Commands:
  build SOURCE...            lint, then write out/<stem>/notice.<locale>.{)" +
         extensions + R"(}
  lint SOURCE...             check sources and print diagnostics; writes nothing
  lint --rules               list every rule id with its legal reference
  lint --readability SOURCE  print reading measures per section (adult and child)
  lint --draft FILE...       check an existing notice (.txt .md .html .docx .pdf)
  explain SOURCE [--audience adult|child] [--locale L] [--format LIST]
                             every sentence of each output, in reading order, with
                             where it came from (source field, catalogue text and the
                             fact that made it appear, regulator data, or derived);
                             LIST: human or json, and the output formats of the build
                             explained (default all), e.g. json,html
  diff OLD NEW [--format human|json|markdown] [--fail-on material|any]
  diff SOURCE --since REV    what changed between two versions of a source, by item
                             id: each change material (tell people before it takes
                             effect) or minor, with the reason; --since reads the old
                             version from git (REV:path in SOURCE's work tree);
                             --fail-on material exits 1 when a material change is not
                             listed in the new version's notice.acknowledged_changes
  translate export --locale L SOURCE [-o FILE.po]
                             write a gettext PO file for translators
  translate import --locale L FILE.po SOURCE
                             merge a translated PO file back into SOURCE
  cache info | cache clean   the speech cache audio builds keep (--cache-dir): how
                             many pieces and bytes, or delete them all
  init SOURCE [--from NOTICE] [--force]
                             write a starting source in which every item is
                             "unconfirmed"; --from carries what an existing notice
                             (.txt .md .html .docx .pdf) says, quoting its lines
  watch SOURCE... [--serve [PORT]]
                             build, then rebuild on every save; --serve shows out/
                             at http://127.0.0.1:PORT/ (default 8000) and reloads
                             the open page after each rebuild

Options:
  -o, --out DIR              output directory for build (default: out)
      --follow-symlinks      build: out/<stem> (or the -o, --depfile file) may be a
                             symbolic link; without it pnc refuses to write through links
      --archive              build: also keep the outputs in out/<stem>/archive/<version>/;
                             a version already archived is never rewritten
      --format LIST          build: formats to write, from )" +
         render::FormatNames(", ") + R"(;
                             "all" (the default) is )" +
         render::FormatNames(", ", true) + R"(; ropa is the
                             Art 30 record (ropa.csv, ropa.xlsx), dpv the notice as
                             DPV JSON-LD (notice.jsonld, linked from the HTML), jit the
                             just-in-time notices for forms (.jit.html, .jit.txt)
                             lint --draft: report format human|json|sarif
                             lint --readability: human|json
                             diff: human|json|markdown
      --since REV            diff: the old version is SOURCE at git revision REV
      --fail-on material|any diff: exit 1 on an unacknowledged material change (or any)
      --fragment             HTML: write only the notice body, for embedding, as
                             notice.<locale>.fragment.html
      --bilingual L1,L2      also write one HTML page and one large-print PDF with
                             both languages (L1 first), notice.L1-L2.html and .pdf
      --allow-fallback       missing translations are warnings; the default-locale
                             text is used and marked with its language
      --strict               stale translations are errors
      --preview              build a draft despite "unconfirmed" facts; every page
                             is marked "Draft: not yet confirmed" and lists them;
                             written to OUT/<name>.preview/, never over the final
      --paper A4|Letter      large-print PDF paper size (default: A4)
      --braille-page CxL     braille page: C cells by L lines (default: 40x25)
      --braille-grade 1|2    English braille: UEB grade 2 (contracted, default) or 1
      --cache-dir DIR        audio: where synthesised speech is kept between builds
                             (default: $XDG_CACHE_HOME/pnc, else ~/.cache/pnc)
      --diagnostic-format F  human|short|json|sarif (default: human)
      --werror               treat warnings as errors (exit 3)
      --depfile FILE         build: write a Make/Ninja depfile of what outputs depend on
      --data-dir DIR         pnc's data (locales, templates, data, accessibility)
      --date YYYY-MM-DD      lint --draft: judge drafts by the law on this date
      --as-of YYYY-MM-DD     print the regulator's details in force on this date
                             (default: each notice's last_updated date)
  -j, --jobs N               sources compiled in parallel, 1-256 (default: cores)
  -q, --quiet                no summary line ("built 3 notices, 14 files in out/")
      --from NOTICE          init: start from an existing notice
      --force                init: replace SOURCE if it exists
      --serve [PORT]         watch: serve out/ on 127.0.0.1 (default port 8000)
  -h, --help                 show this help
      --version              show the version
      --                     every word after this is a file name

A FILE of '-' is standard input (lint only). Options may come before or after the
command; 'pnc COMMAND --help' shows one command's options. Colour on a terminal
unless NO_COLOR is set. PNC_DATA_DIR names the data directory (--data-dir wins);
an installed pnc finds it in ../share/pnc from its own folder.

Exit status: 0 ok, 1 sources have errors, 2 usage, 3 warnings under --werror,
4 a file cannot be read or written, 70 internal error.
)";
}

bool ParseArgs(const std::vector<std::string>& words, Command* out, std::string* error) {
  const std::vector<std::string> args = CommandFirst(words);  // global options may come first (args_order.cc)
  size_t i = 0;
  if (args.empty()) {
    *error = "no command given";
    return false;
  }
  out->verb = args[i++];
  if (out->verb == "-h" || out->verb == "--help" || out->verb == "help") {
    out->verb = "help";
    return true;
  }
  if (out->verb == "--version" || out->verb == "version") {
    out->verb = "version";
    return true;
  }
  if (out->verb == "translate") {
    std::string sub = i < args.size() ? args[i++] : "";
    if (sub == "-h" || sub == "--help") {
      out->verb = "help";
      out->help_topic = "translate";
      return true;
    }
    if (sub != "export" && sub != "import") {
      *error = "translate needs 'export' or 'import'";
      return false;
    }
    out->verb = "translate-" + sub;
  } else if (out->verb == "cache") {
    std::string sub = i < args.size() ? args[i++] : "";
    if (sub == "-h" || sub == "--help") {
      out->verb = "help";
      out->help_topic = "cache";
      return true;
    }
    if (sub != "info" && sub != "clean") {
      *error = "cache needs 'info' or 'clean'";
      return false;
    }
    out->verb = "cache-" + sub;
  } else if (out->verb != "build" && out->verb != "lint" && out->verb != "explain" && out->verb != "init" &&
             out->verb != "watch" && out->verb != "diff") {
    *error = "unknown command '" + out->verb + "'";
    return false;
  }
  bool files_only = false;  // after "--" every word is a file, even "-x"
  for (; i < args.size(); ++i) {
    std::string a = args[i], value;
    bool has_value = false;
    if (files_only || a == "-") {
      out->files.push_back(a);
      continue;
    }
    if (a == "--") {
      files_only = true;
      continue;
    }
    if (a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      value = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
      has_value = true;
    } else if ((a.rfind("-j", 0) == 0 || a.rfind("-o", 0) == 0) && a.size() > 2) {
      value = a.substr(2);  // short options with the value attached: -j2, -oout
      a = a.substr(0, 2);
      has_value = true;
    }
    auto need = [&](std::string* into) {
      if (!has_value && i + 1 >= args.size()) {
        *error = "option '" + a + "' needs a value";
        return false;
      }
      *into = has_value ? value : args[++i];
      if (into->empty()) {  // --out '' would write into the current folder
        *error = "option '" + a + "' needs a value, not an empty one";
        return false;
      }
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      out->help_topic = out->verb.rfind("translate", 0) == 0 ? "translate"
                        : out->verb.rfind("cache", 0) == 0   ? "cache"
                                                             : out->verb;  // pnc COMMAND --help
      out->verb = "help";
      return true;
    } else if (a == "-q" || a == "--quiet") {
      out->quiet = true;
    } else if (a == "--from") {
      if (!need(&out->from)) return false;
    } else if (a == "--force") {
      out->force = true;
    } else if (a == "--serve") {
      // The port is optional: "--serve 8080" or "--serve=8080", never a source file name.
      out->serve = true;
      if (!has_value && i + 1 < args.size() && !args[i + 1].empty() &&
          args[i + 1].find_first_not_of("0123456789") == std::string::npos) {
        value = args[++i];
        has_value = true;
      }
      if (has_value && !ParsePort(value, &out->port)) {
        *error = "--serve needs a port from 1024 to 65535, not '" + value + "'";
        return false;
      }
    } else if (a == "-o" || a == "--out" || a == "--output") {
      if (!need(&v)) return false;
      out->options.out_dir = v;
      out->output = v;
    } else if (a == "--format") {
      if (!need(&v)) return false;
      out->report_format = v;
      out->options.formats = v == "all" ? std::vector<std::string>{} : Split(v);
    } else if (a == "--bilingual") {
      if (!need(&v)) return false;
      out->options.bilingual = Split(v);
      // Two languages side by side: one, three or the same twice is a mistake to name now, not an
      // internal error later (two outputs with one name).
      const auto& b = out->options.bilingual;
      if (b.size() != 2 || b[0] == b[1]) {
        *error = "--bilingual takes two different locales, e.g. 'cy,en', not '" + v + "'";
        return false;
      }
    } else if (a == "--braille-page") {
      if (!need(&v)) return false;
      int cells = 0, lines = 0;
      char x = 0, rest = 0;
      if (std::sscanf(v.c_str(), "%d%c%d%c", &cells, &x, &lines, &rest) != 3 || (x != 'x' && x != 'X') || cells < 20 ||
          cells > 100 || lines < 10 || lines > 100) {
        *error = "--braille-page must be CELLSxLINES, 20-100 cells by 10-100 lines (e.g. 40x25)";
        return false;
      }
      out->options.braille_cells = cells;
      out->options.braille_lines = lines;
    } else if (a == "--braille-grade") {
      if (!need(&v)) return false;
      if (v != "1" && v != "2") {
        *error = "--braille-grade must be 1 or 2";
        return false;
      }
      out->options.braille_grade = v == "1" ? 1 : 2;
    } else if (a == "--cache-dir") {
      if (!need(&v)) return false;
      out->options.audio_cache = v;
    } else if (a == "--paper") {
      if (!need(&v)) return false;
      if (v != "A4" && v != "Letter") {
        *error = "--paper must be A4 or Letter";
        return false;
      }
      out->options.paper = v;
    } else if (a == "--diagnostic-format") {
      if (!need(&v)) return false;
      if (!report::ParseFormat(v, &out->diagnostic_format)) {
        *error = "unknown diagnostic format '" + v + "' (human, short, json, sarif)";
        return false;
      }
    } else if (a == "-j" || a == "--jobs") {
      if (!need(&v)) return false;
      // Whole numbers only: std::stoi took "2x" as 2 and "-1" as -1.
      int jobs = 0;
      for (char c : v) jobs = (c >= '0' && c <= '9' && jobs <= 1000) ? jobs * 10 + (c - '0') : 100000;
      if (jobs < 1 || jobs > 256) {
        *error = "--jobs needs a whole number from 1 to 256, not '" + v + "'";
        return false;
      }
      out->options.jobs = jobs;
    } else if (a == "--data-dir") {
      if (!need(&out->data_dir)) return false;
    } else if (a == "--depfile") {
      if (!need(&out->depfile)) return false;
    } else if (a == "--locale") {
      if (!need(&out->locale)) return false;
    } else if (a == "--audience") {
      if (!need(&out->audience)) return false;
      if (out->audience != "adult" && out->audience != "child") {
        *error = "--audience must be adult or child";
        return false;
      }
    } else if (a == "--preview") {
      out->options.preview = true;
    } else if (a == "--date") {
      if (!need(&out->date)) return false;
      if (std::string problem = source::DateProblem(out->date); !problem.empty()) {
        *error = "--date '" + out->date + "' " + problem;
        return false;
      }
    } else if (a == "--as-of") {
      if (!need(&out->options.as_of)) return false;
      if (!source::IsIsoDate(out->options.as_of)) {
        *error = "--as-of needs a date in the form YYYY-MM-DD, not '" + out->options.as_of + "'";
        return false;
      }
    } else if (a == "--since") {
      if (!need(&out->since)) return false;
    } else if (a == "--fail-on") {
      if (!need(&out->fail_on)) return false;
      if (out->fail_on != "material" && out->fail_on != "any") {
        *error = "--fail-on must be material or any";
        return false;
      }
    } else if (a == "--follow-symlinks") {
      out->options.follow_symlinks = true;
    } else if (a == "--archive") {
      out->options.archive = true;
    } else if (a == "--fragment") {
      out->options.fragment = true;
    } else if (a == "--allow-fallback") {
      out->options.allow_fallback = true;
    } else if (a == "--strict") {
      out->options.strict = true;
    } else if (a == "--werror") {
      out->werror = true;
      out->options.werror = true;
    } else if (a == "--rules") {
      out->verb = "rules";
    } else if (a == "--readability") {
      out->readability = true;
    } else if (a == "--draft") {
      out->draft = true;
    } else if (a.size() > 1 && a[0] == '-') {
      *error = "unknown option '" + a + "'";
      return false;
    } else {
      out->files.push_back(a);
    }
  }
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
        *error = "unknown format '" + f + "' (all, " + render::FormatNames(", ") + ")";
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
