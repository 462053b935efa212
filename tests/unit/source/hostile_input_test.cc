// tests: the source scanner and locator on hostile input (issue 7): positions past a byte-order
// mark, columns on very long lines, malformed UTF-8 and \u escapes, numbers out of range.
#include <doctest/doctest.h>

#include <string>

#include "source/json_locator.h"

namespace pnc {
namespace {

source::ScanError ScanFails(const std::string& text) {
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  CHECK_FALSE(loc.Scan(text, &err, &dups));
  return err;
}

}  // namespace

TEST_CASE("a byte-order mark is not a column, and is not shown in the excerpt") {
  std::string text = "\xEF\xBB\xBF{\"a\": 1}";
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  REQUIRE(loc.Scan(text, &err, &dups));
  CHECK(loc.PositionOf(loc.Value("")->begin).column == 1);
  CHECK(loc.PositionOf(loc.Value("/a")->begin).column == 7);
  CHECK(loc.LineText(1) == "{\"a\": 1}");
}

TEST_CASE("columns on a long line count characters, across index blocks") {
  std::string text = "{\"k\": \"";
  for (int i = 0; i < 5000; ++i) text += "\xC5\xB5";  // ŵ: two bytes, one column
  text += "\", \"z\": 1}";
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  REQUIRE(loc.Scan(text, &err, &dups));
  CHECK(loc.PositionOf(loc.Value("/z")->begin).column == 7 + 1 + 5000 + 8);
  CHECK(loc.LineLength(1) == text.size());
}

TEST_CASE("malformed UTF-8 that nlohmann would refuse is reported with a position") {
  for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80"}) {
    auto err = ScanFails("{\"a\": \"x" + bad + "\"}");
    CHECK(err.rule == "source-encoding");
    CHECK(err.offset == 8);
  }
}

TEST_CASE("lone surrogate escapes and out-of-range numbers are syntax errors with positions") {
  auto lone = ScanFails("{\"a\": \"\\ud800x\"}");
  CHECK(lone.offset == 7);
  CHECK(lone.message.find("half of a surrogate pair") != std::string::npos);
  CHECK(ScanFails("{\"a\": \"\\udc00\"}").message.find("second half") != std::string::npos);
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  CHECK(loc.Scan("{\"a\": \"\\ud83d\\ude00\"}", &err, &dups));
  auto big = ScanFails("{\"a\": 1e400}");
  CHECK(big.offset == 6);
  CHECK(big.message == "number '1e400' is too large; write it as a string if it is an identifier");
}

TEST_CASE("a missing comma at the end of a line is named") {
  auto err = ScanFails("{\n  \"a\": 1\n  \"b\": 2\n}");
  CHECK(err.message.find("is a ',' missing at the end of line 2?") != std::string::npos);
}

}  // namespace pnc
