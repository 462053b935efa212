// tests: the scanner's errors for a hand-edited source's slips (source/json_slips.h): curly quotes
// at any depth, a string closed with a curly quote, no-break spaces and a byte order mark inside
// the text. Each error stands at the slip itself and its hint says the fix.
#include <doctest/doctest.h>

#include <string>

#include "source/json_locator.h"

namespace pnc {
namespace {

struct Failure {
  source::ScanError error;
  int line = 0, column = 0;
};

Failure ScanFails(const std::string& text) {
  source::Locator loc;
  Failure f;
  std::vector<source::ScanError> dups;
  CHECK_FALSE(loc.Scan(text, &f.error, &dups));
  CHECK(f.error.rule == "json-syntax");
  const diag::Position pos = loc.PositionOf(f.error.offset);
  f.line = pos.line;
  f.column = pos.column;
  return f;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kStraight = "straight double quote \" in place of each curly (typographic) quote";

}  // namespace

TEST_CASE("a curly quote opening a value deep inside the file is named, with the straight quote as the fix") {
  // Three levels down: an object in a list in an object.
  const Failure f = ScanFails("{\n  \"purposes\": [\n    {\"id\": \u201Ccare\u201D}\n  ]\n}");
  CHECK(f.line == 3);
  CHECK(f.column == 12);
  CHECK(f.error.message == "curly quote '\u201C' found where a value is expected");
  CHECK(Has(f.error.hint, kStraight));
  // A single curly quote in a list, and one where a key is expected.
  const Failure list = ScanFails("{\"locales\": [\u2018en\u2019]}");
  CHECK(list.column == 14);
  CHECK(Has(list.error.hint, kStraight));
  const Failure key = ScanFails("{\"notice\": {\u201Ctitle\u201D: \"x\"}}");
  CHECK(key.error.message == "curly quote '\u201C' found where a key is expected");
  CHECK(Has(key.error.hint, kStraight));
}

TEST_CASE("curly quotes around an object or a list inside the file are to be deleted, not straightened") {
  const Failure f = ScanFails("{\"notice\": \u201C{\"title\": \"x\"}\u201D}");
  CHECK(f.column == 12);
  CHECK(Has(f.error.hint, "delete the curly quotes before '{'"));
  CHECK(Has(ScanFails("{\"locales\": \u201C[\"en\"]\u201D}").error.hint, "before '['"));
}

TEST_CASE("a string closed with a curly quote is reported at that quote") {
  // At the end of its line (the string then runs on to the line break), LF and CRLF.
  for (const std::string eol : {"\n", "\r\n"}) {
    const Failure f =
        ScanFails("{" + eol + "  \"title\": \"Privacy notice\u201D," + eol + "  \"version\": \"1\"" + eol + "}");
    CHECK(f.line == 2);
    CHECK(f.column == 27);
    CHECK(f.error.message == "string closed with a curly quote '\u201D'");
    CHECK(Has(f.error.hint, kStraight));
  }
  // Mid-line, where the string runs on to the next straight quote; as a key; at the end of the file.
  CHECK(ScanFails("{\"title\": \"x\u201D, \"version\": \"1\"}").column == 13);
  CHECK(ScanFails("{\"list\": [\"a\u201D, \"b\"]}").column == 13);
  CHECK(ScanFails("{\"title\u201D: \"x\"}").column == 8);
  CHECK(ScanFails("{\"title\": \"x\u201D").error.message == "string closed with a curly quote '\u201D'");
}

// Review L3: a key closed with a curly quote, its value after it on the same line, was "unterminated string".
TEST_CASE("a key closed with a curly quote before its value is reported at that quote") {
  for (const std::string text : {"{\"a\u201D: 1,\n \"b\": 2}", "{\"a\u201D: 1}", "{\"a\u201D: \"x\", \"b\": 2}"}) {
    CAPTURE(text);
    const Failure f = ScanFails(text);
    CHECK(f.error.message == "string closed with a curly quote '\u201D'");
    CHECK(f.line == 1);
    CHECK(f.column == 4);
    CHECK(Has(f.error.hint, kStraight));
  }
}

// Review L4: a backslash before a multi-byte character printed the character's first byte alone.
TEST_CASE("an invalid escape names the whole character after the backslash") {
  const Failure curly = ScanFails("{\"a\": \"x\\\u201D\"}");
  CHECK(curly.error.message == "invalid escape '\\\u201D' in string");
  CHECK(Has(curly.error.hint, kStraight));
  CHECK(ScanFails("{\"a\": \"x\\\u00E9\"}").error.message == "invalid escape '\\\u00E9' in string");
  CHECK(ScanFails("{\"a\": \"x\\\u00A0\"}").error.message == "invalid escape '\\U+00A0' in string");
  CHECK(ScanFails("{\"a\": \"x\\q\"}").error.message == "invalid escape '\\q' in string");
}

TEST_CASE("curly quotes inside a text are text: not blamed for another slip") {
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  CHECK(loc.Scan("{\"title\": \"Our \u201Cfair\u201D notice\"}", &err, &dups));
  const Failure f = ScanFails("{\"title\": \"Our \u201Cfair\u201D\" \"version\": \"1\"}");
  CHECK(f.error.message == "unexpected '\"': expected ',' or '}' after the value of 'title'");
}

TEST_CASE("a no-break space or a byte order mark inside the file is named, with its fix") {
  const Failure nbsp = ScanFails("{\n  \"notice\": {\"title\":\u00A0\"x\"}\n}");
  CHECK(nbsp.line == 2);
  CHECK(nbsp.column == 22);
  CHECK(Has(nbsp.error.message, "unexpected no-break space (U+00A0)"));
  CHECK(Has(nbsp.error.hint, "replace it with an ordinary space"));
  const Failure bom = ScanFails("{\n  \"a\": 1,\n\uFEFF  \"b\": 2\n}");
  CHECK(bom.line == 3);
  CHECK(bom.column == 1);
  CHECK(Has(bom.error.message, "U+FEFF"));
  CHECK(Has(bom.error.hint, "a byte order mark may stand only at the very start of a file"));
  // At the start of the file a byte order mark is allowed (nlohmann skips it too).
  source::Locator loc;
  source::ScanError err;
  std::vector<source::ScanError> dups;
  CHECK(loc.Scan("\uFEFF{\"a\": 1}", &err, &dups));
}

}  // namespace pnc
