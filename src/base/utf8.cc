// base: UTF-8 bytes ↔ code points, strictly per RFC 3629 (no overlongs, surrogates or values
// above U+10FFFF), malformed input as U+FFFD one byte at a time.
#include "base/utf8.h"

namespace pnc::base {

size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

char32_t DecodeUtf8At(std::string_view s, size_t i, size_t* length) {
  auto b = static_cast<unsigned char>(s[i]);
  *length = 1;
  if (b < 0x80) return b;
  size_t len = Utf8SequenceLength(b);
  if (len == 1 || i + len > s.size()) return kReplacementChar;
  char32_t c = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) return kReplacementChar;
    c = (c << 6) | (cb & 0x3F);
  }
  // Overlong forms, surrogates and values past Unicode are malformed too.
  if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || (c >= 0xD800 && c <= 0xDFFF) ||
      c > 0x10FFFF) {
    return kReplacementChar;
  }
  *length = len;
  return c;
}

char32_t NextUtf8(std::string_view s, size_t* i) {
  size_t len = 1;
  char32_t c = DecodeUtf8At(s, *i, &len);
  *i += len;
  return c;
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(NextUtf8(s, &i));
  return out;
}

void AppendUtf8(char32_t c, std::string* out) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacementChar;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

size_t FindInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    // U+FFFD written out in the text is valid; only a replacement for bad bytes has length 1.
    if (DecodeUtf8At(s, i, &len) == kReplacementChar && len == 1) return i;
    i += len;
  }
  return std::string_view::npos;
}

size_t Utf8CharStart(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace pnc::base
