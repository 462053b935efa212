// tests: a misspelt key comes before the errors it causes (user test of issue 11): "retension"
// leaves the source with no retention records, and the reader meets the cause first.
#include <doctest/doctest.h>

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

}  // namespace pnc
