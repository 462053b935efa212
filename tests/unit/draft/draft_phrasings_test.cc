// draft tests: one-paragraph phrasings of each element (tests/drafts/phrasings/phrasings.json),
// each linted inside a minimal notice; the element's status must be the labelled one, and a
// `present` must quote the paragraph itself (not the controller line around it).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

TEST_SUITE("draft") {
  TEST_CASE("draft phrasings: each element in many wordings, and the negatives that must not count") {
    auto doc = nlohmann::json::parse(ReadFile(std::string(PNC_TEST_DATA_DIR) + "/drafts/phrasings/phrasings.json"));
    const auto& cases = doc["cases"];
    REQUIRE(cases.size() >= 100);
    int wrong = 0;
    for (const auto& c : cases) {
      const std::string rule = c["element"], heading = c["heading"], text = c["text"], want = c["expect"];
      // The same frame in each language: a title and a sentence naming the controller with its address.
      std::string frame =
          c.value("language", "en") == "cy"
              ? "# Hysbysiad preifatrwydd Ymddiriedolaeth Cwm Derw\n\nYmddiriedolaeth Cwm Derw (elusen "
                "gofrestredig 1100001), 1 Heol y Dderwen, Aberystwyth SY23 1AA, post@cwmderw.cymru, yw'r "
                "rheolydd data.\n\n## "
              : "# Privacy notice of Oakfield Community Trust\n\nOakfield Community Trust (registered "
                "charity 1100001), 1 Elm Road, Oakfield OK1 1AA, info@oakfield.org.uk, is the data "
                "controller.\n\n## ";
      // "format": "html" puts the text, HTML markup, in an HTML frame (tables, definition lists); "txt" in a
      // plain-text frame, under the heading when there is one (run-in headings: "**Why.** So that …").
      bool html = c.value("format", "md") == "html", txt = c.value("format", "md") == "txt";
      std::string body = html ? "<h1>Privacy notice of Oakfield Community Trust</h1>\n<p>Oakfield Community Trust "
                                "(registered charity 1100001), 1 Elm Road, Oakfield OK1 1AA, info@oakfield.org.uk, is "
                                "the data controller.</p>\n<h2>" +
                                    heading + "</h2>\n" + text + "\n"
                              : frame + heading + "\n\n" + text + "\n";
      if (txt) {
        body =
            "Privacy notice of Oakfield Community Trust\n\nOakfield Community Trust (registered charity 1100001), 1 "
            "Elm Road, Oakfield OK1 1AA, info@oakfield.org.uk, is the data controller.\n\n" +
            (heading.empty() ? "" : heading + "\n\n") + text + "\n";
      }
      // "frame": "none": the text is the whole draft (the controller's own name and contact details
      // are what the case is about, so the frame may not supply them).
      if (c.value("frame", "") == "none") body = text + "\n";
      DraftReport r = LintDraft(html ? "phrasing.html" : txt ? "phrasing.txt" : "phrasing.md", body, Options());
      REQUIRE(r.error.empty());
      const ElementResult* e = Element(r, rule);
      REQUIRE(e != nullptr);
      bool ok = StatusName(e->status) == want;
      if (ok && e->status == Status::kPresent) {
        bool quoted = false;
        // (A table row or an HTML case quotes extracted text: its "quote" must be in the evidence.)
        std::string quote = c.value("quote", "");
        for (const auto& ev : e->evidence) {
          quoted = quoted ||
                   (quote.empty() ? text.find(ev.text) != std::string::npos : ev.text.find(quote) != std::string::npos);
        }
        ok = quoted;
      }
      if (!ok) {
        ++wrong;
        MESSAGE(rule << " under '" << heading << "': \"" << text << "\" expected " << want << ", got "
                     << StatusName(e->status));
      }
    }
    CHECK(wrong == 0);
  }
}
