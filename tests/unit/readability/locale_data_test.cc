// Tests for readability/locale_data: the shipped files load with all five bands; bad files
// give errors as values.
#include "readability/locale_data.h"

#include <doctest/doctest.h>

#include <string>

#include "readability/test_locales.h"

namespace pnc::readability {
namespace {

using nlohmann::json;
using testing::ShippedJson;

// Messages of every error, "pointer: message" each, for compact checks.
std::string Errors(const json& j) {
  std::string out;
  for (const LoadError& e : LoadLocale(j).errors) out += e.pointer + ": " + e.message + "\n";
  return out;
}

json Minimal() {
  return json::parse(R"({
    "locale": "xx", "grade_formula": "flesch-kincaid",
    "bands": {"6-9": {"max_grade": 3, "max_sentence_words": 12},
              "10-12": {"max_grade": 5, "max_sentence_words": 15},
              "13-15": {"max_grade": 7, "max_sentence_words": 18},
              "16-17": {"max_grade": 8, "max_sentence_words": 20},
              "adult": {"max_grade": 9, "max_sentence_words": 25}},
    "abbreviations": {"never_final": [], "may_be_final": []},
    "jargon_default_bands": ["6-9"],
    "jargon": [{"term": "data subject", "plain": "you"}]
  })");
}

TEST_SUITE("readability") {
  TEST_CASE("locale files: en and cy load without errors and have all five bands") {
    for (std::string locale : {"en", "cy"}) {
      CAPTURE(locale);
      json j = ShippedJson(locale);
      REQUIRE_FALSE(j.is_discarded());
      LocaleLoad load = LoadLocale(j);
      CHECK(Errors(j) == "");
      CHECK(load.data.locale == locale);
      REQUIRE(load.data.bands.size() == RequiredBands().size());
      for (std::string_view id : RequiredBands()) CHECK(FindBand(load.data, id) != nullptr);
      CHECK(load.data.jargon.size() >= 30);
    }
  }

  TEST_CASE("locale files: english targets grade and sentence length, welsh sentence length only") {
    LocaleData en = LoadLocale(ShippedJson("en")).data;
    LocaleData cy = LoadLocale(ShippedJson("cy")).data;
    CHECK(en.grade_measured);
    CHECK_FALSE(cy.grade_measured);
    CHECK(cy.initial_mutations);
    const double grades[] = {3, 5, 7, 8, 9};
    const int words[] = {12, 15, 18, 20, 25};
    for (std::size_t i = 0; i < RequiredBands().size(); ++i) {
      const Band* e = FindBand(en, RequiredBands()[i]);
      const Band* c = FindBand(cy, RequiredBands()[i]);
      REQUIRE(e->max_grade);
      CHECK(*e->max_grade == grades[i]);
      CHECK(e->max_sentence_words == words[i]);
      CHECK_FALSE(c->max_grade);
      CHECK(c->max_sentence_words == words[i]);
    }
    // The terms the issue names are listed, and the ones that may stay are marked.
    auto entry = [](const LocaleData& d, const std::string& term) -> const JargonEntry* {
      for (const JargonEntry& e : d.jargon) {
        if (e.term == term) return &e;
      }
      return nullptr;
    };
    for (std::string term : {"personal data", "data controller", "processing", "lawful basis", "third party",
                             "retention", "consent", "data subject", "rectification", "erasure", "pseudonymised",
                             "legitimate interests", "safeguarding", "special category data"}) {
      CAPTURE(term);
      CHECK(entry(en, term) != nullptr);
    }
    CHECK(entry(en, "consent")->glossary);
    CHECK(entry(en, "safeguarding")->glossary);
    CHECK_FALSE(entry(en, "data controller")->glossary);
    CHECK(entry(en, "data controller")->plain == "the organisation in charge of your information");
    for (std::string term :
         {"data personol", "rheolydd data", "prosesu", "sail gyfreithlon", "trydydd parti", "cydsyniad"}) {
      CAPTURE(term);
      CHECK(entry(cy, term) != nullptr);
    }
    CHECK(entry(cy, "cydsyniad")->glossary);
  }

  TEST_CASE("locale files: a valid minimal file, defaults applied") {
    LocaleLoad load = LoadLocale(Minimal());
    CHECK(Errors(Minimal()) == "");
    REQUIRE(load.data.jargon.size() == 1);
    CHECK(load.data.jargon[0].bands == std::vector<std::string>{"6-9"});
    CHECK_FALSE(load.data.jargon[0].glossary);
    CHECK(FindBand(load.data, "none") == nullptr);
    CHECK(BandPhrase("10-12") == "ages 10-12");
    CHECK(BandPhrase("adult") == "adults");
  }

  TEST_CASE("locale files: every problem is reported with its pointer") {
    json j = Minimal();
    j["bands"].erase("16-17");
    j["bands"]["10-12"]["max_sentence_words"] = "fifteen";
    j["bands"]["adult"]["max_grade"] = -1;
    j["bands"]["adult"]["max_sentance_words"] = 3;
    j["bands"]["7-8"] = json::object();
    j["jargon"].push_back({{"term", "Data Subject"}, {"plain", ""}, {"bands", {"kids"}}});
    CHECK(Errors(j) ==
          "/bands/7-8: unknown band '7-8'; the bands are 6-9, 10-12, 13-15, 16-17, adult\n"
          "/bands/10-12/max_sentence_words: expected a positive integer\n"
          "/bands: missing band '16-17'\n"
          "/bands/adult/max_sentance_words: unknown key 'max_sentance_words'; the keys are "
          "max_grade, max_sentence_words, why\n"
          "/bands/adult/max_grade: expected a positive number\n"
          "/jargon/1/plain: expected 'plain', a non-empty string\n"
          "/jargon/1/bands/0: unknown band 'kids'\n"
          "/jargon/1/term: duplicate term 'Data Subject'\n");
  }

  TEST_CASE("locale files: a grade target needs a grade formula") {
    json j = Minimal();
    j["grade_formula"] = nullptr;
    std::string errors = Errors(j);
    CHECK(errors.find("/bands/6-9/max_grade: 'max_grade' needs a 'grade_formula' for the locale") != std::string::npos);
    j["grade_formula"] = "gunning-fog";
    CHECK(Errors(j).find("/grade_formula: expected 'grade_formula'") != std::string::npos);
  }

  TEST_CASE("locale files: wrong shapes give errors, never exceptions") {
    CHECK(Errors(json::array()) == ": expected an object\n");
    CHECK(Errors(json(3)) == ": expected an object\n");
    json j = Minimal();
    j["bands"] = json::array();
    j["jargon"] = json::object();
    j["abbreviations"]["never_final"] = {1, 2};
    j["syllable_exceptions"] = {{"Every", 2}, {"every", 0}};
    j["initial_mutations"] = "yes";
    CHECK_NOTHROW(LoadLocale(j));
    std::string errors = Errors(j);
    CHECK(errors.find("/bands: expected 'bands', an object keyed by band") != std::string::npos);
    CHECK(errors.find("/jargon: expected 'jargon', an array of entries") != std::string::npos);
    CHECK(errors.find("/abbreviations/never_final/0: expected a non-empty string") != std::string::npos);
    CHECK(errors.find("/syllable_exceptions/Every: expected a lowercase word") != std::string::npos);
    CHECK(errors.find("/syllable_exceptions/every: expected a syllable count from 1 to 20") != std::string::npos);
    CHECK(errors.find("/initial_mutations: expected true or false") != std::string::npos);
  }
}

}  // namespace
}  // namespace pnc::readability
