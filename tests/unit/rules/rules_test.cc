// tests: every lint rule, with one source that breaks it (exact diagnostic, with position) and
// one that exercises the same condition and passes.
#include <doctest/doctest.h>

#include <set>

#include "law/registry.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

struct Case {
  const char* rule;
  const char* fail_patch;  // JSON Patch applied to BaseSource()
  const char* expected;    // one exact diagnostic line it must produce
  const char* pass_patch;  // exercises the rule's condition and satisfies it ("[]" = the base source)
};

// A children's version for a club the parents' children attend: the parents' items stay out of it.
std::string ChildClub(const std::string& period, const std::string& child) {
  return std::string(
             R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"},
      {"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true}},
      {"op":"add","path":"/sources/0/child","value":"You."},
      {"op":"add","path":"/data_categories/-","value":{"id":"games","name":"Games played","sources":["you"],"child":"The games you play."}},
      {"op":"add","path":"/purposes/-","value":{"id":"club","name":"Running the club","data_subjects":["kids"],"data_categories":["games"],
        "lawful_bases":["legitimate-interests"],"legitimate_interest":"Running the club.","requirement":{"type":"none"},"child":"To run the club."}},
      {"op":"add","path":"/retention/records/-","value":{"id":"games","name":"Games","data_categories":["games"],"period":")") +
         period + R"(","child":")" + child + R"("}}])";
}
const std::string kChildClub = ChildClub("1 year", "One year.");
const std::string kChildClubForEver = ChildClub("Kept indefinitely.", "Until you are 25.");
const std::string kChildClubForEverToo = ChildClub("Kept indefinitely.", "We keep them for ever.");

