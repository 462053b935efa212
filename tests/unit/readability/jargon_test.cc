// Tests for readability/jargon: whole-word, case-, hyphen-, inflection- and mutation-tolerant
// matching of the shipped jargon lists.
#include "readability/jargon.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readability/test_locales.h"

namespace pnc::readability {
namespace {

using testing::Shipped;

// "matched text→listed term" for each hit.
std::vector<std::string> Hits(const std::string& text, const std::string& locale, const std::string& band = "10-12") {
  std::vector<std::string> out;
  const LocaleData& data = Shipped(locale);
  for (const JargonHit& h : FindJargon(text, data, band)) {
    out.push_back(text.substr(h.offset, h.length) + "→" + data.jargon[h.entry].term);
  }
  return out;
}

TEST_SUITE("readability") {
  TEST_CASE("jargon: phrases match whole words at their byte offset") {
    std::string text = "We are the data controller.";
    std::vector<JargonHit> hits = FindJargon(text, Shipped("en"), "10-12");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].offset == 11);
    CHECK(hits[0].length == 15);
    CHECK(Shipped("en").jargon[hits[0].entry].term == "data controller");
    // Offsets count bytes: "é" and "–" are 2 and 3 bytes, so "personal" starts at byte 10.
    std::string accented = "Café – personal data";
    REQUIRE(FindJargon(accented, Shipped("en"), "10-12").size() == 1);
    CHECK(FindJargon(accented, Shipped("en"), "10-12")[0].offset == 10);
  }

  TEST_CASE("jargon: case, hyphens and inflections of the last word") {
    CHECK(Hits("Data-Controllers and THIRD-PARTY apps", "en") ==
          std::vector<std::string>{"Data-Controllers→data controller", "THIRD-PARTY→third party"});
    CHECK(Hits("third parties", "en") == std::vector<std::string>{"third parties→third party"});
    CHECK(Hits("the controller’s job", "en").empty());
    CHECK(Hits("the data controller’s job", "en") == std::vector<std::string>{"data controller’s→data controller"});
    CHECK(Hits("You consented. We rectified it.", "en") ==
          std::vector<std::string>{"consented→consent", "rectified→rectification"});
    CHECK(Hits("we processed it", "en") == std::vector<std::string>{"processed→processing"});
  }

  TEST_CASE("jargon: no match across punctuation, line breaks or inside a word") {
    CHECK(Hits("personal, data", "en").empty());
    CHECK(Hits("personal\ndata", "en").empty());
    CHECK(Hits("personal databases", "en").empty());
    CHECK(Hits("unconsented", "en").empty());
    CHECK(Hits("write to dpo@consent.org", "en").empty());
  }

  TEST_CASE("jargon: the longest overlapping phrase wins") {
    CHECK(Hits("special category data", "en") ==
          std::vector<std::string>{"special category data→special category data"});
    CHECK(Hits("make a data subject access request", "en") ==
          std::vector<std::string>{"data subject access request→subject access request"});
    CHECK(Hits("our data protection officer", "en") ==
          std::vector<std::string>{"data protection officer→data protection officer"});
  }

  TEST_CASE("jargon: entries apply to their bands only") {
    CHECK(Hits("personal data in accordance with the law", "en", "10-12").size() == 2);
    CHECK(Hits("personal data in accordance with the law", "en", "adult") ==
          std::vector<std::string>{"in accordance with→in accordance with"});
  }

  TEST_CASE("welsh mutations of a first word") {
    CHECK(WelshMutations("prosesu") == std::vector<std::string>{"brosesu", "mhrosesu", "phrosesu"});
    CHECK(WelshMutations("cydsyniad") == std::vector<std::string>{"gydsyniad", "nghydsyniad", "chydsyniad"});
    CHECK(WelshMutations("trydydd") == std::vector<std::string>{"drydydd", "nhrydydd", "thrydydd"});
    CHECK(WelshMutations("data") == std::vector<std::string>{"ddata", "nata"});
    CHECK(WelshMutations("gwybodaeth") == std::vector<std::string>{"wybodaeth", "ngwybodaeth"});
    CHECK(WelshMutations("buddiannau") == std::vector<std::string>{"fuddiannau", "muddiannau"});
    CHECK(WelshMutations("rheolydd") == std::vector<std::string>{"reolydd"});
    CHECK(WelshMutations("llais") == std::vector<std::string>{"lais"});
    CHECK(WelshMutations("anonymeiddio") == std::vector<std::string>{"hanonymeiddio"});
    CHECK(WelshMutations("chwarae").empty());
    CHECK(WelshMutations("ffugenwi").empty());
    CHECK(WelshMutations("sail").empty());
  }

  TEST_CASE("welsh jargon: radical and mutated forms, clitics, listed plurals") {
    CHECK(Hits("Rydyn ni'n prosesu eich data personol.", "cy") ==
          std::vector<std::string>{"prosesu→prosesu", "data personol→data personol"});
    CHECK(Hits("Mae angen i ni brosesu eich gwybodaeth.", "cy") == std::vector<std::string>{"brosesu→prosesu"});
    CHECK(Hits("i ba ddiben rydyn ni'n ei phrosesu", "cy") == std::vector<std::string>{"phrosesu→prosesu"});
    CHECK(Hits("heb eich cydsyniad, fy nghydsyniad, ei gydsyniad, ei chydsyniad", "cy").size() == 4);
    CHECK(Hits("rhannu â thrydydd partïon", "cy") == std::vector<std::string>{"thrydydd partïon→trydydd parti"});
    CHECK(Hits("i drydydd parti", "cy") == std::vector<std::string>{"drydydd parti→trydydd parti"});
    CHECK(Hits("ei ddata personol a fy nata personol", "cy").size() == 2);
    CHECK(Hits("prosesu'ch gwybodaeth", "cy") == std::vector<std::string>{"prosesu'ch→prosesu"});
    CHECK(Hits("Y RHEOLYDD DATA yw ni", "cy") == std::vector<std::string>{"RHEOLYDD DATA→rheolydd data"});
    CHECK(Hits("ein reolydd data", "cy") == std::vector<std::string>{"reolydd data→rheolydd data"});
    CHECK(Hits("Swyddfa’r Comisiynydd Gwybodaeth", "cy") ==
          std::vector<std::string>{"Swyddfa’r Comisiynydd Gwybodaeth→Swyddfa'r Comisiynydd Gwybodaeth"});
    CHECK(Hits("sail gyfreithlon", "cy", "adult").empty());
    CHECK(Hits("gwrthrych y data", "cy", "adult").size() == 1);
  }
}

}  // namespace
}  // namespace pnc::readability
