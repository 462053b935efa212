// tests: the regulator's details by date (--as-of, validity ranges, review date, the pending
// Information Commission entry) and catalogue wording gated by the notice's date.
#include <doctest/doctest.h>

#include <fstream>

#include "notice/builder.h"
#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// All text of a built document (inlines, fields, table cells), " | "-separated.
void Collect(const notice::Inlines& in, std::string* out) {
  for (const auto& i : in) {
    *out += i.text + (i.href.empty() ? "" : "<" + i.href + ">") + " ";
    Collect(i.children, out);
  }
}
void Collect(const std::vector<notice::Block>& blocks, std::string* out) {
  for (const auto& b : blocks) {
    Collect(b.inlines, out);
    for (const auto& f : b.fields) {
      *out += f.label + ": ";
      Collect(f.value, out);
      for (const auto& item : f.items) Collect(item, out);
    }
    for (const auto& item : b.items) Collect(item, out);
    *out += " | ";
  }
}
void Collect(const std::vector<notice::Section>& sections, std::string* out) {
  for (const auto& s : sections) {
    Collect(s.blocks, out);
    Collect(s.children, out);
  }
}

std::string BuiltText(const json& source, const std::string& locale = "en", const std::string& as_of = "") {
  static std::string text;
  text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  notice::BuildInput in{
      .model = loaded.model, .law = test::Data().law, .catalogue = *test::Data().Catalogue(locale), .as_of = as_of};
  auto doc = notice::BuildNotice(in, &sink);
  std::string out;
  Collect(doc.sections, &out);
  return out;
}

json Dated(const std::string& date) {
  auto s = test::BaseSource();
  s["notice"]["last_updated"] = date;
  return s;
}

