// tests: legal review s28 (notes/review-s28.md): Art 22B(4) (L4), Art 12A's pause for clarification
// (L1), a public authority's bases, DPO and not-for-profit conditions (L5, L6, L19), consent from
// children under 13 to an online service (L2), and no "right" to complain to us before 19 June 2026 (L16).
#include <doctest/doctest.h>

#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

std::string Lint(const json& source) { return test::LintJson(source); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The hints of every diagnostic under `rule`, one a line.
std::string Hints(const json& source, const std::string& rule) {
  const std::string text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  if (loaded.parsed) rules::Lint(loaded.model, test::Data().law, {}, &sink);
  std::string out;
  for (const auto& d : sink.All()) {
    if (d.rule != rule) continue;
    for (const auto& h : d.hints) out += h + "\n";
  }
  return out;
}

// BaseSource with a grants purpose on `basis` (income data) and an automated decision using income.
json Grants(const std::string& basis, const std::string& date = "2026-07-01") {
  json s = test::BaseSource();
  s["notice"]["last_updated"] = date;
  s["data_categories"].push_back({{"id", "income"}, {"name", "Household income"}, {"sources", {"you"}}});
  json p = {{"id", "grants"},
            {"name", "Household grants"},
            {"data_subjects", {"parents"}},
            {"data_categories", {"contact", "income"}},
            {"lawful_bases", {basis}},
            {"requirement", {{"type", "none"}}}};
  if (basis == "recognised-legitimate-interests") p["recognised_legitimate_interest"] = "crime";
  s["purposes"].push_back(p);
  s["automated_decisions"] = json::array({{{"id", "grant-score"},
                                           {"name", "Grant eligibility"},
                                           {"data_categories", {"income"}},
                                           {"logic", "A computer compares income with a threshold."},
                                           {"consequences", "The grant is paid or refused."},
                                           {"safeguards", "You can ask a person to look again."}}});
  return s;
}

std::string Html(const json& source, const std::string& locale) {
  diag::Sink sink;
  return test::HtmlOf(test::Build(source, locale, &sink));
}

json Authority() {
  json s = test::BaseSource();
  s["controller"]["public_authority"] = true;
  return s;
}

}  // namespace

TEST_CASE("L4: a solely automated decision on data processed under a recognised legitimate interest is an error") {
  const std::string got = Lint(Grants("recognised-legitimate-interests"));
  CHECK_MESSAGE(Has(got,
                    "error: automated decision 'grant-score' uses data that only purpose 'grants' processes in full "
                    "about the same people, on a recognised legitimate interest: a solely automated significant "
                    "decision cannot rest on Art 6(1)(ea) (Art 22B(4)) [automated-decisions]"),
                got);
  // Review s30 L38: the hint no longer tells the author to move a purpose off (ea).
  const std::string hints = Hints(Grants("recognised-legitimate-interests"), "automated-decisions");
  CHECK(Has(hints, "have a person take the decision (remove it from automated_decisions)"));
  CHECK_FALSE(Has(hints, "rely on another basis"));
  // Another basis: no such error.
  CHECK_FALSE(Has(Lint(Grants("public-task")), "22B(4)"));
  // Before 5 Feb 2026 Art 22 applied and (ea) did not exist (lawful-basis says so): no Art 22B(4) error.
  CHECK_FALSE(Has(Lint(Grants("recognised-legitimate-interests", "2026-01-20")), "22B(4)"));
}

TEST_CASE("L4: a recognised legitimate interest purpose about other people does not feed the decision") {
  // The decision is about parents (their income, on public task); staff grants use income on (ea).
  json s = Grants("recognised-legitimate-interests");
  s["data_subjects"].push_back({{"id", "staff"}, {"name", "Staff"}});
  s["purposes"][1]["data_subjects"] = {"staff"};
  s["purposes"][0]["data_categories"].push_back("income");
  s["automated_decisions"][0]["data_subjects"] = {"parents"};
  CHECK_FALSE(Has(Lint(s), "22B(4)"));
  s["purposes"][1]["data_subjects"] = {"staff", "parents"};
  // The parents' income is also processed on contract ('support'): which processing the decision rests
  // on is not in the source, so no error (review s30 L38); with (ea) the only processing, an error.
  CHECK_FALSE(Has(Lint(s), "22B(4)"));
  s["purposes"][0]["data_categories"] = {"contact", "health"};
  CHECK(Has(Lint(s), "22B(4)"));
}

TEST_CASE("L1: Art 12A: a question about the request pauses the month; only identity and a fee move its start") {
  json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  const std::string en = Html(s, "en");
  CHECK_FALSE(Has(en, "an answer to a question about your request"));
  CHECK(Has(en, "If we need proof of who you are, or a fee the law allows, it starts when we receive it"));
  CHECK(Has(en, "the time between our question and your answer does not count"));
  const std::string cy = Html(s, "cy");
  CHECK_FALSE(Has(cy, "neu ateb i gwestiwn am eich cais"));
  const bool paused = Has(cy, "nid yw&#39;r amser rhwng ein cwestiwn a&#39;ch ateb yn cyfrif") ||
                      Has(cy, "nid yw’r amser rhwng ein cwestiwn a’ch ateb yn cyfrif") ||
                      Has(cy, "nid yw'r amser rhwng ein cwestiwn a'ch ateb yn cyfrif");
  CHECK(paused);
}

