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
}

// An item that holds the conjunction ("people who use the food bank and their households") made
// "… and their households and our volunteers": the reader cannot tell where the first item ends.
// The last join then takes a comma; a word merely containing the letters ("Sandbanks") does not.
TEST_CASE("a list whose item holds the conjunction marks the last join with a pause") {
  const locale::Catalogue* en = test::Data().Catalogue("en");
  CHECK(en->JoinList({"parents and carers", "volunteers"}) == "parents and carers, and volunteers");
  CHECK(en->JoinList({"staff", "parents and carers"}) == "staff, and parents and carers");
  CHECK(en->JoinList({"a", "b and c", "d"}) == "a, b and c, and d");
  CHECK(en->JoinList({"Sandbanks", "Andover"}) == "Sandbanks and Andover");
  CHECK(en->JoinList({"AND gates", "x"}) == "AND gates, and x");
  const locale::Catalogue* cy = test::Data().Catalogue("cy");
  CHECK(cy->JoinList({"plant a phobl ifanc", "Staff"}) == "plant a phobl ifanc, a Staff");
  CHECK(cy->JoinList({"Plant", "Staff"}) == "Plant a Staff");
  const locale::Catalogue* pl = test::Data().Catalogue("pl");
  if (pl != nullptr) CHECK(pl->JoinList({"rodzice i opiekunowie", "dzieci"}) == "rodzice i opiekunowie i dzieci");
  CHECK(locale::Substitute("{a} {b} {c}", {{"a", "1"}, {"b", "{c}"}}) == "1 {c} {c}");
}

