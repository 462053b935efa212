// tests: legal review s28 (notes/review-s28.md). L10: a retention record is a purpose's only when the
// source says so or its data does (source::RecordsOfPurpose), and lint asks where it cannot tell.
// L12: a contractual requirement told to groups no contract purpose concerns.
#include <doctest/doctest.h>

#include <memory>

#include "source/loader.h"
#include "source/scope.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;
using source::Kept;

// The lines of the lint of `s` under `rule` ("[retention]").
std::string RuleLines(const json& s, const std::string& rule) {
  std::string out;
  for (const std::string& line : test::Lines(test::LintJson(s), rule)) out += line + "\n";
  return out;
}

// The base source (purpose 'support': contact and health, record 'files' of both) with an email
// list: purpose 'emails' (contact) and record 'list' (contact), naming `list_purposes` when given.
json EmailList(const char* list_purposes = nullptr) {
  json s = test::BaseSource();
  s["purposes"].push_back({{"id", "emails"},
                           {"name", "Sending our newsletter"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"consent"}},
                           {"requirement", {{"type", "none"}}}});
  s["retention"]["records"].push_back({{"id", "list"},
                                       {"name", "Email list"},
                                       {"data_categories", {"contact"}},
                                       {"period", "Until you ask us to stop emailing you."}});
  if (list_purposes != nullptr) s["retention"]["records"][1]["purposes"] = json::parse(list_purposes);
  return s;
}

struct Loaded {
  std::string text;
  source::Loaded loaded;
};

// Whether each retention record keeps purpose `purpose`'s data.
std::vector<Kept> KeptFor(const json& s, size_t purpose) {
  auto l = std::make_unique<Loaded>();
  l->text = s.dump(2);
  diag::Sink sink;
  l->loaded = source::Load("t.json", l->text, &sink);
  const source::Model& m = l->loaded.model;
  return source::RecordsOfPurpose(m, source::ComputeScope(m), purpose);
}

}  // namespace

TEST_CASE("L10: a record linked to a purpose only by contact details other records keep too is unclear") {
  const json s = EmailList();
  // The support file keeps both of support's kinds; the email list only contact, which the file keeps too.
  CHECK(KeptFor(s, 0) == std::vector<Kept>{Kept::kYes, Kept::kUnclear});
  CHECK(KeptFor(s, 1) == std::vector<Kept>{Kept::kUnclear, Kept::kUnclear});
  CHECK(RuleLines(s, "retention") ==
        "t.json:96:7: warning: retention record 'files' does not say whether it is kept for purpose 'emails': it "
        "shares only 'contact' with it, and other records keep that too [retention]\n"
        "t.json:105:7: warning: retention record 'list' does not say whether it is kept for purposes 'support' and "
        "'emails': it shares only 'contact' with them, and other records keep that too [retention]\n");
}

TEST_CASE("L10: a record that names its purposes keeps theirs, and says where theirs are kept") {
  const json s = EmailList(R"(["emails"])");
  CHECK(KeptFor(s, 0) == std::vector<Kept>{Kept::kYes, Kept::kNo});
  // 'emails' is named by the list: the support file, linked by contact alone, is not its.
  CHECK(KeptFor(s, 1) == std::vector<Kept>{Kept::kNo, Kept::kYes});
  CHECK(RuleLines(s, "retention") == "");
  // An unknown purpose is named as such.
  const std::string unknown = RuleLines(EmailList(R"(["email"])"), "unknown-id");
  CHECK_MESSAGE(
      unknown.find("error: unknown purpose 'email'; did you mean 'emails'? [unknown-id]") != std::string::npos,
      unknown);
}

TEST_CASE("L10: a record that is the only one of a kind, or keeps two of a purpose's kinds, is that purpose's") {
  json s = test::BaseSource();
  // CCTV recordings: the one record of 'cctv', whichever purpose uses it.
  s["data_categories"].push_back({{"id", "cctv"}, {"name", "CCTV images"}, {"sources", {"you"}}});
  s["purposes"][0]["data_categories"].push_back("cctv");
  s["purposes"].push_back({{"id", "cameras"},
                           {"name", "Recording CCTV"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"cctv"}},
                           {"lawful_bases", {"legitimate-interests"}},
                           {"legitimate_interest", "Keeping people safe."},
                           {"requirement", {{"type", "none"}}}});
  s["retention"]["records"].push_back(
      {{"id", "recordings"}, {"name", "Recordings"}, {"data_categories", {"cctv"}}, {"period", "30 days"}});
  CHECK(KeptFor(s, 0) == std::vector<Kept>{Kept::kYes, Kept::kYes});
  CHECK(KeptFor(s, 1) == std::vector<Kept>{Kept::kNo, Kept::kYes});
  CHECK(RuleLines(s, "retention") == "");
}

namespace {

// The base source (purpose 'support' rests on a contract with parents) with visitors and a CCTV
// purpose on legitimate interests about parents and visitors, whose requirement is `requirement`.
json Cameras(const std::string& requirement) {
  json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "visitors"}, {"name", "Visitors"}});
  s["purposes"].push_back({{"id", "cctv"},
                           {"name", "Recording CCTV"},
                           {"data_subjects", {"parents", "visitors"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"legitimate-interests"}},
                           {"legitimate_interest", "Keeping people safe."},
                           {"requirement", json::parse(requirement)}});
  return s;
}

}  // namespace

TEST_CASE("L12: a contractual requirement told to a group no contract purpose concerns") {
  CHECK(RuleLines(Cameras(R"({"type": "contractual", "consequence": "Recording is a condition of your place."})"),
                  "statutory-requirement") ==
        "t.json:88:17: warning: the requirement of purpose 'cctv' tells 'visitors' that a contract requires the data, "
        "but no purpose with a contract basis concerns it [statutory-requirement]\n");
  // contract-entry says the same of entering a contract.
  CHECK(RuleLines(Cameras(R"({"type": "contract-entry", "consequence": "We cannot offer a place."})"),
                  "statutory-requirement")
            .find("tells 'visitors' that a contract requires the data") != std::string::npos);
  // Answered per group: the contract's parties get "contractual", the visitors "none".
  CHECK(RuleLines(Cameras(R"([{"data_subjects": ["parents"], "type": "contractual", "consequence": "No place."},
                              {"data_subjects": ["visitors"], "type": "none"}])"),
                  "statutory-requirement") == "");
  // The purpose that rests on the contract covers its own groups (the base source's 'support').
  CHECK(RuleLines(test::BaseSource(), "statutory-requirement") == "");
}

}  // namespace pnc
