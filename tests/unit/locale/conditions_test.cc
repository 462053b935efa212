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
    CHECK_MESSAGE(readme.find("| `" + pattern + "` | " + because + " |") != std::string::npos, "not in locales/README.md");
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
    CHECK_MESSAGE(classified, "catalogue key '" << key << "' is neither conditional nor classified in locales/README.md");
  }
}

}  // namespace pnc
