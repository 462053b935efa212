// tests/fuzz: Markdown text (any free-text field of a source) → markdown::ToBlocks/ToInlines →
// render::BlocksHtml/InlinesHtml. Besides crashes, it checks the safe-mode promise: no raw HTML
// tag and no unsafe link may reach the output.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "markdown/markdown.h"
#include "render/html_blocks.h"

namespace {

// Only the tags pnc's block renderer writes itself may appear, and every href they carry must be
// safe. Attributes are read inside their tag: a scan of the whole text for `href="` misread a link
// whose own target ends in "href=" (the closing quote follows it) as a second attribute.
void Fail(const char* what, const std::string& value, const std::string& html) {
  std::fprintf(stderr, "%s '%s' in output:\n%s\n", what, value.c_str(), html.c_str());
  std::abort();
}

bool Allowed(const std::string& name) {
  static const char* kAllowed[] = {"p",  "ul",   "ol",  "li", "h3",  "h4",    "h5",      "h6",    "strong",
                                   "em", "code", "a",   "br", "div", "table", "thead",   "tbody", "tr",
                                   "th", "td",   "pre", "dl", "dt",  "dd",    "section", "span",  "caption"};
  for (const char* a : kAllowed)
    if (name == a) return true;
  return false;
}

// Reads the attributes of the tag whose name ends at `i`; returns the index just past its '>'.
size_t CheckAttributes(const std::string& html, size_t i) {
  while (i < html.size() && html[i] != '>') {
    if (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/') {
      ++i;
      continue;
    }
    size_t name_end = i;
    while (name_end < html.size() && html[name_end] != '=' && html[name_end] != '>' &&
           !std::isspace(static_cast<unsigned char>(html[name_end])))
      ++name_end;
    std::string name = html.substr(i, name_end - i);
    i = name_end;
    if (i >= html.size() || html[i] != '=') continue;
    ++i;
    if (i >= html.size() || html[i] != '"') Fail("unquoted attribute", name, html);
    size_t close = html.find('"', i + 1);
    if (close == std::string::npos) Fail("unterminated attribute", name, html);
    std::string value = html.substr(i + 1, close - i - 1);
    if (name == "href" && !pnc::markdown::IsSafeHref(value)) Fail("unsafe href", value, html);
    i = close + 1;
  }
  return i;
}

void CheckTags(const std::string& html) {
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    size_t i = at + 1;
    if (i < html.size() && html[i] == '/') ++i;
    size_t end = i;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    std::string name = html.substr(i, end - i);
    if (!Allowed(name)) Fail("unexpected tag", "<" + name, html);
    at = CheckAttributes(html, end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<pnc::markdown::Issue> issues;
  auto blocks = pnc::markdown::ToBlocks(text, &issues);
  std::string html = pnc::render::BlocksHtml(blocks, 3);
  CheckTags(html);
  (void)pnc::markdown::PlainText(blocks);
  auto inlines = pnc::markdown::ToInlines(text, &issues);
  std::string inline_html = pnc::render::InlinesHtml(inlines);
  CheckTags(inline_html);
  (void)pnc::markdown::PlainText(inlines);
  return 0;
}
