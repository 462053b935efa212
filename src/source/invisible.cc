// source: text → its invisible characters (see invisible.h): which ones, where, and their names
// for diagnostics, so a hidden character is named rather than shown as nothing.
#include "source/invisible.h"

#include <cstdio>
#include <vector>

#include "base/utf8.h"

namespace pnc::source {

bool IsJoiner(uint32_t cp) { return cp == 0x200C || cp == 0x200D; }

namespace {

bool IsZeroWidth(uint32_t cp) { return cp == 0x200B || IsJoiner(cp) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF; }

// A character of a script or symbol set that joiners are used in: beyond Latin, Greek's
// neighbours and the combining marks (U+0370 on), other than general punctuation, spaces and the
// invisible characters themselves (U+2000–U+206F, U+FEFF).
bool JoinsHere(uint32_t cp) { return cp >= 0x0370 && !(cp >= 0x2000 && cp <= 0x206F) && cp != 0xFEFF; }

const char* NameOf(uint32_t cp) {
  switch (cp) {
    case 0x200B:
      return "zero width space";
    case 0x200C:
      return "zero width non-joiner";
    case 0x200D:
      return "zero width joiner";
    case 0x2060:
      return "word joiner";
    case 0x2061:
      return "function application";
    case 0x2062:
      return "invisible times";
    case 0x2063:
      return "invisible separator";
    case 0x2064:
      return "invisible plus";
    case 0xFEFF:
      return "zero width no-break space, a byte order mark inside the text";
    case 0x202A:
      return "left-to-right embedding";
    case 0x202B:
      return "right-to-left embedding";
    case 0x202C:
      return "pop directional formatting";
    case 0x202D:
      return "left-to-right override";
    case 0x202E:
      return "right-to-left override";
    case 0x2066:
      return "left-to-right isolate";
    case 0x2067:
      return "right-to-left isolate";
    case 0x2068:
      return "first strong isolate";
    case 0x2069:
      return "pop directional isolate";
    default:
      return "";
  }
}

}  // namespace

bool IsBidiControl(uint32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

std::string DescribeCodePoint(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  const std::string name = NameOf(cp);
  return name.empty() ? std::string(buf) : std::string(buf) + " (" + name + ")";
}

Invisible FindInvisible(std::string_view text) {
  Invisible out;
  // Most texts hold no byte of the form E2 80/81 or EF BB: skip the decoding for them.
  if (text.find('\xE2') == std::string_view::npos && text.find('\xEF') == std::string_view::npos) return out;
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < text.size();) cps.push_back(base::NextUtf8(text, &i));
  for (size_t k = 0; k < cps.size(); ++k) {
    if (!IsZeroWidth(cps[k])) continue;
    if (IsJoiner(cps[k]) && k > 0 && k + 1 < cps.size() && JoinsHere(cps[k - 1]) && JoinsHere(cps[k + 1])) continue;
    if (out.count++ == 0) {
      out.cp = cps[k];
      out.index = k + 1;
    }
  }
  return out;
}

}  // namespace pnc::source
