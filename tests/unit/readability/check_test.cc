// Tests for readability/check: each finding with a failing and a passing text, exact messages.
#include "readability/check.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readability/test_locales.h"

namespace pnc::readability {
namespace {

using testing::Shipped;
using testing::ShippedBand;

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> Rules(const CheckResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) out.push_back(f.rule);
  return out;
}

TEST_SUITE("readability") {
  TEST_CASE("reading-level: a hard text fails for ages 10-12") {
    // 15 × "Our organisation shares information with other organisations.": each 7 words,
    // Our1 or-gan-i-sa-tion5 shares1 in-for-ma-tion4 with1 oth-er2 or-gan-i-sa-tions5 = 19
    // syllables. 105 words, 15 sentences, 285 syllables:
    //   FK = 0.39·105/15 + 11.8·285/105 − 15.59 = 2.73 + 32.02857 − 15.59 = 19.16857 → 19.2
    std::string text = Repeat("Our organisation shares information with other organisations. ", 15);
    CheckResult r = Check(text, Shipped("en"), ShippedBand("en", "10-12"), {});
    CHECK(r.grade == GradeStatus::kMeasured);
    REQUIRE(r.findings.size() == 1);
    const Finding& f = r.findings[0];
    CHECK(f.rule == "reading-level");
    CHECK(f.message == "reading grade 19.2 is above the target 5.0 for ages 10-12");
    CHECK(f.hint == "use shorter sentences and shorter words: 7.0 words per sentence, 2.7 syllables per word");
    CHECK(f.measured == doctest::Approx(19.2));
    CHECK(f.target == 5.0);
    CHECK(f.offset == 0);
    CHECK(f.length == text.size());
  }

  TEST_CASE("reading-level: a plain text passes") {
    // 20 × "The cat sat on the mat.": 120 words, FK −1.45 as in scores_test.
    CheckResult r = Check(Repeat("The cat sat on the mat. ", 20), Shipped("en"), ShippedBand("en", "6-9"), {});
    CHECK(r.grade == GradeStatus::kMeasured);
    CHECK(r.findings.empty());
  }

  TEST_CASE("reading-level: under 100 words the grade is measured but not judged") {
    CheckResult r = Check("Our organisation shares information with other organisations.", Shipped("en"),
                          ShippedBand("en", "6-9"), {});
    CHECK(r.grade == GradeStatus::kTooShort);
    CHECK(r.stats.flesch_kincaid);
    CHECK(Rules(r).empty());
    CheckOptions low;
    low.min_words_for_grade = 5;
    r = Check("Our organisation shares information with other organisations.", Shipped("en"), ShippedBand("en", "6-9"),
              {}, low);
    CHECK(Rules(r) == std::vector<std::string>{"reading-level"});
    low.reading_level = false;
    r = Check("Our organisation shares information with other organisations.", Shipped("en"), ShippedBand("en", "6-9"),
              {}, low);
    CHECK(r.grade == GradeStatus::kSkipped);
    CHECK(r.findings.empty());
  }

  TEST_CASE("long-sentence: 16 words fails for ages 10-12, with the sentence's offset") {
    std::string text = "Hi there. We keep your name, your age, your school and your class so we can help you.";
    CheckResult r = Check(text, Shipped("en"), ShippedBand("en", "10-12"), {});
    REQUIRE(r.findings.size() == 1);
    const Finding& f = r.findings[0];
    CHECK(f.rule == "long-sentence");
    CHECK(f.message == "sentence has 16 words, the target for ages 10-12 is at most 15");
    CHECK(f.hint == "split it into shorter sentences");
    CHECK(f.measured == 16);
    CHECK(f.target == 15);
    CHECK(f.offset == 10);
    CHECK(f.length == text.size() - 10);
  }

  TEST_CASE("long-sentence: 15 words passes, and adults may have 25") {
    CheckResult r = Check("We keep your name, your age, your school and your class so we can help.", Shipped("en"),
                          ShippedBand("en", "10-12"), {});
    CHECK(r.findings.empty());
    std::string twenty_five = Repeat("word ", 24) + "end.";
    CHECK(Check(twenty_five, Shipped("en"), ShippedBand("en", "adult"), {}).findings.empty());
    CheckResult r26 = Check(Repeat("word ", 25) + "end.", Shipped("en"), ShippedBand("en", "adult"), {});
    REQUIRE(r26.findings.size() == 1);
    CHECK(r26.findings[0].message == "sentence has 26 words, the target for adults is at most 25");
  }

  TEST_CASE("jargon: a listed term fails for a child band and passes for adults") {
    std::string text = "We are the data controller.";
    CheckResult r = Check(text, Shipped("en"), ShippedBand("en", "10-12"), {});
    REQUIRE(r.findings.size() == 1);
    const Finding& f = r.findings[0];
    CHECK(f.rule == "jargon");
    CHECK(f.message == "'data controller' is jargon for ages 10-12");
    CHECK(f.hint == "say 'the organisation in charge of your information'");
    CHECK(f.offset == 11);
    CHECK(f.length == 15);
    CHECK(f.term == "data controller");
    CHECK(f.plain == "the organisation in charge of your information");
    CHECK(Check(text, Shipped("en"), ShippedBand("en", "adult"), {}).findings.empty());
    CHECK(Check("We are the organisation in charge of your information.", Shipped("en"), ShippedBand("en", "10-12"), {})
              .findings.empty());
  }

  TEST_CASE("jargon: a glossary term may stay when the notice's glossary explains it") {
    std::string text = "We ask for your Consent.";
    CheckResult r = Check(text, Shipped("en"), ShippedBand("en", "6-9"), {});
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].message == "'Consent' is jargon for ages 6-9");
    CHECK(r.findings[0].hint == "say 'saying yes', or explain 'consent' in the glossary");
    CHECK(Check(text, Shipped("en"), ShippedBand("en", "6-9"), {"CONSENT"}).findings.empty());
    // A term not marked "glossary" is reported even when the glossary explains it.
    CHECK(Check("the data controller", Shipped("en"), ShippedBand("en", "6-9"), {"data controller"}).findings.size() ==
          1);
  }

  TEST_CASE("findings come sorted by offset") {
    std::string text =
        "Third parties get it. We share your personal data with other people when the law says "
        "we must do so.";
    CheckResult r = Check(text, Shipped("en"), ShippedBand("en", "6-9"), {});
    CHECK(Rules(r) == std::vector<std::string>{"jargon", "long-sentence", "jargon"});
    CHECK(r.findings[0].offset == 0);
    CHECK(r.findings[1].offset == 22);
    CHECK(r.findings[2].offset == 36);
  }

  TEST_CASE("welsh: no reading grade, but sentence length and mutated jargon are checked") {
    std::string text = Repeat("Rydyn ni'n cadw eich gwybodaeth yn ddiogel iawn. ", 15) +
                       "Mae angen i ni brosesu eich data personol er mwyn helpu plant a phobl "
                       "ifanc yn yr ysgol bob dydd.";
    CheckResult r = Check(text, Shipped("cy"), ShippedBand("cy", "10-12"), {});
    CHECK(r.grade == GradeStatus::kNoFormula);
    CHECK_FALSE(r.stats.flesch_kincaid);
    CHECK(Rules(r) == std::vector<std::string>{"long-sentence", "jargon", "jargon"});
    CHECK(r.findings[0].message == "sentence has 20 words, the target for ages 10-12 is at most 15");
    CHECK(r.findings[1].message == "'brosesu' is jargon for ages 10-12");
    CHECK(r.findings[1].hint == "say 'defnyddio'");
    CHECK(r.findings[2].message == "'data personol' is jargon for ages 10-12");
    CHECK(r.findings[2].hint == "say 'gwybodaeth amdanoch chi'");
    CHECK(
        Check("Gofynnwn am eich cydsyniad.", Shipped("cy"), ShippedBand("cy", "6-9"), {"cydsyniad"}).findings.empty());
  }
}

}  // namespace
}  // namespace pnc::readability
