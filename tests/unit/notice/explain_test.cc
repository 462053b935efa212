// tests: pnc explain tells where every piece of text came from. For every example and test source,
// every output (adult and children's, every locale and age band), the explain items cover the
// visible text of the HTML in reading order; every item has an origin; a catalogue sentence shown
// because of a source fact has its condition recorded, and a conditional one always names its fact.
#include <doctest/doctest.h>

#include "notice/explain.h"
#include "test_support.h"

namespace pnc {
namespace {

// The explain items of a document as one stream of text, whitespace collapsed.
std::string Stream(const std::vector<notice::ExplainItem>& items) {
  std::string all;
  for (const auto& item : items) all += " " + item.text;
  return test::Collapse(all);
}

}  // namespace

TEST_CASE("explain covers the visible text of every output, in reading order") {
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c = test::CompileSource(path);
    REQUIRE_MESSAGE(c->sink.Errors() == 0, "the source does not build");
    REQUIRE_FALSE(c->docs.empty());
    for (const auto& doc : c->docs) {
      CAPTURE(doc.file_base);
      const auto items = notice::Explain(doc);
      const std::string stream = Stream(items);
      size_t at = 0;
      for (const auto& text : test::VisibleText(test::HtmlOf(doc), doc)) {
        size_t found = stream.find(text, at);
        CHECK_MESSAGE(found != std::string::npos, "visible text not explained (or out of order): \"" << text << "\"");
        if (found != std::string::npos) at = found + text.size();
      }
    }
  }
}

TEST_CASE("every explained piece of text has an origin, and catalogue text says why it is there") {
  const auto& en = *test::Data().Catalogue("en");
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c = test::CompileSource(path);
    for (const auto& d : c->sink.All()) CHECK_MESSAGE(d.rule != "internal", d.message);
    for (const auto& doc : c->docs) {
      CAPTURE(doc.file_base);
      for (const auto& item : notice::Explain(doc)) {
        CAPTURE(item.text);
        REQUIRE(item.origin >= 0);
        REQUIRE(item.origin < static_cast<int>(doc.origins.size()));
        const notice::Origin& o = doc.origins[item.origin];
        if (o.kind == notice::Origin::Kind::kSource) CHECK_FALSE(o.pointer.empty());
        if (o.kind == notice::Origin::Kind::kRegulator) CHECK_FALSE(o.key.empty());
        if (o.kind == notice::Origin::Kind::kDerived) CHECK_FALSE(o.because.empty());
        if (o.kind == notice::Origin::Kind::kCatalogue) {
          CHECK(en.Has(o.key));
          // A builder that names the fact behind a sentence treats it as conditional: the
          // catalogue must record the condition, and a recorded condition must come with its fact.
          CHECK_MESSAGE(
              o.pointer.empty() == en.Condition(o.key).empty(),
              "catalogue key '" << o.key << "': fact '" << o.pointer << "', condition '" << en.Condition(o.key) << "'");
        }
      }
    }
  }
}

TEST_CASE("a source fact named by explain is a real place in the source") {
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c = test::CompileSource(path);
    for (const auto& doc : c->docs) {
      for (const auto& o : doc.origins) {
        std::vector<std::string> pointers = o.facts;
        if (!o.pointer.empty()) pointers.push_back(o.pointer);
        for (const auto& p : pointers) {
          CAPTURE(p);
          // Every pointer resolves to a value, or (for an absent flag such as /direct_marketing
          // on a default) to its enclosing item.
          CHECK(c->loaded.locator.Nearest(p).line > 0);
          CHECK((c->loaded.locator.Value(p).has_value() ||
                 c->loaded.locator.Value(p.substr(0, p.rfind('/'))).has_value()));
        }
      }
    }
  }
}

}  // namespace pnc
