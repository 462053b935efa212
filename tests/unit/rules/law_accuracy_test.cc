// tests: the law data behind the rules: Schedule 1 complete and its hints capped, the appropriate
// policy document, Art 22B conditions, legal obligation's hint by date, the vocabulary rules'
// dismissals, and the data files agreeing with the catalogues and the schema.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "law/registry.h"
#include "rules/lint.h"
#include "source/loader.h"
#include "source/reader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

json Patched(const char* patch) { return test::BaseSource().patch(json::parse(patch)); }

// Every diagnostic of a lint run, with hints, for the rule `rule`.
std::vector<diag::Diagnostic> Diags(const json& source, const std::string& rule, const std::string& as_of = "") {
  static std::string text;
  text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  rules::LintOptions options;
  options.as_of = as_of;
  if (loaded.parsed) rules::Lint(loaded.model, test::Data().law, options, &sink);
  std::vector<diag::Diagnostic> out;
  for (const auto& d : sink.All()) {
    if (d.rule == rule) out.push_back(d);
  }
  return out;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("Schedule 1 lists every paragraph of Parts 1-3 a charity could use, by its number and title") {
  const auto& law = test::Data().law;
  const std::pair<const char*, const char*> expected[] = {
      {"1", "Employment, social security and social protection"},
      {"2", "Health or social care purposes"},
      {"3", "Public health"},
      {"4", "Research etc"},
      {"6", "Statutory etc and government purposes"},
      {"7", "Administration of justice and parliamentary purposes"},
      {"8", "Equality of opportunity or treatment"},
      {"9", "Racial and ethnic diversity at senior levels of organisations"},
      {"10", "Preventing or detecting unlawful acts"},
      {"11", "Protecting the public against dishonesty etc"},
      {"12", "Regulatory requirements relating to unlawful acts and dishonesty etc"},
      {"13", "Journalism etc in connection with unlawful acts and dishonesty etc"},
      {"14", "Preventing fraud"},
      {"15", "Suspicion of terrorist financing or money laundering"},
      {"16", "Support for individuals with a particular disability or medical condition"},
      {"17", "Counselling etc"},
      {"18", "Safeguarding of children and of individuals at risk"},
      {"19", "Safeguarding of economic well-being of certain individuals"},
      {"20", "Insurance"},
      {"21", "Occupational pensions"},
      {"24", "Disclosure to elected representatives"},
      {"27", "Anti-doping in sport"},
      {"28", "Standards of behaviour in sport"},
      {"29", "Consent"},
      {"30", "Protecting individual's vital interests"},
      {"31", "Processing by not-for-profit bodies"},
      {"32", "Personal data in the public domain"},
      {"33", "Legal claims"}};
  CHECK(law.schedule_1.size() == std::size(expected));
  for (const auto& [para, title] : expected) {
    CAPTURE(para);
    auto it = std::find_if(law.schedule_1.begin(), law.schedule_1.end(),
                           [&](const rules::LawTerm& t) { return t.paragraph == para; });
    REQUIRE(it != law.schedule_1.end());
    CHECK(it->title == title);
    int n = std::stoi(para);
    CHECK(it->part == (n <= 4 ? 1 : n <= 28 ? 2 : 3));
    // An appropriate policy document: para 1(1)(b) and every Part 2 condition (para 5); not Part 3's own.
    CHECK(it->needs_apd == (n == 1 || (n >= 6 && n <= 28)));
    // Part 1 serves one Art 9 condition each, Part 2 substantial public interest, Part 3 only Art 10.
    const auto& f = it->for_conditions;
    if (n >= 6 && n <= 28) CHECK(std::count(f.begin(), f.end(), "substantial-public-interest") == 1);
    if (n >= 29) CHECK(f == std::vector<std::string>{"criminal"});
  }
  // Paragraphs limited to special category data cannot serve criminal offence data.
  for (const char* id : {"equality-of-opportunity", "racial-ethnic-diversity", "disability-support",
                         "economic-safeguarding", "occupational-pensions"}) {
    const auto* t = rules::LawData::Find(law.schedule_1, id);
    REQUIRE(t != nullptr);
    CHECK(std::count(t->for_conditions.begin(), t->for_conditions.end(), "criminal") == 0);
  }
}

TEST_CASE("every Schedule 1 condition has catalogue text in every locale; schema enums match the law data") {
  const auto& data = test::Data();
  for (const auto& [code, cat] : data.AllCatalogues()) {
    for (const auto& t : data.law.schedule_1) {
      CAPTURE(code);
      CAPTURE(t.id);
      CHECK(cat->Has("sch1." + t.id));
    }
    for (const auto& t : data.law.automated_special) CHECK(cat->Has("automated.special." + t.id));
    for (const auto& d : data.law.dated_text) {
      CHECK(cat->Has(d.key));
      CHECK(cat->Has(d.use));
    }
  }
  auto schema = json::parse(ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/schema/pnc-notice.schema.json"));
  CHECK(schema["definitions"]["schedule_1"]["enum"].get<std::vector<std::string>>() == rules::Ids(data.law.schedule_1));
  auto adm = schema["properties"]["automated_decisions"]["oneOf"][1]["items"]["properties"];
  CHECK(adm["special_category_condition"]["properties"]["article_22b"]["enum"].get<std::vector<std::string>>() ==
        rules::Ids(data.law.automated_special));
}

TEST_CASE("an unknown Schedule 1 condition lists a few valid ones, and a paragraph number finds its id") {
  auto unknown = Diags(Patched(R"([{"op":"replace","path":"/purposes/0/special_category_condition",
                                    "value":{"article_9":"substantial-public-interest","schedule_1":"safeguarding"}}])"),
                       "special-category-condition");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message == "unknown Schedule 1 condition 'safeguarding'; did you mean 'safeguarding-children'?");
  CHECK(unknown[0].hints ==
        std::vector<std::string>{"use one of: statutory-purposes, administration-of-justice, equality-of-opportunity, "
                                 "racial-ethnic-diversity, preventing-crime, protecting-the-public, "
                                 "regulatory-requirements, journalism and 11 more (see data/law.json)"});
  auto by_number = Diags(Patched(R"([{"op":"add","path":"/purposes/0/criminal_offence_condition",
                                      "value":{"schedule_1":"para 18"}},
                                     {"op":"add","path":"/data_categories/1/criminal_offence","value":true}])"),
                         "criminal-offence-condition");
  REQUIRE(by_number.size() == 1);
  CHECK(by_number[0].message ==
        "unknown Schedule 1 condition 'para 18'; did you mean 'safeguarding-children' (paragraph 18, Safeguarding of "
        "children and of individuals at risk)?");
  auto not_offered = Diags(Patched(R"([{"op":"add","path":"/purposes/0/criminal_offence_condition",
                                        "value":{"schedule_1":"sch1-para-22"}},
                                       {"op":"add","path":"/data_categories/1/criminal_offence","value":true}])"),
                           "criminal-offence-condition");
  REQUIRE(not_offered.size() == 1);
  CHECK(not_offered[0].message == "unknown Schedule 1 condition 'sch1-para-22'");
  REQUIRE(not_offered[0].hints.size() == 2);
  CHECK(not_offered[0].hints[1].rfind("Schedule 1 paragraph 22 is not a condition pnc offers", 0) == 0);
  // A paragraph limited to special category data is refused for criminal offence data.
  auto wrong = Diags(Patched(R"([{"op":"add","path":"/purposes/0/criminal_offence_condition",
                                  "value":{"schedule_1":"disability-support"}},
                                 {"op":"add","path":"/data_categories/1/criminal_offence","value":true}])"),
                     "criminal-offence-condition");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].message == "Schedule 1 condition 'disability-support' cannot be used for criminal offence data");
}

