// tests: legal review s30 (notes/review-s30.md): Art 22C safeguards given as "None." (L36), partial
// adequacy for Canada and Japan (L37), Art 22B(4) only for the decision's own processing (L38), the
// preventive or counselling service exclusion from Art 8 (L39), direct marketing on a recognised
// legitimate interest (L41), consent beside conditions that apply only without it (L42), and solely
// automated decisions about children (L45).
#include <doctest/doctest.h>

#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

std::string Lint(const json& source) { return test::LintJson(source); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string Html(const json& source, const std::string& locale = "en") {
  diag::Sink sink;
  return test::HtmlOf(test::Build(source, locale, &sink));
}

// BaseSource with one solely automated decision about the parents, on their contact details.
json Decided(const std::string& safeguards) {
  json s = test::BaseSource();
  s["automated_decisions"] = json::array({{{"id", "score"},
                                           {"name", "Waiting list order"},
                                           {"data_categories", {"contact"}},
                                           {"logic", "A computer orders requests by the date they arrive."},
                                           {"consequences", "A later request waits longer."},
                                           {"safeguards", safeguards}}});
  return s;
}

// BaseSource with a transfer on 'adequacy' to `destination`.
json Transfer(const std::string& destination) {
  json s = test::BaseSource();
  s["transfers"] = json::array({{{"destination", destination}, {"safeguard", "adequacy"}, {"recipients", {"la"}}}});
  return s;
}

// BaseSource with a young people's app on consent, offered online to 11 to 17-year-olds.
json App() {
  json s = test::BaseSource();
  s["data_subjects"].push_back(
      {{"id", "young"}, {"name", "Young people"}, {"children", true}, {"ages", {{"from", 11}, {"to", 17}}}});
  s["data_categories"].push_back({{"id", "chat"}, {"name", "Chat messages"}, {"sources", {"you"}}});
  s["purposes"].push_back({{"id", "app"},
                           {"name", "Online counselling"},
                           {"data_subjects", {"young"}},
                           {"data_categories", {"chat"}},
                           {"lawful_bases", {"consent"}},
                           {"automated_means", true},
                           {"online_service", true},
                           {"recipients", "none"},
                           {"requirement", {{"type", "none"}}}});
  s["retention"]["records"].push_back(
      {{"id", "chats"}, {"name", "Chats"}, {"data_categories", {"chat"}}, {"period", "1 year"}});
  return s;
}

}  // namespace

TEST_CASE("L36: a decision whose safeguards say there are none is an error; a real one is not") {
  for (const char* none : {"None.", "none", "N/A.", "Not applicable", "nil", "No.", "Dim", "There are none."}) {
    CAPTURE(none);
    const std::string got = Lint(Decided(none));
    CHECK_MESSAGE(Has(got, "error: automated decision 'score' gives its safeguards as '" + std::string(none) +
                               "', but a solely automated significant decision must have them (Art 22C) "
                               "[automated-decisions]"),
                  got);
  }
  CHECK_FALSE(Has(Lint(Decided("No decision is final until you have had a chance to ask a person to look at it.")),
                  "gives its safeguards as"));
  CHECK_FALSE(Has(Lint(Decided("You can ask a member of staff to look at it again.")), "gives its safeguards as"));
  // Before 5 Feb 2026 the safeguards were Art 22(3)'s.
  json old = Decided("None.");
  old["notice"]["last_updated"] = "2025-06-01";
  old["automated_decisions"][0]["exception"] = "contract";
  CHECK(Has(Lint(old), "must have them (Art 22(3))"));
}

TEST_CASE("L36: a notice with a decision states the Art 22C safeguards from the catalogue, once") {
  const std::string html = Html(Decided("Ask our office to look again."));
  CHECK(Count(html, "give us your point of view, ask for a person to review it, and challenge the decision") == 1);
  CHECK(Has(html, "Ask our office to look again."));
  CHECK_FALSE(Has(Html(test::BaseSource()), "challenge the decision"));
}

