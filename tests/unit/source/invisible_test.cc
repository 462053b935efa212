// tests: source/invisible: which zero-width characters a text holds, and the joiners that scripts
// and emoji need, which are not counted.
#include "source/invisible.h"

#include <doctest/doctest.h>

namespace pnc {

TEST_CASE("zero-width characters are found with their place and count") {
  source::Invisible z = source::FindInvisible("Acme\u200B Families\u200B");
  CHECK(z.cp == 0x200B);
  CHECK(z.index == 5);
  CHECK(z.count == 2);
  CHECK(source::FindInvisible("6\uFEFF years").cp == 0xFEFF);
  CHECK(source::FindInvisible("word\u2060joiner").cp == 0x2060);
  CHECK(source::FindInvisible("a\u2062b").cp == 0x2062);
  CHECK(source::FindInvisible("Plain text, caf\u00e9 and \u00a0 spaces").cp == 0);
}

TEST_CASE("a joiner between letters of a script that uses it, or inside an emoji, is not counted") {
  CHECK(source::FindInvisible("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645").cp == 0);  // Persian ZWNJ
  CHECK(source::FindInvisible("\u0915\u094d\u200d\u0937").cp == 0);                          // Devanagari ZWJ
  CHECK(source::FindInvisible("\u2764\ufe0f\u200d\U0001F525").cp == 0);                      // emoji ZWJ
  CHECK(source::FindInvisible("\U0001F468\u200d\U0001F469\u200d\U0001F467").cp == 0);        // family emoji
  // Next to a Latin letter, a space, or at the text's edge, a joiner joins nothing.
  CHECK(source::FindInvisible("Contact\u200d details").cp == 0x200D);
  CHECK(source::FindInvisible("\u200d\u0645").cp == 0x200D);
  CHECK(source::FindInvisible("\u0645\u200c").cp == 0x200C);
  CHECK(source::FindInvisible("\u0645 \u200c\u0645").cp == 0x200C);
}

TEST_CASE("direction controls are embeddings, overrides and isolates, not the marks") {
  for (uint32_t cp : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
    CAPTURE(cp);
    CHECK(source::IsBidiControl(cp));
  }
  for (uint32_t cp : {0x200E, 0x200F, 0x061C, 0x200B, 0x2065}) CHECK_FALSE(source::IsBidiControl(cp));
  CHECK(source::DescribeCodePoint(0x202E) == "U+202E (right-to-left override)");
  CHECK(source::DescribeCodePoint(0x200B) == "U+200B (zero width space)");
}

}  // namespace pnc
