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
  CHECK(en->JoinList({"bees", "ants"}) == "bees and ants");
  CHECK(en->FormatDate("2026-06-19") == "19 June 2026");
  CHECK(locale::Substitute("{a} {b} {c}", {{"a", "1"}, {"b", "{c}"}}) == "1 {c} {c}");
}

// Welsh joins the last item with "a", or "ac" before a vowel (w and y count, and accented
// vowels), never with the semicolons the first draft used (user test, issue 11).
TEST_CASE("Welsh lists end with a or ac") {
  const locale::Catalogue* cy = test::Data().Catalogue("cy");
  REQUIRE(cy != nullptr);
  CHECK(cy->JoinList({"Teuluoedd", "Ymwelwyr"}) == "Teuluoedd ac Ymwelwyr");
  CHECK(cy->JoinList({"Teuluoedd", "Plant", "Staff"}) == "Teuluoedd, Plant a Staff");
  CHECK(cy->JoinList({"plant", "oedolion"}) == "plant ac oedolion");
  CHECK(cy->JoinList({"plant", "wyrion"}) == "plant ac wyrion");
  CHECK(cy->JoinList({"plant", "ŵyr"}) == "plant ac ŵyr");
  CHECK(cy->JoinList({"plant", "Ysgolion"}) == "plant ac Ysgolion");
  CHECK(cy->JoinList({"plant", "hefyd"}) == "plant a hefyd");
  CHECK(cy->JoinList({"a; b", "c"}).find(';') == 1);  // only the item's own semicolon
  // The builder's join (which honours a source's `wording` of list.*) says the same.
  nlohmann::json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["data_subjects"] = nlohmann::json::parse(R"([{"id": "parents", "name": {"en": "Parents", "cy": "Rhieni"}},
      {"id": "others", "name": {"en": "Others", "cy": "Eraill"}}])");
  s["purposes"][0]["data_subjects"] = {"parents", "others"};
  diag::Sink sink;
  std::string html = test::HtmlOf(test::Build(s, "cy", &sink));
  CHECK(html.find("Rhieni ac Eraill") != std::string::npos);
}

}  // namespace pnc