TEST_CASE("L37: adequacy for Canada and Japan covers only some organisations there") {
  const std::string canada = Lint(Transfer("Canada (University of Toronto research team)"));
  CHECK_MESSAGE(Has(canada,
                    "warning: the transfer to 'Canada (University of Toronto research team)' relies on 'adequacy', "
                    "but the UK regulations for Canada cover only organisations subject to its commercial privacy "
                    "law, PIPEDA"),
                canada);
  const std::string japan = Lint(Transfer("Japan (Kyoto city council youth team)"));
  CHECK_MESSAGE(Has(japan,
                    "but the UK regulations for Japan cover only private-sector business operators under its Act on "
                    "the Protection of Personal Information"),
                japan);
  json confirmed = Transfer("Canada (survey software company)");
  confirmed["transfers"][0]["recipient_covered"] = true;
  CHECK_FALSE(Has(Lint(confirmed), "[international-transfers]"));
  CHECK_FALSE(Has(Lint(Transfer("Ireland (cloud storage)")), "[international-transfers]"));
  CHECK_FALSE(Has(Lint(Transfer("New Zealand (backup)")), "[international-transfers]"));
}

TEST_CASE("L38: Art 22B(4) looks only at the processing for the decision") {
  // The bursary decision uses income and contact details, processed on legitimate interests; reporting
  // crime uses contact details on a recognised legitimate interest: that is other processing.
  json s = Decided("Ask a person to look again.");
  s["data_categories"].push_back({{"id", "income"}, {"name", "Household income"}, {"sources", {"you"}}});
  s["purposes"].push_back({{"id", "bursary"},
                           {"name", "Bursaries"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"contact", "income"}},
                           {"lawful_bases", {"legitimate-interests"}},
                           {"legitimate_interest", "Sharing out bursaries fairly."},
                           {"requirement", {{"type", "none"}}}});
  s["purposes"].push_back({{"id", "police"},
                           {"name", "Reporting crime"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"recognised-legitimate-interests"}},
                           {"recognised_legitimate_interest", "crime"},
                           {"requirement", {{"type", "none"}}}});
  s["recipients"][0]["purposes"] = {"support", "bursary", "police"};
  s["retention"]["records"][0]["data_categories"] = {"contact", "health", "income"};
  s["automated_decisions"][0]["data_categories"] = {"income", "contact"};
  std::string got = Lint(s);
  CHECK_MESSAGE(!Has(got, "22B(4)"), got);
  // The bursary purpose on a recognised legitimate interest too: the decision's own processing.
  s["purposes"][1]["lawful_bases"] = {"recognised-legitimate-interests"};
  s["purposes"][1]["recognised_legitimate_interest"] = "crime";
  s["purposes"][1].erase("legitimate_interest");
  got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "error: automated decision 'score' uses data that only purpose 'bursary' processes in full about "
                    "the same people, on a recognised legitimate interest: a solely automated significant decision "
                    "cannot rest on Art 6(1)(ea) (Art 22B(4)) [automated-decisions]"),
                got);
  // Income processed on (ea) alone, even though no (ea) purpose holds all of the decision's data.
  s["purposes"][1]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][1]["legitimate_interest"] = "Sharing out bursaries fairly.";
  s["purposes"][1].erase("recognised_legitimate_interest");
  s["purposes"][1]["data_categories"] = {"contact"};
  s["purposes"][2]["data_categories"] = {"contact", "income"};
  s["automated_decisions"][0]["data_categories"] = {"income", "health"};
  got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "automated decision 'score' uses 'income', which only purpose 'police' processes about the "
                    "same people, on a recognised legitimate interest"),
                got);
}

TEST_CASE("L39: a preventive or counselling service needs no parent's consent, and the notice says why") {
  json s = App();
  CHECK(Has(Lint(s), "[child-online-consent]"));
  CHECK_FALSE(Has(Html(s), "preventive or counselling service"));
  s["purposes"][1]["counselling_service"] = true;
  const std::string got = Lint(s);
  CHECK_MESSAGE(!Has(got, "[child-online-consent]"), got);
  CHECK(Has(Html(s),
            "This is a preventive or counselling service. For such a service, a child under 13 does not need a "
            "parent&#39;s or carer&#39;s agreement to give consent (UK GDPR Article 8(1A))."));
  s["notice"]["locales"] = {"en", "cy"};
  CHECK(Has(Html(s, "cy"), "Gwasanaeth ataliol neu gwnsela yw hwn"));
  // Before 2021 the exclusion was in DPA 2018 s.9(b).
  json old = s;
  old["notice"]["last_updated"] = "2020-06-01";
  CHECK(Has(Html(old), "agreement to give consent (Data Protection Act 2018, section 9)."));
  // Not printed for a purpose that does not rely on consent: Art 8 is about consent.
  s["purposes"][1]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][1]["legitimate_interest"] = "Offering young people someone to talk to.";
  CHECK_FALSE(Has(Html(s), "preventive or counselling service"));
}

