// tests: follow-ups to issue 11 from an independent DPO review (notes/review-11-decisions.md):
// empty values, placeholders and their explicit dismissal, law keys that cannot be overridden,
// one-paragraph overrides, children's wording against adult facts, role names, `unconfirmed` on
// more objects, proper names without translation, and the complaints section before s.164A.
// Each behaviour has a failing source with the exact diagnostic and a passing one.
#include <doctest/doctest.h>

#include <algorithm>

#include "notice/explain.h"
#include "rules/lint.h"
#include "source/loader.h"
#include "source/placeholder.h"
#include "test_support.h"

namespace pnc {
namespace {

// The JSON pointers of the diagnostics of `rule` when `source` is linted, one per place (the
// terminal output folds a run of missing translations into one: report/format.cc).
std::vector<std::string> PointersOf(const nlohmann::json& source, const std::string& rule) {
  const std::string text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  rules::LintOptions options{.catalogue = &test::Data().Catalogue("en")->messages(),
                             .english = test::Data().Catalogue("en")};
  rules::Lint(loaded.model, test::Data().law, options, &sink);
  std::vector<std::string> out;
  for (const auto& d : sink.All()) {
    if (d.rule == rule) out.push_back(d.pointer);
  }
  return out;
}

using nlohmann::json;

json Patched(const std::string& patch) { return test::BaseSource().patch(json::parse(patch)); }

// The diagnostics of a patched base source, and whether `line` is one of them.
bool Says(const std::string& patch, const std::string& line) {
  std::string got = test::LintJson(Patched(patch));
  bool found = got.find(line + "\n") != std::string::npos;
  if (!found) MESSAGE("looked for: " << line << "\ngot:\n" << got);
  return found;
}

bool Clean(const std::string& patch, const std::string& rule) {
  std::string got = test::LintJson(Patched(patch));
  bool clean = got.find("[" + rule + "]") == std::string::npos;
  if (!clean) MESSAGE("got:\n" << got);
  return clean;
}

// A children's version for a club (as rules_test.cc's ChildClub): `club_child` is the purpose's
// children's wording, `period`/`child` the retention record's.
std::string Club(const std::string& club_child, const std::string& period, const std::string& child,
                 const std::string& more = "") {
  return R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"},
      {"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true}},
      {"op":"add","path":"/sources/0/child","value":"You."},
      {"op":"add","path":"/data_categories/-","value":{"id":"games","name":"Games played","sources":["you"],"child":"The games you play."}},
      {"op":"add","path":"/purposes/-","value":{"id":"club","name":"Running the club","data_subjects":["kids"],"data_categories":["games"],
        "lawful_bases":["legitimate-interests"],"legitimate_interest":"Running the club.","requirement":{"type":"none"},"child":")" +
         club_child + R"("}},
      {"op":"add","path":"/retention/records/-","value":{"id":"games","name":"Games","data_categories":["games"],"period":")" +
         period + R"(","child":")" + child + "\"}}" + more + "]";
}

}  // namespace

// Item 8: an empty value never satisfies a rule.
TEST_CASE("empty or blank published values are errors at the field") {
  CHECK(Says(R"([{"op":"replace","path":"/retention/records/0/period","value":""}])",
             "t.json:87:19: error: 'period' is empty [missing-field]"));
  CHECK(Says(R"([{"op":"replace","path":"/retention/records/0/period","value":"  \n "}])",
             "t.json:87:19: error: 'period' is empty [missing-field]"));
  CHECK(Says(R"([{"op":"add","path":"/purposes/0/legitimate_interest","value":" "}])",
             "t.json:58:30: error: 'legitimate_interest' is empty [missing-field]"));
  CHECK(Says(R"([{"op":"add","path":"/dpo/name","value":"\u00a0"}])",
             "t.json:38:13: error: 'name' is empty [missing-field]"));
  CHECK(Says(R"([{"op":"add","path":"/controller/phone","value":""}])",
             "t.json:10:14: error: 'phone' is empty [missing-field]"));
  CHECK(Says(
      R"([{"op":"add","path":"/notice/locales","value":["en","cy"]},{"op":"replace","path":"/retention/records/0/period","value":{"en":"6 years","cy":" "}}])",
      "t.json:92:17: error: 'period' (cy) is empty [missing-field]"));
  CHECK(Clean(R"([{"op":"replace","path":"/retention/records/0/period","value":"6 years"}])", "missing-field"));
}

// Item 7: placeholders the first detector missed, quoted as written.
TEST_CASE("more placeholders are found and quoted cleanly") {
  test::Data();  // the placeholder words are data, loaded with pnc's data
  const std::pair<const char*, const char*> found[] = {
      {"[DPO name]", "[DPO name]"},
      {"Call [name] on weekdays.", "[name]"},
      {"privacy@example.org.uk", "privacy@example.org.uk"},
      {"test@test.com", "test@test.com"},
      {"info@yourcharity.org.uk", "info@yourcharity.org.uk"},
      {"https://www.your-domain.co.uk/privacy", "https://www.your-domain.co.uk/privacy"},
      {"John Doe", "John Doe"},
      // user test s28 F9: template labels and the UK's stand-in names
      {"Address line 1, Town, Postcode", "Address line 1"},
      {"Our data protection lead is A N Other.", "A N Other"},
      {"N years after the last contact", "N years"},
      {"123 Any Street, Anytown AB1 2CD", "Any Street"},
      {"Jane Bloggs", "Jane Bloggs"},
      {"Contact Name Surname.", "Name Surname"},
      {"Firstname Lastname", "Firstname Lastname"},
      {"XX days", "XX days"},
      {"Kept for X years.", "X years"},
      {"??", "??"},
      {"ZA 000 000", "ZA 000 000"},
      {"I'w gadarnhau", "I'w gadarnhau"},
      {"Cyfnod: i’w gadarnhau.", "i’w gadarnhau"},
      {"Do potwierdzenia", "Do potwierdzenia"},
      {"See our [form](https://example.com/form).", "https://example.com/form"},
      {"Email <info@example.org>.", "info@example.org"},
  };
  for (const auto& [text, match] : found) {
    CAPTURE(text);
    CHECK(source::FindPlaceholder(text).match == match);
  }
  const char* real[] = {
      "Ages 6 to 9 [Beavers]",         "Acme Ltd [company number 01935264]",    "A grant of £10 000 000.",
      "Max Lane, Barnstaple",
      "Mae'n flwyddyn o hyd.",  // Welsh 'n before a time unit is not an unknown number
      "privacy@examplehospice.org.uk", "For 6 years, then X-rays are deleted.", "The Act [as amended] applies.",
  };
  for (const char* text : real) {
    CAPTURE(text);
    CHECK(source::FindPlaceholder(text).match == "");
  }
}

TEST_CASE("a placeholder in a source is an error with the way to dismiss it") {
  const std::string patch = R"([{"op":"replace","path":"/controller/name","value":"[DPO name]"}])";
  test::Data();
  std::string got = test::LintJson(Patched(patch));
  CHECK(got.find("t.json:9:13: error: '[DPO name]' is a placeholder, not a fact (a gap to fill in) [placeholder]\n") !=
        std::string::npos);
  diag::Sink sink;
  std::string text = Patched(patch).dump(2);
  source::Load("t.json", text, &sink);
  REQUIRE_FALSE(sink.All().empty());
  CHECK(sink.All()[0].hints[0].find(
            "\"not_placeholders\": [{\"at\": \"/controller/name\", \"text\": \"[DPO name]\"}]") != std::string::npos);
}

TEST_CASE("not_placeholders dismisses one match at one field, and a stale dismissal is an error") {
  const std::string tbc =
      R"({"op":"add","path":"/security","value":"We follow the TBC (Torbay Befriending Circle) policy."})";
  CHECK(Says("[" + tbc + "]",
             "t.json:91:15: error: 'TBC' is a placeholder, not a fact (a placeholder word) [placeholder]"));
  CHECK(Clean("[" + tbc + R"(,{"op":"add","path":"/not_placeholders","value":[{"at":"/security","text":"TBC"}]}])",
              "placeholder"));
  // Only that match: another placeholder in the same field is still reported.
  CHECK(Says(R"([{"op":"add","path":"/security","value":"TBC (Torbay Befriending Circle) and info@example.org"},
                 {"op":"add","path":"/not_placeholders","value":[{"at":"/security","text":"TBC"}]}])",
             "t.json:97:15: error: 'info@example.org' is a placeholder, not a fact (an address at a domain reserved "
             "for examples) [placeholder]"));
  // A dismissal that dismisses nothing would hide a future placeholder: reported.
  CHECK(Says(R"([{"op":"add","path":"/not_placeholders","value":[{"at":"/security","text":"TBC"}]}])",
             "t.json:40:5: error: nothing to dismiss: pnc finds no placeholder 'TBC' at /security [placeholder]"));
}

// Item 1: the law's sentences are the law's words.
TEST_CASE("wording cannot override a key that states the law") {
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"right.access.body":"Ask us any time."}}])",
             "t.json:104:26: error: 'right.access.body' states a data subject's right (UK GDPR Arts 15-22) and cannot "
             "be overridden [wording]"));
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"rights.timing":"We reply within 40 days."}}])",
             "t.json:104:22: error: 'rights.timing' states the time limit the law sets (UK GDPR Art 12A; before 5 "
             "February 2026, Art 12(3)) and cannot be overridden [wording]"));
  // Art 77 was omitted on 19 June 2026: the regulator complaint is DPA 2018 s.165 (user test s27, F9).
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"complaints.ico":"Tell the ICO."}}])",
             "t.json:104:23: error: 'complaints.ico' states the right to complain to the regulator (DPA 2018 s.165; "
             "before 19 June 2026, UK GDPR Art 77) and cannot be overridden [wording]"));
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"preview.banner":"Final"}}])",
             "t.json:104:23: error: 'preview.banner' marks a draft, which must read the same in every notice and "
             "cannot be overridden [wording]"));
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"child.right.erasure@6-9":"ask us to delete it."}}])",
             "t.json:104:32: error: 'child.right.erasure@6-9' states a data subject's right in children's words (UK "
             "GDPR Arts 12(1), 15-22) and cannot be overridden [wording]"));
  CHECK(test::LintJson(Patched(R"([{"op":"add","path":"/wording","value":{"rights.how":"Write to us."}}])"))
            .find("error: 'rights.how' states how the law lets people use their rights (UK GDPR Art 12(5)) and cannot "
                  "be overridden [wording]") != std::string::npos);
  // House style and framing stay overridable.
  CHECK(Clean(
      R"([{"op":"add","path":"/wording","value":{"summary.share":"We pass it to:","sharing.intro":"We pass information to:"}}])",
      "wording"));
}

