// cli: the text of `pnc --help` (the commands and every option), its format lists read from the
// format registry. One command's own help is command_help.cc.
#include <string>

#include "cli/args.h"
#include "render/registry.h"

namespace pnc::cli {

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

}  // namespace pnc::cli
