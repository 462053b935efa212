// tests: JSON pointer → position mapping, the basis of every diagnostic's line:column.
#include <doctest/doctest.h>

#include "source/json_locator.h"

namespace pnc {

TEST_CASE("values and keys are located, in characters not bytes") {
  std::string text = "{\n  \"a\": [10, {\"b\": \"ŵŷ\", \"c\": true}],\n  \"d~/e\": null\n}";
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  REQUIRE(loc.Scan(text, &err, &dups));
  auto pos = [&](const std::string& p) { return loc.PositionOf(loc.Value(p)->begin); };
  CHECK(pos("/a").line == 2);
  CHECK(pos("/a").column == 8);
  CHECK(pos("/a/1/b").column == 19);
  CHECK(pos("/a/1/c").column == 30);  // counts ŵ and ŷ as one column each
  CHECK(loc.PositionOf(loc.Key("/a/1/c")->begin).column == 25);
  CHECK(pos("/d~0~1e").line == 3);
  CHECK(loc.Nearest("/a/1/missing/deeper").column == 13);
  CHECK(loc.LineText(3) == "  \"d~/e\": null");
}

}  // namespace pnc
