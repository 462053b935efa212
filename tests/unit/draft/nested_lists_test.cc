// draft: a list nested in a list item has the item's own paragraph as its lead-in, not the outer
// list's (HTML <li><p>…</p><ul>, a PDF's "–" bullets under a "•" item), and the outer list goes on after it.
#include <doctest/doctest.h>

#include <string>

#include "draft/document.h"

namespace pnc::draft {
namespace {

// The lead-in sentence's text of the (not joined) sentence whose text is `item`, or "".
std::string LeadOf(const Document& d, const std::string& item) {
  for (const auto& s : d.sentences) {
    if (!s.joined && s.text == item) return s.lead_in >= 0 ? d.sentences[s.lead_in].text : "";
  }
  return "(no such sentence)";
}

TEST_CASE("draft nested lists: HTML items of a nested list take the item's paragraph as lead-in") {
  Document d = Segment(ReadHtml("<p>We share information with:</p>\n<ul>\n"
                                "<li><p>Local councils</p>\n<p>Shared for:</p>\n<ul>\n<li>Running our clubs</li>\n"
                                "<li>Keeping children safe</li>\n</ul></li>\n"
                                "<li><p>The police</p></li>\n</ul>")
                           .blocks,
                       {});
  CHECK(LeadOf(d, "Running our clubs") == "Shared for:");
  CHECK(LeadOf(d, "Keeping children safe") == "Shared for:");
  CHECK(LeadOf(d, "The police") == "We share information with:");
  CHECK(LeadOf(d, "Local councils") == "We share information with:");
  // Only the outer list's own items are read with its lead-in.
  for (const auto& s : d.sentences) {
    if (s.joined) CHECK(s.text.find("We share information with: Running") == std::string::npos);
  }
}

TEST_CASE("draft nested lists: text bullets indented further are a nested list; a flat list is unchanged") {
  std::vector<std::string> lines = {"We get information from these places:",
                                    "",
                                    "- Schools that refer you to us",
                                    "  What we get from here:",
                                    "    - Contact details",
                                    "    - Support and school information",
                                    "- Health visitors"};
  // PDF-like: indents given in points, and the paragraph under the item indented past its bullet.
  Document pdf = Segment(BlocksFromLines(lines, {}, {}, {0, 0, 10, 22, 34, 34, 10}), {});
  const std::string lead = LeadOf(pdf, "Contact details");  // the item's paragraph, read as one with it or not
  CHECK(lead.size() >= 22);
  CHECK(lead.substr(lead.size() - 22) == "What we get from here:");
  CHECK(LeadOf(pdf, "Health visitors") == "We get information from these places:");
  Document flat = Segment(
      BlocksFromLines({"We collect these details about you:", "", "- your name", "- your address"}, {}, {}), {});
  CHECK(LeadOf(flat, "your address") == "We collect these details about you:");
}

}  // namespace
}  // namespace pnc::draft