// Item 2: an override is one paragraph, like the sentence it replaces.
TEST_CASE("an override with several blocks is an error, not flattened") {
  CHECK(
      Says(R"([{"op":"add","path":"/wording","value":{"summary.share":"We pass it to:\n\n- the council\n- schools"}}])",
           "t.json:104:22: error: the wording for 'summary.share' has 2 blocks (paragraphs, headings or lists), but "
           "pnc prints it as one paragraph [wording]"));
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"summary.share":"## Sharing"}}])",
             "t.json:104:22: error: the wording for 'summary.share' has a heading, but pnc prints it as one paragraph "
             "[wording]"));
  CHECK(Says(R"([{"op":"add","path":"/wording","value":{"summary.share":"- the council"}}])",
             "t.json:104:22: error: the wording for 'summary.share' has a list, but pnc prints it as one paragraph "
             "[wording]"));
  CHECK(Clean(R"([{"op":"add","path":"/wording","value":{"summary.share":"We pass it *only* to:"}}])", "wording"));
}

// Item 6: children's wording against the adult facts.
TEST_CASE("child-consistency: absolute promises that adult facts contradict") {
  // The club's data goes to no one yet: "nobody else" is true until a recipient serves the club.
  const std::string recipient =
      R"(,{"op":"add","path":"/recipients/-","value":{"id":"league","name":"The league","purposes":["club"]}})";
  CHECK(Clean(Club("To run the club. Nobody else sees it.", "1 year", "One year."), "child-consistency"));
  CHECK(Says(Club("To run the club. Nobody else sees it.", "1 year", "One year.", recipient),
             "t.json:87:16: error: the children's wording of purpose 'club' says \"nobody else\", but the adult notice "
             "lists recipient 'league' [child-consistency]"));
  CHECK(Says(Club("To run the club. We never tell anyone else.", "1 year", "One year.", recipient),
             "t.json:87:16: error: the children's wording of purpose 'club' says \"never tell anyone else\", but the "
             "adult notice lists recipient 'league' [child-consistency]"));
  CHECK(Says(Club("To run the club. We always delete it straight away.", "1 year", "One year."),
             "t.json:87:16: error: the children's wording of purpose 'club' says \"always delete\", but the adult "
             "notice keeps retention record 'games' for a time [child-consistency]"));
  CHECK(Says(Club("To run the club. If you ask us to stop, we always will.", "1 year", "One year."),
             "t.json:87:16: error: the children's wording of purpose 'club' says \"we always will\", but the law lets "
             "an organisation refuse some requests (UK GDPR Arts 17(3), 18(2), 21(1)) [child-consistency]"));
  // Welsh words are data too.
  std::string cy =
      R"([{"op":"add","path":"/notice/locales","value":["cy"]},)" +
      Club("I redeg y clwb. Dydyn ni byth yn dweud wrth neb.", "1 flwyddyn", "Blwyddyn.", recipient).substr(1);
  std::string got = test::LintJson(Patched(cy));
  CHECK(
      got.find("says \"byth yn dweud wrth neb\", but the adult notice lists recipient 'league' [child-consistency]") !=
      std::string::npos);
  // An override of a children's key is checked the same way.
  CHECK(Says(
      Club(
          "To run the club.", "1 year", "One year.",
          recipient +
              R"(,{"op":"add","path":"/wording","value":{"child.intro":"This guide is for you. We never share your information."}})"),
      "t.json:157:20: error: the children's wording of the wording of 'child.intro' says \"never share\", but the "
      "adult notice lists recipient 'league' [child-consistency]"));
}

