// tests: the whole-word phrase matcher behind the vocabulary rules: boundaries, case, Welsh letters
// and mutations, typographic punctuation, and linear time on large text.
#include <doctest/doctest.h>

#include <chrono>

#include "law/phrases.h"
#include "test_support.h"

namespace pnc {
namespace {

rules::PhraseList List(std::initializer_list<const char*> phrases) {
  rules::PhraseList l;
  for (const char* p : phrases) l.Add(p);
  return l;
}

std::string Find(const rules::PhraseList& l, const std::string& text) { return l.FindIn(rules::Words(text)); }

}  // namespace

TEST_CASE("phrases match whole words only, case-folded") {
  auto l = List({"crime", "risk assessment", "risk assessments", "dbs"});
  CHECK(Find(l, "Records of Crime.") == "crime");
  CHECK(Find(l, "Crimean history") == "");
  CHECK(Find(l, "incrimes") == "");
  CHECK(Find(l, "RISK   ASSESSMENTS and plans") == "risk assessments");  // the longer phrase at the same word
  CHECK(Find(l, "a risk\nassessment") == "risk assessment");
  CHECK(Find(l, "a risky assessment") == "");
  CHECK(Find(l, "DBS-checked staff") == "dbs");
  CHECK(Find(l, "") == "");
}

TEST_CASE("Welsh letters, apostrophes and typographic punctuation") {
  auto l = List({"oedolion sy'n wynebu risg", "ystafelloedd gwely", "camerâu"});
  CHECK(Find(l, "Oedolion sy\xE2\x80\x99n wynebu risg") == "oedolion sy'n wynebu risg");  // curly apostrophe
  CHECK(Find(l, "Ystafelloedd\xC2\xA0gwely") == "ystafelloedd gwely");                    // no-break space
  CHECK(Find(l, "CAMER\xC3\x82U yn y ganolfan") == "camerâu");                            // Â folds to â
  CHECK(Find(l, "camerau") == "");
  CHECK(rules::Words("Ŵyr—ŷd") == std::vector<std::string>{"ŵyr", "ŷd"});
}

TEST_CASE("the shipped vocabulary finds what the rules need, in English and Welsh") {
  const auto& v = test::Data().law.vocabulary;
  CHECK(v.criminal_offence.FindIn(rules::Words("DBS checks and references")) == "dbs");
  CHECK(v.criminal_offence.FindIn(rules::Words("Details of a relative in prison")) == "prison");
  CHECK(v.criminal_offence.FindIn(rules::Words("Cofnodion o droseddau neu honiadau")) == "droseddau");
  CHECK(v.criminal_offence.FindIn(rules::Words("Mae ei dad yng ngharchar")) == "ngharchar");
  CHECK(v.criminal_offence.FindIn(rules::Words("Contact details and next of kin")) == "");
  CHECK(v.recording.FindIn(rules::Words("Ffilm CCTV")) == "ffilm");
  CHECK(v.private_place.FindIn(rules::Words("gan gynnwys ystafelloedd gwely")) == "ystafelloedd gwely");
  CHECK(v.safeguarding.FindIn(rules::Words("Diogelu data")) == "");  // Welsh "data protection", not safeguarding
  CHECK(v.safeguarding.FindIn(rules::Words("Diogelu plant")) == "diogelu plant");
}

TEST_CASE("matching is linear: a large hostile text takes milliseconds") {
  auto l = List({"a a a a b", "a a c"});
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "a ";
  auto start = std::chrono::steady_clock::now();
  CHECK(Find(l, text) == "");
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  CHECK(ms < 500);
}

}  // namespace pnc
