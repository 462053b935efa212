// tests: the command line: global options before the command, per-command help, init and watch
// options, and the summary line.
#include <doctest/doctest.h>

#include "cli/args.h"
#include "cli/summary.h"

namespace pnc::cli {
namespace {

Command Parse(const std::vector<std::string>& words, std::string* error = nullptr) {
  Command c;
  std::string e;
  bool ok = ParseArgs(words, &c, &e);
  if (error) *error = ok ? "" : e;
  return c;
}

}  // namespace

TEST_CASE("global options may come before the command") {
  Command c = Parse({"--data-dir", "/d", "lint", "x.json"});
  CHECK(c.verb == "lint");
  CHECK(c.data_dir == "/d");
  CHECK(c.files == std::vector<std::string>{"x.json"});
  c = Parse({"-j2", "--werror", "build", "a.json", "--out", "o"});
  CHECK(c.verb == "build");
  CHECK(c.options.jobs == 2);
  CHECK(c.werror);
  CHECK(c.options.out_dir == "o");
  c = Parse({"--locale", "cy", "translate", "export", "s.json"});
  CHECK(c.verb == "translate-export");
  CHECK(c.locale == "cy");
  std::string error;
  Parse({"--data-dir", "/d"}, &error);
  CHECK(error == "no command given");
  CHECK(Parse({"--help"}).verb == "help");
  CHECK(Parse({"--version"}).verb == "version");
}

TEST_CASE("-- ends the options, before or after the command") {
  Command c = Parse({"lint", "--", "--werror"});
  CHECK(c.files == std::vector<std::string>{"--werror"});
  CHECK_FALSE(c.werror);
}

TEST_CASE("pnc COMMAND --help names the command") {
  Command c = Parse({"build", "--help"});
  CHECK(c.verb == "help");
  CHECK(c.help_topic == "build");
  CHECK(Parse({"--help", "init"}).help_topic == "init");
  CHECK(Parse({"translate", "export", "--help"}).help_topic == "translate");
  CHECK(Parse({"translate", "--help"}).help_topic == "translate");
  for (const char* verb : {"build", "lint", "explain", "translate", "init", "watch"}) {
    CHECK(CommandHelpText(verb).rfind(std::string("Usage: pnc ") + verb, 0) == 0);
  }
  CHECK(CommandHelpText("nonsense").empty());
}

TEST_CASE("init and watch options") {
  Command c = Parse({"init", "new.json", "--from", "old.docx", "--force"});
  CHECK(c.verb == "init");
  CHECK(c.from == "old.docx");
  CHECK(c.force);
  std::string error;
  Parse({"init"}, &error);
  CHECK(error == "init needs the name of the source to write, e.g. 'pnc init notices/acme.json'");
  Parse({"init", "a.json", "b.json"}, &error);
  CHECK(error == "init writes one source; give one file name");
  Parse({"build", "a.json", "--from", "x.txt"}, &error);
  CHECK(error == "--from is an option of 'pnc init'");
  c = Parse({"watch", "a.json", "--serve"});
  CHECK(c.serve);
  CHECK(c.port == 8000);
  c = Parse({"watch", "--serve", "8123", "a.json"});
  CHECK(c.port == 8123);
  CHECK(c.files == std::vector<std::string>{"a.json"});
  CHECK(Parse({"watch", "a.json", "--serve=9000"}).port == 9000);
  Parse({"watch", "a.json", "--serve=80"}, &error);
  CHECK(error == "--serve needs a port from 1024 to 65535, not '80'");
  Parse({"build", "a.json", "--serve"}, &error);
  CHECK(error == "--serve is an option of 'pnc watch'");
  CHECK(Parse({"-q", "build", "a.json"}).quiet);
}

TEST_CASE("the build summary") {
  CHECK(BuildSummary({"out/a/notice.en.html", "out/a/notice.en.pdf", "out/b/notice.en.html"}, "out", 0.234) ==
        "built 2 notices, 3 files in out/ in 0.2 s");
  CHECK(BuildSummary({"o/a/notice.en.html"}, "o/", 1.0) == "built 1 notice, 1 file in o/ in 1.0 s");
  CHECK(BuildSummary({}, "out", 0.1).empty());
}

TEST_CASE("colour marks the severity words only") {
  CHECK(Colourise("a.json:1:2: error: bad [x]\nhint: fix it\n") ==
        "a.json:1:2: \x1b[1;31merror:\x1b[0m bad [x]\n\x1b[1;36mhint:\x1b[0m fix it\n");
  CHECK(Colourise("plain text\n") == "plain text\n");
}

// Review L2: `explain --format ropa` was a bare "no output" (exit 2). A record (ropa, dpv) has no
// sentences: alone it is a usage error that says so and lists what can be explained; beside a
// notice's format it is kept (the build the notice describes writes it) and explain notes it.
TEST_CASE("explain --format: a record alone is a usage error naming the explainable formats") {
  std::string error;
  Parse({"explain", "a.json", "--format", "ropa"}, &error);
  CHECK(error ==
        "explain --format ropa: ropa (ropa.csv, ropa.xlsx) is a record made from the source's facts, not a notice, "
        "with no sentences to explain; explain a notice's formats (all, html, pdf, pdf-layout, brf, mp3, speech, "
        "jit), and write the record with 'pnc build --format ropa'");
  Parse({"explain", "a.json", "--format", "json,dpv,ropa"}, &error);
  CHECK(error.find("dpv (notice.jsonld) and ropa (ropa.csv, ropa.xlsx) are records") != std::string::npos);
  Command c = Parse({"explain", "a.json", "--format", "html,ropa"}, &error);
  CHECK(error.empty());
  CHECK(c.options.formats == std::vector<std::string>{"html", "ropa"});
  CHECK(RecordFormats(c.options.formats) ==
        "ropa (ropa.csv, ropa.xlsx) is a record made from the source's facts, not a notice");
  c = Parse({"explain", "a.json", "--format", "jit"}, &error);
  CHECK(error.empty());
  CHECK(RecordFormats(c.options.formats).empty());
  CHECK(RecordFormats({"ropa", "ropa"}) == RecordFormats({"ropa"}));
}

// User test F1: "--format all,jit" was refused as an unknown format 'all' by a message listing 'all'.
TEST_CASE("--format all beside other formats stands for the default formats") {
  std::string error;
  Command c = Parse({"build", "a.json", "--format", "all,jit"}, &error);
  CHECK(error.empty());
  CHECK(c.options.formats == std::vector<std::string>{"html", "pdf", "brf", "mp3", "jit"});
  for (const char* slip : {",", "all,", ",jit", "html,,pdf"}) {
    Parse({"build", "a.json", "--format", slip}, &error);
    CHECK(error ==
          std::string("--format '") + slip + "' has an empty format name: give formats separated by single commas");
  }
  Parse({"build", "a.json", "--format", std::string(50000, ',')}, &error);
  CHECK(error.size() < 200);  // a hostile value is quoted cut short, not whole
  Parse({"build", "a.json", "--format", std::string(50000, 'x')}, &error);
  CHECK(error.size() < 400);
  Parse({"build", "a.json", "--format", "html,pfd"}, &error);
  CHECK(error.rfind("unknown format 'pfd'; did you mean 'pdf'? (all, html, pdf,", 0) == 0);
  c = Parse({"build", "a.json", "--format", "all"}, &error);
  CHECK(error.empty());
  CHECK(c.options.formats.empty());  // the default set, as with no --format
}

}  // namespace pnc::cli
