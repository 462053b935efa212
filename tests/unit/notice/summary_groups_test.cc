// tests: the short version names the right it limits to some groups in a full sentence ("The
// right to object is for these people: …"), not "This right is for:", which read ambiguously
// after the summary's sentences (user test of issue 11); the full notice keeps its own line.
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

// Two groups; a legitimate-interests purpose about visitors only gives them alone the right to object.
nlohmann::json TwoGroups() {
  nlohmann::json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "visitors"}, {"name", "Visitors"}});
  s["purposes"].push_back(nlohmann::json::parse(R"({"id": "cctv", "name": "CCTV", "data_subjects": ["visitors"],
      "data_categories": ["contact"], "lawful_bases": ["legitimate-interests"], "legitimate_interest": "Safety.",
      "requirement": {"type": "none"}})"));
  return s;
}

}  // namespace

TEST_CASE("the short version names the right and its groups in one sentence") {
  diag::Sink sink;
  const notice::NoticeDoc doc = test::Build(TwoGroups(), "en", &sink);
  std::string summary;
  for (const auto& b : doc.summary) {
    for (const auto& i : b.inlines) summary += i.text + "|";
  }
  CHECK(summary.find("The right to object is for these people: Visitors.") != std::string::npos);
  CHECK(summary.find("This right is for") == std::string::npos);
  // The full notice's rights section still says it under the right's own heading.
  CHECK(test::HtmlOf(doc).find("This right is for: Visitors.") != std::string::npos);
  const notice::NoticeDoc cy = test::Build(
      TwoGroups().patch(nlohmann::json::parse(R"([{"op":"add","path":"/notice/locales","value":["en","cy"]}])")), "cy",
      &sink);
  CHECK(test::HtmlOf(cy).find("Mae&#39;r hawl i wrthwynebu ar gyfer y bobl hyn: <span lang=\"en\">Visitors</span>.") !=
        std::string::npos);  // the untranslated name keeps its language
}

}  // namespace pnc
