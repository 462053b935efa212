// draft: vocabulary loader. data/draft/vocabulary.json → compiled concepts and problem table.
// Kept as data so a reviewer can read and extend the phrasing without touching C++.
#include "draft/vocabulary.h"

#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

namespace pnc::draft {
namespace {

// Replaces "{name}" with the macro's text, up to a fixed depth (macros may use macros).
std::string Expand(std::string s, const std::map<std::string, std::string>& macros, std::string* error) {
  for (int depth = 0; depth < 5; ++depth) {
    size_t open = s.find('{');
    if (open == std::string::npos) return s;
    std::string out;
    size_t pos = 0;
    while (open != std::string::npos) {
      size_t close = s.find('}', open);
      if (close == std::string::npos) {
        *error = "unclosed '{' in '" + s + "'";
        return "";
      }
      std::string name = s.substr(open + 1, close - open - 1);
      auto it = macros.find(name);
      if (it == macros.end()) {
        *error = "unknown macro '{" + name + "}'";
        return "";
      }
      out += s.substr(pos, open - pos) + "(" + it->second + ")";
      pos = close + 1;
      open = s.find('{', pos);
    }
    s = out + s.substr(pos);
  }
  *error = "macros nest too deeply in '" + s + "'";
  return "";
}

bool CompileList(const nlohmann::json& list, const std::map<std::string, std::string>& macros,
                 std::vector<Pattern>& out, std::string* error) {
  if (!list.is_array()) {
    *error = "expected an array of patterns";
    return false;
  }
  for (const auto& item : list) {
    if (!item.is_string()) {
      *error = "a pattern is not a string";
      return false;
    }
    std::string expanded = Expand(item.get<std::string>(), macros, error);
    if (!error->empty()) return false;
    auto p = Pattern::Compile(expanded, error);
    if (!p) return false;
    out.push_back(std::move(*p));
  }
  return true;
}

}  // namespace

const std::vector<Pattern>& Vocabulary::Get(std::string_view name) const {
  static const std::vector<Pattern> kEmpty;
  auto it = concepts.find(name);
  return it == concepts.end() ? kEmpty : it->second;
}

std::shared_ptr<const Vocabulary> ParseVocabulary(std::string_view json, std::string* error) {
  error->clear();
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false, true);
  if (j.is_discarded() || !j.is_object()) {
    *error = "vocabulary is not valid JSON";
    return nullptr;
  }
  auto v = std::make_shared<Vocabulary>();
  std::map<std::string, std::string> macros;
  if (j.contains("macros")) {
    for (const auto& [k, val] : j["macros"].items()) {
      if (val.is_string()) macros[k] = val.get<std::string>();
    }
  }
  if (!j.contains("concepts") || !j["concepts"].is_object()) {
    *error = "vocabulary has no \"concepts\" object";
    return nullptr;
  }
  for (const auto& [name, list] : j["concepts"].items()) {
    std::vector<Pattern> pats;
    if (!CompileList(list, macros, pats, error)) {
      *error = "concept '" + name + "': " + *error;
      return nullptr;
    }
    v->concepts[name] = std::move(pats);
  }
  for (const auto& p : j.value("problems", nlohmann::json::array())) {
    ProblemDef d;
    d.id = p.value("id", "");
    d.rule = p.value("rule", "");
    d.since = p.value("since", "");
    d.message = p.value("message", "");
    d.severity = p.value("severity", "warning") == "error" ? diag::Severity::kError : diag::Severity::kWarning;
    if (d.id.empty() || d.rule.empty() || d.message.empty()) {
      *error = "a problem lacks id, rule or message";
      return nullptr;
    }
    if (p.contains("patterns") && !CompileList(p["patterns"], macros, d.patterns, error)) {
      *error = "problem '" + d.id + "': " + *error;
      return nullptr;
    }
    if (p.contains("unless") && !CompileList(p["unless"], macros, d.unless, error)) {
      *error = "problem '" + d.id + "': " + *error;
      return nullptr;
    }
    for (const auto& r : p.value("raw", nlohmann::json::array())) {
      std::string lower = r.get<std::string>();
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      d.raw.push_back(lower);
    }
    v->problems.push_back(std::move(d));
  }
  const nlohmann::json near = j.value("near_miss", nlohmann::json::object());
  for (const auto& [rule, def] : near.items()) {
    NearMissDef d;
    // (pnc's own data, but a wrong type must name the entry, not end as an internal error.)
    auto strings = [&](const char* key, std::vector<std::string>& out) {
      if (!def.contains(key)) return true;
      if (!def[key].is_array()) return false;
      for (const auto& t : def[key]) {
        if (!t.is_string()) return false;
        out.push_back(t.get<std::string>());
      }
      return true;
    };
    if (!def.is_object() || (def.contains("lacks") && !def["lacks"].is_string()) ||
        !strings("skip_topics", d.skip_topics) || !strings("unless", d.unless)) {
      *error =
          "near-miss entry '" + rule +
          "' must be an object whose 'lacks' is a string and whose 'skip_topics' and 'unless' are lists of strings";
      return nullptr;
    }
    d.lacks = def.value("lacks", "");
    for (const auto& name : d.unless) {
      if (!v->concepts.count(name)) {
        *error = "near-miss entry '" + rule + "' names an unknown concept '" + name + "'";
        return nullptr;
      }
    }
    // (Each entry needs its reason and its frame: a near miss without either could not quote or say why.)
    if (d.lacks.empty() || !v->concepts.count("near." + rule)) {
      *error = "near-miss entry '" + rule + "' lacks its 'lacks' text or its concept 'near." + rule + "'";
      return nullptr;
    }
    v->near_miss[rule] = std::move(d);
  }
  for (std::string_view name : RequiredConcepts()) {
    if (!v->concepts.count(std::string(name))) {
      *error = "vocabulary lacks concept '" + std::string(name) + "'";
      return nullptr;
    }
  }
  return v;
}

std::shared_ptr<const Vocabulary> LoadVocabulary(const std::string& data_dir, std::string* error) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const Vocabulary>> cache;
  std::string path = data_dir + "/data/draft/vocabulary.json";
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read the draft vocabulary '" + path + "'";
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto v = ParseVocabulary(ss.str(), error);
  if (!v) {
    *error = path + ": " + *error;
    return nullptr;
  }
  cache[path] = v;
  return v;
}

}  // namespace pnc::draft
