// tests: notice/history.cc — "What changed in version N" states each change the diff found, naming
// the item, in the catalogue's words for the locale; the children's version tells only what
// changed in the guide about children; a chain of versions keeps every entry, newest first.
#include <doctest/doctest.h>

#include "base/utf8.h"
#include "diff/diff.h"
#include "markdown/markdown.h"
#include "notice/builder.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// Versions loaded side by side (the builder keeps pointers to their models).
struct Versions {
  std::vector<std::string> texts;
  std::vector<source::Loaded> loaded;
  std::vector<diff::Diff> diffs;
  std::vector<notice::HistoryStep> steps;
  // `sources` newest first.
  explicit Versions(const std::vector<json>& sources) {
    texts.reserve(sources.size());
    loaded.reserve(sources.size());
    for (const auto& s : sources) texts.push_back(s.dump());
    diag::Sink sink;
    for (const auto& t : texts) loaded.push_back(source::Load("v.json", t, &sink));
    REQUIRE(sink.Errors() == 0);
    diffs.reserve(sources.size());
    for (size_t i = 1; i < loaded.size(); ++i)
      diffs.push_back(diff::Compare(loaded[i].model, loaded[i - 1].model, test::Data().law));
    for (size_t i = 1; i < loaded.size(); ++i) steps.push_back({&loaded[i].model, &loaded[i - 1].model, &diffs[i - 1]});
  }
  // The text of the section `id` of the newest version's document.
  std::string Section(const std::string& id, const std::string& locale = "en", bool child = false,
                      const std::string& band = "") {
    diag::Sink sink;
    notice::BuildInput in{.model = loaded[0].model,
                          .law = test::Data().law,
                          .catalogue = *test::Data().Catalogue(locale),
                          .english = test::Data().Catalogue("en"),
                          .band = band,
                          .history = steps};
    notice::NoticeDoc doc = child ? notice::BuildChildNotice(in, &sink) : notice::BuildNotice(in, &sink);
    for (const auto& d : sink.All()) CHECK_MESSAGE(d.rule != "internal", d.message);
    for (const auto& s : doc.sections) {
      if (s.id == id) return markdown::PlainText(s.blocks);
    }
    return "";
  }
};

json Versioned(json s, const std::string& version, const std::string& date) {
  s["notice"]["version"] = version;
  s["notice"]["last_updated"] = date;
  return s;
}

TEST_CASE("each change is one sentence that names the item") {
  json before = Versioned(test::BaseSource(), "1", "2026-01-01");
  json after = Versioned(test::BaseSource(), "2", "2026-07-01");
  json extra = after["purposes"][0];
  extra["id"] = "newsletter";
  extra["name"] = "Sending our newsletter";
  extra["data_categories"] = {"contact"};
  extra["lawful_bases"] = {"consent"};
  extra.erase("special_category_condition");
  extra["requirement"] = {{"type", "none"}};
  after["purposes"].push_back(extra);
  after["recipients"].push_back(
      {{"id", "mailer"}, {"name", "Our mailing service"}, {"purposes", {"newsletter"}}, {"processor", true}});
  after["retention"]["records"][0]["period"] = "7 years";
  after["dpo"]["email"] = "privacy@acme.charity";
  after["data_categories"][0]["name"] = "Contact and address details";
  Versions v({after, before});
  std::string text = v.Section("changes");
  CHECK(text.find("What changed in version 2") != std::string::npos);
  CHECK(text.find("Version 2 took effect on 1 July 2026. It replaced version 1.") != std::string::npos);
  CHECK(text.find("We now use information for a new purpose: Sending our newsletter.") != std::string::npos);
  CHECK(text.find("We now share information with a new recipient: Our mailing service.") != std::string::npos);
  CHECK(text.find("We now keep this information for longer: Files (now: 7 years; before: 6 years).") !=
        std::string::npos);
  CHECK(text.find("The details of whom to contact about data protection changed (see “Who we are”).") !=
        std::string::npos);
  CHECK(text.find("We changed the wording of what this notice says about: Contact and address details.") !=
        std::string::npos);
  // A right the new consent basis gives (withdrawing consent) is stated as now applying.
  CHECK(text.find("You now have this right (see “Your rights”): Change your mind about consent.") != std::string::npos);
  // Nothing the diff did not find: no removal, no transfer.
  CHECK(text.find("no longer") == std::string::npos);
  CHECK(text.find("outside the UK") == std::string::npos);
}

