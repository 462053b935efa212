// tests: notice: text shown in another language than the document keeps its lang as a kSpan where
// it is placed (a field's joined value, a table cell, a sentence) and in titles; a name the source
// gives in its own language ({"text": …, "lang": "cy"}) likewise (user test F28, F5).
#include <doctest/doctest.h>

#include "markdown/markdown.h"
#include "test_support.h"

namespace pnc {
namespace {

using notice::Inline;
using notice::InlineKind;
using notice::Inlines;

struct Found {
  std::string lang, text;
};

void SpansIn(const Inlines& inlines, std::vector<Found>* out) {
  for (const Inline& in : inlines) {
    if (in.kind == InlineKind::kSpan) out->push_back({in.lang, markdown::PlainText(in.children)});
    SpansIn(in.children, out);
  }
}

void SpansIn(const std::vector<notice::Block>& blocks, std::vector<Found>* out) {
  for (const auto& b : blocks) {
    SpansIn(b.inlines, out);
    for (const auto& item : b.items) SpansIn(item, out);
    for (const auto& cell : b.table.header) SpansIn(cell, out);
    for (const auto& row : b.table.rows) {
      for (const auto& cell : row) SpansIn(cell, out);
    }
    for (const auto& f : b.fields) {
      SpansIn(f.value, out);
      for (const auto& item : f.items) SpansIn(item, out);
    }
  }
}

std::vector<Found> Spans(const notice::NoticeDoc& doc) {
  std::vector<Found> out;
  SpansIn(doc.summary, &out);
  std::function<void(const std::vector<notice::Section>&)> walk = [&](const auto& sections) {
    for (const auto& s : sections) {
      SpansIn(s.blocks, &out);
      walk(s.children);
    }
  };
  walk(doc.sections);
  walk(doc.jit);
  return out;
}

bool Has(const std::vector<Found>& spans, const std::string& lang, const std::string& text) {
  return std::any_of(spans.begin(), spans.end(), [&](const Found& f) { return f.lang == lang && f.text == text; });
}

// A Welsh-first source whose service and retention record have no English name.
nlohmann::json WelshFirst() {
  nlohmann::json s = test::BaseSource();
  s["notice"]["locales"] = {"cy", "en"};
  s["services"] = {{{"id", "banc"}, {"name", {{"cy", "Y banc bwyd"}}}}};
  s["purposes"][0]["services"] = {"banc"};
  s["retention"]["records"][0]["name"] = {{"cy", "Ffeiliau"}};
  s["retention"]["records"][0]["services"] = {"banc"};
  return s;
}

}  // namespace

TEST_CASE("a fallback name keeps its lang in a field, a table cell and a sentence, not in its own language") {
  diag::Sink sink;
  const auto en = Spans(test::Build(WelshFirst(), "en", &sink));
  CHECK(Has(en, "cy", "Y banc bwyd"));  // the purpose's "Service" field, the retention table's "Service: …"
  CHECK(Has(en, "cy", "Ffeiliau"));     // the retention table's row header
  for (const auto& f : en) CHECK(f.lang == "cy");
  // The default locale's document shows them in its own language: no span at all.
  CHECK(Spans(test::Build(WelshFirst(), "cy", &sink)).empty());
}

TEST_CASE("a name given in its own language is marked in the other language's document only") {
  nlohmann::json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["controller"]["name"] = {{"text", "Pantri Ogwen"}, {"lang", "cy"}};
  diag::Sink sink;
  notice::NoticeDoc en = test::Build(s, "en", &sink);
  CHECK(en.organisation == "Pantri Ogwen");
  CHECK(en.organisation_lang == "cy");
  CHECK(Has(Spans(en), "cy", "Pantri Ogwen"));  // "Pantri Ogwen is responsible for …"
  notice::NoticeDoc cy = test::Build(s, "cy", &sink);
  CHECK(cy.organisation_lang.empty());
  for (const auto& f : Spans(cy)) CHECK(f.text != "Pantri Ogwen");
}

}  // namespace pnc
