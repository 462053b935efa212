// tests: the catalogue's record of conditional wording is complete and documented: every recorded
// condition names existing keys and is listed in locales/README.md, and every other key is
// classified there as interface, law or children's framing.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "locale/catalogue.h"
#include "test_support.h"

namespace pnc {
namespace {

std::string Readme() {
  std::ifstream in(std::string(PNC_DEFAULT_DATA_DIR) + "/locales/README.md");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Matches(const std::string& pattern, const std::string& key) {
  if (!pattern.empty() && pattern.back() == '*') return key.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
  return key == pattern;
}

}  // namespace

TEST_CASE("every recorded condition names catalogue keys and is documented") {
  const auto& en = *test::Data().Catalogue("en");
  const std::string readme = Readme();
  REQUIRE_FALSE(en.conditions().empty());
  for (const auto& [pattern, because] : en.conditions()) {
    CAPTURE(pattern);
    CHECK_FALSE(because.empty());
    bool any = false;
    for (const auto& [key, text] : en.messages()) any = any || Matches(pattern, key.substr(0, key.find('@')));
    CHECK_MESSAGE(any, "no catalogue key matches");
    CHECK_MESSAGE(readme.find("| `" + pattern + "` | " + because + " |") != std::string::npos,
                  "not in locales/README.md");
  }
  // Only the English catalogue records them; the others follow it.
  for (const auto& [code, cat] : test::Data().AllCatalogues()) {
    if (code != "en") CHECK(cat->conditions().empty());
  }
}

TEST_CASE("every other key is classified in locales/README.md") {
  const auto& en = *test::Data().Catalogue("en");
  const std::string readme = Readme();
  size_t from = readme.find("Every other key is one of");
  size_t to = readme.find("\n## ", from);
  REQUIRE(from != std::string::npos);
  std::vector<std::string> patterns;
  std::string part = readme.substr(from, to - from);
  for (size_t at = 0; (at = part.find('`', at)) != std::string::npos;) {
    size_t end = part.find('`', at + 1);
    if (end == std::string::npos) break;
    patterns.push_back(part.substr(at + 1, end - at - 1));
    at = end + 1;
  }
  for (const auto& [key, text] : en.messages()) {
    std::string k = key.substr(0, key.find('@'));
    if (!en.Condition(k).empty()) continue;
    bool classified = false;
    for (const auto& p : patterns) classified = classified || Matches(p, k);
    CHECK_MESSAGE(classified,
                  "catalogue key '" << key << "' is neither conditional nor classified in locales/README.md");
  }
}

}  // namespace pnc

namespace pnc {

// Item 1 of the review of #11: keys that state the law cannot be overridden by a source.
TEST_CASE("every key is fixed or overridable, and the fixed keys are documented") {
  const auto& en = *test::Data().Catalogue("en");
  const std::string readme = Readme();
  REQUIRE_FALSE(en.fixed().empty());
  // The README's table is the catalogue's "fixed", entry for entry.
  size_t table = readme.find("| fixed key |");
  REQUIRE(table != std::string::npos);
  size_t rows = 0;
  for (size_t at = readme.find('\n', table); at + 1 < readme.size() && readme[at + 1] == '|';
       at = readme.find('\n', at + 1)) {
    rows += readme.compare(at + 1, 3, "| `") == 0;
  }
  CHECK(rows == en.fixed().size());
  for (const auto& [pattern, fixed] : en.fixed()) {
    CAPTURE(pattern);
    CHECK_FALSE(fixed.why.empty());
    CHECK_MESSAGE(readme.find("| `" + pattern + "` | " + fixed.why + " |") != std::string::npos,
                  "not in locales/README.md");
    bool any = false;
    for (const auto& [key, text] : en.messages()) any = any || Matches(pattern, key.substr(0, key.find('@')));
    CHECK_MESSAGE(any, "no catalogue key matches");
    // A source is told where its own words go, except for the draft banner.
    CHECK((pattern == "preview.*") == fixed.instead.empty());
  }
  // Exactly one class per key: no key is matched by two fixed patterns.
  for (const auto& [key, text] : en.messages()) {
    const std::string k = key.substr(0, key.find('@'));
    int n = 0;
    for (const auto& [pattern, fixed] : en.fixed()) n += Matches(pattern, k);
    CAPTURE(key);
    CHECK(n <= 1);
  }
  // What the README classifies as the law is fixed; the draft banner is fixed.
  size_t from = readme.find("- **the law, true for every notice**");
  size_t to = readme.find("\n- **", from + 1);
  REQUIRE(from != std::string::npos);
  const std::string part = readme.substr(from, to - from);
  size_t law = 0;
  for (size_t at = 0; (at = part.find('`', at)) != std::string::npos;) {
    size_t end = part.find('`', at + 1);
    const std::string pattern = part.substr(at + 1, end - at - 1);
    at = end + 1;
    if (pattern.find('/') != std::string::npos) continue;  // data/regulator.json
    for (const auto& [key, text] : en.messages()) {
      if (!Matches(pattern, key.substr(0, key.find('@')))) continue;
      CAPTURE(key);
      CHECK(en.Fixed(key) != nullptr);
      ++law;
    }
  }
  CHECK(law > 10);
  CHECK(en.Fixed("preview.banner") != nullptr);
  CHECK(en.Fixed("summary.share") == nullptr);
  CHECK(en.Fixed("right.access.body@6-9") != nullptr);
}

}  // namespace pnc