// Positions refer to BaseSource() dumped with 2-space indentation after the patch.
const Case kCases[] = {
    {"unknown-key", R"([{"op":"add","path":"/controller/emial","value":"x@y.z"}])",
     "t.json:9:5: error: unknown key 'emial' in the controller; did you mean 'email'? [unknown-key]", "[]"},
    {"type-mismatch", R"([{"op":"replace","path":"/dpo/designated","value":"yes"}])",
     "t.json:36:19: error: 'designated' must be true or false, not a string [type-mismatch]", "[]"},
    {"missing-field", R"([{"op":"remove","path":"/notice/version"}])",
     "t.json:39:13: error: the notice has no 'version' [missing-field]", "[]"},
    {"invalid-value", R"([{"op":"replace","path":"/notice/last_updated","value":"1 Oct 2026"}])",
     "t.json:40:21: error: '1 Oct 2026' is not a date in the form YYYY-MM-DD [invalid-value]", "[]"},
    {"duplicate-id", R"([{"op":"add","path":"/data_subjects/-","value":{"id":"parents","name":"Carers"}}])",
     "t.json:35:13: error: data subject id 'parents' is already used at /data_subjects/0 [duplicate-id]", "[]"},
    {"duplicate-value", R"([{"op":"add","path":"/purposes/0/data_categories/-","value":"contact"}])",
     "t.json:50:9: error: 'contact' is listed twice in 'data_categories' (first at /purposes/0/data_categories/0) "
     "[duplicate-value]",
     R"([{"op":"replace","path":"/purposes/0/data_categories","value":["health","contact"]}])"},
    {"length-limit",
     R"([{"op":"replace","path":"/controller/name","value":"Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre Acme Family Centre"}])",
     "t.json:9:13: error: a title or name of 1006 bytes is longer than the 1000 pnc accepts [length-limit]",
     R"([{"op":"replace","path":"/controller/name","value":"Acme Family Centre, a charitable incorporated organisation registered in England and Wales"}])"},
    {"section-id",
     R"([{"op":"add","path":"/sections","value":[{"id":"rights","title":"More on rights","body":"Text."}]}])",
     "t.json:94:13: error: section id 'rights' is also the anchor of the built-in 'rights' heading [section-id]",
     R"([{"op":"add","path":"/sections","value":[{"id":"extra-rights","title":"More on rights","body":"Text."}]}])"},
    {"unknown-id", R"([{"op":"replace","path":"/purposes/0/data_subjects/0","value":"parnets"}])",
     "t.json:52:9: error: unknown data subject 'parnets'; did you mean 'parents'? [unknown-id]", "[]"},
    {"controller-identity",
     R"([{"op":"remove","path":"/controller/address"},{"op":"remove","path":"/controller/email"}])",
     "t.json:6:17: error: the controller has no contact details [controller-identity]", "[]"},
    {"uk-representative", R"([{"op":"add","path":"/controller/uk_established","value":false}])",
     "t.json:6:17: error: the controller is not established in the UK but names no UK representative "
     "[uk-representative]",
     R"([{"op":"add","path":"/controller/uk_established","value":false},
         {"op":"add","path":"/controller/representative","value":{"name":"Rep Ltd","email":"rep@example.org"}}])"},
    {"dpo-contact", R"([{"op":"remove","path":"/dpo/email"}])",
     "t.json:35:10: error: a Data Protection Officer is designated but has no contact details [dpo-contact]", "[]"},
    {"purposes",
     R"([{"op":"replace","path":"/purposes","value":[]},{"op":"replace","path":"/recipients","value":"none"}])",
     "t.json:1:1: error: the source lists no purposes of processing [purposes]", "[]"},
    {"lawful-basis", R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"contrakt"}])",
     "t.json:56:9: error: unknown lawful basis 'contrakt'; did you mean 'contract'? [lawful-basis]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["contract","legal-obligation"]}])"},
    {"legitimate-interests", R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legitimate-interests"}])",
     "t.json:45:5: error: purpose 'support' relies on legitimate interests but does not say what the interests are "
     "[legitimate-interests]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legitimate-interests"},
         {"op":"add","path":"/purposes/0/legitimate_interest","value":"Running our service."}])"},
    {"recognised-legitimate-interest",
     R"([{"op":"add","path":"/purposes/0/lawful_bases/-","value":"recognised-legitimate-interests"}])",
     "t.json:45:5: error: purpose 'support' relies on a recognised legitimate interest but names no Annex 1 condition "
     "[recognised-legitimate-interest]",
     R"([{"op":"add","path":"/purposes/0/lawful_bases/-","value":"recognised-legitimate-interests"},
         {"op":"add","path":"/purposes/0/recognised_legitimate_interest","value":"safeguarding"}])"},
    {"special-category-condition", R"([{"op":"remove","path":"/purposes/0/special_category_condition/schedule_1"}])",
     "t.json:63:37: error: Art 9(2)(h) needs a DPA 2018 Schedule 1 condition [special-category-condition]", "[]"},
    {"criminal-offence-condition", R"([{"op":"add","path":"/data_categories/1/criminal_offence","value":true}])",
     "t.json:46:5: error: purpose 'support' uses criminal offence data but names no Schedule 1 condition "
     "[criminal-offence-condition]",
     R"([{"op":"add","path":"/data_categories/1/criminal_offence","value":true},
         {"op":"add","path":"/purposes/0/criminal_offence_condition","value":{"schedule_1":"safeguarding-children"}}])"},
    {"possible-criminal-offence-data",
     R"([{"op":"replace","path":"/data_categories/0/name","value":"Contact details and safeguarding concerns"}])",
     "t.json:12:5: warning: data category 'contact' mentions 'safeguarding concerns', which is often criminal offence "
     "data, but is not marked criminal_offence [possible-criminal-offence-data]",
     R"([{"op":"replace","path":"/data_categories/0/name","value":"Contact details and safeguarding concerns"},
         {"op":"add","path":"/data_categories/0/not_criminal_offence","value":"Concerns about harm from illness only; allegations go to the case file."}])"},
    {"private-place-recording",
     R"([{"op":"replace","path":"/data_categories/0/name","value":"CCTV footage"},
         {"op":"add","path":"/purposes/0/description","value":"We film the therapy rooms to keep everyone safe."}])",
     "t.json:12:5: warning: data category 'contact' is recorded in a private place ('therapy rooms', in purpose "
     "'support') but is not marked special_category [private-place-recording]",
     R"([{"op":"replace","path":"/data_categories/0/name","value":"CCTV footage"},
         {"op":"add","path":"/purposes/0/description","value":"We film the therapy rooms to keep everyone safe."},
         {"op":"add","path":"/data_categories/0/special_category","value":true}])"},
    {"section-recording",
     R"([{"op":"add","path":"/sections","value":[{"id":"cctv","title":"CCTV","body":"There is a CCTV camera at the door."}]}])",
     "t.json:92:5: error: section 'cctv' describes recording people ('cctv'), but no data category for recordings "
     "is used by a purpose [section-recording]",
     R"([{"op":"add","path":"/sections","value":[{"id":"cctv","title":"CCTV","body":"There is a CCTV camera at the door."}]},
         {"op":"replace","path":"/data_categories/0/name","value":"CCTV footage"}])"},
    {"appropriate-policy-document",
     R"([{"op":"replace","path":"/purposes/0/special_category_condition","value":{"article_9":"substantial-public-interest","schedule_1":"safeguarding-children"}}])",
     "t.json:6:17: warning: this notice relies on DPA 2018 Schedule 1 paragraph 18, which needs an appropriate policy "
     "document [appropriate-policy-document]",
     R"([{"op":"replace","path":"/purposes/0/special_category_condition","value":{"article_9":"substantial-public-interest","schedule_1":"safeguarding-children"}},
         {"op":"add","path":"/controller/appropriate_policy_document","value":"https://acme.example/apd"}])"},
    {"legal-obligation-law", R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"}])",
     "t.json:45:5: warning: purpose 'support' relies on legal obligation but does not name the law that imposes it "
     "[legal-obligation-law]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"},
         {"op":"add","path":"/purposes/0/legal_obligation","value":"The Children Act 1989 requires us to keep these records."}])"},
    {"public-task-law",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"public-task"},
         {"op":"add","path":"/controller/public_authority","value":true}])",
     "t.json:56:23: warning: purpose 'support' relies on public task but does not name the law that gives the task "
     "[public-task-law]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"public-task"},
         {"op":"add","path":"/controller/public_authority","value":true},
         {"op":"add","path":"/purposes/0/public_task","value":"Our duties to children in need (Children Act 1989, section 17)."}])"},
    {"recipient-legal-duty",
     R"([{"op":"replace","path":"/recipients/0/name","value":"The local authority, when the law requires it"}])",
     "t.json:72:15: warning: recipient 'la' says the law requires the disclosure ('law requires'), but none of the "
     "purposes it serves relies on legal obligation [recipient-legal-duty]",
     R"([{"op":"replace","path":"/recipients/0/name","value":"The local authority, when the law requires it"},
         {"op":"replace","path":"/purposes/0/lawful_bases/0","value":"legal-obligation"},
         {"op":"add","path":"/purposes/0/legal_obligation","value":"The Children Act 1989 requires us to tell it."}])"},
    {"public-task-review", R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"public-task"}])",
     "t.json:55:23: warning: purpose 'support' relies on public task but the controller is not a public authority "
     "[public-task-review]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases/0","value":"public-task"},
         {"op":"add","path":"/controller/public_authority","value":true}])"},
    {"categories-of-data",
     R"([{"op":"add","path":"/data_categories/-","value":{"id":"bank","name":"Bank details","sources":["you"]}}])",
     "t.json:28:5: error: data category 'bank' is not used by any purpose [categories-of-data]", "[]"},
    {"source-of-data", R"([{"op":"replace","path":"/data_categories/0/sources","value":[]}])",
     "t.json:12:5: error: data category 'contact' does not say where the data comes from [source-of-data]", "[]"},
    {"recipients", R"([{"op":"remove","path":"/recipients"}])",
     "t.json:1:1: error: the source does not say who receives the data [recipients]",
     R"([{"op":"replace","path":"/recipients","value":"none"}])"},
    {"international-transfers",
     R"([{"op":"replace","path":"/transfers","value":[{"destination":"USA","safeguard":"idta"}]}])",
     "t.json:103:5: error: a transfer relying on 'idta' does not say how to get a copy of the safeguard "
     "[international-transfers]",
     R"([{"op":"replace","path":"/transfers","value":[{"destination":"USA","safeguard":"idta","detail":"Ask our DPO for a copy."}]}])"},
    {"retention", R"([{"op":"remove","path":"/retention/records/0/data_categories/1"}])",
     "t.json:19:5: error: data category 'health' has no retention period [retention]", "[]"},
    {"right-access", R"([{"op":"add","path":"/rights","value":{"omit":["access"]}}])",
     "t.json:93:7: error: the right 'access' applies to this notice and cannot be left out [right-access]", "[]"},
    {"right-rectification", R"([{"op":"add","path":"/rights","value":{"omit":["rectification"]}}])",
     "t.json:93:7: error: the right 'rectification' applies to this notice and cannot be left out "
     "[right-rectification]",
     "[]"},
    {"right-erasure", R"([{"op":"add","path":"/rights","value":{"omit":["erasure"]}}])",
     "t.json:93:7: error: the right 'erasure' applies to this notice and cannot be left out [right-erasure]", "[]"},
    {"right-restriction", R"([{"op":"add","path":"/rights","value":{"omit":["restriction"]}}])",
     "t.json:93:7: error: the right 'restriction' applies to this notice and cannot be left out [right-restriction]",
     "[]"},
    {"right-object",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["public-task"]},{"op":"add","path":"/controller/public_authority","value":true},{"op":"add","path":"/rights","value":{"omit":["object"]}}])",
     "t.json:94:7: error: the right 'object' applies to this notice and cannot be left out [right-object]",
     R"([{"op":"add","path":"/rights","value":{"omit":["object"]}}])"},
    {"right-portability", R"([{"op":"add","path":"/rights","value":{"omit":["portability"]}}])",
     "t.json:93:7: error: the right 'portability' applies to this notice and cannot be left out [right-portability]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["legal-obligation"]},{"op":"add","path":"/rights","value":{"omit":["portability"]}}])"},
    {"right-withdraw-consent",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["consent"]},{"op":"add","path":"/rights","value":{"omit":["withdraw-consent"]}}])",
     "t.json:93:7: error: the right 'withdraw-consent' applies to this notice and cannot be left out "
     "[right-withdraw-consent]",
     R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["contract"]},{"op":"add","path":"/rights","value":{"omit":["withdraw-consent"]}}])"},
    {"right-complain-controller", R"([{"op":"remove","path":"/complaints"}])",
     "t.json:1:1: error: the source does not say how to complain to the organisation [right-complain-controller]",
     "[]"},
    {"right-complain-ico", R"([{"op":"replace","path":"/notice/last_updated","value":"2017-01-01"}])",
     "t.json:40:21: error: the notice is dated '2017-01-01', which is before 2018-05-25, the earliest date pnc "
     "supports (the GDPR and the Data Protection Act 2018; the UK GDPR from 2021) [right-complain-ico]",
     "[]"},
    {"statutory-requirement", R"([{"op":"remove","path":"/purposes/0/requirement"}])",
     "t.json:45:5: error: purpose 'support' collects data from the person but does not say whether they must give it "
     "[statutory-requirement]",
     R"([{"op":"replace","path":"/purposes/0/requirement","value":{"type":"none"}}])"},
    {"automated-decisions",
     R"([{"op":"replace","path":"/automated_decisions","value":[{"id":"score","name":"Risk score","logic":"A points system.","consequences":"Priority."}]}])",
     "t.json:3:5: error: automated decision 'score' does not describe its safeguards [automated-decisions]",
     R"([{"op":"replace","path":"/automated_decisions","value":[{"id":"score","name":"Risk score","logic":"A points system.","consequences":"Priority.","safeguards":"A worker reviews every score."}]}])"},
    {"regulator-details", R"([{"op":"add","path":"/security","value":"Write to the ICO at Wycliffe House."}])",
     "t.json:91:15: warning: text gives the regulator's address at 'Wycliffe House', which may no longer be current "
     "[regulator-details]",
     R"([{"op":"add","path":"/security","value":"Write to the ICO at Wycliffe House."},{"op":"replace","path":"/notice/last_updated","value":"2025-01-01"}])"},
    {"regulator-details", R"([{"op":"replace","path":"/notice/last_updated","value":"2027-03-01"}])",
     "t.json:40:21: warning: the regulator's details pnc prints (data/regulator.json) were last reviewed on 2026-12-06 "
     "and were due for review by 2027-03-01, before this notice's date 2027-03-01, so they may be out of date "
     "[regulator-details]",
     R"([{"op":"replace","path":"/notice/last_updated","value":"2027-02-28"}])"},
    {"terminology-current", R"([{"op":"add","path":"/security","value":"We follow the Data Protection Act 1998."}])",
     "t.json:91:15: warning: text cites the Data Protection Act 1998, repealed on 25 May 2018 [terminology-current]",
     R"([{"op":"add","path":"/security","value":"We follow the UK GDPR and the Data Protection Act 2018."}])"},
    {"controller-vs-processor", R"([{"op":"add","path":"/security","value":"We are also the data processor."}])",
     "t.json:91:15: warning: text calls the organisation a data processor [controller-vs-processor]",
     R"([{"op":"add","path":"/security","value":"Our IT supplier is our data processor."}])"},
    {"child-consent-age",
     R"([{"op":"add","path":"/security","value":"Children over the age of 13 can give consent."}])",
     "t.json:91:15: warning: text links consent to the age of 13 [child-consent-age]",
     R"([{"op":"add","path":"/security","value":"We ask a parent for consent for young children."}])"},
    // The parents' items need no children's wording: only the club, which concerns the children, does.
    {"missing-child-text",
     R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"},
         {"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true}},
         {"op":"add","path":"/purposes/0/data_subjects/-","value":"kids"}])",
     "t.json:55:5: error: purpose 'support' has no children's wording [missing-child-text]", kChildClub.c_str()},
    {"scope",
     R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"}])",
     "t.json:42:7: error: a children's version is declared but no data subject group is marked \"children\": true "
     "[scope]",
     kChildClub.c_str()},
    {"child-consistency", kChildClubForEver.c_str(),
     "t.json:126:18: error: retention record 'games' is kept without a time limit, but its children's wording does not "
     "say so [child-consistency]",
     kChildClubForEverToo.c_str()},
    {"unused-child-text", R"([{"op":"add","path":"/recipients/0/child","value":"The council."}])",
     "t.json:71:16: warning: the children's wording of recipient 'la' is never shown [unused-child-text]",
     kChildClub.c_str()},
    {"unconfirmed", R"([{"op":"add","path":"/purposes/0/unconfirmed","value":"check the lawful basis with our DPO"}])",
     "t.json:67:22: error: purpose 'support' is not confirmed: check the lawful basis with our DPO [unconfirmed]",
     "[]"},
    {"placeholder", R"([{"op":"replace","path":"/controller/email","value":"info@example.org"}])",
     "t.json:8:14: error: 'info@example.org' is a placeholder, not a fact (an address at a domain reserved for "
     "examples) [placeholder]",
     R"([{"op":"replace","path":"/controller/email","value":"info@acme-example.org.uk"}])"},
    {"repeated-wording",
     R"([{"op":"add","path":"/rights","value":{"extra":"We will reply without undue delay and within one month."}}])",
     "t.json:92:14: warning: text repeats what pnc already prints: \"We will reply without undue delay and within one "
     "month.\" [repeated-wording]",
     R"([{"op":"add","path":"/rights","value":{"extra":"You can also ask at any of our centres."}}])"},
    // A direction override hidden in a statement: an error, at the character. The marks that
    // right-to-left text uses (U+200F) pass.
    {"bidi-control",
     R"([{"op":"replace","path":"/purposes/0/requirement/consequence","value":"We cannot support you \u202eunless you pay."}])",
     "t.json:60:47: error: text holds the invisible direction control U+202E (right-to-left override) at character 23, "
     "which can make it read differently from what it says [bidi-control]",
     R"([{"op":"replace","path":"/purposes/0/requirement/consequence","value":"We cannot support you. \u200f"}])"},
    // A zero-width space pasted into a name: a warning naming it; a joiner inside an emoji passes.
    {"invisible-character", R"([{"op":"replace","path":"/data_categories/0/name","value":"Contact\u200b details"}])",
     "t.json:14:23: warning: text holds the invisible character U+200B (zero width space) at character 8 "
     "[invisible-character]",
     R"([{"op":"replace","path":"/data_categories/0/name","value":"Contact details \u2764\ufe0f\u200d\ud83d\udd25"}])"},
    // User test F19: a website without TLS is a warning; with https it passes.
    {"insecure-link", R"([{"op":"add","path":"/controller/website","value":"http://acme.charity"}])",
     "t.json:10:16: warning: web address 'http://acme.charity' is not secure (http, not https) [insecure-link]",
     R"([{"op":"add","path":"/controller/website","value":"https://acme.charity"}])"},
    {"wording", R"([{"op":"add","path":"/wording","value":{"summary.shar":"We pass it to:"}}])",
     "t.json:104:21: error: 'summary.shar' is not a catalogue key; did you mean 'summary.share'? [wording]",
     R"([{"op":"add","path":"/wording","value":{"summary.share":"We pass it to:"}}])"},
};

