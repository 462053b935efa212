// tests: driver/resources + locale/catalogue_parse: a user's translated catalogue that is JSON of the
// wrong shape (review M4: {"messages": []} exited 70) is an input error at the value at fault, with
// the rule and the fix; no JSON value anywhere in a catalogue makes Parse throw.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "driver/resources.h"
#include "test_support.h"

namespace pnc {
namespace {

struct Loaded {
  bool loaded = false;
  std::string error;
  std::vector<diag::Diagnostic> findings;
};

// Loads `text` as the user's catalogue "gd" beside pnc's own en.json.
Loaded LoadGd(const std::string& text) {
  auto dir = std::filesystem::temp_directory_path() / "pnc-catalogue-shape-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "gd.json") << text;
  driver::Resources res;
  res.catalogue_paths = {{"en", test::Data().catalogue_paths.at("en")}, {"gd", (dir / "gd.json").string()}};
  Loaded out;
  out.loaded = res.Catalogue("gd", &out.error) != nullptr;
  out.findings = res.InputFindings("gd");
  std::filesystem::remove_all(dir);
  return out;
}

const char kMeta[] = R"("meta": {"name": "Gàidhlig", "dir": "ltr", "review": {"status": "unreviewed"}})";

// The one finding of a catalogue of the wrong shape: its rule, message and line:column.
void ExpectFinding(const std::string& text, const std::string& rule, const std::string& message, int line, int column) {
  CAPTURE(text);
  const Loaded l = LoadGd(text);
  CHECK_FALSE(l.loaded);
  CHECK(l.error == "malformed catalogue: " + message);
  REQUIRE(l.findings.size() == 1);
  const diag::Diagnostic& d = l.findings[0];
  CHECK(d.severity == diag::Severity::kError);
  CHECK(d.rule == rule);
  CHECK(d.message == message);
  CHECK(d.pos.line == line);
  CHECK(d.pos.column == column);
  REQUIRE(d.hints.size() == 2);  // the fix, then which file it is
  CHECK_FALSE(d.hints[0].empty());
  CHECK(d.hints[1].find("catalogue of locale 'gd'") != std::string::npos);
}

}  // namespace

TEST_CASE("a user's catalogue of the wrong shape is an input error at the value, with the fix") {
  // The review's case: no meta, and messages a list. The first problem found is reported.
  ExpectFinding("{\"messages\": []}", "missing-field", "the catalogue has no 'meta'", 1, 1);
  ExpectFinding("[1, 2]", "type-mismatch", "'catalogue' must be an object with \"meta\" and \"messages\", not a list",
                1, 1);
  ExpectFinding("\"gd\"", "type-mismatch", "'catalogue' must be an object with \"meta\" and \"messages\", not a text",
                1, 1);
  ExpectFinding("{\n  \"meta\": []\n}", "type-mismatch", "'meta' must be an object (name, dir, review), not a list", 2,
                11);
  ExpectFinding("{\"meta\": {\"dir\": \"ltr\"}}", "missing-field", "'meta' has no 'name'", 1, 10);
  ExpectFinding("{\"meta\": {\"name\": 7}}", "type-mismatch",
                "'meta.name' must be a text in double quotes, not a number", 1, 19);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"dir\": \"down\"}}", "invalid-value",
                "'meta.dir' must be \"ltr\" or \"rtl\", not 'down'", 1, 31);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"dir\": null}}", "type-mismatch",
                "'meta.dir' must be a text in double quotes, not null", 1, 31);
  ExpectFinding("{\"meta\": {\"name\": \"G\"}}", "missing-field", "'meta' has no 'review'", 1, 10);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"review\": \"yes\"}}", "type-mismatch",
                "'meta.review' must be an object (status, by, date), not a text", 1, 34);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"review\": {}}}", "missing-field", "'meta.review' has no 'status'", 1,
                34);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"review\": {\"status\": true}}}", "type-mismatch",
                "'meta.review.status' must be a text in double quotes, not true or false", 1, 45);
  ExpectFinding("{\"meta\": {\"name\": \"G\", \"review\": {\"status\": \"unreviewed\", \"by\": 3}}}", "type-mismatch",
                "'meta.review.by' must be a text in double quotes, not a number", 1, 65);
  ExpectFinding(std::string("{") + kMeta + "}", "missing-field", "the catalogue has no 'messages'", 1, 1);
  ExpectFinding(std::string("{") + kMeta + ",\n\"messages\": []}", "type-mismatch",
                "'messages' must be an object of key → text, not a list", 2, 13);
  ExpectFinding(
      std::string("{") + kMeta + ",\n\"messages\": {\"list.last\": \"{head} agus {item}\",\n \"a/b\": [\"x\"]}}",
      "type-mismatch", "message 'a/b' must be a text in double quotes, not a list", 3, 9);
  ExpectFinding(std::string("{") + kMeta + ", \"messages\": {}, \"conditions\": {\"x\": 1}}", "type-mismatch",
                "'conditions.x' must be a text, not a number", 1, 118);
  ExpectFinding(std::string("{") + kMeta + ", \"messages\": {}, \"fixed\": {\"x\": {\"why\": \"w\"}}}", "missing-field",
                "'fixed.x' has no 'instead'", 1, 113);
  ExpectFinding(std::string("{") + kMeta + ", \"messages\": {}, \"joining\": {\"vowels\": \"aeiou\"}}", "type-mismatch",
                "'joining.vowels' must be a list of texts, not a text", 1, 120);
  ExpectFinding(std::string("{") + kMeta + ", \"messages\": {}, \"joining\": {\"articles\": [\"y\", \"\"]}}",
                "invalid-value", "'joining.articles' holds an empty text: each item must be letters in double quotes",
                1, 128);
  ExpectFinding(std::string("{") + kMeta + ", \"messages\": {}, \"joining\": {\"mutation\": {\"c\": \"\"}}}",
                "invalid-value", "'joining.mutation' has empty letters", 1, 128);
}

