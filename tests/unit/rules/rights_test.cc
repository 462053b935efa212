// tests: the rights section is derived from the lawful bases, conditions and decisions used.
#include <doctest/doctest.h>

#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

std::vector<std::string> RightsFor(const nlohmann::json& bases, bool decisions = false, bool marketing = false) {
  auto s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = bases;
  s["purposes"][0]["direct_marketing"] = marketing;
  if (decisions) {
    s["automated_decisions"] = {
        {{"id", "d"}, {"name", "D"}, {"logic", "l"}, {"consequences", "c"}, {"safeguards", "s"}}};
  }
  std::string text = s.dump();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  return rules::ApplicableRights(loaded.model, test::Data().law);
}

using V = std::vector<std::string>;
const V kAlways = {"access", "rectification", "erasure", "restriction"};

V With(V extra) {
  V v = kAlways;
  v.insert(v.end(), extra.begin(), extra.end());
  v.push_back("complain-controller");
  v.push_back("complain-ico");
  return v;
}

}  // namespace

TEST_CASE("rights follow the lawful bases") {
  CHECK(RightsFor({"legal-obligation"}) == With({}));
  CHECK(RightsFor({"contract"}) == With({"portability"}));
  CHECK(RightsFor({"consent"}) == With({"portability", "withdraw-consent"}));
  CHECK(RightsFor({"legitimate-interests"}) == With({"object"}));
  CHECK(RightsFor({"public-task"}) == With({"object"}));
  CHECK(RightsFor({"recognised-legitimate-interests"}) == With({"object"}));
  CHECK(RightsFor({"vital-interests"}) == With({}));
  // Direct marketing: the Art 21(2) objection, a right of its own so it appears only with marketing.
  CHECK(RightsFor({"legal-obligation"}, false, /*marketing=*/true) == With({"object-marketing"}));
  CHECK(RightsFor({"legitimate-interests"}, false, /*marketing=*/true) == With({"object", "object-marketing"}));
  CHECK(RightsFor({"legal-obligation"}, /*decisions=*/true) == With({"automated-decisions"}));
}

TEST_CASE("explicit consent under Art 9 brings the right to withdraw consent") {
  auto s = test::BaseSource();
  s["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  std::string text = s.dump();
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  auto rights = rules::ApplicableRights(loaded.model, test::Data().law);
  CHECK(std::find(rights.begin(), rights.end(), "withdraw-consent") != rights.end());
}

TEST_CASE("portability: consent under Art 6(1)(a) or 9(2)(a), or contract, processed by automated means") {
  auto rights = [](const char* patch) {
    auto s = test::BaseSource().patch(nlohmann::json::parse(patch));
    std::string text = s.dump();
    diag::Sink sink;
    auto loaded = source::Load("t.json", text, &sink);
    return rules::ApplicableRights(loaded.model, test::Data().law);
  };
  auto has = [](const V& v, const char* id) { return std::find(v.begin(), v.end(), id) != v.end(); };
  // Explicit consent as the only consent (Art 20(1)(a) names Art 9(2)(a) too).
  CHECK(has(rights(R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["legitimate-interests"]},
                       {"op":"replace","path":"/purposes/0/special_category_condition","value":{"article_9":"explicit-consent"}}])"),
            "portability"));
  // Paper records only: no portability (Art 20(1)(b)).
  CHECK_FALSE(has(rights(R"([{"op":"replace","path":"/purposes/0/automated_means","value":false}])"), "portability"));
  // Not said: stated, and lint asks.
  CHECK(has(rights(R"([{"op":"remove","path":"/purposes/0/automated_means"}])"), "portability"));
  CHECK(
      test::LintJson(
          test::BaseSource().patch(nlohmann::json::parse(R"([{"op":"remove","path":"/purposes/0/automated_means"}])")))
          .find("warning: purpose 'support' gives the right to data portability only if its data is processed by "
                "automated means, and the source does not say whether it is [right-portability]") != std::string::npos);
  // An automated decision on explicit consent brings the right to withdraw it.
  CHECK(has(rights(R"([{"op":"replace","path":"/automated_decisions","value":[{"id":"d","name":"D","logic":"l",
      "consequences":"c","safeguards":"s","data_categories":["health"],
      "special_category_condition":{"article_22b":"explicit-consent"}}]}])"),
            "withdraw-consent"));
}

TEST_CASE("the built notice states each applicable right and only those") {
  auto s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = {"consent", "legitimate-interests"};
  s["purposes"][0]["legitimate_interest"] = "Running our service.";
  diag::Sink sink;
  auto doc = test::Build(s, "en", &sink);
  std::string all;
  for (const auto& sec : doc.sections) {
    if (sec.id != "rights") continue;
    for (const auto& b : sec.blocks) {
      for (const auto& in : b.inlines) all += in.text + "|";
      for (const auto& in : b.inlines)
        for (const auto& c : in.children) all += c.text + "|";
    }
  }
  for (const char* title :
       {"Get a copy of your information", "Have it corrected", "Have it deleted", "Limit what we do with it",
        "Your right to object", "Take it with you", "Change your mind about consent"}) {
    CHECK_MESSAGE(all.find(title) != std::string::npos, title);
  }
  CHECK(all.find("Decisions made by computer") == std::string::npos);
}

}  // namespace pnc
