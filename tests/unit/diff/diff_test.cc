// tests: diff/ — changes matched by id and classed material or minor with the ICO's reasons;
// retention periods read from text; the three report formats.
#include <doctest/doctest.h>

#include <algorithm>

#include "diff/comparer.h"
#include "diff/diff.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The changes from `before` to `after`, as "class key" lines.
std::vector<std::string> Changes(const json& before, const json& after, diff::Diff* out = nullptr) {
  diag::Sink sink;
  std::string a = before.dump(), b = after.dump();
  source::Loaded la = source::Load("old.json", a, &sink), lb = source::Load("new.json", b, &sink);
  REQUIRE(sink.Errors() == 0);
  diff::Diff d = diff::Compare(la.model, lb.model, test::Data().law);
  std::vector<std::string> lines;
  for (const auto& c : d.changes) lines.push_back(std::string(diff::ClassName(c.cls)) + " " + c.key);
  if (out) *out = d;
  return lines;
}

bool Has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST_CASE("the same source has no changes") {
  json s = test::BaseSource();
  CHECK(Changes(s, s).empty());
}

TEST_CASE("a new purpose is material; a removed one minor") {
  json before = test::BaseSource(), after = before;
  json extra = after["purposes"][0];
  extra["id"] = "newsletter";
  extra["name"] = "Sending our newsletter";
  after["purposes"].push_back(extra);
  auto added = Changes(before, after);
  CHECK(Has(added, "material purpose:newsletter:added"));
  auto removed = Changes(after, before);
  CHECK(Has(removed, "minor purpose:newsletter:removed"));
  CHECK(std::none_of(removed.begin(), removed.end(),
                     [](const std::string& l) { return l.rfind("material purpose", 0) == 0; }));
}

TEST_CASE("a renamed purpose is a minor wording change, matched by id") {
  json before = test::BaseSource(), after = before;
  after["purposes"][0]["name"] = "A clearer name for the same purpose";
  auto lines = Changes(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "minor purpose:" + before["purposes"][0]["id"].get<std::string>() + ":name-changed");
}

TEST_CASE("new data categories, special category flags and recipients are material") {
  json before = test::BaseSource(), after = before;
  after["data_categories"][0]["special_category"] = true;
  json r = json{{"id", "auditors"}, {"name", "Our auditors"}, {"purposes", json::array({before["purposes"][0]["id"]})}};
  after["recipients"] =
      before.contains("recipients") && before["recipients"].is_array() ? before["recipients"] : json::array();
  after["recipients"].push_back(r);
  auto lines = Changes(before, after);
  CHECK(Has(lines, "material category:" + before["data_categories"][0]["id"].get<std::string>() + ":now-special"));
  CHECK(Has(lines, "material recipient:auditors:added"));
}

TEST_CASE("a weaker transfer safeguard is material, a stronger one minor") {
  json before = test::BaseSource();
  before["recipients"] = json::array({json{{"id", "cloud"},
                                           {"name", "Our cloud provider"},
                                           {"processor", true},
                                           {"purposes", json::array({before["purposes"][0]["id"]})}}});
  before["transfers"] = json::array(
      {json{{"destination", "The United States"}, {"safeguard", "idta"}, {"recipients", json::array({"cloud"})}}});
  json weaker = before, stronger = before;
  weaker["transfers"][0]["safeguard"] = "derogation";
  stronger["transfers"][0]["safeguard"] = "adequacy";
  CHECK(Has(Changes(before, weaker), "material transfer:The United States:safeguard-changed"));
  CHECK(Has(Changes(before, stronger), "minor transfer:The United States:safeguard-changed"));
}

TEST_CASE("a basis removed takes a right away: both material") {
  json before = test::BaseSource(), after = before;
  before["purposes"][0]["lawful_bases"] = json::array({"consent"});
  before["purposes"][0].erase("legitimate_interest");
  after = before;
  after["purposes"][0]["lawful_bases"] = json::array({"legal-obligation"});
  after["purposes"][0]["legal_obligation"] = "The Charities Act 2011";
  diff::Diff d;
  auto lines = Changes(before, after, &d);
  std::string id = before["purposes"][0]["id"];
  CHECK(Has(lines, "material purpose:" + id + ":basis-added:legal-obligation"));
  CHECK(Has(lines, "material purpose:" + id + ":basis-removed:consent"));
  CHECK(Has(lines, "material right:withdraw-consent:no-longer-applies"));
  // Material changes come first.
  auto first_minor = std::find_if(d.changes.begin(), d.changes.end(),
                                  [](const diff::Change& c) { return c.cls == diff::Class::kMinor; });
  CHECK(std::all_of(first_minor, d.changes.end(), [](const diff::Change& c) { return c.cls == diff::Class::kMinor; }));
}