// Every member of a good catalogue replaced, in turn, by every kind of JSON value: Parse returns a
// problem or nothing, never throws, and a problem always names a rule and a fix.
TEST_CASE("no JSON value anywhere in a catalogue makes Parse throw") {
  const nlohmann::json good = {
      {"meta", {{"name", "G"}, {"dir", "ltr"}, {"review", {{"status", "unreviewed"}, {"by", ""}, {"date", ""}}}}},
      {"messages", {{"list.last", "{head} a {item}"}}},
      {"conditions", {{"$comment", "x"}, {"a", "b"}}},
      {"fixed", {{"right.*", {{"why", "w"}, {"instead", "i"}}}}},
      {"joining", {{"vowels", {"a"}}, {"articles", {"y"}}, {"conjunctions", {"a"}}, {"mutation", {{"c", "ch"}}}}}};
  const std::vector<nlohmann::json> values = {nullptr,
                                              true,
                                              1,
                                              -2.5,
                                              "",
                                              "x",
                                              nlohmann::json::array(),
                                              nlohmann::json::array({1, "a"}),
                                              nlohmann::json::object(),
                                              nlohmann::json::object({{"k", 1}})};
  int cases = 0;
  const nlohmann::json flat = good.flatten();
  std::set<std::string> pointers;
  for (const auto& [leaf, v] : flat.items()) {
    for (std::string p = leaf; !p.empty(); p = p.substr(0, p.rfind('/'))) pointers.insert(p);
  }
  pointers.insert("");
  for (const std::string& p : pointers) {
    for (const auto& v : values) {
      nlohmann::json j = good;
      j[nlohmann::json::json_pointer(p)] = v;
      locale::Catalogue cat;
      locale::ParseProblem problem;
      std::string error;
      CAPTURE(p);
      CAPTURE(v.dump());
      CHECK_NOTHROW(error = cat.Parse("gd", j, &problem));
      CHECK(error == problem.message);
      if (!error.empty()) {
        CHECK_FALSE(problem.rule.empty());
        CHECK_FALSE(problem.hint.empty());
      }
      ++cases;
    }
  }
  CHECK(cases > 150);
  locale::Catalogue cat;
  CHECK(cat.Parse("gd", good).empty());
}

// A value nlohmann refuses though the scanner accepts it, and a file that cannot be read, are the
// user's too: an input error (json-syntax) and a file error (a finding with no rule: exit 4).
TEST_CASE("a user's catalogue nlohmann cannot hold, or cannot read, is not pnc's fault") {
  const Loaded huge = LoadGd(std::string("{") + kMeta + ", \"messages\": {\"x\": 1e999}}");
  CHECK_FALSE(huge.loaded);
  if (!huge.findings.empty()) {  // the scanner may refuse it first: then it is json-syntax at its place
    CHECK(huge.findings[0].rule == "json-syntax");
  }
  CHECK(huge.findings.size() == 1);

  driver::Resources res;
  res.catalogue_paths = {{"en", test::Data().catalogue_paths.at("en")}, {"gd", "/nonexistent/pnc/gd.json"}};
  std::string error;
  CHECK(res.Catalogue("gd", &error) == nullptr);
  const std::vector<diag::Diagnostic> found = res.InputFindings("gd");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule.empty());
  CHECK(found[0].file == "/nonexistent/pnc/gd.json");
}

}  // namespace pnc
