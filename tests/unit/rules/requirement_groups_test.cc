// tests: a requirement per data subject group (Art 13(2)(e); review of issue 11, decision 3): a
// purpose about several groups may answer differently for each ("contract-entry" for parents,
// "none" for visitors). Lint checks each group is answered exactly once; the notice prints each
// answer after its groups; the children's guide shows only the answer for children.
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The base source with three groups (parents, visitors, children) and `requirement` on its
// purpose, which concerns parents and visitors (and `kids` too when `with_kids`).
json Source(const std::string& requirement, bool with_kids = false) {
  json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "visitors"}, {"name", "Visitors"}});
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children who stay"}, {"children", true}});
  s["purposes"][0]["data_subjects"] =
      with_kids ? json::array({"parents", "visitors", "kids"}) : json::array({"parents", "visitors"});
  s["purposes"][0]["requirement"] = json::parse(requirement);
  return s;
}

// The statutory-requirement (and type-mismatch, unknown-id) lines of the lint of `s`.
std::string Lines(const json& s) {
  std::string all = test::LintJson(s), out;
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find('\n', at);
    std::string line = all.substr(at, end - at);
    if (line.find("[statutory-requirement]") != std::string::npos ||
        line.find("[type-mismatch]") != std::string::npos || line.find("[unknown-id]") != std::string::npos) {
      out += line + "\n";
    }
    at = end == std::string::npos ? all.size() : end + 1;
  }
  return out;
}

constexpr const char* kBoth =
    R"([{"data_subjects": ["parents"], "type": "contract-entry", "consequence": "We cannot offer a place."},
        {"data_subjects": ["visitors"], "type": "none"}])";

}  // namespace

TEST_CASE("a requirement per group: every group answered once is clean") {
  CHECK(Lines(Source(kBoth)) == "");
  // One object, as before: one answer for all of the purpose's groups.
  CHECK(Lines(Source(R"({"type": "contractual", "consequence": "We cannot support you."})")) == "");
  // One object that names every group of the purpose is the same.
  CHECK(Lines(Source(R"({"data_subjects": ["parents", "visitors"], "type": "none"})")) == "");
}

TEST_CASE("a requirement per group: a group with no answer is an error at the requirement") {
  CHECK(Lines(Source(R"([{"data_subjects": ["parents"], "type": "none"}])")) ==
        "t.json:69:22: error: the requirement of purpose 'support' gives no answer for data subject 'visitors' "
        "[statutory-requirement]\n");
  // One object naming some of the groups leaves the others unanswered too.
  CHECK(Lines(Source(R"({"data_subjects": ["visitors"], "type": "none"})")) ==
        "t.json:69:22: error: the requirement of purpose 'support' gives no answer for data subject 'parents' "
        "[statutory-requirement]\n");
  // An empty list answers no one.
  CHECK(Lines(Source("[]")) ==
        "t.json:69:22: error: the requirement of purpose 'support' gives no answer for data subject 'parents' "
        "[statutory-requirement]\n"
        "t.json:69:22: error: the requirement of purpose 'support' gives no answer for data subject 'visitors' "
        "[statutory-requirement]\n");
}

TEST_CASE("a requirement per group: a group answered twice is an error at the second answer") {
  CHECK(Lines(Source(R"([{"data_subjects": ["parents", "visitors"], "type": "none"},
                         {"data_subjects": ["parents"], "type": "contractual", "consequence": "No place."}])")) ==
        "t.json:80:13: error: data subject 'parents' has two answers in the requirement of purpose 'support' "
        "[statutory-requirement]\n");
}