TEST_CASE("the sentences are in the notice's locale, with the item's own translation") {
  json before = Versioned(test::BaseSource(), "1", "2026-01-01");
  before["notice"]["locales"] = {"en", "cy"};
  json after = Versioned(before, "2", "2026-07-01");
  json extra = after["purposes"][0];
  extra["id"] = "newsletter";
  extra["name"] = {{"en", "Sending our newsletter"}, {"cy", "Anfon ein cylchlythyr"}};
  after["purposes"].push_back(extra);
  Versions v({after, before});
  std::string text = v.Section("changes", "cy");
  CHECK(text.find("Beth a newidiodd yn fersiwn 2") != std::string::npos);
  CHECK(text.find("Rydym bellach yn defnyddio gwybodaeth at ddiben newydd: Anfon ein cylchlythyr.") !=
        std::string::npos);
}

TEST_CASE("a chain of versions keeps every entry, newest first, before the hand-written text") {
  json v1 = Versioned(test::BaseSource(), "1", "2025-01-01");
  json v2 = Versioned(v1, "2", "2025-07-01");
  v2["recipients"].push_back({{"id", "auditors"}, {"name", "Our auditors"}, {"purposes", {"support"}}});
  json v3 = Versioned(v2, "3", "2026-01-01");
  v3["recipients"].erase(1);
  v3["changes"] = "We email parents about changes.";
  Versions v({v3, v2, v1});
  std::string text = v.Section("changes");
  size_t three = text.find("What changed in version 3"), two = text.find("What changed in version 2");
  size_t gone = text.find("We no longer share information with this recipient: Our auditors.");
  size_t came = text.find("We now share information with a new recipient: Our auditors.");
  size_t own = text.find("We email parents about changes.");
  REQUIRE(three != std::string::npos);
  REQUIRE(two != std::string::npos);
  CHECK(three < gone);
  CHECK(gone < two);
  CHECK(two < came);
  CHECK(came < own);
}

TEST_CASE("a version that changed nothing the diff compares says so, and nothing else") {
  json v1 = Versioned(test::BaseSource(), "1", "2025-01-01");
  json v2 = Versioned(v1, "2", "2025-07-01");
  Versions v({v2, v1});
  CHECK(v.Section("changes").find("This version made no change to the purposes") != std::string::npos);
}

