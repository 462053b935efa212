// tests: every `#include "…"` in src/ against the allowed arrows of src/layers.txt. A stage may
// include its own headers and those of the stages its line names; anything else (an upward
// include, a sideways one between peers, a stage the file does not list) fails.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Layers = std::map<std::string, std::set<std::string>>;  // stage → stages it may include

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// "stage: a b c" lines; '#' starts a comment. Problems (a malformed line, a stage named twice, an
// arrow to a stage not yet declared above it) are returned: the order of the file is the order of
// the layers, so an arrow may only point up the file, which keeps the graph acyclic.
Layers ParseLayers(const std::string& text, std::vector<std::string>* problems) {
  Layers layers;
  std::istringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) {
      problems->push_back("layers line " + std::to_string(n) + ": no ':'");
      continue;
    }
    std::istringstream head(line.substr(0, colon));
    std::string stage;
    head >> stage;
    if (stage.empty() || layers.count(stage)) {
      problems->push_back("layers line " + std::to_string(n) + ": stage '" + stage + "' empty or named twice");
      continue;
    }
    std::set<std::string> allowed;
    std::istringstream rest(line.substr(colon + 1));
    for (std::string to; rest >> to;) {
      if (!layers.count(to)) {
        problems->push_back("layers line " + std::to_string(n) + ": '" + stage + "' may include '" + to +
                            "', which is not declared above it");
      }
      allowed.insert(to);
    }
    layers[stage] = allowed;
  }
  return layers;
}

// The quoted includes of a file, with their line numbers.
std::vector<std::pair<int, std::string>> QuotedIncludes(const std::string& text) {
  std::vector<std::pair<int, std::string>> out;
  std::istringstream lines(text);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    auto p = line.find_first_not_of(" \t");
    if (p == std::string::npos || line[p] != '#') continue;
    p = line.find_first_not_of(" \t", p + 1);
    if (p == std::string::npos || line.compare(p, 7, "include") != 0) continue;
    auto open = line.find('"', p + 7);
    if (open == std::string::npos) continue;
    auto close = line.find('"', open + 1);
    if (close == std::string::npos) continue;
    out.push_back({n, line.substr(open + 1, close - open - 1)});
  }
  return out;
}

// `file` is relative to src/ ("notice/builder.cc"); the violations of its includes.
std::vector<std::string> CheckFile(const Layers& layers, const std::string& file, const std::string& text) {
  std::vector<std::string> out;
  auto slash = file.find('/');
  if (slash == std::string::npos) return out;  // src/README.md, src/layers.txt: not a stage
  std::string stage = file.substr(0, slash);
  auto it = layers.find(stage);
  if (it == layers.end()) {
    out.push_back("src/" + file + ": stage '" + stage + "' has no line in src/layers.txt");
    return out;
  }
  for (const auto& [line, path] : QuotedIncludes(text)) {
    auto s = path.find('/');
    // A bare name ("flow.h") is the including file's own folder.
    std::string to = s == std::string::npos ? stage : path.substr(0, s);
    if (to == stage || it->second.count(to)) continue;
    out.push_back("src/" + file + ":" + std::to_string(line) + ": " + stage + " may not include \"" + path +
                  "\" (allowed: " + stage +
                  [&] {
                    std::string list;
                    for (const auto& a : it->second) list += " " + a;
                    return list;
                  }() +
                  "; see src/layers.txt)");
  }
  return out;
}

const std::string kSrc = std::string(PNC_TEST_DATA_DIR) + "/../src";

}  // namespace

TEST_CASE("layers: src/layers.txt is well formed and every include in src/ follows it") {
  std::vector<std::string> problems;
  Layers layers = ParseLayers(ReadAll(kSrc + "/layers.txt"), &problems);
  REQUIRE(layers.size() >= 10);
  int files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kSrc)) {
    if (!e.is_regular_file()) continue;
    auto ext = e.path().extension();
    if (ext != ".cc" && ext != ".h") continue;
    ++files;
    std::string rel = std::filesystem::relative(e.path(), kSrc).generic_string();
    for (auto& p : CheckFile(layers, rel, ReadAll(e.path()))) problems.push_back(std::move(p));
  }
  CHECK(files > 100);
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  CHECK_MESSAGE(problems.empty(), all);
}

TEST_CASE("layers: an upward or sideways include fails, a declared one passes") {
  std::vector<std::string> problems;
  Layers layers = ParseLayers("base:\ndoc: base\nmarkdown: doc\nnotice: markdown doc\nrender: doc\n", &problems);
  REQUIRE(problems.empty());
  // The arrow this layering removed: the document model reaching up into the builder.
  auto up = CheckFile(layers, "doc/notice_doc.h", "#pragma once\n#include <map>\n#include \"notice/builder.h\"\n");
  REQUIRE(up.size() == 1);
  CHECK(up[0] ==
        "src/doc/notice_doc.h:3: doc may not include \"notice/builder.h\" (allowed: doc base; see src/layers.txt)");
  // Peers do not include each other.
  CHECK(CheckFile(layers, "render/html.cc", "  #  include \"notice/writer.h\"\n").size() == 1);
  // Downward, own-stage and bare-name includes pass; system includes are not stages.
  CHECK(CheckFile(layers, "notice/writer.cc",
                  "#include \"notice/writer.h\"\n#include \"markdown/markdown.h\"\n#include \"doc/notice_doc.h\"\n"
                  "#include \"flow.h\"\n#include <cmark-gfm.h>\n")
            .empty());
  // A folder with no line is reported, so a new stage must declare its arrows.
  CHECK(CheckFile(layers, "export/ropa.cc", "").size() == 1);
}

TEST_CASE("layers: an arrow pointing down the file (a cycle) or an unknown stage is rejected") {
  std::vector<std::string> problems;
  ParseLayers("doc: notice\nnotice: doc\n", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "layers line 1: 'doc' may include 'notice', which is not declared above it");
  problems.clear();
  ParseLayers("doc\ndoc:\ndoc:\n", &problems);
  CHECK(problems.size() == 2);
}
