// tests: a kind of data used by purposes that concern children and other groups is not said to be
// about all of them without the source saying so (whose-data, a warning asking whose it is).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

json Mixed() {
  json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  return s;
}

}  // namespace

TEST_CASE("data of a purpose about children and parents asks whose it is") {
  const std::string text = test::LintJson(Mixed());
  const auto lines = test::Lines(text, "whose-data");
  REQUIRE(!lines.empty());
  CHECK(lines[0].find(": warning: data category '") != std::string::npos);
  CHECK(lines[0].find("' is used by purposes that concern children ('kids') and others ('parents'), so the notices "
                      "will say it is about all of them [whose-data]") != std::string::npos);
}

TEST_CASE("saying whose data it is, or a purpose about one group, asks nothing") {
  json named = Mixed();
  for (auto& c : named["data_categories"]) c["data_subjects"] = {"parents"};
  CHECK(test::Lines(test::LintJson(named), "whose-data").empty());
  json all = Mixed();
  for (auto& c : all["data_categories"]) c["data_subjects"] = {"parents", "kids"};
  CHECK(test::Lines(test::LintJson(all), "whose-data").empty());
  json adults = test::BaseSource();
  CHECK(test::Lines(test::LintJson(adults), "whose-data").empty());
}

TEST_CASE("two groups of children are not merged either") {
  json s = Mixed();
  s["data_subjects"].push_back({{"id", "cadets"}, {"name", "Young volunteers"}, {"children", true}});
  s["purposes"][0]["data_subjects"] = {"kids", "cadets"};
  const auto lines = test::Lines(test::LintJson(s), "whose-data");
  REQUIRE(!lines.empty());
  CHECK(lines[0].find("concern several groups of children ('kids' and 'cadets')") != std::string::npos);
}

// The user test (hafan): the young parents' support records also held the contact details volunteers
// give, so they were said to be kept about volunteers and listed on the volunteer application.
TEST_CASE("a record linked to a group by one shared kind of data asks whose it is") {
  json s = test::BaseSource();  // 'files' keeps 'contact' and 'health' for the parents' support
  s["data_subjects"].push_back({{"id", "volunteers"}, {"name", "Volunteers"}});
  s["purposes"].push_back({{"id", "rota"},
                           {"name", "To run the volunteer rota"},
                           {"data_subjects", {"volunteers"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"legitimate-interests"}},
                           {"legitimate_interest", "To run our sessions"},
                           {"requirement", {{"type", "none"}}}});
  const auto lines = test::Lines(test::LintJson(s), "whose-data");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("warning: retention record 'files' is said to be kept about 'volunteers' only because it "
                      "holds 'contact', which their purposes use") != std::string::npos);
  // Saying whose the record is answers it; so does a volunteers' purpose that uses both kinds.
  json named = s;
  named["retention"]["records"][0]["data_subjects"] = {"parents"};
  CHECK(test::Lines(test::LintJson(named), "whose-data").empty());
  json both = s;
  both["purposes"][1]["data_categories"] = {"contact", "health"};
  // (The referrers of health data, now the parents' and the volunteers', are asked whose data they give.)
  for (const auto& line : test::Lines(test::LintJson(both), "whose-data"))
    CHECK(line.find("retention record") == std::string::npos);
  // A record of one kind of data is about whoever that kind is about.
  json single = s;
  single["retention"]["records"][0]["data_categories"] = {"contact"};
  CHECK(test::Lines(test::LintJson(single), "whose-data").empty());
}

}  // namespace pnc

