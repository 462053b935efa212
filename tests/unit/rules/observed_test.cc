// tests: data observed about a person (a source marked "observed": CCTV) is not theirs to give, so
// no requirement sentence (Art 13(2)(e)) is printed for it, in the adult notice or a children's
// version, and a requirement the source gives for it is a warning (statutory-requirement).
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The base source with a CCTV purpose (observed data only) about parents and children.
json Cctv(const json& requirement) {
  json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "10-12";
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children."}});
  s["sources"].push_back({{"id", "cameras"}, {"name", "Our CCTV cameras"}, {"observed", true}});
  s["data_categories"].push_back({{"id", "images"}, {"name", "CCTV images"}, {"sources", {"cameras"}}});
  json safety = {{"id", "safety"},
                 {"name", "Keeping the building safe"},
                 {"data_subjects", {"parents", "kids"}},
                 {"data_categories", {"images"}},
                 {"lawful_bases", {"legitimate-interests"}},
                 {"legitimate_interest", "Keeping the people in our building safe."},
                 {"child", "To keep everyone in the building safe."}};
  if (!requirement.is_null()) safety["requirement"] = requirement;
  s["purposes"].push_back(safety);
  s["retention"]["records"][0]["data_categories"].push_back("images");
  for (auto* list : {&s["sources"], &s["data_categories"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Something.";
  }
  return s;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The HTML of the CCTV purpose's entry: from its name to the next purpose (or the section's end).
std::string SafetyPart(const std::string& html) {
  const size_t at = html.find("Keeping the building safe</h3>");
  REQUIRE(at != std::string::npos);
  return html.substr(at, html.find("</section>", at) - at);
}

}  // namespace

TEST_CASE("a requirement on data only observed about the person is a warning with a fix") {
  const std::string out = test::LintJson(Cctv({{"type", "none"}}));
  INFO(out);
  CHECK(test::Lines(out, "statutory-requirement") ==
        std::vector<std::string>{"t.json:104:22: warning: purpose 'safety' uses only data observed about the person, "
                                 "which they do not give: its requirement is not printed [statutory-requirement]"});
  // Without one: nothing to answer (the person gives none of it), so nothing is asked for.
  CHECK(test::Lines(test::LintJson(Cctv(nullptr)), "statutory-requirement").empty());
}

TEST_CASE("observed data gets no requirement sentence, in the adult notice or the children's version") {
  diag::Sink sink;
  const json source = Cctv({{"type", "none"}, {"consequence", "Nothing happens."}, {"child", "Nothing happens."}});
  const std::string adult = test::HtmlOf(test::Build(source, "en", &sink));
  CHECK(Contains(adult, "Yes, your contract with us requires you to give it."));  // the given data keeps its answer
  CHECK_FALSE(Contains(SafetyPart(adult), "you do not have to give it"));
  CHECK_FALSE(Contains(SafetyPart(adult), "Nothing happens."));
  const std::string child = test::HtmlOf(test::Build(source, "en", &sink, /*child=*/true));
  CHECK(Contains(child, "To keep everyone in the building safe."));
  CHECK_FALSE(Contains(child, "You do not have to give us this information."));
  CHECK_FALSE(Contains(child, "Nothing happens."));
}

TEST_CASE("data the person gives beside observed data keeps its requirement sentence") {
  json s = Cctv({{"type", "none"}});
  s["purposes"][1]["data_categories"].push_back("contact");  // contact details come from the person
  CHECK(test::Lines(test::LintJson(s), "statutory-requirement").empty());
  diag::Sink sink;
  const std::string html = SafetyPart(test::HtmlOf(test::Build(s, "en", &sink)));
  INFO(html);
  CHECK(Contains(html, "No, you do not have to give it."));
  CHECK(Contains(test::HtmlOf(test::Build(s, "en", &sink, true)), "You do not have to give us this information."));
}

}  // namespace pnc
