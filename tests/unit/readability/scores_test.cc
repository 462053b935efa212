// Tests for readability/scores: Flesch–Kincaid and SMOG against hand-computed values.
#include "readability/scores.h"

#include <doctest/doctest.h>

#include <string>

#include "readability/test_locales.h"

namespace pnc::readability {
namespace {

using testing::Shipped;

TEST_SUITE("readability") {
  TEST_CASE("flesch-kincaid: 'The cat sat on the mat.'") {
    // 6 words, 1 sentence, 6 syllables → 0.39·6/1 + 11.8·6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
    TextStats s = Measure("The cat sat on the mat.", Shipped("en"));
    CHECK(s.words == 6);
    CHECK(s.sentences == 1);
    CHECK(s.syllables == 6);
    REQUIRE(s.flesch_kincaid);
    CHECK(*s.flesch_kincaid == doctest::Approx(-1.45));
    CHECK(FleschKincaidGrade(6, 1, 6) == doctest::Approx(-1.45));
  }

  TEST_CASE("flesch-kincaid and smog: two notice sentences") {
    // "We keep your information safe." We1 keep1 your1 in-for-ma-tion4 safe1: 5 words, 8 syl.
    // "We only share it when the law says we must." We1 on-ly2 share1 it1 when1 the1 law1 says1
    // we1 must1: 10 words, 11 syllables.
    // Total 15 words, 2 sentences, 19 syllables:
    //   FK = 0.39·15/2 + 11.8·19/15 − 15.59 = 2.925 + 14.94667 − 15.59 = 2.28167
    // Polysyllables (3+): "information" = 1:
    //   SMOG = 1.0430·√(1·30/2) + 3.1291 = 1.0430·3.87298 + 3.1291 = 7.16862
    TextStats s = Measure("We keep your information safe. We only share it when the law says we must.", Shipped("en"));
    CHECK(s.words == 15);
    CHECK(s.sentences == 2);
    CHECK(s.syllables == 19);
    CHECK(s.polysyllables == 1);
    CHECK(s.average_sentence_words == doctest::Approx(7.5));
    CHECK(s.max_sentence_words == 10);
    CHECK(s.longest_sentence_offset == 31);
    CHECK(*s.flesch_kincaid == doctest::Approx(2.28167).epsilon(1e-5));
    CHECK(*s.smog == doctest::Approx(7.16862).epsilon(1e-5));
    CHECK_FALSE(s.smog_reliable);
  }

  TEST_CASE("smog: 30 sentences is the calibrated sample") {
    // 30 × "Children use computers." Chil-dren2 use1 com-pu-ters3: 3 words, 6 syllables, 1
    // polysyllable each. Total 90 words, 30 sentences, 180 syllables, 30 polysyllables.
    //   SMOG = 1.0430·√(30·30/30) + 3.1291 = 1.0430·5.47723 + 3.1291 = 8.84185
    //   FK = 0.39·90/30 + 11.8·180/90 − 15.59 = 1.17 + 23.6 − 15.59 = 9.18
    std::string text;
    for (int i = 0; i < 30; ++i) text += "Children use computers. ";
    TextStats s = Measure(text, Shipped("en"));
    CHECK(s.sentences == 30);
    CHECK(s.polysyllables == 30);
    CHECK(*s.smog == doctest::Approx(8.84185).epsilon(1e-5));
    CHECK(*s.flesch_kincaid == doctest::Approx(9.18));
    CHECK(s.smog_reliable);
    CHECK(SmogGrade(30, 30) == doctest::Approx(8.84185).epsilon(1e-5));
  }

  TEST_CASE("numbers and addresses are one word of one syllable") {
    // "Call 0800 1111 or email help@childline.org.uk." 6 words: Call1 08001 11111 or1
    // e-mail2 address1 → 7 syllables.
    TextStats s = Measure("Call 0800 1111 or email help@childline.org.uk.", Shipped("en"));
    CHECK(s.words == 6);
    CHECK(s.syllables == 7);
  }

  TEST_CASE("welsh: counts without grades") {
    TextStats s = Measure("Rydyn ni'n cadw eich gwybodaeth yn ddiogel. Mae hyn yn bwysig.", Shipped("cy"));
    CHECK(s.words == 11);
    CHECK(s.sentences == 2);
    CHECK(s.syllables == 0);
    CHECK_FALSE(s.flesch_kincaid);
    CHECK_FALSE(s.smog);
  }

  TEST_CASE("empty text") {
    TextStats s = Measure("", Shipped("en"));
    CHECK(s.words == 0);
    CHECK_FALSE(s.flesch_kincaid);
    CHECK(FleschKincaidGrade(0, 0, 0) == 0);
    CHECK(SmogGrade(0, 0) == 0);
  }
}

}  // namespace
}  // namespace pnc::readability