TEST_CASE("the appropriate policy document: expected for paras 1 and 5, answered by a link or by true") {
  const char* para16 = R"([{"op":"replace","path":"/purposes/0/special_category_condition",
                           "value":{"article_9":"substantial-public-interest","schedule_1":"disability-support"}},
                          {"op":"add","path":"/purposes/0/criminal_offence_condition","value":{"schedule_1":"employment"}},
                          {"op":"add","path":"/data_categories/1/criminal_offence","value":true}])";
  auto need = Diags(Patched(para16), "appropriate-policy-document");
  REQUIRE(need.size() == 1);
  CHECK(need[0].message ==
        "this notice relies on DPA 2018 Schedule 1 paragraphs 1 and 16, which need an appropriate policy document");
  auto held = Patched(para16);
  held["controller"]["appropriate_policy_document"] = true;
  CHECK(Diags(held, "appropriate-policy-document").empty());
  // Part 1 health or social care (para 2) needs none.
  CHECK(Diags(test::BaseSource(), "appropriate-policy-document").empty());
  // A linked document is printed beside the condition that needs it.
  auto linked = Patched(para16);
  linked["controller"]["appropriate_policy_document"] = "https://acme.example/apd";
  diag::Sink sink;
  auto doc = test::Build(linked, "en", &sink);
  bool found = false;
  for (const auto& s : doc.sections) {
    for (const auto& sub : s.children) {
      for (const auto& b : sub.blocks) {
        for (const auto& f : b.fields) {
          for (const auto& in : f.value) found = found || in.href == "https://acme.example/apd";
        }
      }
    }
  }
  CHECK(found);
}