std::vector<std::string> LintRule(const json& source, const std::string& rule, const std::string& as_of = "") {
  static std::string text;
  text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  rules::LintOptions options;
  options.as_of = as_of;
  rules::Lint(loaded.model, test::Data().law, options, &sink);
  std::vector<std::string> out;
  for (const auto& d : sink.All()) {
    if (d.rule == rule) out.push_back(d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("the regulator entry and postal address follow the date") {
  const auto& law = test::Data().law;
  CHECK(law.RegulatorOn("2018-05-24") == nullptr);
  const rules::Regulator* ico = law.RegulatorOn("2026-08-01");
  REQUIRE(ico != nullptr);
  CHECK(ico->short_name == "ICO");
  CHECK(ico->PostalAddressOn("2025-06-04").find("Wycliffe House") != std::string::npos);
  // Announced move (5 June 2025), no new address: a notice dated after it would outlive the address.
  CHECK(ico->PostalAddressOn("2025-06-05") == "");
  CHECK(ico->PostalAddressOn("2026-08-01") == "");
  // The Information Commission is data waiting for its commencement date, never printed before it.
  REQUIRE(law.pending.size() == 1);
  CHECK(law.pending[0].valid_from == "");
  CHECK(law.pending[0].name["en"] == "Information Commission");
  CHECK(law.RegulatorOn("2099-01-01") == ico);
}

TEST_CASE("a notice dated 1 August 2026 gives the ICO's website and helpline, not Wycliffe House") {
  std::string aug = BuiltText(Dated("2026-08-01"));
  CHECK(aug.find("0303 123 1113") != std::string::npos);
  CHECK(aug.find("https://ico.org.uk/make-a-complaint/") != std::string::npos);
  CHECK(aug.find("Wycliffe House") == std::string::npos);
  std::string early = BuiltText(Dated("2025-01-01"));
  CHECK(early.find("Wycliffe House, Water Lane, Wilmslow") != std::string::npos);
  // --as-of chooses the entry for another date than the notice's own.
  CHECK(BuiltText(Dated("2025-01-01"), "en", "2026-08-01").find("Wycliffe House") == std::string::npos);
  CHECK(BuiltText(Dated("2026-08-01"), "en", "2025-01-01").find("Wycliffe House") != std::string::npos);
}

TEST_CASE("a notice built with regulator data past its review date is warned, naming what to check") {
  CHECK(LintRule(Dated("2027-02-28"), "regulator-details").empty());
  CHECK(LintRule(Dated("2027-03-01"), "regulator-details") ==
        std::vector<std::string>{"the regulator's details pnc prints (data/regulator.json) were last reviewed on "
                                 "2026-12-06 and were due for review by 2027-03-01, before this notice's date "
                                 "2027-03-01, so they may be out of date"});
  CHECK(LintRule(Dated("2026-03-01"), "regulator-details", "2027-06-01") ==
        std::vector<std::string>{"the regulator's details pnc prints (data/regulator.json) were last reviewed on "
                                 "2026-12-06 and were due for review by 2027-03-01, before the --as-of date "
                                 "2027-06-01, so they may be out of date"});
  // An --as-of date before the notice's own date: not the review warning, but a warning that the
  // details printed are of a time before the notice was written (user test F24).
  CHECK(LintRule(Dated("2027-04-01"), "regulator-details", "2026-12-06") ==
        std::vector<std::string>{"the --as-of date 2026-12-06 is before this notice's own date 2027-04-01, so the "
                                 "regulator's details printed are those of a time before the notice was written"});
  CHECK(LintRule(Dated("2026-03-01"), "right-complain-ico", "2017-01-01") ==
        std::vector<std::string>{"the --as-of date '2017-01-01' is before 2018-05-25, the earliest date pnc supports "
                                 "(the GDPR and the Data Protection Act 2018; the UK GDPR from 2021)"});
}

TEST_CASE("a notice dated before UK GDPR is told the earliest date pnc supports, not pnc's data file") {
  const std::string source = Dated("2017-03-01").dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", source, &sink);
  rules::Lint(loaded.model, test::Data().law, {}, &sink);
  std::string text;
  for (const auto& d : sink.All()) {
    if (d.rule != "right-complain-ico") continue;
    text += d.message + "\n";
    for (const auto& h : d.hints) text += "hint: " + h + "\n";
  }
  CHECK(text ==
        "the notice is dated '2017-03-01', which is before 2018-05-25, the earliest date pnc supports (the GDPR and "
        "the Data Protection Act 2018; the UK GDPR from 2021)\nhint: set notice.last_updated to the date this version "
        "of the notice takes "
        "effect (on or after 2018-05-25)\n");
  CHECK(text.find("regulator.json") == std::string::npos);
}

TEST_CASE("the review warning tells a user what to do, and the maintainers what to check") {
  const std::string source = Dated("2027-03-01").dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", source, &sink);
  rules::Lint(loaded.model, test::Data().law, {}, &sink);
  std::string text;
  for (const auto& d : sink.All()) {
    if (d.rule != "regulator-details") continue;
    for (const auto& h : d.hints) text += "hint: " + h + "\n";
  }
  // A charity cannot edit pnc's data: it is told to check the regulator's own site and update pnc.
  CHECK(text.find("hint: before you publish, check the name, complaint page and helpline this notice gives for "
                  "the Information Commissioner's Office against https://ico.org.uk, and update pnc: a newer "
                  "release carries newer regulator details") != std::string::npos);
  CHECK(text.find("hint: for pnc's maintainers: check on the ICO's own website: whether DUAA 2025 ss.117-119 have "
                  "commenced") != std::string::npos);
}

TEST_CASE("the regulator data records its last review honestly") {
  const auto& law = test::Data().law;
  // Reviewed on a date, against a named source, with the next review a few months on (never more
  // than a year: the ICO's move and the Information Commission are pending).
  REQUIRE(law.regulator_reviewed.size() == 10);
  CHECK_FALSE(law.regulator_reviewed_against.empty());
  REQUIRE(law.regulator_review_by.size() == 10);
  CHECK(law.regulator_review_by > law.regulator_reviewed);
  const int reviewed =
      std::stoi(law.regulator_reviewed.substr(0, 4)) * 12 + std::stoi(law.regulator_reviewed.substr(5, 2));
  const int due =
      std::stoi(law.regulator_review_by.substr(0, 4)) * 12 + std::stoi(law.regulator_review_by.substr(5, 2));
  CHECK(due - reviewed <= 12);
  CHECK_FALSE(law.regulator_review.empty());
}

TEST_CASE("the draft linter flags Wycliffe House from the date pnc stops printing it") {
  // data/draft/vocabulary.json's Wycliffe House problem and data/regulator.json's print_until for
  // that address are one decision: kept equal here.
  std::ifstream in(std::string(PNC_DEFAULT_DATA_DIR) + "/data/draft/vocabulary.json");
  json vocabulary = json::parse(in, nullptr, true, true);
  std::string since;
  for (const auto& p : vocabulary.at("problems")) {
    if (p.value("id", "") == "wycliffe-house") since = p.value("since", "");
  }
  std::string print_until;
  for (const auto& r : test::Data().law.regulators) {
    for (const auto& a : r.postal_addresses) {
      if (a.match == "Wycliffe House") print_until = a.print_until;
    }
  }
  REQUIRE_FALSE(print_until.empty());
  CHECK(since == print_until);
}

TEST_CASE("transfer and automated-decision wording follows the law on the notice's date") {
  auto transfer = [](const std::string& date, const std::string& safeguard) {
    auto s = Dated(date);
    s["transfers"] = json::array({{{"destination", "Ireland"}, {"safeguard", safeguard}, {"detail", "Ask us."}}});
    return s;
  };
  for (const char* locale : {"en", "cy", "pl", "ar"}) {
    CAPTURE(locale);
    std::string after = BuiltText(transfer("2026-02-05", "adequacy"), locale);
    std::string before = BuiltText(transfer("2026-02-04", "adequacy"), locale);
    CHECK(after.find("45A") != std::string::npos);
    CHECK(before.find("45A") == std::string::npos);
    CHECK(before.find("17A") != std::string::npos);
  }
  std::string idta = BuiltText(transfer("2026-07-01", "idta"));
  CHECK(idta.find("issued by the Information Commissioner under section 119A of the Data Protection Act 2018") !=
        std::string::npos);
  CHECK(idta.find("Parliament") == std::string::npos);

  auto decision = [](const std::string& date) {
    auto s = Dated(date);
    s["automated_decisions"] = json::parse(R"([{"id":"score","name":"Risk score","logic":"Points.",
        "consequences":"Priority.","safeguards":"A worker reviews it.","data_categories":["health"],
        "special_category_condition":{"article_22b":"explicit-consent"}}])");
    return s;
  };
  for (const char* locale : {"en", "cy", "pl", "ar"}) {
    CAPTURE(locale);
    std::string after = BuiltText(decision("2026-02-05"), locale);
    std::string before = BuiltText(decision("2026-02-04"), locale);
    CHECK(after.find("22B") != std::string::npos);
    CHECK(before.find("22B") == std::string::npos);
    CHECK(before.find("22(4)") != std::string::npos);
  }
}

TEST_CASE("transfer safeguards are refused before they existed") {
  auto s = Dated("2023-01-01");
  s["transfers"] = json::array({{{"destination", "USA"}, {"safeguard", "uk-us-data-bridge"}}});
  CHECK(LintRule(s, "international-transfers") ==
        std::vector<std::string>{"transfer safeguard 'uk-us-data-bridge' did not exist before 2023-10-12 and this "
                                 "notice is dated 2023-01-01"});
  s["notice"]["last_updated"] = "2023-10-12";
  CHECK(LintRule(s, "international-transfers").empty());
}

TEST_CASE("a purpose's legal obligation is printed beside the basis") {
  auto s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = {"legal-obligation"};
  s["purposes"][0]["legal_obligation"] = "The Childcare Act 2006 requires us to keep these records.";
  CHECK(BuiltText(s).find("The Childcare Act 2006 requires us to keep these records.") != std::string::npos);
}

}  // namespace pnc