TEST_CASE("L41: direct marketing cannot rest on a recognised legitimate interest") {
  json s = test::BaseSource();
  s["purposes"].push_back({{"id", "news"},
                           {"name", "Newsletters about our events"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"recognised-legitimate-interests"}},
                           {"recognised_legitimate_interest", "safeguarding"},
                           {"direct_marketing", true},
                           {"recipients", "none"},
                           {"requirement", {{"type", "none"}}}});
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "error: purpose 'news' is direct marketing but relies on a recognised legitimate interest: no "
                    "Annex 1 condition covers direct marketing [recognised-legitimate-interest]"),
                got);
  s["purposes"][1]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][1]["legitimate_interest"] = "Telling families about our events.";
  s["purposes"][1].erase("recognised_legitimate_interest");
  CHECK_FALSE(Has(Lint(s), "is direct marketing but"));
}

TEST_CASE("L42: consent beside a condition that applies only without consent is a warning") {
  json s = App();
  s["purposes"][1]["parental_consent"] = true;
  s["data_categories"][2]["special_category"] = true;
  s["purposes"][1]["special_category_condition"] = {{"article_9", "vital-interests"}};
  std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "warning: purpose 'app' relies on consent (Art 6(1)(a)), but 'vital-interests' (Art 9(2)(c)) "
                    "applies only where there is no consent from the person [special-category-condition]"),
                got);
  s["purposes"][1]["special_category_condition"] = {{"article_9", "substantial-public-interest"},
                                                    {"schedule_1", "safeguarding-children"}};
  got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "warning: purpose 'app' relies on consent (Art 6(1)(a)), but Schedule 1 condition "
                    "'safeguarding-children' (DPA 2018 Sch 1 para 18) applies only where there is no consent from the "
                    "person [special-category-condition]"),
                got);
  // Explicit consent with a condition that does not presuppose its absence: no warning.
  s["purposes"][1]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  CHECK_FALSE(Has(Lint(s), "applies only where there is no consent"));
  // Criminal offence data on para 10 for a purpose on consent.
  json c = test::BaseSource();
  c["data_categories"].push_back(
      {{"id", "incidents"}, {"name", "Incident reports"}, {"criminal_offence", true}, {"sources", {"you"}}});
  c["purposes"][0]["data_categories"].push_back("incidents");
  c["purposes"][0]["lawful_bases"] = {"consent"};
  c["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  c["purposes"][0]["criminal_offence_condition"] = {{"schedule_1", "preventing-crime"}};
  got = Lint(c);
  CHECK_MESSAGE(Has(got,
                    "but Schedule 1 condition 'preventing-crime' (DPA 2018 Sch 1 para 10) applies only where "
                    "there is no consent from the person [criminal-offence-condition]"),
                got);
  c["purposes"][0]["criminal_offence_condition"] = {{"schedule_1", "consent"}};
  CHECK_FALSE(Has(Lint(c), "applies only where there is no consent"));
}

TEST_CASE("L45: a solely automated decision about children is a warning") {
  json s = App();
  s["purposes"][1]["parental_consent"] = true;
  s["automated_decisions"] = json::array({{{"id", "pause"},
                                           {"name", "Pausing a chat"},
                                           {"data_subjects", {"young"}},
                                           {"data_categories", {"chat"}},
                                           {"logic", "A computer looks for words about harm."},
                                           {"consequences", "Your chat may be paused."},
                                           {"safeguards", "A youth worker reviews every pause within an hour."}}});
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "warning: automated decision 'pause' concerns children ('young'): solely automated significant "
                    "decisions should not concern a child (Recital 71) [automated-decisions]"),
                got);
  s["automated_decisions"][0]["data_subjects"] = {"parents"};
  s["automated_decisions"][0]["data_categories"] = {"contact"};
  CHECK_FALSE(Has(Lint(s), "concerns children"));
}

}  // namespace pnc
