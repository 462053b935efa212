// tests/fuzz: Markdown text (any free-text field of a source) → markdown::ToBlocks/ToInlines →
// render::BlocksHtml/InlinesHtml. Besides crashes, it checks the safe-mode promise: no raw HTML
// tag and no unsafe link may reach the output.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "markdown/markdown.h"
#include "render/html_blocks.h"

namespace {

// Only the tags pnc's block renderer writes itself may appear.
void CheckTags(const std::string& html) {
  static const char* kAllowed[] = {"p",  "ul",   "ol",  "li", "h3",  "h4",    "h5",      "h6",    "strong",
                                   "em", "code", "a",   "br", "div", "table", "thead",   "tbody", "tr",
                                   "th", "td",   "pre", "dl", "dt",  "dd",    "section", "span",  "caption"};
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    size_t i = at + 1;
    if (i < html.size() && html[i] == '/') ++i;
    size_t end = i;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    std::string name = html.substr(i, end - i);
    bool ok = false;
    for (const char* a : kAllowed) ok = ok || name == a;
    if (!ok) {
      std::fprintf(stderr, "unexpected tag '<%s' in output:\n%s\n", name.c_str(), html.c_str());
      std::abort();
    }
  }
  for (size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
    size_t end = html.find('"', at + 6);
    std::string href = html.substr(at + 6, end == std::string::npos ? std::string::npos : end - at - 6);
    if (!pnc::markdown::IsSafeHref(href)) {
      std::fprintf(stderr, "unsafe href '%s' in output\n", href.c_str());
      std::abort();
    }
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