namespace pnc {

// Review M1: a volunteers' DBS file that also held the contact details every group gives reached the
// children's guides (and lint asked for its children's wording). While volunteers are its firm
// subjects, children's versions leave it out for the children, and whose-data asks whose it is.
TEST_CASE("a record children reach through one shared kind of data stays out of their versions") {
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto s = nlohmann::json::parse(ss.str(), nullptr, true, /*ignore_comments=*/true);
  std::string name;
  for (auto& r : s["retention"]["records"]) {
    if (r["id"] != "volunteer-records") continue;
    r["data_categories"] = {"dbs", "contact"};
    name = r["name"].is_string() ? r["name"].get<std::string>() : r["name"]["en"].get<std::string>();
  }
  REQUIRE_FALSE(name.empty());
  driver::Options options;
  options.formats = {"html"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  bool asked = false;
  for (const auto& d : c->sink.All())
    asked = asked || (d.rule == "whose-data" && d.message.find("'volunteer-records'") != std::string::npos);
  CHECK(asked);
  int children = 0;
  for (const auto& d : c->docs) {
    const std::string html = test::HtmlOf(d);
    if (d.audience == "child") {
      ++children;
      CHECK(html.find(name) == std::string::npos);
    } else if (d.locale == "en") {
      CHECK(html.find(name) != std::string::npos);  // the adult notice keeps it
    }
  }
  CHECK(children > 0);
}

// User test F10: a category no purpose uses (a misspelt id in the purpose) was treated as every
// group's, so it drew children's-wording errors for adult data and a whose-data warning that
// contradicted the "not used by any purpose" error above it; its source (named by it alone) too.
TEST_CASE("a data category no purpose uses asks only to be used: no children's wording, no whose-data") {
  json s = Mixed();
  s["sources"].push_back({{"id", "agencies"}, {"name", "Referral agencies"}});
  s["data_categories"].push_back({{"id", "client-details"}, {"name", "Client details"}, {"sources", {"agencies"}}});
  s["purposes"][0]["data_categories"].push_back("client-detials");
  s["retention"]["records"][0]["data_categories"].push_back("client-details");
  const std::string text = test::LintJson(s);
  CAPTURE(text);
  CHECK(text.find("data category 'client-details' is not used by any purpose [categories-of-data]") !=
        std::string::npos);
  CHECK(text.find("unknown data category 'client-detials'; did you mean 'client-details'?") != std::string::npos);
  for (const std::string rule : {"whose-data", "missing-child-text"}) {
    for (const auto& line : test::Lines(text, rule)) {
      CHECK(line.find("'client-details'") == std::string::npos);
      CHECK(line.find("'agencies'") == std::string::npos);
    }
  }
}

// User test F10 addendum: "None" for "none" said first that the source does not say.
TEST_CASE("a wrong-case 'None' is a type error with a did-you-mean, not a claim that the source is silent") {
  json s = test::BaseSource();
  s["automated_decisions"] = "None";
  s["transfers"] = "NONE";
  const std::string text = test::LintJson(s);
  CAPTURE(text);
  CHECK(text.find("error: 'automated_decisions' must be \"none\" or a list, not 'None'; did you mean 'none'? "
                  "[type-mismatch]") != std::string::npos);
  CHECK(text.find("'transfers' must be \"none\" or a list, not 'NONE'; did you mean 'none'?") != std::string::npos);
  CHECK(text.find("does not say whether solely automated decisions") == std::string::npos);
  CHECK(text.find("does not say whether") == std::string::npos);
}

}  // namespace pnc

namespace pnc {

// User test s26 F30: a youth club register that also shows which volunteers are cleared put the
// volunteers' DBS checks into the members' guide ("We keep these kinds of information about you: DBS
// checks"). Criminal offence data reaching children only through a purpose shared with adults is
// left out of children's versions until the category says whose it is; saying the children (as for
// safeguarding concerns about them) brings it back.
TEST_CASE("criminal offence data on a purpose shared with adults stays out of children's versions until whose") {
  json s = test::BaseSource();
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "13-15";
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Members"}, {"children", true}, {"child", "You."}});
  s["purposes"][0]["data_subjects"] = {"parents", "kids"};
  s["purposes"][0]["child"] = "To run the club.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Something.";
  }
  s["data_categories"].push_back(
      {{"id", "dbs"}, {"name", "DBS check results"}, {"criminal_offence", true}, {"sources", {"you"}}});
  s["purposes"][0]["data_categories"].push_back("dbs");
  s["purposes"][0]["criminal_offence_condition"] = {{"schedule_1", "safeguarding-children"}};
  s["retention"]["records"][0]["data_categories"].push_back("dbs");

  const std::string lint = test::LintJson(s);
  const auto whose = test::Lines(lint, "whose-data");
  CHECK(std::any_of(whose.begin(), whose.end(), [](const std::string& l) {
    return l.find(
               "warning: data category 'dbs' is criminal offence data used by purposes that concern children "
               "('kids') and others ('parents'), so the children's versions leave it out until the source says "
               "whose it is [whose-data]") != std::string::npos;
  }));
  // No children's wording is asked of it, since no children's version shows it.
  for (const auto& l : test::Lines(lint, "missing-child-text")) CHECK(l.find("'dbs'") == std::string::npos);