json Patched(const char* patch) { return test::BaseSource().patch(json::parse(patch)); }

}  // namespace

TEST_CASE("the base source passes every rule") { CHECK(test::LintJson(test::BaseSource()) == ""); }

TEST_CASE("each rule has a failing and a passing source") {
  for (const auto& c : kCases) {
    std::string rule = c.rule;
    CAPTURE(rule);
    std::string fail = test::LintJson(Patched(c.fail_patch));
    CHECK_MESSAGE(fail.find(std::string(c.expected) + "\n") != std::string::npos, "got:\n" << fail);
    std::string pass = test::LintJson(Patched(c.pass_patch));
    CHECK_MESSAGE(pass.find(std::string("[") + c.rule + "]") == std::string::npos, "got:\n" << pass);
  }
}

TEST_CASE("every rule in the table is covered by a test somewhere") {
  // Rules tested in other files: syntax and encoding (locator_test), translation (translation_test),
  // markdown (markdown_test), catalogue review (golden cases), readability, PDF and draft rules, whose-data
  // (whose_data_test).
  const std::set<std::string> elsewhere = {"json-syntax", "source-encoding", "duplicate-key", "unsafe-markdown",
                                           "missing-translation", "stale-translation", "translation-numbers",
                                           "unreviewed-catalogue", "reading-level", "long-sentence", "jargon",
                                           "large-print-size", "large-print-config", "missing-glyph",
                                           // review of #11 (review11_test.cc)
                                           "link-target", "contact-name", "whose-data",
                                           // welsh_register_test.cc
                                           "cy-register",
                                           // a catalogue, not a source: driver/resources_test.cc and the golden
                                           // cases checks/0004-catalogue-placeholders and 0005-…-pass
                                           "catalogue-placeholders",
                                           // two versions, not one source: pnc diff's golden cases
                                           // diff/0007-requirement-same-version (fails), 0001 (passes)
                                           "notice-versioning",
                                           // a purpose no recipient serves: golden jit/0006-no-share-from-silence
                                           "unstated-sharing",
                                           // golden truth/0017-derogation-no-safeguard
                                           "transfer-derogation",
                                           // review s28 (review_s28_test.cc; golden lint/0006-0009)
                                           "public-authority", "child-online-consent",
                                           // golden translate/… default-locale cases (user test s28 F13)
                                           "default-locale"};
  std::set<std::string> here;
  for (const auto& c : kCases) here.insert(c.rule);
  for (const auto& r : rules::AllRules()) {
    CAPTURE(r.id);
    CHECK((here.count(std::string(r.id)) || elsewhere.count(std::string(r.id))));
  }
}

