// tests/fuzz: hostile markup for the draft readers. The first byte picks the reader: even → the
// HTML scanner, odd → the .docx XML walk (word/document.xml; its second bit adds a styles.xml
// made of the same bytes). The blocks are then segmented, tokenised and scanned for contact
// details, as `pnc lint --draft` does. Nesting depth, long words and unclosed markup are what
// this looks for (recursion, quadratic scans).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "draft/document.h"
#include "draft/matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  pnc::draft::Extracted ex =
      (data[0] & 1) ? pnc::draft::ReadDocxXml(bytes, (data[0] & 2) ? bytes : "", "") : pnc::draft::ReadHtml(bytes);
  for (const auto& b : ex.blocks) (void)pnc::draft::Matcher::HasContactDetail(b.text);
  pnc::draft::Document doc = pnc::draft::Segment(std::move(ex.blocks), ex.page_first_line);
  size_t tokens = 0;
  for (const auto& s : doc.sentences) tokens += s.tokens.size();
  return tokens == static_cast<size_t>(-1);
}
