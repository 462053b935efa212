// tests: rule ids are a closed set. Every id src/ reports under (ctx.Report, diag::Make,
// ctx->Error, SetError, MakeElement, Problem{…}, `rule = "…"`) and every "rule" in data/*.json
// and data/draft/*.json is a row of the rule table (law/registry.cc). An unknown id used to
// become an error silently; now it fails here, naming the file and line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "law/registry.h"

namespace {

struct Use {
  std::string id;
  std::string where;  // file:line
};

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int LineOf(const std::string& text, size_t at) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The top-level arguments of the call whose '(' is at `open`, as source text (string literals and
// nested parentheses kept whole).
std::vector<std::string> Arguments(const std::string& text, size_t open) {
  std::vector<std::string> args(1);
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != c) j += text[j] == '\\' ? 2 : 1;
      if (depth > 0) args.back() += text.substr(i, j - i + 1);
      i = j;
      continue;
    }
    if (c == '(' || c == '{' || c == '[') {
      if (depth++ == 0) continue;
    } else if (c == ')' || c == '}' || c == ']') {
      if (--depth == 0) return args;
    } else if (c == ',' && depth == 1) {
      args.emplace_back();
      continue;
    }
    args.back() += c;
  }
  return {};
}

// The id in `arg` when it is one string literal of rule-id form ("" is no rule); else nothing.
bool LiteralId(const std::string& arg, std::string* id) {
  static const std::regex kLiteral(R"re(^\s*"([a-z0-9-]*)"\s*$)re");
  std::smatch m;
  if (!std::regex_match(arg, m, kLiteral)) return false;
  *id = m[1];
  return true;
}

// Rule ids `text` (a C++ file named `name`) reports under.
std::vector<Use> IdsInCode(const std::string& name, const std::string& text) {
  std::vector<Use> out;
  // call name → which argument is the rule id (-1: the last).
  const std::vector<std::pair<std::regex, int>> calls = {
      {std::regex(R"(\bReport\()"), 0},   {std::regex(R"(\bMake\()"), -1},       {std::regex(R"((->|\.)Error\()"), 2},
      {std::regex(R"(\bSetError\()"), 2}, {std::regex(R"(\bMakeElement\()"), 1}, {std::regex(R"(\bProblem\{)"), 0},
  };
  for (const auto& [call, index] : calls) {
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it) {
      size_t open = static_cast<size_t>(it->position() + it->length() - 1);
      auto args = Arguments(text, open);
      if (args.empty()) continue;
      int k = index < 0 ? static_cast<int>(args.size()) - 1 : index;
      std::string id;
      if (k < static_cast<int>(args.size()) && LiteralId(args[k], &id) && !id.empty()) {
        out.push_back({id, name + ":" + std::to_string(LineOf(text, open))});
      }
    }
  }
  static const std::regex kAssign(R"re(\brule\s*(==|=)\s*"([a-z0-9-]+)")re");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kAssign); it != std::sregex_iterator(); ++it) {
    out.push_back({(*it)[2], name + ":" + std::to_string(LineOf(text, static_cast<size_t>(it->position())))});
  }
  return out;
}

// "rule": "…" values of a data file.
std::vector<Use> IdsInData(const std::string& name, const std::string& text) {
  std::vector<Use> out;
  static const std::regex kRule(R"re("rule"\s*:\s*"([^"]*)")re");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kRule); it != std::sregex_iterator(); ++it) {
    out.push_back({(*it)[1], name + ":" + std::to_string(LineOf(text, static_cast<size_t>(it->position())))});
  }
  return out;
}

// Not rules: "internal" marks pnc's own failures (exit 70), never a finding about a source.
bool Known(const std::string& id) { return id == "internal" || pnc::rules::FindRule(id) != nullptr; }

const std::string kRoot = std::string(PNC_TEST_DATA_DIR) + "/..";

}  // namespace

TEST_CASE("rule ids: every id used in src/ and pnc's data is in the rule table") {
  std::vector<Use> uses;
  for (const auto& e : std::filesystem::recursive_directory_iterator(kRoot + "/src")) {
    auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".cc" && ext != ".h")) continue;
    std::string rel = std::filesystem::relative(e.path(), kRoot).generic_string();
    if (rel == "src/law/registry.cc") continue;  // the table itself
    for (auto& u : IdsInCode(rel, ReadAll(e.path()))) uses.push_back(std::move(u));
  }
  for (const char* dir : {"/data", "/data/draft"}) {
    if (!std::filesystem::is_directory(kRoot + dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(kRoot + dir)) {
      if (e.path().extension() != ".json") continue;
      std::string rel = std::filesystem::relative(e.path(), kRoot).generic_string();
      for (auto& u : IdsInData(rel, ReadAll(e.path()))) uses.push_back(std::move(u));
    }
  }
  std::set<std::string> distinct;
  std::string unknown;
  for (const auto& u : uses) {
    distinct.insert(u.id);
    if (!Known(u.id)) unknown += u.where + ": '" + u.id + "' is not in src/law/registry.cc\n";
  }
  CHECK_MESSAGE(unknown.empty(), unknown);
  // The scan sees the code: most of the table is reported from somewhere.
  CHECK(distinct.size() >= 40);
}

TEST_CASE("rule ids: the scan finds an unknown id in each form a rule is reported") {
  const std::string code =
      "  ctx.Report(\"no-such-rule\", p, \"m\");\n"
      "  sink->Add(diag::Make(diag::Severity::kError, file, Ptr(a, b), \"x, y\", \"made-up\"));\n"
      "  ctx->Error(r.At(\"k\"), \"'\" + v + \"' is bad\", \"invented\", {\"hint\"});\n"
      "  out.push_back(MakeElement(m, \"not-a-rule\", S::kMissing, \"\", {}));\n"
      "  f.rule = \"imagined\";\n"
      "  ctx.Report(\"controller-identity\", p, \"m\");\n"
      "  diag::Make(E, file, \"\", message, \"\");\n";
  std::vector<std::string> unknown;
  for (const auto& u : IdsInCode("t.cc", code)) {
    if (!Known(u.id)) unknown.push_back(u.where + " " + u.id);
  }
  std::sort(unknown.begin(), unknown.end());
  CHECK(unknown == std::vector<std::string>{"t.cc:1 no-such-rule", "t.cc:2 made-up", "t.cc:3 invented",
                                            "t.cc:4 not-a-rule", "t.cc:5 imagined"});
  CHECK(IdsInData("d.json", R"re({"rule": "right-access"}, {"rule" : "nope"})re").size() == 2);
}