TEST_CASE("a requirement per group: a group not among the purpose's is an error at the id") {
  CHECK(Lines(Source(R"([{"data_subjects": ["parents", "kids"], "type": "none"},
                         {"data_subjects": ["visitors"], "type": "none"}])")) ==
        "t.json:73:13: error: data subject 'kids' is not one of the groups of purpose 'support' "
        "[statutory-requirement]\n");
  // An unknown id is unknown-id's, not a second error here.
  CHECK(Lines(Source(R"([{"data_subjects": ["parents", "visiters"], "type": "none"},
                         {"data_subjects": ["visitors"], "type": "none"}])")) ==
        "t.json:73:13: error: unknown data subject 'visiters'; did you mean 'visitors'? [unknown-id]\n");
}

TEST_CASE("a requirement per group: an answer in a list names its groups") {
  CHECK(Lines(Source(R"([{"data_subjects": ["parents", "visitors"], "type": "none"}, {"type": "none"}])")) ==
        "t.json:77:9: error: answer 2 of the requirement of purpose 'support' does not say which data subjects it is "
        "for [statutory-requirement]\n");
}

TEST_CASE("a requirement that is neither an object nor a list is one type error") {
  CHECK(Lines(Source(R"("none")")) ==
        "t.json:69:22: error: 'requirement' must be an object or a list of objects, not a string [type-mismatch]\n");
  CHECK(Lines(Source(R"([{"data_subjects": ["parents"], "type": "none"}, "none"])")) ==
        "t.json:69:22: error: the requirement of purpose 'support' gives no answer for data subject 'visitors' "
        "[statutory-requirement]\n"
        "t.json:76:9: error: an answer of the requirement must be an object, not a string [type-mismatch]\n");
}

TEST_CASE("the notice prints each answer after its groups; one answer prints as before") {
  diag::Sink sink;
  std::string html = test::HtmlOf(test::Build(Source(kBoth), "en", &sink));
  CHECK(html.find("For Parents: Yes, you need to give it to enter into a contract with us. We cannot offer a "
                  "place.<br>") != std::string::npos);
  CHECK(html.find("For Visitors: No, you do not have to give it.") != std::string::npos);
  std::string one = test::HtmlOf(
      test::Build(Source(R"({"type": "contractual", "consequence": "We cannot support you."})"), "en", &sink));
  CHECK(one.find("Yes, your contract with us requires you to give it. We cannot support you.") != std::string::npos);
  CHECK(one.find("For Parents") == std::string::npos);
  // Welsh: the groups' names in the answer's catalogue frame.
  json cy = Source(kBoth);
  cy["notice"]["locales"] = {"en", "cy"};
  std::string welsh = test::HtmlOf(test::Build(cy, "cy", &sink));
  CHECK(welsh.find("Ar gyfer <span lang=\"en\">Visitors</span>: Nac oes, nid oes rhaid i chi ei rhoi.") !=
        std::string::npos);  // the untranslated name keeps its language
}

TEST_CASE("the children's guide shows only the answer for children") {
  json s = Source(R"([{"data_subjects": ["parents", "visitors"], "type": "contractual", "consequence": "No place."},
                      {"data_subjects": ["kids"], "type": "none", "child": "You can still stay with us."}])",
                  true);
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "10-12";
  s["purposes"][0]["child"] = "To look after you.";
  diag::Sink sink;
  std::string child = test::HtmlOf(test::Build(s, "en", &sink, /*child=*/true));
  CHECK(child.find("You do not have to give us this information.") != std::string::npos);
  CHECK(child.find("You can still stay with us.") != std::string::npos);
  CHECK(child.find("No place.") == std::string::npos);
  // Answers only for adults: the guide says nothing of them, and their child wording is unused.
  json adults = Source(R"([{"data_subjects": ["parents"], "type": "none", "child": "Shown to no child."},
                           {"data_subjects": ["visitors", "kids"], "type": "none"}])",
                       true);
  adults["notice"]["audiences"] = {"adult", "child"};
  adults["notice"]["child_age_band"] = "10-12";
  std::string got = test::LintJson(adults);
  CHECK(got.find("the children's wording of the requirement of purpose 'support' is never shown [unused-child-text]") !=
        std::string::npos);
}

}  // namespace pnc
