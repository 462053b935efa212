// cli: argv → Command, with GNU-style long options (--name=value or --name value).
#include "cli/args.h"

#include <cstdio>
#include <sstream>

#include "diag/diagnostic.h"
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

// "all" stands for the formats written by default, alone or beside others ("all,jit,ropa").
std::vector<std::string> Formats(const std::string& v) {
  if (v == "all") return {};
  std::vector<std::string> out;
  for (const auto& f : Split(v)) {
    if (f != "all") {
      out.push_back(f);
      continue;
    }
    for (const auto& format : render::AllFormats()) {
      if (format.by_default) out.emplace_back(format.name);
    }
  }
  return out;
}

}  // namespace

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
      out->options.formats = Formats(v);
      // "," or "all," is a slip, not a wish for the default formats (review L9).
      if (v != "all" &&
          (out->options.formats.empty() || v.front() == ',' || v.back() == ',' || v.find(",,") != std::string::npos)) {
        *error =
            "--format '" + diag::Shorten(v) + "' has an empty format name: give formats separated by single commas";
        return false;
      }
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
  return CheckCommand(out, error);
}

}  // namespace pnc::cli
