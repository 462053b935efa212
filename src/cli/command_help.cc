// cli: the help of one command, for "pnc COMMAND --help" (verb → text). Every option named here is
// also in `pnc --help` and the man page (dist/pnc.1); tests/install/check.sh holds them together.
#include <string>

#include "cli/args.h"

namespace pnc::cli {

std::string CommandHelpText(const std::string& verb) {
  if (verb == "build") {
    return R"(Usage: pnc build [OPTIONS] SOURCE...

Lint each source, then write out/<stem>/notice.<locale>.{html,pdf} (and the children's
versions). Nothing is written for a source with errors; out/<stem> is replaced as a whole.

Options:
  -o, --out DIR              output directory (default: out)
      --format LIST          formats to write (html,pdf; default: all)
      --fragment             HTML: also write the notice body alone, to embed
      --bilingual L1,L2      also write one HTML page and one large-print PDF with both
                             languages
      --cache-dir DIR        audio: where synthesised speech is kept between builds
      --allow-fallback       missing translations are warnings
      --strict               stale translations are errors
      --preview              build a draft despite "unconfirmed" facts, in
                             OUT/<name>.preview/ (never over the final)
      --paper A4|Letter      large-print PDF paper size (default: A4)
      --as-of YYYY-MM-DD     print the regulator's details in force on this date
      --depfile FILE         write a Make/Ninja depfile
      --follow-symlinks      out/<stem> may be a symbolic link
      --archive              also keep the outputs in out/<stem>/archive/<version>/
      --diagnostic-format F  human|short|json|sarif (default: human)
      --werror               treat warnings as errors (exit 3)
  -j, --jobs N               sources compiled in parallel, 1-256
  -q, --quiet                no summary line
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  if (verb == "lint" || verb == "rules") {
    return R"(Usage: pnc lint [OPTIONS] SOURCE...
       pnc lint --rules
       pnc lint --readability [--format human|json] SOURCE...
       pnc lint --draft [--date YYYY-MM-DD] [--format human|json|sarif] FILE...

Check sources and print diagnostics; nothing is written. A SOURCE of '-' is standard input.

Options:
      --rules                list every rule id with its legal reference
      --readability          print reading measures per section
      --draft                check an existing notice (.txt .md .html .docx .pdf)
      --date YYYY-MM-DD      lint --draft: judge drafts by the law on this date
      --format F             lint --draft: report format human|json|sarif;
                             lint --readability: human|json
      --diagnostic-format F  human|short|json|sarif (default: human)
      --werror               treat warnings as errors (exit 3)
      --allow-fallback       missing translations are warnings
      --strict               stale translations are errors
      --as-of YYYY-MM-DD     judge the regulator's details in force on this date
  -j, --jobs N               sources checked in parallel, 1-256
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  if (verb == "explain") {
    return R"(Usage: pnc explain [OPTIONS] SOURCE

Every sentence of each output, in reading order, with where it came from. A
source with "unconfirmed" facts is explained as the draft --preview would build
(marked, with what is unconfirmed), not refused.

Options:
      --audience adult|child only this audience
      --locale L             only this locale
      --format LIST          human or json: the report (default: human); and the
                             output formats of the build to explain, as for build
                             (default: all): --format json,html. jit explains the
                             just-in-time notices' own sentences; ropa and dpv are
                             records made from the source, not notices, with
                             nothing to explain (alone: a usage error; beside
                             other formats: a note, and those are explained)
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  if (verb == "translate") {
    return R"(Usage: pnc translate export --locale L SOURCE [-o FILE.po]
       pnc translate import --locale L FILE.po SOURCE

Write a gettext PO file for translators, or merge a translated one back into SOURCE.

Options:
      --locale L             the translation's language code (required)
  -o, --out FILE             export: the PO file to write (default: standard output)
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  if (verb == "init") {
    return R"(Usage: pnc init [--from NOTICE] [--force] SOURCE

Write a starting source: every section present, with // comments saying what goes there
and why the law asks for it. Nothing in it is published as fact: values still to be
written are placeholders ('[insert …]') and every item is marked "unconfirmed", so
'pnc lint SOURCE' lists what is left to do and 'pnc build' refuses it until then.

Options:
      --from NOTICE          start from an existing notice (.txt .md .html .docx .pdf):
                             what it says is carried over, each item quoting its line
      --force                replace SOURCE if it exists (default: refuse)
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  if (verb == "cache") {
    return R"(Usage: pnc cache info [--cache-dir DIR]
       pnc cache clean [--cache-dir DIR]

The speech cache: audio builds keep each synthesised piece so a rebuild speaks only what
changed. info prints the folder and how many pieces and bytes it holds; clean deletes
them (only pnc's own speech/*.mp3seg files, never anything else in the folder).

Options:
      --cache-dir DIR        the cache (default: $XDG_CACHE_HOME/pnc, else ~/.cache/pnc)
  -q, --quiet                clean: print nothing
)";
  }
  if (verb == "watch") {
    return R"(Usage: pnc watch [OPTIONS] SOURCE... [--serve [PORT]]

Build, then rebuild each time a source or pnc's data changes, printing the diagnostics of
each rebuild. A save with errors leaves the last good outputs in place. Stop with Ctrl-C.

Options:
      --serve [PORT]         serve the output folder on http://127.0.0.1:PORT/
                             (default 8000); open pages reload after each rebuild
  -o, --out DIR              output directory (default: out)
      --format LIST          formats to write (html,pdf; default: all)
      --preview              build a draft despite "unconfirmed" facts
  -q, --quiet                no summary line after each rebuild
      --data-dir DIR         pnc's data (default: PNC_DATA_DIR, or ../share/pnc)
)";
  }
  return "";
}

}  // namespace pnc::cli