TEST_CASE("child-consistency: a children's retention time that differs from the adult period") {
  CHECK(Says(Club("To run the club.", "6 years after you leave", "For one year."),
             "t.json:126:18: error: the children's wording of retention record 'games' says 1 year, but the adult "
             "notice keeps it for 6 years [child-consistency]"));
  CHECK(Says(Club("To run the club.", "For 18 months", "Two years."),
             "t.json:126:18: error: the children's wording of retention record 'games' says 2 years, but the adult "
             "notice keeps it for 18 months [child-consistency]"));
  CHECK(Clean(Club("To run the club.", "6 years after you leave", "Six years after you leave."), "child-consistency"));
  // A child text with no number may say the same thing in other words: not compared.
  CHECK(Clean(Club("To run the club.", "Until the child is 25", "Until you are 25."), "child-consistency"));
  CHECK(Clean(Club("To run the club.", "For 75 years, as the FA requires", "Until the season after you leave."),
              "child-consistency"));
}

// Item 5: a role is not a name.
TEST_CASE("a contact name that is a role or title is a warning") {
  CHECK(Says(
      R"([{"op":"add","path":"/dpo/name","value":"Data Protection Officer"}])",
      "t.json:38:13: warning: the DPO's name 'Data Protection Officer' is a role or title, not a name [contact-name]"));
  CHECK(Says(
      R"([{"op":"add","path":"/dpo/name","value":"Head of Quality"},{"op":"replace","path":"/dpo/designated","value":false}])",
      "t.json:38:13: warning: the data protection lead's name 'Head of Quality' is a role or title, not a name "
      "[contact-name]"));
  CHECK(Says(
      R"([{"op":"add","path":"/complaints/name","value":"The DPO"}])",
      "t.json:5:13: warning: the complaints contact's name 'The DPO' is a role or title, not a name [contact-name]"));
  CHECK(Clean(
      R"([{"op":"add","path":"/dpo/name","value":"Priya Shah"},{"op":"add","path":"/dpo/role","value":"Data Protection Officer"}])",
      "contact-name"));
  CHECK(Clean(R"([{"op":"add","path":"/dpo/name","value":"Sam Chief"}])", "contact-name"));
}

