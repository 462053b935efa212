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
  for (const auto& c : {Case{"\x80", "stray continuation"}, Case{"\xC3", "truncated"},
                        Case{"\xC3(", "bad continuation"}, Case{"\xC0\xAF", "overlong 2"},
                        Case{"\xE0\x80\xAF", "overlong 3"}, Case{"\xF0\x80\x80\xAF", "overlong 4"},
                        Case{"\xED\xA0\x80", "surrogate"}, Case{"\xF4\x90\x80\x80", "above U+10FFFF"},
                        Case{"\xFF", "invalid lead"}}) {
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

}  // namespace
}  // namespace pnc::base