TEST_CASE("the children's version tells only what changed about children, in their words") {
  json v1 = Versioned(test::BaseSource(), "1", "2025-01-01");
  v1["notice"]["audiences"] = {"adult", "child"};
  v1["notice"]["child_age_band"] = "10-12";
  v1["data_subjects"].push_back(
      {{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children like you."}});
  v1["data_subjects"].push_back({{"id", "staff"}, {"name", "Staff"}});
  json staff = v1["purposes"][0];
  staff["id"] = "payroll";
  staff["name"] = "Paying our staff";
  staff["data_subjects"] = {"staff"};
  staff["data_categories"] = {"contact"};
  staff.erase("special_category_condition");
  v1["purposes"].push_back(staff);
  json play = v1["purposes"][0];
  play["id"] = "play";
  play["name"] = "Running play sessions";
  play["data_subjects"] = {"kids"};
  play["data_categories"] = {"contact"};
  play["lawful_bases"] = {"legitimate-interests"};
  play["legitimate_interest"] = "Running safe play sessions.";
  play.erase("special_category_condition");
  play["child"] = "To run play sessions.";
  json v2 = Versioned(v1, "2", "2025-07-01");
  v2["purposes"].push_back(play);                             // about children: told
  v2["purposes"][1]["name"] = "Paying staff and volunteers";  // staff only: never told to children
  v2["recipients"].push_back({{"id", "pension"}, {"name", "Our pension provider"}, {"purposes", {"payroll"}}});
  Versions v({v2, v1});
  std::string child = v.Section("child-changes", "en", true, "10-12");
  CHECK(child.find("What changed in version 2") != std::string::npos);
  CHECK(child.find("New in this guide:") != std::string::npos);
  CHECK(child.find("To run play sessions.") != std::string::npos);
  CHECK(child.find("pension") == std::string::npos);
  CHECK(child.find("staff") == std::string::npos);
  CHECK(child.find("Paying") == std::string::npos);
  // The adult notice tells both.
  std::string adult = v.Section("changes");
  CHECK(adult.find("Our pension provider") != std::string::npos);
  CHECK(adult.find("Running play sessions") != std::string::npos);
}

TEST_CASE("no children's section when nothing about children changed") {
  json v1 = Versioned(test::BaseSource(), "1", "2025-01-01");
  v1["notice"]["audiences"] = {"adult", "child"};
  v1["notice"]["child_age_band"] = "10-12";
  v1["data_subjects"].push_back(
      {{"id", "kids"}, {"name", "Children"}, {"children", true}, {"child", "Children like you."}});
  json v2 = Versioned(v1, "2", "2025-07-01");
  v2["dpo"]["email"] = "privacy@acme.charity";
  Versions v({v2, v1});
  CHECK(v.Section("child-changes", "en", true, "10-12").empty());
}

TEST_CASE("a change to an item of one age band is told only in that band's guide") {
  json v1 = Versioned(test::BaseSource(), "1", "2025-01-01");
  v1["notice"]["audiences"] = {"adult", "child"};
  v1["notice"]["child_age_bands"] = {"6-9", "13-15"};
  v1["data_subjects"].push_back(
      {{"id", "kids"}, {"name", "Players"}, {"children", true}, {"child", "Players like you."}});
  json chat = v1["purposes"][0];
  chat["id"] = "chat";
  chat["name"] = "A team chat for 13-15s";
  chat["data_subjects"] = {"kids"};
  chat["data_categories"] = {"contact"};
  chat["lawful_bases"] = {"consent"};
  chat["age_bands"] = {"13-15"};
  chat.erase("special_category_condition");
  chat["child"] = "To add you to the team chat.";
  json v2 = Versioned(v1, "2", "2025-07-01");
  v2["purposes"].push_back(chat);
  Versions v({v2, v1});
  CHECK(v.Section("child-changes", "en", true, "13-15").find("To add you to the team chat.") != std::string::npos);
  CHECK(v.Section("child-changes", "en", true, "6-9").empty());
}

}  // namespace
}  // namespace pnc

namespace pnc {

TEST_CASE("a rename the source states is said with both names, in every locale") {
  nlohmann::json before = test::BaseSource();
  before["notice"]["version"] = "1";
  before["notice"]["last_updated"] = "2026-01-01";
  before["notice"]["locales"] = {"en", "cy"};
  nlohmann::json after = before;
  after["notice"]["version"] = "2";
  after["notice"]["last_updated"] = "2026-07-01";
  before["controller"]["name"] = "Cwm Valley Carers Project";
  after["controller"]["name"] = "Cwm Valley Young Carers";
  // (Translations are not needed to build: a text without one shows the default locale's.)
  Versions plain({after, before});
  CHECK(plain.Section("changes").find("Our legal name changed. It is now: Cwm Valley Young Carers.") !=
        std::string::npos);
  after["controller"]["renamed_from"] = "Cwm Valley Carers Project";
  Versions renamed({after, before});
  CHECK(renamed.Section("changes").find("We changed our name. We were called Cwm Valley Carers Project. Our name is "
                                        "now Cwm Valley Young Carers.") != std::string::npos);
  CHECK(renamed.Section("changes", "cy")
            .find("Newidiodd ein henw. Ein henw blaenorol oedd Cwm Valley Carers Project. "
                  "Ein henw nawr yw: Cwm Valley Young Carers.") != std::string::npos);
}

// Review: a name changed in one language only (a new Welsh name) is not said to have changed in the
// notice of a language whose name is the same; case and punctuation alone are no change either.
TEST_CASE("a name changed in one language only is said only in that language's notice") {
  nlohmann::json before = test::BaseSource();
  before["notice"]["version"] = "1";
  before["notice"]["last_updated"] = "2026-01-01";
  before["notice"]["locales"] = {"en", "cy"};
  nlohmann::json after = before;
  after["notice"]["version"] = "2";
  after["notice"]["last_updated"] = "2026-07-01";
  before["controller"]["name"] = {{"en", "Cwm Tawel Scout Group"}, {"cy", "Grwp Sgowtiaid Cwm Tawel"}};
  after["controller"]["name"] = {{"en", "CWM TAWEL SCOUT GROUP."}, {"cy", "Grŵp Sgowtiaid 1af Cwm Tawel"}};
  after["controller"]["renamed_from"] = "Grwp Sgowtiaid Cwm Tawel";
  Versions v({after, before});
  CHECK(v.Section("changes").find("name") == std::string::npos);
  CHECK(v.Section("changes", "cy")
            .find("Newidiodd ein henw. Ein henw blaenorol oedd Grwp Sgowtiaid Cwm Tawel. "
                  "Ein henw nawr yw: Grŵp Sgowtiaid 1af Cwm Tawel.") != std::string::npos);
  CHECK(base::FoldedName("GRŴP Sgowtiaid, Cwm-Tawel") == base::FoldedName("grŵp sgowtiaid cwm tawel"));
}

}  // namespace pnc

namespace pnc {

// Review: the kinds of change added to pnc diff after the history was written (a source now observed or
// no longer from the person, the data a retention rule or an automated decision covers, a decision's
// Art 22B condition) each get their own sentence, never "Other details changed about" (which names
// no change) nor "We changed the wording" (which calls a change of fact a rewording).
TEST_CASE("every kind of change the diff finds has its own sentence") {
  nlohmann::json v1 = test::BaseSource();
  v1["notice"]["version"] = "1";
  v1["notice"]["last_updated"] = "2026-01-01";
  v1["notice"]["locales"] = {"en", "cy"};
  v1["sources"][1]["observed"] = true;
  v1["data_categories"].push_back({{"id", "notes"}, {"name", "Case notes"}, {"sources", {"you"}}});
  v1["automated_decisions"] = nlohmann::json::parse(R"([{"id": "score", "name": "Risk score", "logic": "Points.",
      "consequences": "Priority.", "safeguards": "A worker reviews it.", "data_categories": ["contact"]}])");
  nlohmann::json v2 = v1;
  v2["notice"]["version"] = "2";
  v2["notice"]["last_updated"] = "2026-07-01";
  v2["sources"][0]["from_person"] = false;
  v2["sources"][0]["observed"] = true;
  v2["sources"][1]["observed"] = false;
  v2["sources"][1]["from_person"] = true;
  v2["retention"]["records"][0]["data_categories"] = {"contact", "notes"};
  v2["automated_decisions"][0]["data_categories"] = {"contact", "health"};
  v2["automated_decisions"][0]["special_category_condition"] = {{"article_22b", "explicit-consent"}};
  Versions v({v2, v1});
  std::string text = v.Section("changes");
  for (const char* sentence : {
           // Review M3: the sentence claims nothing about how the source gave it before (a school that
           // never had it from the person is not "rather than from what you give us").
           "We now get information from this source by observing or recording it: You.",
           "Information from this source no longer comes directly from you: You.",
           "We no longer get information from this source by observing or recording it: Referrers.",
           "Information from this source now comes directly from you: Referrers.",
           "A rule on how long we keep information now also covers this information: Case notes (rule: Files).",
           "A rule on how long we keep information no longer covers this information: Health (rule: Files).",
           "A decision made by computer alone now also uses this information: Health (decision: Risk score).",
           "The legal condition we rely on to use special category information in a decision made by computer alone "
           "changed (see “Decisions made by computer”): Risk score.",
       }) {
    CHECK_MESSAGE(text.find(sentence) != std::string::npos, sentence << "\nnot in:\n" << text);
  }
  CHECK(text.find("Other details changed") == std::string::npos);
  CHECK(text.find("changed the wording") == std::string::npos);
  std::string cy = v.Section("changes", "cy");
  CHECK(cy.find("Nid yw'r wybodaeth o'r ffynhonnell hon yn dod yn uniongyrchol gennych chi mwyach: You.") !=
        std::string::npos);
  CHECK(cy.find("Newidiodd manylion eraill") == std::string::npos);

  // The condition removed (a minor change) is still a change of the condition, not of wording.
  nlohmann::json v3 = v2;
  v3["notice"]["version"] = "3";
  v3["notice"]["last_updated"] = "2026-09-01";
  v3["automated_decisions"][0].erase("special_category_condition");
  Versions w({v3, v2});
  std::string removed = w.Section("changes");
  CHECK(removed.find("The legal condition we rely on to use special category information in a decision made by "
                     "computer alone changed") != std::string::npos);
  CHECK(removed.find("changed the wording") == std::string::npos);
  CHECK(removed.find("Other details changed") == std::string::npos);
}

}  // namespace pnc