TEST_CASE("contact details are minor; acknowledged keys are recorded, stale ones reported") {
  json before = test::BaseSource(), after = before;
  after["controller"]["email"] = "privacy@charity-new.org.uk";
  after["notice"]["acknowledged_changes"] = json::array({"purpose:gone:added"});
  diff::Diff d;
  auto lines = Changes(before, after, &d);
  CHECK(Has(lines, "minor controller:email-changed"));
  CHECK(d.Unacknowledged() == 0);
  REQUIRE(d.stale_acknowledgements.size() == 1);
  CHECK(d.stale_acknowledgements[0] == "purpose:gone:added");
}

TEST_CASE("retention periods: longer material, shorter minor, not comparable material") {
  CHECK(diff::PeriodDays("6 years") == 6 * 365);
  CHECK(diff::PeriodDays("two weeks after the course") == 14);
  CHECK(diff::PeriodDays("18 months") == 18 * 30);
  // Welsh periods (user test F7: "6 mis" → "12 mis" was "cannot tell").
  CHECK(diff::PeriodDays("6 mis") == 6 * 30);
  CHECK(diff::PeriodDays("12 mis ar ôl i'r cwrs orffen") == 12 * 30);
  CHECK(diff::PeriodDays("dwy flynedd") == 2 * 365);
  CHECK(diff::PeriodDays("3 blynedd") == 3 * 365);
  CHECK(diff::PeriodDays("chwe mis") == 6 * 30);
  CHECK(diff::PeriodDays("deng mlynedd") == 10 * 365);
  CHECK(diff::PeriodDays("Nes i chi ofyn i ni stopio") == -1);
  CHECK(diff::PeriodDays("Until you ask us to stop") == -1);
  CHECK(diff::PeriodDays("6 years, or 3 years for volunteers") == -1);  // two periods: no single one
  std::string a, b;
  diff::PeriodDays("6 years after you leave", &a);
  diff::PeriodDays("7 years after you leave", &b);
  CHECK(a == b);
  diff::PeriodDays("7 years after your last visit", &b);
  CHECK(a != b);

  json before = test::BaseSource();
  REQUIRE(before.contains("retention"));
  json longer = before, shorter = before, other = before;
  json& records = before["retention"].is_object() ? before["retention"]["records"] : before["retention"];
  REQUIRE(records.is_array());
  records[0]["period"] = "2 years";
  records[0].erase("criteria");
  longer = shorter = other = before;
  auto rec = [](json& s) -> json& {
    return s["retention"].is_object() ? s["retention"]["records"][0] : s["retention"][0];
  };
  rec(longer)["period"] = "3 years";
  rec(shorter)["period"] = "1 year";
  rec(other)["period"] = "Until the project ends";
  std::string id = rec(before)["id"];
  CHECK(Has(Changes(before, longer), "material retention:" + id + ":period-longer"));
  CHECK(Has(Changes(before, shorter), "minor retention:" + id + ":period-shorter"));
  CHECK(Has(Changes(before, other), "material retention:" + id + ":period-changed"));
}

// An Art 22B condition replaced is material (Art 22B(2)-(4)), one removed minor; like every material
// change it is never said in the notice's history to be a change of wording.
TEST_CASE("a decision's Art 22B condition: replaced material, removed minor") {
  json before = test::BaseSource();
  before["automated_decisions"] = json::parse(R"([{"id": "d", "name": "Allocating places", "logic": "A score.",
      "consequences": "A place or not.", "safeguards": "Ask a person.", "data_categories": ["health"],
      "special_category_condition": {"article_22b": "explicit-consent"}}])");
  json after = before;
  after["automated_decisions"][0]["special_category_condition"]["article_22b"] = "contract";
  CHECK(Has(Changes(before, after), "material decision:d:special-condition-changed"));
  after["automated_decisions"][0].erase("special_category_condition");
  CHECK(Has(Changes(before, after), "minor decision:d:special-condition-changed"));
}

