// source: the hand-written date and locale-code checks agree with the patterns they replace.
#include <doctest/doctest.h>

#include <regex>

#include "source/reader.h"

namespace pnc::source {

TEST_CASE("IsIsoDate accepts calendar dates of 1900-2099 only") {
  for (const char* s : {"2026-11-01", "1999-12-31", "2000-01-01", "2024-02-29", "2000-02-29", "2026-04-30"}) {
    CAPTURE(s);
    CHECK(IsIsoDate(s));
  }
  // Impossible days (30 February, 29 February outside leap years, 31 April) were once accepted.
  for (const char* s :
       {"2026-02-30", "2025-02-29", "1900-02-29",  "2026-04-31", "2026-02-31", "2100-01-01", "1899-12-31",
        "2026-13-01", "2026-00-10", "2026-1-01",   "2026-01-1",  "2026/01/01", "2026-01-32", "2026-01-00",
        "20260101",   "",           "2026-01-01 ", "x026-01-01", "2026-01-3a", "9999-12-31"}) {
    CAPTURE(s);
    CHECK_FALSE(IsIsoDate(s));
  }
}

TEST_CASE("DateProblem says what is wrong with a date") {
  CHECK(DateProblem("2026-02-30") == "is not a day of the calendar: 02/2026 has 28 days");
  CHECK(DateProblem("2024-02-30") == "is not a day of the calendar: 02/2024 has 29 days");
  CHECK(DateProblem("9999-12-31") == "is outside the years pnc accepts (1900 to 2099)");
  CHECK(DateProblem("2026-13-01") == "has no month 13 (months are 01 to 12)");
  CHECK(DateProblem("garbage") == "is not a date in the form YYYY-MM-DD");
  CHECK(DateProblem("2026-10-01").empty());
}

TEST_CASE("IsLocaleCode matches [a-z]{2,3}(-[A-Za-z0-9]{2,8})*") {
  const std::regex pattern("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  for (const char* s :
       {"en", "cy",  "pl",   "ar",           "fil",   "en-GB", "zh-Hant-TW", "sr-Latn", "e",      "engl",
        "EN", "en-", "en-G", "en-123456789", "en_GB", "-en",   "",           "en--GB",  "en-GB-", "cy-x1"}) {
    CAPTURE(s);
    CHECK(IsLocaleCode(s) == std::regex_match(std::string(s), pattern));
  }
}

}  // namespace pnc::source