// Item 15: more objects may be marked unconfirmed.
TEST_CASE("unconfirmed is accepted on requirements, conditions, complaints, rights, security, notice and formats") {
  CHECK(Says(R"([{"op":"add","path":"/purposes/0/requirement/unconfirmed","value":"is it really contractual?"}])",
             "t.json:62:24: error: the requirement of purpose 'support' is not confirmed: is it really contractual? "
             "[unconfirmed]"));
  CHECK(Says(R"([{"op":"add","path":"/purposes/0/special_category_condition/unconfirmed","value":"ask the DPO"}])",
             "t.json:66:24: error: the special category condition of purpose 'support' is not confirmed: ask the DPO "
             "[unconfirmed]"));
  CHECK(Says(R"([{"op":"add","path":"/complaints/unconfirmed","value":"check the mailbox"}])",
             "t.json:5:20: error: the complaints section is not confirmed: check the mailbox [unconfirmed]"));
  CHECK(Says(
      R"([{"op":"add","path":"/rights","value":{"extra":"Ask at reception.","unconfirmed":"check with reception"}}])",
      "t.json:93:20: error: the rights section is not confirmed: check with reception [unconfirmed]"));
  CHECK(Says(R"([{"op":"add","path":"/security","value":{"body":"Locked cabinets.","unconfirmed":"ask IT"}}])",
             "t.json:93:20: error: the security section is not confirmed: ask IT [unconfirmed]"));
  CHECK(Says(R"([{"op":"add","path":"/notice/unconfirmed","value":"dates to check"}])",
             "t.json:42:20: error: the notice is not confirmed: dates to check [unconfirmed]"));
  CHECK(Says(
      R"([{"op":"add","path":"/other_formats","value":{"formats":["large-print"],"unconfirmed":"do we offer it?"}}])",
      "t.json:48:20: error: the list of other formats is not confirmed: do we offer it? [unconfirmed]"));
  CHECK(Clean(R"([{"op":"add","path":"/other_formats","value":{"formats":["large-print"]}}])", "unconfirmed"));
}

