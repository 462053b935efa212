// render/pdf: where a long URL or e-mail address may break.
#include "render/pdf/text.h"

#include <cstdio>

namespace pnc::render::pdf {

std::string CodePointName(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsInvisible(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         (c < 0x20 && !IsSpace(c)) || c == 0x7F;
}

bool IsCombining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool LooksLikeAddress(std::u32string_view w) {
  if (w.find(U"://") != std::u32string_view::npos) return true;
  if (w.substr(0, 4) == U"www.") return true;
  size_t at = w.find(U'@');
  return at != std::u32string_view::npos && at > 0 && w.find(U'.', at) != std::u32string_view::npos;
}

int AddressBreakBefore(std::u32string_view w, size_t i) {
  if (i == 0 || i >= w.size()) return 0;
  char32_t prev = w[i - 1], cur = w[i];
  // Never split "://", "//" or a run of the same punctuation.
  if (cur == U'/' || cur == U':' || prev == U':' || prev == cur) return 0;
  if (prev == U'/') return 2;  // after a slash: example.org/ | privacy
  // Before separators, so the continuation line shows it is a continuation: example | .org
  if (cur == U'.' || cur == U'@' || cur == U'?' || cur == U'&' || cur == U'=' || cur == U'#') return 2;
  if (cur == U'-' || cur == U'_') return 1;
  return 0;
}

bool Substitute(std::string* pattern, std::string_view name, std::string_view value) {
  std::string key = "{" + std::string(name) + "}";
  size_t pos = pattern->find(key);
  if (pos == std::string::npos) return false;
  pattern->replace(pos, key.size(), value);
  return true;
}

}  // namespace pnc::render::pdf
