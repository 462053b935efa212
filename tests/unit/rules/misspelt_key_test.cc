// tests: a misspelt key comes before the errors it causes (user test of issue 11): "retension"
// leaves the source with no retention records, and the reader meets the cause first.
#include <doctest/doctest.h>

#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("a misspelt key is reported before the errors it causes") {
  nlohmann::json s = test::BaseSource();
  s["retension"] = s["retention"];
  s.erase("retention");
  CHECK(test::LintJson(s) ==
        "t.json:78:3: error: unknown key 'retension' in the source; did you mean 'retention'? [unknown-key]\n"
        "t.json:1:1: error: the source has no retention records [retention]\n"
        "t.json:12:5: error: data category 'contact' has no retention period [retention]\n"
        "t.json:19:5: error: data category 'health' has no retention period [retention]\n");
}

TEST_CASE("an unknown key with no near miss keeps its place") {
  nlohmann::json s = test::BaseSource();
  s.erase("retention");
  s["zzz_qqq"] = 1;
  const std::string got = test::LintJson(s);
  CHECK(got.rfind("t.json:1:1: error: the source has no retention records [retention]\n", 0) == 0);
  const size_t unknown = got.find(": error: unknown key 'zzz_qqq' in the source [unknown-key]");
  REQUIRE(unknown != std::string::npos);
  CHECK(unknown > got.find("data category 'health' has no retention period"));  // last: it is the last key
}

// An id written with '_' (or capitals, or spaces) is refused, with the id it was meant to be.
TEST_CASE("a malformed id gets a did-you-mean with hyphens") {
  nlohmann::json s = test::BaseSource();
  s["data_categories"][0]["id"] = "Contact_Details";
  s["sources"][0]["id"] = "from person";
  s["purposes"][0]["data_categories"] = {"Contact_Details", "health"};
  s["data_categories"][1]["sources"] = {"from person", "referrers"};
  s["data_categories"][0]["sources"] = {"from person"};
  const std::string text = s.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(loaded.parsed);
  rules::Lint(loaded.model, test::Data().law, {}, &sink);
  std::vector<diag::Diagnostic> ids;
  for (const auto& d : sink.All()) {
    if (d.rule == "invalid-value" && d.message.rfind("id '", 0) == 0) ids.push_back(d);
  }
  REQUIRE(ids.size() == 2);
  for (const auto& d : ids) {
    if (d.message == "id 'Contact_Details' must be lowercase letters, digits and '-'") {
      REQUIRE(d.hints.size() == 2);
      CHECK(d.hints[0] == "did you mean 'contact-details'? (change every reference to it too)");
      CHECK(d.hints[1] == "ids join words with '-', not '_': they become web anchors, e.g. \"case-records\"");
    } else {
      CHECK(d.message == "id 'from person' must be lowercase letters, digits and '-'");
      REQUIRE(d.hints.size() == 2);
      CHECK(d.hints[0] == "did you mean 'from-person'? (change every reference to it too)");
    }
  }
}

}  // namespace pnc