TEST_CASE("reports: JSON parses, Markdown escapes source text") {
  json before = test::BaseSource(), after = before;
  // Not a tag: an HTML tag in a name is a load error now (user test F19), so '<' and '>' stand alone.
  after["purposes"][0]["name"] = "Use *this* [link](http://x) 3<4>2";
  diff::Diff d;
  Changes(before, after, &d);
  json j = json::parse(diff::RenderJson(d));
  CHECK(j["summary"]["minor"] == 1);
  CHECK(j["changes"][0]["after"] == "Use *this* [link](http://x) 3<4>2");
  std::string md = diff::RenderMarkdown(d);
  CHECK(md.find("\\*this\\*") != std::string::npos);
  CHECK(md.find("\\[link\\]") != std::string::npos);
  CHECK(md.find("<4>") == std::string::npos);
  CHECK(diff::RenderHuman(d).find("1 change: 0 material, 1 minor") != std::string::npos);
}

}  // namespace
TEST_CASE("a statement about the use of data that gains words is material; one only reworded minor") {
  // User test s29 F4: wealth screening added to a legitimate interest was called "wording only".
  json before = test::BaseSource();
  before["purposes"][0]["description"] = "We thank donors and send them our appeals.";
  json after = before;
  after["purposes"][0]["description"] =
      "We thank donors and send them our appeals, including wealth screening of major donors.";
  diff::Diff d;
  auto lines = Changes(before, after, &d);
  CHECK(Has(lines, "material purpose:support:description-changed"));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].reason.find("(new: 'including', 'wealth', 'screening', 'major')") != std::string::npos);
  // Fewer words, another order, another case, a plural: wording, still to be read.
  after["purposes"][0]["description"] = "We send appeals to donors and thank them.";
  CHECK(Has(Changes(before, after), "minor purpose:support:description-changed"));
  after["purposes"][0]["description"] = "We thank our donor and send them our Appeals";
  CHECK(Has(Changes(before, after), "minor purpose:support:description-changed"));
  CHECK(diff::NewContentWords("Raising money for our care", "Raising money for our care, with wealth screening") ==
        std::vector<std::string>{"with", "wealth", "screening"});
  CHECK(diff::NewContentWords("Raising money", "raising MONEY.").empty());
}

}  // namespace pnc

namespace pnc {

// User test s27 F21: a name that now names another organisation is a material change (pnc diff asks
// for it to be acknowledged), not a change of wording.
TEST_CASE("a recipient or purpose renamed to name another organisation is material") {
  json before = test::BaseSource();
  before["recipients"][0]["name"] = "Local authority safeguarding teams";
  json after = before;
  after["recipients"][0]["name"] = "Local authority safeguarding teams and the police";
  diff::Diff d;
  auto lines = Changes(before, after, &d);
  CHECK(Has(lines, "material recipient:la:name-changed"));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].reason.find("(new: 'police')") != std::string::npos);
  CHECK(d.Unacknowledged() == 1);
  // A proper name, mid-name.
  after["recipients"][0]["name"] = "Local authority safeguarding teams and Barnardo's";
  CHECK(Has(Changes(before, after), "material recipient:la:name-changed"));
  json purpose = test::BaseSource();
  purpose["purposes"][0]["name"] = "Supporting families with the NHS";
  CHECK(Has(Changes(test::BaseSource(), purpose), "material purpose:support:name-changed"));
  // Rewordings: no new organisation word, a capital only at the start, a word now capitalised.
  after["recipients"][0]["name"] = "Safeguarding teams of the local authority";
  CHECK(Has(Changes(before, after), "minor recipient:la:name-changed"));
  after["recipients"][0]["name"] = "Local Authority safeguarding teams";
  CHECK(Has(Changes(before, after), "minor recipient:la:name-changed"));
  CHECK(diff::NewOrganisationWords("Our IT company", "Our IT support company").empty());
  CHECK(diff::NewOrganisationWords("Our IT company", "Our IT company. It hosts our files").empty());
}

TEST_CASE("a statement about the use of data that gains words is material; one only reworded minor") {
  // User test s29 F4: wealth screening added to a legitimate interest was called "wording only".
  json before = test::BaseSource();
  before["purposes"][0]["description"] = "We thank donors and send them our appeals.";
  json after = before;
  after["purposes"][0]["description"] =
      "We thank donors and send them our appeals, including wealth screening of major donors.";
  diff::Diff d;
  auto lines = Changes(before, after, &d);
  CHECK(Has(lines, "material purpose:support:description-changed"));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].reason.find("(new: 'including', 'wealth', 'screening', 'major')") != std::string::npos);
  // Fewer words, another order, another case, a plural: wording, still to be read.
  after["purposes"][0]["description"] = "We send appeals to donors and thank them.";
  CHECK(Has(Changes(before, after), "minor purpose:support:description-changed"));
  after["purposes"][0]["description"] = "We thank our donor and send them our Appeals";
  CHECK(Has(Changes(before, after), "minor purpose:support:description-changed"));
  CHECK(diff::NewContentWords("Raising money for our care", "Raising money for our care, with wealth screening") ==
        std::vector<std::string>{"with", "wealth", "screening"});
  CHECK(diff::NewContentWords("Raising money", "raising MONEY.").empty());
}

}  // namespace pnc