TEST_CASE("automated decisions on special category data name their Art 22B condition") {
  const char* decision = R"([{"op":"replace","path":"/automated_decisions","value":[{"id":"score","name":"Risk score",
      "logic":"Points.","consequences":"Priority.","safeguards":"A worker reviews it.","data_categories":["health"]}]}])";
  auto none = Diags(Patched(decision), "automated-decisions");
  REQUIRE(none.size() == 1);
  CHECK(none[0].message ==
        "automated decision 'score' uses special category data 'health' but does not say which Art 22B condition "
        "allows it");
  auto with = [&](const char* condition, const char* date = "2026-07-01") {
    auto s = Patched(decision);
    s["automated_decisions"][0]["special_category_condition"] = json::parse(condition);
    s["notice"]["last_updated"] = date;
    return Diags(s, "automated-decisions");
  };
  CHECK(with(R"({"article_22b":"explicit-consent"})").empty());
  auto contract = with(R"({"article_22b":"contract"})");
  REQUIRE(contract.size() == 1);
  CHECK(contract[0].message ==
        "Art 22B with 9(2)(g) needs a DPA 2018 Schedule 1 substantial public interest condition");
  auto before = with(R"({"article_22b":"contract"})", "2025-12-01");
  REQUIRE(before.size() == 1);
  CHECK(before[0].message ==
        "Art 22(2)(a), 22(4) with 9(2)(g) needs a DPA 2018 Schedule 1 substantial public interest condition");
  CHECK(with(R"({"article_22b":"authorised-by-law","schedule_1":"safeguarding-children"})").empty());
  auto part1 = with(R"({"article_22b":"authorised-by-law","schedule_1":"health-social-care"})");
  REQUIRE(part1.size() == 1);
  CHECK(part1[0].message == "Schedule 1 condition 'health-social-care' is not a substantial public interest condition");
  auto typo = with(R"({"article_22b":"explicit-concent"})");
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].message == "unknown Art 22B condition 'explicit-concent'; did you mean 'explicit-consent'?");
}

TEST_CASE("legal obligation: the safeguarding hint follows the notice's date and the controller") {
  const char* safeguarding = R"([{"op":"replace","path":"/purposes/0/name","value":"Safeguarding children"},
                                 {"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"}])";
  auto after = Diags(Patched(safeguarding), "legal-obligation-law");
  REQUIRE(after.size() == 1);
  REQUIRE(after[0].hints.size() == 2);
  CHECK(after[0].hints[1] ==
        "safeguarding by a voluntary body seldom rests on a legal obligation: unless a law requires it of you, it "
        "usually rests on recognised legitimate interests (Art 6(1)(ea), Annex 1 para 5, safeguarding vulnerable "
        "individuals) or on legitimate interests (Art 6(1)(f)); both give people the right to object (Art 21)");
  auto early = Patched(safeguarding);
  early["notice"]["last_updated"] = "2025-11-01";
  auto before = Diags(early, "legal-obligation-law");
  REQUIRE(before.size() == 1);
  REQUIRE(before[0].hints.size() == 2);
  CHECK(before[0].hints[1].find("recognised") == std::string::npos);
  auto public_body = Patched(safeguarding);
  public_body["controller"]["public_authority"] = true;
  auto pa = Diags(public_body, "legal-obligation-law");
  REQUIRE(pa.size() == 1);
  CHECK(pa[0].hints.size() == 1);
  // A purpose that is not about safeguarding gets only the first hint.
  auto plain = Diags(Patched(R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"}])"),
                     "legal-obligation-law");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].hints.size() == 1);
}