// User test s27 F25: "Our supporter database provider, hosted in the United States and Our wealth-screening
// company" read as one item with a stray capital. An item with a comma of its own takes the pause, and an
// item after the first that begins with a word such as "Our" or "The" before a lowercase word is written
// from a lowercase letter; proper nouns ("The Pensions Regulator", "HM Revenue and Customs") and names the
// caller marks keep their letters. Welsh does the same with its own words, and its joining rules (ac
// before a vowel, a'r for the article, the mutation after a) see the lowercase item.
TEST_CASE("a list lowercases a name's leading 'Our' mid-sentence and pauses after an item with a comma") {
  const locale::Catalogue* en = test::Data().Catalogue("en");
  CHECK(
      en->JoinList({"Our supporter database provider, hosted in the United States", "Our wealth-screening company"}) ==
      "Our supporter database provider, hosted in the United States, and our wealth-screening company");
  CHECK(en->JoinList({"HM Revenue and Customs", "Our supporter database provider"}) ==
        "HM Revenue and Customs, and our supporter database provider");
  CHECK(en->JoinList({"Schools", "The police", "A social worker"}) == "Schools, the police and a social worker");
  CHECK(en->JoinList({"Schools", "The Pensions Regulator"}) == "Schools and The Pensions Regulator");
  CHECK(en->JoinList({"Schools", "Our"}) == "Schools and Our");                      // no word after it: left alone
  CHECK(en->JoinList({"Schools", "Ourselves too"}) == "Schools and Ourselves too");  // a whole word only
  CHECK(en->JoinList({"Schools", "Our staff"}, {}, [](const std::string&) { return true; }) ==
        "Schools and Our staff");  // a name the caller marks keeps its letters
  // A list of capitalised names stays one: lowercasing one of them would mix the two.
  CHECK(en->JoinList({"Contact details", "Important people", "A family member's imprisonment"}) ==
        "Contact details, Important people and A family member's imprisonment");
  CHECK(en->JoinList({"Schools", "HM Revenue and Customs", "Our supporter database provider"}) ==
        "Schools, HM Revenue and Customs, and our supporter database provider");
  CHECK(en->JoinList({"a, b", "c"}) == "a, b, and c");
  CHECK(en->JoinList({"a", "b, c"}) == "a, and b, c");
  const locale::Catalogue* cy = test::Data().Catalogue("cy");
  REQUIRE(cy != nullptr);
  // "a" + "ein" / "eich" contract (user test s30 F9: "ac eich cydsyniad" was printed).
  CHECK(cy->JoinList({"CThEF", "Ein darparwr cronfa ddata"}) == "CThEF a'n darparwr cronfa ddata");
  CHECK(cy->JoinList({"ein buddiannau dilys", "eich cydsyniad"}) == "ein buddiannau dilys a'ch cydsyniad");
  CHECK(cy->JoinList({"enwau", "eiddo"}) == "enwau ac eiddo");  // a word beginning "ei" is not "ei"
  CHECK(cy->JoinList({"ysgolion", "Eich meddyg teulu", "teuluoedd"}) == "ysgolion, eich meddyg teulu a theuluoedd");
  CHECK(cy->JoinList({"Ysgolion", "Eich meddyg teulu", "Teuluoedd"}) == "Ysgolion, Eich meddyg teulu a Theuluoedd");
  CHECK(cy->JoinList({"ysgolion", "Y gwasanaeth iechyd"}) == "ysgolion a'r gwasanaeth iechyd");
  CHECK(cy->JoinList({"ysgolion", "Yr Heddlu"}) == "ysgolion a'r Heddlu");  // a name: its capital stays
  CHECK(cy->JoinList({"ysgolion", "Cwmni sgrinio, yn UDA"}) == "ysgolion, a Chwmni sgrinio, yn UDA");
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

// After "a" (and) Welsh requires the aspirate mutation (c→ch, p→ph, t→th), and "a'r" replaces
// "a" + the article; both come from cy.json's "joining" data, not from C++ (issue 11 follow-up).
TEST_CASE("Welsh lists mutate after a, merge the article, and keep names") {
  const locale::Catalogue* cy = test::Data().Catalogue("cy");
  REQUIRE(cy != nullptr);
  CHECK(cy->JoinList({"Teuluoedd", "Plant"}) == "Teuluoedd a Phlant");
  CHECK(cy->JoinList({"cofrestru", "presenoldeb", "cofnodion"}) == "cofrestru, presenoldeb a chofnodion");
  CHECK(cy->JoinList({"enwau", "telerau"}) == "enwau a thelerau");
  CHECK(cy->JoinList({"enwau", "Presenoldeb"}) == "enwau a Phresenoldeb");
  // Already-mutated letters are left as they are; other consonants do not change after "a".
  CHECK(cy->JoinList({"enwau", "chwaraeon"}) == "enwau a chwaraeon");
  CHECK(cy->JoinList({"enwau", "theatr"}) == "enwau a theatr");
  CHECK(cy->JoinList({"enwau", "Staff"}) == "enwau a Staff");
  CHECK(cy->JoinList({"enwau", "gwirfoddolwyr"}) == "enwau a gwirfoddolwyr");
  // The article: "a'r", never "ac yr" or "a y".
  CHECK(cy->JoinList({"ysgolion", "yr Heddlu"}) == "ysgolion a'r Heddlu");
  CHECK(cy->JoinList({"ysgolion", "Yr Heddlu"}) == "ysgolion a'r Heddlu");
  CHECK(cy->JoinList({"ysgolion", "y gwasanaeth iechyd"}) == "ysgolion a'r gwasanaeth iechyd");
  CHECK(cy->JoinList({"ysgolion", "ymwelwyr"}) == "ysgolion ac ymwelwyr");  // a word, not the article
  // Words that take "ac" though they begin with a consonant (user test F23); only as a whole word.
  CHECK(cy->JoinList({"mewn print bras", "mewn Braille", "fel recordiad sain"}) ==
        "mewn print bras, mewn Braille ac fel recordiad sain");
  CHECK(cy->JoinList({"print bras", "mewn Braille"}) == "print bras ac mewn Braille");
  CHECK(cy->JoinList({"enwau", "felinau"}) == "enwau a felinau");
  CHECK(cy->JoinLast("Mor Jones", true).key == "list.last");  // a name keeps "a" (review L8)
  // Names keep their letters: abbreviations, several capitalised words, or marked by the caller.
  CHECK(cy->JoinList({"ysgolion", "CCTV"}) == "ysgolion a CCTV");
  CHECK(cy->JoinList({"ysgolion", "Pembroke Family Centre"}) == "ysgolion a Pembroke Family Centre");
  CHECK(cy->JoinList({"ysgolion", "Cafcass Cymru"}) == "ysgolion a Cafcass Cymru");
  CHECK(cy->JoinLast("Tesco", true).item == "Tesco");
  CHECK(cy->JoinLast("Tesco", false).item == "Thesco");
  CHECK(cy->JoinLast("Yr Urdd", true).key == "list.last-article");  // the article is not the name
  // Other languages have no joining data: the item is never changed.
  const locale::Catalogue* en = test::Data().Catalogue("en");
  CHECK(en->JoinList({"youth", "the police"}) == "youth and the police");
  CHECK(en->JoinList({"cats", "Pets"}) == "cats and Pets");
}

// In a built notice: a data subject translated into Welsh mutates; a name written the same in
// every language, or shown in English because it has no Welsh, does not.
TEST_CASE("Welsh lists in a built notice mutate common nouns only") {
  nlohmann::json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["data_subjects"] = nlohmann::json::parse(R"([{"id": "parents", "name": {"en": "Parents", "cy": "Rhieni"}},
      {"id": "tutors", "name": {"en": "Tutors", "cy": "Tiwtoriaid"}},
      {"id": "centre", "name": {"en": "Pembroke team", "cy": "Pembroke team"}},
      {"id": "police", "name": {"en": "The police", "cy": "Yr Heddlu"}}])");
  s["purposes"][0]["data_subjects"] = {"parents", "tutors"};
  nlohmann::json second = s["purposes"][0];
  second["id"] = "second";
  second["name"] = {{"en", "Second"}, {"cy", "Ail"}};
  second["data_subjects"] = {"parents", "centre"};
  nlohmann::json third = s["purposes"][0];
  third["id"] = "third";
  third["name"] = {{"en", "Third"}, {"cy", "Trydydd"}};
  third["data_subjects"] = {"parents", "police"};
  s["purposes"].push_back(second);
  s["purposes"].push_back(third);
  diag::Sink sink;
  std::string html = test::HtmlOf(test::Build(s, "cy", &sink));
  CHECK(html.find("Rhieni a Thiwtoriaid") != std::string::npos);
  CHECK(html.find("Rhieni a Pembroke team") != std::string::npos);  // the same in both languages: a name
  CHECK(html.find("Rhieni a&#39;r Heddlu") != std::string::npos);
  CHECK(html.find("a Tiwtoriaid") == std::string::npos);
}

}  // namespace pnc

namespace pnc {

// Review L11: a group left in English in a Welsh notice (--allow-fallback), "Parents and carers",
// got no pause before the last "a": the item is read with its own language's conjunctions too.
TEST_CASE("an item left in the default locale's words is read with that language's conjunctions") {
  auto s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["data_subjects"] = nlohmann::json::parse(R"([
      {"id": "parents", "name": "Parents and carers"},
      {"id": "vols", "name": {"en": "Volunteers", "cy": "Gwirfoddolwyr"}}])");
  s["purposes"][0]["data_subjects"] = {"parents", "vols"};
  driver::Options options;
  options.formats = {"html"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  std::string cy;
  for (const auto& d : c->docs) {
    if (d.locale == "cy" && d.audience == "adult") cy = test::HtmlOf(d);
  }
  CAPTURE(cy);
  // The name keeps its language (a span), and the Welsh "a" still follows its comma.
  CHECK(cy.find("<span lang=\"en\">Parents and carers</span>, a Gwirfoddolwyr") != std::string::npos);
  CHECK(cy.find("Parents and carers a Gwirfoddolwyr") == std::string::npos);
}

}  // namespace pnc
