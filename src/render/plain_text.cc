// render: NoticeDoc inlines → plain text (braille and the spoken script): links written out in full,
// because neither a braille reader nor a listener can follow one.
#include "render/plain_text.h"

#include <algorithm>

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

// `context`: the language the text is in, for MarkedText (nullptr: PlainText, no marks).
void Append(const notice::Inlines& inlines, bool write_links, const std::string& line_break, const std::string* context,
            std::string* out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case notice::InlineKind::kSpan:
        if (context == nullptr || in.lang.empty() || in.lang == *context) {
          Append(in.children, write_links, line_break, context, out);
        } else {
          *out += kLangOpen + in.lang + kLangText;
          Append(in.children, write_links, line_break, &in.lang, out);
          *out += kLangClose;
        }
        break;
      case notice::InlineKind::kText:
      case notice::InlineKind::kCode:
        *out += in.text;
        break;
      case notice::InlineKind::kLineBreak:
        *out += line_break;
        break;
      case notice::InlineKind::kStrong:
      case notice::InlineKind::kEmphasis:
        Append(in.children, write_links, line_break, context, out);
        break;
      case notice::InlineKind::kLink: {
        std::string text;
        Append(in.children, write_links, line_break, context, &text);
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

namespace {

std::string Clean(const std::string& out) {
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

}  // namespace

std::string PlainText(const notice::Inlines& inlines, bool write_links, const std::string& line_break) {
  std::string out;
  Append(inlines, write_links, line_break, nullptr, &out);
  return Clean(out);
}

std::string MarkedText(const notice::Inlines& inlines, bool write_links, const std::string& lang,
                       const std::string& line_break) {
  std::string out;
  Append(inlines, write_links, line_break, &lang, &out);
  return Clean(out);
}

std::string MarkLang(const std::string& text, const std::string& lang) {
  return lang.empty() ? text : kLangOpen + lang + kLangText + text + kLangClose;
}

std::vector<LangRun> LangRuns(const std::string& text, const std::string& lang) {
  std::vector<LangRun> runs;
  std::vector<std::string> open = {lang};  // spans nest (a name inside a name): a stack
  std::string piece;
  auto flush = [&] {
    if (piece.empty()) return;
    if (!runs.empty() && runs.back().lang != open.back()) {
      // The stop after a name ends the name's sentence: it goes with the run before.
      const size_t words = std::min(piece.find_first_not_of(" .,;:!?)]\"'"), piece.size());
      runs.back().text += piece.substr(0, words);
      piece.erase(0, words);
    }
    if (piece.empty()) return;
    if (!runs.empty() && runs.back().lang == open.back()) {
      runs.back().text += piece;
    } else {
      runs.push_back({open.back(), piece});
    }
    piece.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == kLangOpen) {
      flush();
      const size_t end = text.find(kLangText, i);
      if (end == std::string::npos) break;
      open.push_back(text.substr(i + 1, end - i - 1));
      i = end;
    } else if (text[i] == kLangClose) {
      flush();
      if (open.size() > 1) open.pop_back();
    } else {
      piece += text[i];
    }
  }
  flush();
  return runs;
}

}  // namespace pnc::render