TEST_CASE("L16: before 19 June 2026 the notice asks people to tell us first; from then it states the right") {
  json s = test::BaseSource();
  s["notice"]["last_updated"] = "2026-06-18";
  const std::string before = Html(s, "en");
  CHECK_FALSE(Has(before, "you have the right to complain to us"));
  CHECK(Has(before, "uses your information, please tell us first. Contact us:"));
  s["notice"]["last_updated"] = "2026-06-19";
  const std::string from = Html(s, "en");
  CHECK(Has(from, "you have the right to complain to us"));
  CHECK_FALSE(Has(from, "uses your information, please tell us first"));
}

TEST_CASE("L5: a public authority on legitimate interests is an error unless the purpose is not one of its tasks") {
  json s = Authority();
  s["purposes"][0]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][0]["legitimate_interest"] = "To run our services.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "error: purpose 'support' relies on legitimate interests, which a public authority cannot "
                    "use for its tasks (Art 6(1)) [public-authority]"),
                got);
  CHECK(Has(Hints(s, "public-authority"), "use 'public-task' (Art 6(1)(e)) for the authority's functions"));
  s["purposes"][0]["not_public_task"] = "Fundraising from supporters is not one of the council's functions.";
  CHECK_FALSE(Has(Lint(s), "[public-authority]"));
  // Not a public authority: legitimate interests are open to it.
  s["controller"]["public_authority"] = false;
  s["purposes"][0].erase("not_public_task");
  CHECK_FALSE(Has(Lint(s), "[public-authority]"));
}

TEST_CASE("L6: a public authority must designate a DPO (Art 37(1)(a))") {
  json s = Authority();
  s["dpo"]["designated"] = false;
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "t.json:37:19: error: the controller is a public authority but has no designated Data "
                    "Protection Officer [dpo-contact]"),
                got);
  CHECK(Has(Hints(s, "dpo-contact"), "only courts acting in their judicial capacity are exempt"));
  s.erase("dpo");
  CHECK(Has(Lint(s), "error: the controller is a public authority but has no designated Data Protection Officer"));
  CHECK_FALSE(Has(Lint(Authority()), "has no designated Data Protection Officer"));
}

TEST_CASE("L19: the not-for-profit conditions are not open to a public authority") {
  json s = Authority();
  s["purposes"][0]["special_category_condition"] = {{"article_9", "not-for-profit-body"}};
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "error: purpose 'support' relies on 'not-for-profit-body' (Art 9(2)(d)), a condition only a "
                    "not-for-profit body can use, but the controller is a public authority [public-authority]"),
                got);
  s["purposes"][0]["special_category_condition"] = {{"article_9", "substantial-public-interest"},
                                                    {"schedule_1", "disability-support"}};
  CHECK(Has(Lint(s), "relies on 'disability-support' (DPA 2018 Sch 1 para 16)"));
  s["controller"]["public_authority"] = false;
  CHECK_FALSE(Has(Lint(s), "[public-authority]"));
}

TEST_CASE("L2: consent to an online service from children under 13 needs a parent or carer") {
  json s = test::BaseSource();
  s["data_subjects"].push_back(
      {{"id", "young"}, {"name", "Young people"}, {"children", true}, {"ages", {{"from", 11}, {"to", 17}}}});
  s["data_categories"].push_back({{"id", "app"}, {"name", "App account"}, {"sources", {"you"}}});
  s["purposes"].push_back({{"id", "app"},
                           {"name", "Our app"},
                           {"data_subjects", {"young"}},
                           {"data_categories", {"app"}},
                           {"lawful_bases", {"consent"}},
                           {"automated_means", true},
                           {"online_service", true},
                           {"requirement", {{"type", "none"}}}});
  const std::string got = Lint(s);
  CHECK_MESSAGE(Has(got,
                    "error: purpose 'app' asks for consent to an online service from 'young', aged 11 to 17, but "
                    "does not say that a parent or carer consents for those under 13 [child-online-consent]"),
                got);
  json with = s;
  with["purposes"][1]["parental_consent"] = true;
  CHECK_FALSE(Has(Lint(with), "[child-online-consent]"));
  json older = s;
  older["data_subjects"][1]["ages"] = {{"from", 13}, {"to", 17}};
  CHECK_FALSE(Has(Lint(older), "[child-online-consent]"));
  json offline = s;
  offline["purposes"][1].erase("online_service");
  CHECK_FALSE(Has(Lint(offline), "[child-online-consent]"));
  json no_ages = s;
  no_ages["data_subjects"][1].erase("ages");
  CHECK(Has(Lint(no_ages),
            "warning: purpose 'app' asks for consent to an online service from children group 'young', "
            "which gives no ages"));
}

}  // namespace pnc