// Item 16: a proper name written once is the same in every language.
TEST_CASE("names and addresses given as plain strings need no translation") {
  json s = test::BaseSource();
  s["notice"]["locales"] = {"cy", "en"};
  s["notice"]["title"] = {{"cy", "Hysbysiad preifatrwydd"}, {"en", "Privacy notice"}};
  s["dpo"]["name"] = "Priya Shah";
  // Given as plain strings: not reported (the name, the address, the DPO's name). (Places, not
  // lines: the terminal folds a run of missing translations into one.)
  auto missing = PointersOf(s, "missing-translation");
  REQUIRE(!missing.empty());
  for (const char* name : {"/controller/name", "/controller/address", "/dpo/name"})
    CHECK(std::count(missing.begin(), missing.end(), name) == 0);
  // A role is a title, which is translated.
  s["dpo"]["role"] = "Swyddog Diogelu Data";
  missing = PointersOf(s, "missing-translation");
  CHECK(std::count(missing.begin(), missing.end(), "/dpo/role") == 1);
  // The name is not marked as another language on the page.
  s["dpo"].erase("role");
  diag::Sink sink;
  auto en = test::Build(s, "en", &sink);
  CHECK(test::HtmlOf(en).find("lang=\"cy\">Acme Family Centre") == std::string::npos);
}

