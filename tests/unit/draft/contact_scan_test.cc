// tests: the linear contact-detail scanners agree with the std::regex patterns they replaced
// (which backtracked quadratically on long words), on random text over a small alphabet.
#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <regex>
#include <string>

#include "draft/contact_scan.h"
#include "draft/matcher.h"

namespace pnc::draft {

TEST_CASE("contact scanners match the regular expressions they replace") {
  const std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)");
  const std::regex postcode(R"(\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b)");
  const std::regex web(R"((https?://|www\.)\S+|\b[a-z0-9-]+\.(org|co|com|gov|net|cymru|wales|nhs|ac|scot)(\.uk)?\b)",
                       std::regex::icase);
  const std::string alphabets[] = {"a@.-_ b1%+", "AB1 2CDWZ9_x", "htps:/w.orgcmuk W-_ ", "a.orguk-_1 .", "ABCO0I 3XYZ"};
  std::mt19937 rng(7);
  for (const auto& alpha : alphabets) {
    for (int n = 0; n < 20000; ++n) {
      std::string s;
      size_t len = rng() % 14;
      for (size_t i = 0; i < len; ++i) s += alpha[rng() % alpha.size()];
      CAPTURE(s);
      CHECK(HasEmail(s) == std::regex_search(s, email));
      CHECK(HasPostcode(s) == std::regex_search(s, postcode));
      CHECK(HasWebAddress(s) == std::regex_search(s, web));
    }
  }
  for (const char* s : {"write to info@acme.org.uk", "LS1 4AP", "SW1A 1AA.", "see www.acme.org", "acme.cymru",
                        "HTTPS://x", "a.co.uk", "x_y.org", "-.org", "a-.com", "ab.co.ukx", "EC1A1BB"}) {
    CAPTURE(s);
    CHECK(HasEmail(s) == std::regex_search(std::string(s), email));
    CHECK(HasPostcode(s) == std::regex_search(std::string(s), postcode));
    CHECK(HasWebAddress(s) == std::regex_search(std::string(s), web));
  }
}

TEST_CASE("contact scanners are linear on one very long word") {
  // A 300,000-letter word overflowed the stack and took quadratic time with std::regex.
  std::string word(300000, 'a');
  auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(Matcher::HasContactDetail(word));
  CHECK_FALSE(Matcher::HasContactDetail(word + "@"));
  CHECK(Matcher::HasContactDetail(word + "@" + word + "." + word));
  std::string ats;
  for (int i = 0; i < 100000; ++i) ats += "a@b";
  CHECK_FALSE(Matcher::HasContactDetail(ats));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 2.0);
}

}  // namespace pnc::draft
