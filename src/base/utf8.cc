// base: UTF-8 bytes ↔ code points, strictly per RFC 3629 (no overlongs, surrogates or values
// above U+10FFFF), malformed input as U+FFFD one byte at a time.
#include "base/utf8.h"

#include <cctype>

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

bool IsUtf8OutOfRange(std::string_view s, size_t i) {
  const size_t len = Utf8SequenceLength(static_cast<unsigned char>(s[i]));
  if (len == 1 || i + len > s.size()) return false;
  for (size_t k = 1; k < len; ++k) {
    if (!IsUtf8Continuation(s[i + k])) return false;
  }
  size_t decoded = 1;
  return DecodeUtf8At(s, i, &decoded) == kReplacementChar && decoded == 1;
}

std::u16string Utf16FromUtf8(std::string_view s) {
  std::u16string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextUtf8(s, &i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 | (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

size_t Utf8CharStart(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && IsUtf8Continuation(s[i])) --i;
  return i;
}

namespace {

// The lower-case letter of a Latin-1 or Latin Extended-A capital; others unchanged.
char32_t LowerLatin(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c % 2 == 0) ? c + 1 : c;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
  if (c == 0x178) return 0xFF;  // Ÿ
  return c;
}

}  // namespace

std::string FoldedName(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextUtf8(s, &i);
    if (c < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) continue;
    if (c >= 0x80 && c <= 0xBF) continue;  // Latin-1 punctuation and symbols, no-break space
    if (c == 0x2019 || c == 0x2018 || c == 0x2013 || c == 0x2014 || c == 0x00A0) continue;
    AppendUtf8(LowerLatin(c), &out);
  }
  return out;
}

}  // namespace pnc::base