TEST_CASE("the vocabulary rules: Welsh text, dismissals, and contradictions") {
  auto welsh = Patched(R"([{"op":"replace","path":"/data_categories/0/name",
                            "value":{"en":"Family details","cy":"Manylion perthynas yn y carchar"}},
                           {"op":"add","path":"/notice/locales","value":["en","cy"]}])");
  auto w = Diags(welsh, "possible-criminal-offence-data");
  REQUIRE(w.size() == 1);
  CHECK(w[0].message ==
        "data category 'contact' mentions 'carchar', which is often criminal offence data, but is not marked "
        "criminal_offence");
  auto both = Patched(R"([{"op":"add","path":"/data_categories/1/criminal_offence","value":true},
                          {"op":"add","path":"/data_categories/1/not_criminal_offence","value":"n"}])");
  auto contradiction = Diags(both, "invalid-value");
  REQUIRE(contradiction.size() == 1);
  CHECK(contradiction[0].message == "data category 'health' is marked both criminal_offence and not_criminal_offence");
  // A recording category whose purpose says nothing of private places is not flagged.
  CHECK(Diags(Patched(R"([{"op":"replace","path":"/data_categories/0/name","value":"CCTV in the car park"}])"),
              "private-place-recording")
            .empty());
  auto dismissed = Patched(R"([{"op":"replace","path":"/data_categories/0/name","value":"CCTV outside bedrooms"},
                               {"op":"add","path":"/data_categories/0/not_special_category",
                                "value":"Cameras cover corridors only, never inside a bedroom."}])");
  CHECK(Diags(dismissed, "private-place-recording").empty());
}

TEST_CASE("the new free-text fields are translated like every other") {
  auto s = Patched(R"([{"op":"add","path":"/notice/locales","value":["en","cy"]},
                       {"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"},
                       {"op":"add","path":"/purposes/0/legal_obligation","value":"The Childcare Act 2006."}])");
  bool found = false;
  for (const auto& d : Diags(s, "missing-translation")) found = found || d.pointer == "/purposes/0/legal_obligation";
  CHECK(found);
}

TEST_CASE("every rule id is listed in the README's rules section") {
  std::string readme = ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/README.md");
  size_t start = readme.find("\n## Rules\n");
  REQUIRE(start != std::string::npos);
  size_t end = readme.find("\n## ", start + 1);
  std::string section = readme.substr(start, end - start);
  for (const auto& r : rules::AllRules()) {
    CAPTURE(r.id);
    CHECK(section.find("`" + std::string(r.id) + "`") != std::string::npos);
  }
}

}  // namespace pnc