// Item 18: before 19 June 2026, with no complaints route, no complaint-to-us block and no "also".
TEST_CASE("a notice dated before s.164A without a complaints route has no bare address block or 'also'") {
  json s = Patched(
      R"([{"op":"remove","path":"/complaints"},{"op":"replace","path":"/notice/last_updated","value":"2026-03-01"}])");
  diag::Sink sink;
  auto doc = test::Build(s, "en", &sink);
  std::string text;
  for (const auto& i : notice::Explain(doc)) text += i.text + "\n";
  // The section (its heading on a line of its own; the summary's "See How to complain" is a link).
  size_t section = text.find("\nHow to complain\n");
  REQUIRE(section != std::string::npos);
  const std::string after = text.substr(section);
  CHECK(after.find("You have the right to complain to the Information Commissioner") != std::string::npos);
  CHECK(after.find("also") == std::string::npos);
  CHECK(after.find("1 High Street, Leeds") == std::string::npos);
  // With a route, or from 19 June 2026, the organisation comes first and the regulator "also".
  json later = Patched(R"([{"op":"remove","path":"/complaints"}])");
  auto doc2 = test::Build(later, "en", &sink);
  std::string text2;
  for (const auto& i : notice::Explain(doc2)) text2 += i.text + "\n";
  CHECK(text2.find("You also have the right to complain") != std::string::npos);
}

// Item 9: a translation that cannot be checked for staleness says so, with the hash to add.
TEST_CASE("a translation without 'from' is a warning with the hash to record") {
  json s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["notice"]["title"] = {{"en", "Privacy notice"}, {"cy", "Hysbysiad preifatrwydd"}};
  const std::string hash = source::TextHash("Privacy notice");
  std::string got = test::LintJson(s);
  CHECK_MESSAGE(got.find("t.json:46:13: warning: the 'cy' translation records no 'from' hash, so pnc cannot tell when "
                         "the 'en' text changes "
                         "[stale-translation]") != std::string::npos,
                got);
  s["notice"]["title"]["cy"] = {{"text", "Hysbysiad preifatrwydd"}, {"from", hash}};
  CHECK(test::LintJson(s).find("records no 'from' hash") == std::string::npos);
}

// The user test (ut2): past ten, the translations without 'from' are counted in one warning that comes
// after the ten shown, in the right number.
TEST_CASE("more than ten translations without 'from': one summary after the ten, singular or plural") {
  for (int extra : {1, 2}) {
    CAPTURE(extra);
    json s = test::BaseSource();
    s["notice"]["locales"] = {"en", "cy"};
    for (int i = 0; i < 10 + extra; ++i) {
      const std::string n = std::to_string(i);
      s["data_categories"].push_back(
          {{"id", "extra" + n}, {"name", {{"en", "Extra " + n}, {"cy", "Ychwanegol " + n}}}, {"sources", {"you"}}});
    }
    std::string got = test::LintJson(s);
    const std::string summary = extra == 1 ? "warning: 1 more translation records no 'from' hash, this one"
                                           : "warning: 2 more translations record no 'from' hash, from this one on";
    size_t at = got.find(summary);
    REQUIRE_MESSAGE(at != std::string::npos, got);
    size_t shown = 0;
    for (size_t p = got.find("translation records no 'from' hash, so pnc"); p != std::string::npos;
         p = got.find("translation records no 'from' hash, so pnc", p + 1)) {
      ++shown;
      CHECK(p < at);  // every one shown comes before the summary
    }
    CHECK(shown == 10);
  }
}

