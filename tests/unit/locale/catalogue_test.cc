// tests: catalogue hygiene: every shipped locale has exactly en's keys, the same placeholders and
// link targets; lookups, list joining and dates.
#include <doctest/doctest.h>

#include <regex>

#include "locale/catalogue.h"
#include "test_support.h"

namespace pnc {
namespace {

std::set<std::string> Links(const std::string& s) {
  std::set<std::string> out;
  static const std::regex kLink("\\]\\(([^)]*)\\)");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kLink); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

}  // namespace

TEST_CASE("every catalogue has en's keys, placeholders and links") {
  const auto& data = test::Data();
  const locale::Catalogue* en = data.Catalogue("en");
  REQUIRE(en != nullptr);
  CHECK(data.AllCatalogues().size() >= 4);  // en, cy, a Latin Extended one (pl), a right-to-left one (ar)
  for (const auto& [code, cat] : data.AllCatalogues()) {
    CAPTURE(code);
    for (const auto& [key, text] : en->messages()) {
      CAPTURE(key);
      REQUIRE_MESSAGE(cat->Has(key), "missing key");
      const std::string other = cat->Get(key);
      CHECK(locale::Placeholders(other) == locale::Placeholders(text));
      CHECK(Links(other) == Links(text));
      CHECK_FALSE(other.empty());
    }
    for (const auto& [key, text] : cat->messages()) {
      CAPTURE(key);
      CHECK_MESSAGE(en->Has(key), "extra key");
    }
    CHECK((cat->review().status == "reviewed" || cat->review().status == "unreviewed"));
  }
  if (const auto* ar = data.Catalogue("ar")) CHECK(ar->dir() == "rtl");
  if (const auto* cy = data.Catalogue("cy")) CHECK(cy->FormatDate("2026-10-01") == "1 Hydref 2026");
}

TEST_CASE("lists and dates") {
  const locale::Catalogue* en = test::Data().Catalogue("en");
  CHECK(en->JoinList({"a"}) == "a");
  CHECK(en->JoinList({"a", "b"}) == "a and b");
  CHECK(en->JoinList({"a", "b", "c"}) == "a, b and c");
  CHECK(en->FormatDate("2026-06-19") == "19 June 2026");
  CHECK(locale::Substitute("{a} {b} {c}", {{"a", "1"}, {"b", "{c}"}}) == "1 {c} {c}");
}

}  // namespace pnc
