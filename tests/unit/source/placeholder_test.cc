// tests: the placeholder detector finds what is never a fact, leaves real values alone (near misses
// included), skips ids and notes, and stays linear on hostile input.
#include <doctest/doctest.h>

#include <chrono>

#include "source/placeholder.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("placeholders are found") {
  test::Data();  // the words are data (data/placeholders.json), set when pnc's data is loaded
  const char* placeholders[] = {
      "ZA000000",
      "00000000",
      "Company number 0000000 (England)",
      "info@example.org",
      "See https://www.example.com/privacy.",
      "dpo@charity.example",
      "https://intranet.test/form",
      "TBC",
      "Retention period: tbd",
      "To be confirmed by the DPO.",
      "XXX",
      "ZAxxxxxx",
      "Call 0300 000 0000.",
      "Call 01632 960123.",  // an Ofcom drama number
      "+44 20 7946 0321",    // London drama range
      "[insert date]",
      "We are [Your organisation].",
      "Dear {{name}},",
      "Rhieni {name}",  // a catalogue's variable copied into a source or a translation (review L1)
      "Contact {org_name} today.",
      "<insert address here>",
      "Lorem ipsum dolor sit amet.",
      "DD/MM/YYYY",
      "https://example.org.uk/form",  // a domain template writers use (data/placeholders.json)
      "[ ]",
      // A whole field standing in for a fact (user test F26).
      "-",
      "____",
      "…",
      "N/A",
      "n/a.",
      "Insert interest here",
      "dim",
      "Amh",
      "Coming soon",
      "see above.",
      "i ddod",
      // User test s29 F2: what pnc init's own header calls placeholders, and stock template values.
      "[Supplier]",
      "[12 months]",
      "For [12 months?] after you leave.",
      "Insert retention period here.",
      "Enter your DPO's name here",
      "Rhowch y cyfnod yma",
      "Your Charity Name",
      "Your Address, AB12 3CD",
      "Lottery Provider Ltd (name to follow)",
      "01234 567890",
      "Tel: 01234 567890.",
      "1234567",
      "Company number 12345678",
  };
  for (const char* p : placeholders) {
    CAPTURE(p);
    CHECK_FALSE(source::FindPlaceholder(p).match.empty());
  }
  CHECK(source::FindPlaceholder("Registered with the ICO as ZA000000.").match == "ZA000000");
  CHECK(source::FindPlaceholder("Rhieni {name}").why == "a template variable left unfilled");
  CHECK(source::FindPlaceholder("Email info@example.org today").why == "an address at a domain reserved for examples");
}

TEST_CASE("real values and near misses are not placeholders") {
  test::Data();
  const char* real[] = {
      "ZA123456",  // a real-looking ICO registration number
      "Z1234567",
      "0151 702 5524",  // a real phone number
      "+44 151 702 5524",
      "0303 123 1113",  // the ICO helpline
      "01632 123456",   // 01632 outside the drama block
      "1000000",        // a charity number with zeros in it
      "224469 (England and Wales); 1260 (Isle of Man)",
      "For example, we use your postcode.",
      "for example.",  // "example" as a word
      "info@examples.org.uk",
      "www.latest-news.org",
      "We keep it for 10 years, then delete it.",
      "Texas, Exxon and Saxon",                                     // x's, but never three in a row
      "Read our [privacy policy](https://psspeople.com/privacy).",  // a Markdown link
      "Ages 6 to 9 [Beavers]",
      "We are to be trusted.",  // "to be" not followed by a placeholder word
      "The N/A column means not applicable.",
      "Dim ond os ydych am gymryd rhan.",  // "dim" in a sentence: "only"
      "Naomi",
      "Details of the rota are coming soon on our website.",
      "Côr",  // a Welsh word of three letters, one of them accented
      "£10.00",
      "A set {1, 2} and {#anchor} and { spaced }",                         // braces that hold no variable name
      "We add notes here when you visit, and keep them for a year, here",  // not an instruction: too long
      "We keep it here",                                                   // no fill-in verb first
      "We keep it for 12 months (or longer if the law requires?)",         // a question in round brackets
      "Our charity number is 1123456",
      "123 High Street",
      "01234 567891",                   // a real-looking number in the same area
      "Your address and phone number",  // a kind of data, not a whole-value placeholder
  };
  for (const char* r : real) {
    CAPTURE(r);
    CHECK(source::FindPlaceholder(r).match == "");
  }
}

TEST_CASE("ids, codes, hashes and unconfirmed notes are not checked") {
  test::Data();
  auto doc = nlohmann::json::parse(R"({
    "notice": {"locales": ["en", "tbc"], "last_updated": "TBC"},
    "purposes": [{"id": "tbc", "data_categories": ["xxx"], "unconfirmed": "TBC: ask the DPO",
                  "name": {"en": "Care", "cy": {"text": "Gofal", "from": "00000000"}}}],
    "controller": {"email": "a@example.com", "ico_registration": "ZA000000"}
  })");
  auto found = source::FindPlaceholders(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0].pointer == "/controller/email");
  CHECK(found[1].pointer == "/controller/ico_registration");
}

TEST_CASE("a wording override's own {variables} are not placeholders; its other gaps are") {
  test::Data();
  auto doc = nlohmann::json::parse(R"({
    "wording": {"summary.who": "{org} is responsible for your information.",
                "complaints.intro": {"en": "Tell {org} first.", "cy": "Dywedwch wrth {org} yn gyntaf."},
                "summary.why": "We use it for [insert purposes]."},
    "controller": {"name": "{org}"}
  })");
  auto found = source::FindPlaceholders(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0].pointer == "/controller/name");
  CHECK(found[1].pointer == "/wording/summary.why");
}

TEST_CASE("the detector is linear on hostile input") {
  test::Data();
  // Long runs that exercise each scanner: digit groups, brackets, dots, x's, spaces.
  const std::string inputs[] = {std::string(500'000, '['), std::string(1'000'000, 'x') + "y",
                                [] {
                                  std::string s;
                                  for (int i = 0; i < 300'000; ++i) s += "12 ";
                                  return s;
                                }(),
                                std::string(2'000'000, '.'), std::string(2'000'000, ' ') + "TBC"};
  for (const auto& text : inputs) {
    auto start = std::chrono::steady_clock::now();
    source::FindPlaceholder(text);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    CHECK(ms < 2000);
  }
}

}  // namespace pnc