TEST_CASE("rules follow the notice's date") {
  // Complaints to the controller became required on 19 June 2026; before, it is good practice.
  json early = Patched(
      R"([{"op":"remove","path":"/complaints"},{"op":"replace","path":"/notice/last_updated","value":"2026-03-01"}])");
  CHECK(test::LintJson(early).find("warning: the source does not say how to complain to the organisation") !=
        std::string::npos);
  // Recognised legitimate interests exist only from 5 February 2026.
  json rli = Patched(R"([{"op":"replace","path":"/notice/last_updated","value":"2025-12-01"},
                         {"op":"add","path":"/purposes/0/lawful_bases/-","value":"recognised-legitimate-interests"},
                         {"op":"add","path":"/purposes/0/recognised_legitimate_interest","value":"safeguarding"}])");
  CHECK(test::LintJson(rli).find("error: 'recognised-legitimate-interests' is not a lawful basis before 2026-02-05") !=
        std::string::npos);
}

TEST_CASE("legitimate interests alone for special category data is named as such") {
  json s = Patched(R"([{"op":"replace","path":"/purposes/0/lawful_bases","value":["legitimate-interests"]},
                       {"op":"add","path":"/purposes/0/legitimate_interest","value":"Our aims."},
                       {"op":"remove","path":"/purposes/0/special_category_condition"}])");
  CHECK(test::LintJson(s).find(
            "purpose 'support' uses special category data on legitimate interests alone, with no Art 9 "
            "condition [special-category-condition]") != std::string::npos);
}

}  // namespace pnc

