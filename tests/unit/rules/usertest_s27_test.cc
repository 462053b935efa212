// tests: user test s27 (notes/usertest-s27.md): a purpose's "recipients": "none" against its data
// reaching a recipient through another purpose (F1, unstated-sharing), and a retention record's own
// children's wording held to the adult facts like every other children's wording (F8).
#include <doctest/doctest.h>

#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

std::string Lint(const std::string& patch) { return test::LintJson(test::BaseSource().patch(json::parse(patch))); }

// A children's group whose form data (`group`, "recipients": "none") the safeguarding purpose
// (`safe`, `safe_categories`) passes to social care; `more` adds patches.
std::string Group(const std::string& safe_categories, const std::string& record_child = "Until you are 25.",
                  const std::string& more = "") {
  return R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"},
      {"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true}},
      {"op":"add","path":"/sources/0/child","value":"You."},
      {"op":"add","path":"/data_categories/-","value":{"id":"names","name":"Names and schools","sources":["you"],"child":"Your name."}},
      {"op":"add","path":"/data_categories/-","value":{"id":"worries","name":"Worries","sources":["you"],"child":"Worries."}},
      {"op":"add","path":"/purposes/-","value":{"id":"group","name":"Running the group","data_subjects":["kids"],"data_categories":["names"],
        "lawful_bases":["legitimate-interests"],"legitimate_interest":"Running the group.","recipients":"none","requirement":{"type":"none"},"child":"To run the group."}},
      {"op":"add","path":"/purposes/-","value":{"id":"safe","name":"Keeping children safe","data_subjects":["kids"],"data_categories":)" +
         safe_categories + R"(,
        "lawful_bases":["legitimate-interests"],"legitimate_interest":"Keeping children safe.","requirement":{"type":"none"},"child":"To keep you safe."}},
      {"op":"add","path":"/recipients/-","value":{"id":"social","name":"Social care","purposes":["safe"],"child":"A social worker."}},
      {"op":"add","path":"/retention/records/-","value":{"id":"notes","name":"Group notes","data_categories":["names"],"period":"Until the child's 25th birthday","child":")" +
         record_child + "\"}}" + more + "]";
}

}  // namespace

TEST_CASE("unstated-sharing: a purpose that shares nothing whose data another purpose passes on") {
  const std::string got = Lint(Group(R"(["names","worries"])"));
  CHECK_MESSAGE(got.find("warning: purpose 'group' says no one receives its data, but recipient 'social' receives its "
                         "data category 'names' about the same people through purpose 'safe' [unstated-sharing]\n") !=
                    std::string::npos,
                got);
  // The other purpose uses other data: "recipients": "none" is true of the group's data.
  const std::string other = Lint(Group(R"(["worries"])"));
  CHECK_MESSAGE(other.find("[unstated-sharing]") == std::string::npos, other);
}

TEST_CASE("child-consistency: a retention record's own children's wording") {
  const std::string got = Lint(Group(R"(["worries"])", "We always delete them."));
  CHECK_MESSAGE(got.find("error: the children's wording of retention record 'notes' says \"always delete\", but the "
                         "adult notice keeps retention record") != std::string::npos,
                got);
  // Per band too.
  const std::string banded = Lint(
      Group(R"(["worries"])", "Until you are 25.",
            R"(,{"op":"remove","path":"/retention/records/1/child"},)"
            R"({"op":"add","path":"/retention/records/1/child_by_band","value":{"10-12":"We never tell anyone."}})"));
  CHECK_MESSAGE(
      banded.find("the children's wording of retention record 'notes' (ages 10-12) says \"never tell anyone\"") !=
          std::string::npos,
      banded);
  CHECK_MESSAGE(Lint(Group(R"(["worries"])")).find("[child-consistency]") == std::string::npos, "clean");
}

}  // namespace pnc

namespace pnc {

// F8: "until you are N" and the adult "Nth birthday" are both ages.
TEST_CASE("child-consistency: a children's age against the adult birthday") {
  const std::string got = Lint(Group(R"(["worries"])", "We keep notes about you until you are 18."));
  CHECK_MESSAGE(got.find("error: the children's wording of retention record 'notes' says until they are 18, but the "
                         "adult notice keeps it until they are 25 [child-consistency]\n") != std::string::npos,
                got);
  CHECK_MESSAGE(
      Lint(Group(R"(["worries"])", "We keep them until you're 25.")).find("[child-consistency]") == std::string::npos,
      "same age");
}

}  // namespace pnc

namespace pnc {

// A purpose no recipient serves: the source acknowledges it with "recipients": "none" on the purpose
// (the hint says so), which silences unstated-sharing; nothing else does.
TEST_CASE("unstated-sharing: \"recipients\": \"none\" on the purpose is the acknowledgement") {
  auto s = test::BaseSource();
  auto extra = s["purposes"][0];
  extra["id"] = "photos";
  extra["name"] = "Taking photos at events";
  extra["data_categories"] = {"images"};  // data no other purpose passes on
  extra.erase("special_category_condition");
  s["data_categories"].push_back({{"id", "images"}, {"name", "Photos"}, {"sources", {"you"}}});
  s["retention"]["records"][0]["data_categories"].push_back("images");
  s["purposes"].push_back(extra);
  diag::Sink sink;
  const std::string text = s.dump(2);
  auto loaded = source::Load("t.json", text, &sink);
  rules::LintOptions options{.catalogue = &test::Data().Catalogue("en")->messages(),
                             .english = test::Data().Catalogue("en")};
  rules::Lint(loaded.model, test::Data().law, options, &sink);
  bool warned = false;
  for (const auto& d : sink.All()) {
    if (d.rule != "unstated-sharing") continue;
    warned = true;
    CHECK(d.message.find("no recipient serves purpose 'photos'") != std::string::npos);
    REQUIRE(!d.hints.empty());
    CHECK(d.hints[0].find("add \"recipients\": \"none\" to the purpose if no one outside the organisation receives "
                          "its data") != std::string::npos);
  }
  CHECK(warned);
  s["purposes"][1]["recipients"] = "none";
  const std::string acknowledged = test::LintJson(s);
  CHECK_MESSAGE(acknowledged.find("[unstated-sharing]") == std::string::npos, acknowledged);
}

}  // namespace pnc
