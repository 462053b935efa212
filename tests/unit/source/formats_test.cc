// source: the hand-written date and locale-code checks agree with the patterns they replace.
#include <doctest/doctest.h>

#include <regex>

#include "source/reader.h"

namespace pnc::source {

TEST_CASE("IsIsoDate matches (19|20)dd-(0[1-9]|1[0-2])-(0[1-9]|[12]d|3[01])") {
  const std::regex pattern("(19|20)\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
  for (const char* s : {"2026-11-01", "1999-12-31", "2000-01-01", "2026-02-31", "2100-01-01", "1899-12-31",
                        "2026-13-01", "2026-00-10", "2026-1-01", "2026-01-1", "2026/01/01", "2026-01-32",
                        "2026-01-00", "20260101", "", "2026-01-01 ", "x026-01-01", "2026-01-3a"}) {
    CAPTURE(s);
    CHECK(IsIsoDate(s) == std::regex_match(std::string(s), pattern));
  }
}

TEST_CASE("IsLocaleCode matches [a-z]{2,3}(-[A-Za-z0-9]{2,8})*") {
  const std::regex pattern("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  for (const char* s : {"en", "cy", "pl", "ar", "fil", "en-GB", "zh-Hant-TW", "sr-Latn", "e", "engl", "EN",
                        "en-", "en-G", "en-123456789", "en_GB", "-en", "", "en--GB", "en-GB-", "cy-x1"}) {
    CAPTURE(s);
    CHECK(IsLocaleCode(s) == std::regex_match(std::string(s), pattern));
  }
}

}  // namespace pnc::source