namespace pnc {

// The README's account of how pnc's rule ids differ from ../shared/law/checklist.md is complete:
// every id the checklist has and pnc lacks, and every id pnc has and the checklist lacks, is named
// in that paragraph (which says why), and nothing else is.
TEST_CASE("the README explains every difference between pnc's rule ids and the checklist's") {
  const std::string checklist_path = std::string(PNC_DEFAULT_DATA_DIR) + "/../shared/law/checklist.md";
  if (!std::filesystem::exists(checklist_path)) {
    MESSAGE("skipped: ../shared/law/checklist.md is not present");
    return;
  }
  const std::string checklist = ReadAll(checklist_path);
  // Checklist ids: the first backquoted word of a table row ("| 5 | `lawful-basis` |" or "| `timing` |").
  std::set<std::string> theirs;
  size_t at = 0;
  while ((at = checklist.find("\n|", at)) != std::string::npos) {
    size_t eol = checklist.find('\n', at + 1);
    std::string row = checklist.substr(at + 1, eol - at - 1);
    at = eol == std::string::npos ? checklist.size() : eol;
    size_t cell = row.find('|', 1);
    std::string first = row.substr(1, cell == std::string::npos ? std::string::npos : cell - 1);
    if (first.find_first_not_of(" 0123456789") == std::string::npos && cell != std::string::npos) {
      size_t next = row.find('|', cell + 1);
      first = row.substr(cell + 1, next - cell - 1);
    }
    size_t open = first.find('`'), close = first.rfind('`');
    if (open == std::string::npos || close <= open) continue;
    std::string id = first.substr(open + 1, close - open - 1);
    if (id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos) theirs.insert(id);
  }
  REQUIRE(theirs.count("lawful-basis") == 1);
  std::set<std::string> ours;
  for (const auto& r : rules::AllRules()) ours.insert(std::string(r.id));
  const std::string readme = ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/README.md");
  size_t from = readme.find("Ids match `../shared/law/checklist.md`");
  REQUIRE(from != std::string::npos);
  const std::string paragraph = readme.substr(from, readme.find("\n\n", from) - from);
  std::set<std::string> named;
  for (size_t i = 0; (i = paragraph.find('`', i)) != std::string::npos;) {
    size_t j = paragraph.find('`', i + 1);
    if (j == std::string::npos) break;
    named.insert(paragraph.substr(i + 1, j - i - 1));
    i = j + 1;
  }
  std::set<std::string> differ;
  for (const auto& id : ours) {
    if (!theirs.count(id)) differ.insert(id);
  }
  for (const auto& id : theirs) {
    if (!ours.count(id)) differ.insert(id);
  }
  for (const auto& id : differ)
    CHECK_MESSAGE(named.count(id) == 1, "'" << id << "' differs but the README does not say so");
  for (const auto& id : named) {
    if (id.find('/') != std::string::npos || id.find('.') != std::string::npos || id.find('_') != std::string::npos)
      continue;
    CHECK_MESSAGE(differ.count(id) == 1, "the README names '" << id << "' as a difference, but it is not one");
  }
}

// Review of #11, item 17: the README lists the ids a source may use, equal to the data they come from.
TEST_CASE("the README's value vocabularies are those of data/law.json and the schema") {
  const std::string readme = ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/README.md");
  auto line = [](const std::vector<std::string>& ids) {
    std::string s;
    for (const auto& id : ids) s += (s.empty() ? "`" : ", `") + id + "`";
    return s + "\n";
  };
  const auto& law = test::Data().law;
  const std::pair<const char*, std::vector<std::string>> lists[] = {
      {"(`purposes[].lawful_bases`): ", rules::Ids(law.bases)},
      {"(`purposes[].recognised_legitimate_interest`): ", rules::Ids(law.recognised)},
      {"(`special_category_condition.article_9`): ", rules::Ids(law.article_9)},
      {"(`special_category_condition.schedule_1, criminal_offence_condition.schedule_1`): ",
       rules::Ids(law.schedule_1)},
      {"(`transfers[].safeguard`): ", rules::Ids(law.safeguards)},
      {"(`automated_decisions[].special_category_condition.article_22b`): ", rules::Ids(law.automated_special)},
      {"(`automated_decisions[].exception`): ", rules::Ids(law.automated_special)},
  };
  for (const auto& [where, ids] : lists) {
    CAPTURE(where);
    CHECK(readme.find(std::string(where) + line(ids)) != std::string::npos);
  }
  const auto schema =
      nlohmann::json::parse(ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/schema/pnc-notice.schema.json"));
  std::vector<std::string> kinds;  // one answer of a purpose's requirement (an object, or each of a list)
  for (const auto& k : schema["definitions"]["requirementAnswer"]["properties"]["type"]["enum"]) {
    kinds.push_back(k.get<std::string>());
  }
  REQUIRE_FALSE(kinds.empty());
  CHECK(readme.find("(`purposes[].requirement.type`): " + line(kinds)) != std::string::npos);
  CHECK(readme.find("(`other_formats`): " + line(source::KnownFormats())) != std::string::npos);
  // L27 (review s29): the Art 22(2) exception takes the ids of the Art 22B conditions.
  std::vector<std::string> exceptions;
  for (const auto& e :
       schema["properties"]["automated_decisions"]["oneOf"][1]["items"]["properties"]["exception"]["enum"]) {
    exceptions.push_back(e.get<std::string>());
  }
  CHECK(exceptions == rules::Ids(law.automated_special));
}

}  // namespace pnc