  auto child_html = [](const json& s) {
    const std::string text = s.dump(2);
    driver::Options options;
    options.formats = {"html"};
    auto c = test::CompileSource("t.json", options, &text);
    for (const auto& d : c->docs) {
      if (d.audience == "child") return test::HtmlOf(d);
    }
    return std::string();
  };
  const std::string left_out = child_html(s);
  REQUIRE(!left_out.empty());
  CHECK(left_out.find("DBS") == std::string::npos);

  // About the children too (safeguarding concerns): it is told to them, in their words.
  json both = s;
  both["data_categories"].back()["data_subjects"] = {"parents", "kids"};
  both["data_categories"].back()["child"] = "Checks on the adults and on you.";
  CHECK(test::Lines(test::LintJson(both), "whose-data").size() < whose.size());
  CHECK(child_html(both).find("Checks on the adults and on you.") != std::string::npos);
  // About the adults only: no question, and not in the guide.
  json adults = s;
  adults["data_categories"].back()["data_subjects"] = {"parents"};
  CHECK(test::Lines(test::LintJson(adults), "whose-data").size() < whose.size());
  CHECK(child_html(adults).find("DBS") == std::string::npos);
}

// User test s28 F3: a referring court named as a source of the contact details every group gives was
// listed in the Article 30 record as the source of the donors' data.
namespace {

json SharedWithDonors() {
  json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "donors"}, {"name", "Donors"}});
  s["data_categories"][0]["sources"] = {"you", "referrers"};  // contact details, given by both
  s["purposes"].push_back({{"id", "thanks"},
                           {"name", "Thanking donors"},
                           {"data_subjects", {"donors"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"consent"}},
                           {"automated_means", true},
                           {"requirement", {{"type", "none"}}}});
  s["recipients"][0]["purposes"] = {"support", "thanks"};
  s["retention"]["records"][0]["data_subjects"] = {"parents"};  // the support files are the parents'
  return s;
}

}  // namespace

TEST_CASE("a referrer of a kind of data that purposes about different groups use asks whose data it gives") {
  const auto lines = test::Lines(test::LintJson(SharedWithDonors()), "whose-data");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(": warning: source 'referrers' does not say whose data it gives, but data category "
                      "'contact', which it gives, is about 'parents' and 'donors', and purposes about only some of "
                      "them use it ('support'): the Article 30 record names the source for each of those purposes "
                      "[whose-data]") != std::string::npos);
}

TEST_CASE("a referrer that says whose data it gives, or the person themselves, asks nothing") {
  json named = SharedWithDonors();
  named["sources"][1]["data_subjects"] = {"parents"};
  CHECK(test::Lines(test::LintJson(named), "whose-data").empty());
  json person = SharedWithDonors();
  person["sources"][1]["from_person"] = true;
  CHECK(test::Lines(test::LintJson(person), "whose-data").empty());
  json observed = SharedWithDonors();
  observed["sources"][1]["observed"] = true;
  CHECK(test::Lines(test::LintJson(observed), "whose-data").empty());
  // Every purpose that uses the kind is about all its groups: each record names the source for them all.
  json one = SharedWithDonors();
  one["purposes"][0]["data_subjects"] = {"parents", "donors"};
  one["purposes"][1]["data_subjects"] = {"parents", "donors"};
  CHECK(test::Lines(test::LintJson(one), "whose-data").empty());
}

TEST_CASE("a source's data_subjects limit it in the notice's sources section") {
  json s = SharedWithDonors();
  s["sources"][1]["data_subjects"] = {"parents"};
  const std::string text = s.dump(2);
  driver::Options options;
  options.formats = {"html"};
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(!c->docs.empty());
  const std::string html = test::HtmlOf(c->docs.front());
  const size_t at = html.find(">Referrers<");
  REQUIRE(at != std::string::npos);
  const std::string item = html.substr(at, html.find("</li>", at) - at);
  CHECK(item.find("Whose information: Parents.") != std::string::npos);
  CHECK(item.find("Contact details") != std::string::npos);
}

}  // namespace pnc
