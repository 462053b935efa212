// base: the one UTF-8 module: round trips, and every kind of malformed input as U+FFFD.
#include <doctest/doctest.h>

#include "base/utf8.h"

namespace pnc::base {
namespace {

TEST_CASE("utf8: decodes and encodes every length, round trip") {
  const std::string text = "a\u00e9\u0175\u20ac\U0001F600";  // 1, 2, 2, 3, 4 bytes
  CHECK(DecodeUtf8(text) == U"a\u00e9\u0175\u20ac\U0001F600");
  CHECK(EncodeUtf8(DecodeUtf8(text)) == text);
  CHECK(FindInvalidUtf8(text) == std::string_view::npos);
  size_t i = 1, len = 0;
  CHECK(DecodeUtf8At(text, i, &len) == U'\u00e9');
  CHECK(len == 2);
  CHECK(NextUtf8(text, &i) == U'\u00e9');
  CHECK(i == 3);
  CHECK(Utf8SequenceLength(0xF0) == 4);
  CHECK(Utf8SequenceLength(0x80) == 1);
}

TEST_CASE("utf8: malformed sequences are U+FFFD, one byte each, and found by FindInvalidUtf8") {
  struct Case {
    std::string bytes;
    const char* what;
  };
  for (const auto& c :
       {Case{"\x80", "stray continuation"}, Case{"\xC3", "truncated"}, Case{"\xC3(", "bad continuation"},
        Case{"\xC0\xAF", "overlong 2"}, Case{"\xE0\x80\xAF", "overlong 3"}, Case{"\xF0\x80\x80\xAF", "overlong 4"},
        Case{"\xED\xA0\x80", "surrogate"}, Case{"\xF4\x90\x80\x80", "above U+10FFFF"}, Case{"\xFF", "invalid lead"}}) {
    CAPTURE(c.what);
    std::string s = "ok" + c.bytes;
    CHECK(FindInvalidUtf8(s) == 2);
    std::u32string d = DecodeUtf8(s);
    CHECK(d.substr(0, 2) == U"ok");
    CHECK(d[2] == kReplacementChar);
    CHECK(d.size() == 2 + (c.bytes == "\xC3(" ? 2 : c.bytes.size()));  // resynchronises byte by byte
  }
  CHECK(FindInvalidUtf8("\uFFFD is valid") == std::string_view::npos);
}

TEST_CASE("utf8: encoding a non-scalar value writes U+FFFD, never invalid bytes") {
  std::string out;
  AppendUtf8(0xD800, &out);
  AppendUtf8(0x110000, &out);
  CHECK(out == "\uFFFD\uFFFD");
  CHECK(FindInvalidUtf8(out) == std::string_view::npos);
}

TEST_CASE("utf8: a malformed sequence is told apart: out of range or merely invalid") {
  // Well-shaped but not a scalar value: overlong, surrogate, past U+10FFFF, a lead past F4.
  for (const char* s : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80"}) {
    CAPTURE(s);
    CHECK(FindInvalidUtf8(s) == 0);
    CHECK(IsUtf8OutOfRange(s, 0));
  }
  // Stray, truncated, bad continuation, invalid lead.
  for (const char* s : {"\x80", "\xC3", "\xE2\x82", "\xC3(", "\xFF", "\xE0\x41\x41"}) {
    CAPTURE(s);
    CHECK(FindInvalidUtf8(s) == 0);
    CHECK_FALSE(IsUtf8OutOfRange(s, 0));
  }
  CHECK(IsUtf8Continuation('\x80'));
  CHECK(IsUtf8Continuation('\xBF'));
  CHECK_FALSE(IsUtf8Continuation('a'));
  CHECK_FALSE(IsUtf8Continuation('\xC3'));
}

TEST_CASE("utf8: UTF-16 from UTF-8, supplementary characters as surrogate pairs") {
  CHECK(Utf16FromUtf8("a\u0175\u20ac\U0001F600") == u"a\u0175\u20ac\U0001F600");
  CHECK(Utf16FromUtf8("\U0001F600") == std::u16string{0xD83D, 0xDE00});
  CHECK(Utf16FromUtf8("x\xFFy") == u"x\uFFFDy");  // malformed as U+FFFD
  CHECK(Utf16FromUtf8("").empty());
}

TEST_CASE("utf8: Utf8CharStart never cuts a character") {
  const std::string s = "ab\u20ac";  // the euro sign is bytes 2-4
  CHECK(Utf8CharStart(s, 3) == 2);
  CHECK(Utf8CharStart(s, 4) == 2);
  CHECK(Utf8CharStart(s, 2) == 2);
  CHECK(Utf8CharStart(s, 5) == 5);
}

}  // namespace
}  // namespace pnc::base
