// tests: no silent drops. Every leaf value of every example and test source is changed, one at a
// time; some output text or some diagnostic must change. A field that is read but changes
// neither would be a fact the notice silently ignores. The few fields that only steer a lint rule
// are listed below with the reason.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "notice/explain.h"
#include "source/json_locator.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// Everything a build says: its diagnostics, the text of every output, and (as pnc explain shows
// it) the source facts each piece of text follows from: a fact that only adds to the reasons for a
// sentence another fact also supports (a second purpose giving the same right) still changes that.
std::string Fingerprint(const driver::Compiled& c) {
  std::string f;
  for (const auto& d : c.sink.All()) f += d.rule + " " + d.pointer + " " + d.message + "\n";
  for (const auto& doc : c.docs) {
    f += "== " + doc.file_base + "\n";
    for (const auto& item : notice::Explain(doc)) {
      f += item.text;
      if (item.origin >= 0 && item.origin < static_cast<int>(doc.origins.size())) {
        const auto& o = doc.origins[item.origin];
        f += " <" + o.key + " " + o.pointer;
        for (const auto& fact : o.facts) f += " " + fact;
        f += ">";
      }
      f += "\n";
    }
  }
  return f;
}

// Fields that steer a rule without being printed themselves, when flipping them in this source
// changes nothing: why each is allowed.
std::string LintOnly(const std::string& pointer, const json& source) {
  auto key = pointer.substr(pointer.rfind('/') + 1);
  if (key == "$schema") return "an editor hint (the JSON Schema)";
  if (key == "from_person") {
    return "decides only whether Art 13(2)(e) must be answered (statutory-requirement); every purpose here answers it";
  }
  if (key == "public_authority")
    return "decides only the public-task-review warning; no purpose here relies on public task";
  bool child = false;
  for (const auto& a : source["notice"].value("audiences", json::array())) child = child || a == "child";
  if (key == "children" && !child) {
    return "decides what reaches a children's version, and this source declares none";
  }
  return "";
}

void Leaves(const json& v, const std::string& pointer, std::vector<std::string>* out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it)
      Leaves(*it, pointer + "/" + source::EscapePointerToken(it.key()), out);
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size(); ++i) Leaves(v[i], pointer + "/" + std::to_string(i), out);
  } else {
    out->push_back(pointer);
  }
}

}  // namespace

TEST_CASE("every leaf value of every source changes some output or diagnostic") {
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c0 = test::CompileSource(path);
    const json source = json::parse(c0->text, nullptr, true, /*ignore_comments=*/true);
    const std::string text0 = source.dump(2);
    const std::string base = Fingerprint(*test::CompileSource(path, {}, &text0));
    std::vector<std::string> leaves;
    Leaves(source, "", &leaves);
    CHECK(leaves.size() > 30);  // the walker found the source's values (the archive cases are small)
    for (const auto& pointer : leaves) {
      json changed = source;
      json& leaf = changed[json::json_pointer(pointer)];
      if (leaf.is_boolean()) {
        leaf = !leaf.get<bool>();
      } else if (leaf.is_string()) {
        leaf = leaf.get<std::string>() + " zq";
      } else if (leaf.is_number()) {
        leaf = leaf.get<double>() + 1;
      } else {
        continue;  // null
      }
      const std::string text = changed.dump(2);
      if (Fingerprint(*test::CompileSource(path, {}, &text)) != base) continue;
      std::string why = LintOnly(pointer, source);
      CHECK_MESSAGE(!why.empty(), "changing " << pointer << " changes no output and no diagnostic");
    }
  }
}

}  // namespace pnc