namespace pnc {
namespace {

// User test s27 F21: "Local authority safeguarding teams" renamed "… and the police" (the same id)
// names a recipient the old name did not; the history must not call it a change of wording.
TEST_CASE("a recipient renamed to name another organisation is not a rewording") {
  json before = Versioned(test::BaseSource(), "1", "2026-01-01");
  before["recipients"][0]["name"] = "Local authority safeguarding teams, when a child may be at risk";
  json after = Versioned(before, "2", "2026-07-01");
  after["recipients"][0]["name"] = "Local authority safeguarding teams and the police, when a child may be at risk";
  Versions v({after, before});
  std::string text = v.Section("changes");
  CHECK_MESSAGE(text.find("A recipient's name now names another organisation (see “Who we share it with”): Local "
                          "authority safeguarding teams and the police, when a child may be at risk. Before, it was: "
                          "Local authority safeguarding teams, when a child may be at risk.") != std::string::npos,
                text);
  CHECK(text.find("changed the wording") == std::string::npos);
  CHECK(text.find("Other details changed") == std::string::npos);
  // A rewording that names no one new stays a rewording.
  json reworded = Versioned(before, "2", "2026-07-01");
  reworded["recipients"][0]["name"] = "Local authority safeguarding teams, if a child may be at risk";
  Versions w({reworded, before});
  CHECK(w.Section("changes").find("We changed the wording of what this notice says about: Local authority") !=
        std::string::npos);
}

}  // namespace
}  // namespace pnc