// Item 10: in-page links a source writes reach a heading of the notice they are in.
TEST_CASE("an in-page link to no anchor is an error at its field, with the nearest anchor") {
  auto messages = [](const json& source) {
    const std::string text = source.dump(2);
    auto c = test::CompileSource("t.json", {}, &text);
    std::string out;
    for (const auto& d : c->sink.All()) out += std::to_string(d.pos.line) + ":" + d.message + " [" + d.rule + "]\n";
    return out;
  };
  json bad = Patched(R"([{"op":"add","path":"/security","value":"See [your rights](#righs)."}])");
  CHECK(messages(bad).find(
            "91:the link to '#righs' reaches no heading of the notice; did you mean '#rights'? [link-target]") !=
        std::string::npos);
  json override = Patched(
      R"([{"op":"add","path":"/wording","value":{"summary.share":"We pass it to (see [sharing](#nowhere)):"}}])");
  CHECK(messages(override).find("the link to '#nowhere' reaches no heading of the notice [link-target]") !=
        std::string::npos);
  json good = Patched(R"([{"op":"add","path":"/security","value":"See [your rights](#rights)."}])");
  CHECK(messages(good).find("[link-target]") == std::string::npos);
}

// Item 12 (in part): a preview says "Draft" in the HTML title (the PDF's Title and XMP take the same text).
TEST_CASE("a preview's HTML title says it is a draft") {
  const std::string text =
      Patched(R"([{"op":"add","path":"/purposes/0/unconfirmed","value":"check the basis"}])").dump(2);
  driver::Options options;
  options.preview = true;
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE_FALSE(c->docs.empty());
  CHECK(test::HtmlOf(c->docs[0]).find("<title>Draft: not yet confirmed. Privacy notice – Acme Family Centre</title>") !=
        std::string::npos);
  const std::string final_text = test::BaseSource().dump(2);
  auto f = test::CompileSource("t.json", {}, &final_text);
  REQUIRE_FALSE(f->docs.empty());
  CHECK(test::HtmlOf(f->docs[0]).find("<title>Privacy notice – Acme Family Centre</title>") != std::string::npos);
}

// Item 4: where a right is a children group's, the adult notice says who may use it for a young child.
TEST_CASE("the adult notice says a parent or carer can use a child's rights only where a right is a child's") {
  auto keys = [](const json& source) {
    diag::Sink sink;
    auto doc = test::Build(source, "en", &sink);
    std::vector<std::string> out;
    for (const auto& i : notice::Explain(doc)) {
      const notice::Origin* o = i.origin >= 0 ? &doc.origins[i.origin] : nullptr;
      if (o && o->kind == notice::Origin::Kind::kCatalogue) out.push_back(o->key + " <- " + o->pointer);
    }
    return out;
  };
  auto has = [](const std::vector<std::string>& ks, const std::string& k) {
    return std::find(ks.begin(), ks.end(), k) != ks.end();
  };
  // The base source concerns parents only: no such sentence.
  auto base = keys(test::BaseSource());
  CHECK_FALSE(
      std::any_of(base.begin(), base.end(), [](const std::string& k) { return k.rfind("rights.for-child", 0) == 0; }));
  // A purpose about children under legitimate interests gives them rights: the sentence, at the group.
  auto club = keys(Patched(Club("To run the club.", "1 year", "One year.")));
  CHECK(has(club, "rights.for-child <- /data_subjects/1/children"));
}

// Item 17: an unknown safeguard id is answered with the ids there are.
TEST_CASE("an unknown transfer safeguard lists the valid ones") {
  const std::string text =
      Patched(
          R"([{"op":"replace","path":"/transfers","value":[{"destination":"USA","safeguard":"sccs","detail":"Ask us."}]}])")
          .dump(2);
  diag::Sink sink;
  auto c = test::CompileSource("t.json", {}, &text);
  bool found = false;
  for (const auto& d : c->sink.All()) {
    if (d.message != "unknown transfer safeguard 'sccs'") continue;
    found = true;
    REQUIRE_FALSE(d.hints.empty());
    CHECK(d.hints.back().find("safeguards are ") == 0);
    for (const char* id :
         {"adequacy", "idta", "addendum", "binding-corporate-rules", "uk-us-data-bridge", "derogation"}) {
      CHECK(d.hints.back().find(id) != std::string::npos);
    }
  }
  CHECK(found);
  const std::string good =
      Patched(
          R"([{"op":"replace","path":"/transfers","value":[{"destination":"USA","safeguard":"idta","detail":"Ask us."}]}])")
          .dump(2);
  auto g = test::CompileSource("t.json", {}, &good);
  for (const auto& d : g->sink.All()) CHECK(d.message.find("unknown transfer safeguard") == std::string::npos);
}

}  // namespace pnc
