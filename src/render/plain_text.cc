// render: NoticeDoc inlines → plain text (braille and the spoken script): links written out in full,
// because neither a braille reader nor a listener can follow one.
#include "render/plain_text.h"

namespace pnc::render {
namespace {

std::string Strip(std::string s, const char* prefix) {
  std::string p(prefix);
  return s.rfind(p, 0) == 0 ? s.substr(p.size()) : s;
}

// Lowercase ASCII, no scheme, no trailing slash: "https://www.ico.org.uk/" ~ "www.ico.org.uk".
std::string Loose(std::string s) {
  for (auto& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  s = Strip(Strip(Strip(s, "https://"), "http://"), "mailto:");
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

void Append(const notice::Inlines& inlines, bool write_links, const std::string& line_break, std::string* out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case notice::InlineKind::kText:
      case notice::InlineKind::kCode:
        *out += in.text;
        break;
      case notice::InlineKind::kLineBreak:
        *out += line_break;
        break;
      case notice::InlineKind::kStrong:
      case notice::InlineKind::kEmphasis:
        Append(in.children, write_links, line_break, out);
        break;
      case notice::InlineKind::kLink: {
        std::string text;
        Append(in.children, write_links, line_break, &text);
        *out += text;
        std::string target = LinkTarget(in.href);
        if (write_links && !target.empty() && Loose(text).find(Loose(target)) == std::string::npos) {
          *out += " (" + target + ")";
        }
        break;
      }
    }
  }
}

}  // namespace

std::string LinkTarget(const std::string& href) {
  if (href.rfind("mailto:", 0) == 0) return href.substr(7);
  if (href.rfind("tel:", 0) == 0 || href.rfind("#", 0) == 0) return "";
  return href;
}

std::string PlainText(const notice::Inlines& inlines, bool write_links, const std::string& line_break) {
  std::string out;
  Append(inlines, write_links, line_break, &out);
  // One space between words: source line breaks and doubled spaces would cost braille cells.
  std::string clean;
  for (char c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    clean += c;
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  return clean;
}

}  // namespace pnc::render