namespace pnc {

TEST_CASE("scope: narrowing only narrows, and a children's version needs every purpose's data subjects") {
  json narrowed = test::BaseSource().patch(json::parse(
      R"([{"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true}},
          {"op":"add","path":"/data_categories/1/data_subjects","value":["kids"]}])"));
  CHECK(
      test::LintJson(narrowed) ==
      "t.json:21:9: error: data category 'health' is narrowed to 'kids', but none of the purposes that use it concerns "
      "that group [scope]\n");
  json unscoped = test::BaseSource().patch(json::parse(
      R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"10-12"},
          {"op":"add","path":"/data_subjects/-","value":{"id":"kids","name":"Children","children":true,"child":"Children."}},
          {"op":"remove","path":"/purposes/0/data_subjects"}])"));
  CHECK(test::LintJson(unscoped).find(
            "t.json:56:5: error: purpose 'support' does not say whose data it uses, so pnc cannot "
            "tell whether it belongs in the children's version [scope]\n") != std::string::npos);
}

TEST_CASE("child_age_band and child_age_bands") {
  auto with = [](const char* patch) { return test::LintJson(test::BaseSource().patch(json::parse(patch))); };
  CHECK(with(R"([{"op":"add","path":"/notice/child_age_bands","value":["10-12"]}])") ==
        "t.json:41:7: error: an age band is given but 'audiences' has no \"child\" [invalid-value]\n");
  CHECK(
      with(
          R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},{"op":"add","path":"/notice/child_age_band","value":"6-9"},
                 {"op":"add","path":"/notice/child_age_bands","value":["10-12","10-12","11-14"]}])")
          .find("error: give 'child_age_band' or 'child_age_bands', not both [invalid-value]") != std::string::npos);
  std::string bands = with(R"([{"op":"add","path":"/notice/audiences","value":["adult","child"]},
                               {"op":"add","path":"/notice/child_age_bands","value":["10-12","10-12","11-14"]}])");
  CHECK(bands.find("error: age band '10-12' is listed twice [invalid-value]") != std::string::npos);
  CHECK(bands.find("error: unknown age band '11-14'; did you mean '10-12'? [invalid-value]") != std::string::npos);
}

}  // namespace pnc
