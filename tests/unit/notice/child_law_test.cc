// tests: the children's version in its own words: the right to say no and to change their mind in
// "About this guide" only where a purpose about children gives it (Art 21(4), 7(3)); "you don't
// have to give us this" and what happens if not, from the requirement of the purposes about
// children (Art 13(2)(e)); erasure with its limits (Art 17(3)); who else a child can talk to, from
// data/help.json (a social worker only where the source's own words involve social care).
#include <doctest/doctest.h>

#include "notice/builder.h"
#include "notice/explain.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// A source with a children's version: young people and their parents.
json Family() {
  return json::parse(R"({
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-07-01", "audiences": ["adult", "child"],
             "child_age_bands": ["6-9", "13-15"]},
  "controller": {"name": "Acme Youth Club", "email": "info@acme.charity"},
  "data_subjects": [{"id": "young", "name": "Young people", "children": true, "child": "Children like you."},
                    {"id": "parents", "name": "Parents"}],
  "sources": [{"id": "forms", "name": "Forms", "from_person": true, "child": "Forms."}],
  "data_categories": [{"id": "contact", "name": "Contact details", "sources": ["forms"], "child": "Your name."}],
  "purposes": [
    {"id": "club", "name": "Running the club", "data_subjects": ["young", "parents"], "data_categories": ["contact"],
     "lawful_bases": ["contract"], "automated_means": false,
     "requirement": {"type": "contractual", "consequence": "We cannot run the club for you.", "child": "We need it to run the club."},
     "child": "To run the club."},
    {"id": "news", "name": "Sending parents news", "data_subjects": ["parents"], "data_categories": ["contact"],
     "lawful_bases": ["legitimate-interests"], "legitimate_interest": "Telling parents about the club.",
     "direct_marketing": true, "requirement": {"type": "none"}}
  ],
  "recipients": "none",
  "transfers": "none",
  "retention": {"records": [{"id": "files", "name": "Files", "data_categories": ["contact"], "period": "One year.",
                             "child": "One year."}]},
  "automated_decisions": "none",
  "complaints": {"email": "info@acme.charity"}
})");
}

struct Built {
  std::vector<std::string> texts, keys;
  std::vector<std::string> data;  // data/help.json entries of the pieces that came from it
  std::string all;
  int Find(const std::string& key) const {
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key) return static_cast<int>(i);
    }
    return -1;
  }
  bool Has(const std::string& key) const { return Find(key) >= 0; }
};

Built Child(const json& source, const std::string& band = "13-15", const std::string& locale = "en") {
  static std::string text;
  text = source.dump(2);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(sink.All().empty());
  notice::BuildInput in{.model = loaded.model,
                        .law = test::Data().law,
                        .catalogue = *test::Data().Catalogue(locale),
                        .english = test::Data().Catalogue("en"),
                        .band = band};
  auto doc = notice::BuildChildNotice(in, &sink);
  for (const auto& d : sink.All()) CHECK_MESSAGE(d.rule != "internal", d.message);
  Built b;
  for (const auto& item : notice::Explain(doc)) {
    const notice::Origin* o = item.origin >= 0 ? &doc.origins[item.origin] : nullptr;
    b.texts.push_back(item.text);
    b.keys.push_back(o && o->kind == notice::Origin::Kind::kCatalogue ? o->key : "");
    if (o && o->kind == notice::Origin::Kind::kData) b.data.push_back(o->key);
    b.all += item.text + "\n";
  }
  return b;
}

}  // namespace

TEST_CASE("a child is told they can say no, or change their mind, only where a purpose about them allows it") {
  // The club is on contract; news is the parents' (legitimate interests, direct marketing).
  Built b = Child(Family());
  for (const char* key : {"child.summary.object", "child.summary.object-marketing", "child.summary.withdraw-consent",
                          "child.right.object", "child.right.object-marketing", "child.right.withdraw-consent"}) {
    CHECK_MESSAGE(!b.Has(key), key);
  }
  // Legitimate interests for the young people's purpose: the right to say no, in the summary and the list.
  json s = Family();
  s["purposes"][0]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][0]["legitimate_interest"] = "Running the club.";
  b = Child(s);
  CHECK(b.Has("child.summary.object"));
  CHECK(b.Has("child.right.object"));
  CHECK_FALSE(b.Has("child.summary.object-marketing"));
  // The summary line sits in "About this guide", before the first question.
  CHECK(b.Find("child.summary.object") < b.Find("child.q.who"));
  // Marketing to the young people themselves: the absolute objection (Art 21(2)-(3)).
  s["purposes"][1]["data_subjects"] = {"young", "parents"};
  s["purposes"][1]["child"] = "To send you news of the club.";
  b = Child(s);
  CHECK(b.Has("child.summary.object-marketing"));
  CHECK(b.Has("child.right.object-marketing"));
  CHECK(b.all.find("tell us to stop sending you adverts or news about our work. We will always stop.") !=
        std::string::npos);
  // Consent for the young people: changing their mind, in the youngest band's words.
  s = Family();
  s["purposes"][0]["lawful_bases"] = {"consent"};
  b = Child(s, "6-9");
  CHECK(b.Has("child.summary.withdraw-consent@6-9"));
  CHECK(b.all.find("If you said yes, you can change your mind.") != std::string::npos);
}

TEST_CASE("a child is told when they do not have to give us information, and what happens if they don't") {
  json s = Family();
  // Contractual: nothing is said about having to (that is the parents' contract), but its child wording is.
  Built b = Child(s);
  CHECK_FALSE(b.Has("child.requirement.none"));
  CHECK(b.all.find("We need it to run the club.") != std::string::npos);
  // Not required: the line, then the consequence in the child's words.
  s["purposes"][0]["requirement"] = {{"type", "none"},
                                     {"consequence", "We may not be able to take you on trips."},
                                     {"child", "You might miss some trips."}};
  b = Child(s);
  const int at = b.Find("child.requirement.none");
  REQUIRE(at > 0);
  CHECK(b.texts[at - 1] == "To run the club.");
  CHECK(b.texts[at] == "You do not have to give us this information.");
  CHECK(b.texts[at + 1] == "You might miss some trips.");
  b = Child(s, "6-9");
  CHECK(b.Has("child.requirement.none@6-9"));
  // The parents' purpose is not in the children's version, nor its requirement.
  CHECK(b.all.find("news") == std::string::npos);
}

TEST_CASE("deleting is promised to a child only with its limits") {
  Built young = Child(Family(), "6-9");
  CHECK(young.all.find("ask us to delete it. Sometimes we have to keep it. We will tell you why.") !=
        std::string::npos);
  Built older = Child(Family(), "13-15");
  CHECK(older.all.find("ask us to delete your information. We do not always have to. Sometimes the law says we must "
                       "keep it. If we keep it, we will tell you why.") != std::string::npos);
}

TEST_CASE("a child is offered a parent or carer, an adult at school, Childline, and a social worker where relevant") {
  Built b = Child(Family(), "6-9");
  for (const char* key :
       {"child.help.intro", "child.help.parent", "child.help.school@6-9", "child.help.childline@6-9"}) {
    CHECK_MESSAGE(b.Has(key), key);
  }
  CHECK_FALSE(b.Has("child.help.social-worker"));
  // Childline's number and address come from data/help.json, with an explain origin of their own.
  CHECK(b.all.find("0800 1111") != std::string::npos);
  CHECK(b.all.find("childline.org.uk") != std::string::npos);
  CHECK(b.data == std::vector<std::string>{"data/help.json: childline.phone", "data/help.json: childline.website"});
  // The help comes before the regulator in "Who can you talk to?".
  CHECK(b.Find("child.help.intro") < b.Find("child.talk.ico@6-9"));

  // An item about children that involves social care brings "your social worker, if you have one".
  json s = Family();
  s["sources"][0]["name"] = "Forms, and referrals from children's social care";
  b = Child(s);
  CHECK(b.Has("child.help.social-worker"));
  CHECK(b.all.find("your social worker, if you have one") != std::string::npos);
  // In Welsh text too.
  s = Family();
  s["notice"]["locales"] = {"cy"};
  s["sources"][0]["name"] = "Ffurflenni, ac atgyfeiriadau gan weithwyr cymdeithasol";
  s["sources"][0]["child"] = "Ffurflenni.";
  CHECK(Child(s, "13-15", "cy").Has("child.help.social-worker"));
  // Social care that concerns only the parents does not.
  s = Family();
  s["purposes"][1]["description"] = "News, and the local authority's family support.";
  CHECK_FALSE(Child(s).Has("child.help.social-worker"));
}

TEST_CASE("data/help.json is checked when it is read") {
  rules::LawData law;
  CHECK(rules::ParseHelpData(json::parse(R"({"helpers": [{"id": "x", "website": "http://example.org"}]})"), &law) ==
        "helper 'x': website must start https://");
  CHECK_FALSE(rules::ParseHelpData(json::parse(R"({"people": []})"), &law).empty());
  CHECK(rules::ParseHelpData(json::parse(R"({"helpers": [{"id": "x", "when_mentioned": {"en": []}}]})"), &law) ==
        "helper 'x': when_mentioned lists no phrase");
  // The shipped file: Childline with its number, a social worker only where mentioned.
  const auto& helpers = test::Data().law.helpers;
  REQUIRE(helpers.size() == 4);
  CHECK(helpers[3].id == "childline");
  CHECK(helpers[3].phone == "0800 1111");
  CHECK(helpers[2].id == "social-worker");
  CHECK(helpers[2].when_mentioned.size() > 0);
}

// Review of #11, item 14: "We keep it for one year" says what "it" is.
TEST_CASE("a children's retention wording is shown with the record's child name") {
  json s = Family();
  // Without a child_name, the record's name (README, "Children's versions"): the wording never
  // stands alone (hospice user test: "We keep them until you are 25." with no "them").
  Built b = Child(s);
  int intro = b.Find("child.keep.intro");
  REQUIRE(intro >= 0);
  REQUIRE(intro + 2 < static_cast<int>(b.texts.size()));
  CHECK(b.texts[intro + 1] == "Files");
  CHECK(b.texts[intro + 2] == "One year.");
  s["retention"]["records"][0]["child_name"] = "Your forms";
  b = Child(s);
  intro = b.Find("child.keep.intro");
  CHECK(b.texts[intro + 1] == "Your forms");
  CHECK(b.texts[intro + 2] == "One year.");
  // In the HTML, the name is one bold line of the list item, the wording its own paragraph.
  diag::Sink sink;
  const std::string html = test::HtmlOf(test::Build(s, "en", &sink, /*child=*/true));
  CHECK(html.find("<strong>Your forms</strong>") != std::string::npos);
  // No record about children, no name: a record only for staff never reaches the guide.
  s["retention"]["records"][0]["data_subjects"] = {"parents"};
  CHECK(Child(s).all.find("Your forms") == std::string::npos);
}

// Review: a guide for several groups said "If you said yes, you can change your mind" to all of
// them, though only the siblings' purpose relies on consent. As the adult summary says whose right
// it is, the guide says it under the groups that have it ("Are you one of them? …"), and in the
// summary of its own only where every group of the guide has it.
TEST_CASE("a right only some of a guide's groups have is said under those groups") {
  json s = Family();
  s["data_subjects"].push_back(
      {{"id", "siblings"}, {"name", "Siblings"}, {"children", true}, {"child", "Brothers and sisters."}});
  s["purposes"].push_back(json::parse(R"({"id": "sibclub", "name": "Sibling club", "data_subjects": ["siblings"],
      "data_categories": ["contact"], "lawful_bases": ["consent"], "automated_means": false,
      "requirement": {"type": "none"}, "child": "To run the sibling club."})"));
  for (const char* band : {"6-9", "13-15"}) {
    CAPTURE(band);
    const std::string banded = std::string(band) == "6-9" ? "@6-9" : "";
    Built b = Child(s, band);
    CHECK_FALSE(b.Has("child.summary.withdraw-consent" + banded));
    const int line = b.Find("child.group-right.withdraw-consent" + banded);
    REQUIRE(line > 0);
    CHECK(b.texts[line - 1] == "Brothers and sisters.");  // in the siblings' entry of "This guide is for"
    CHECK(b.Find("child.group-right.withdraw-consent" + banded) < b.Find("child.q.who"));
    int lines = 0;
    for (const auto& k : b.keys) lines += k == "child.group-right.withdraw-consent" + banded ? 1 : 0;
    CHECK(lines == 1);  // not under "Children like you."
  }
  CHECK(Child(s, "6-9").all.find("Are you one of them? If you said yes, you can change your mind.") !=
        std::string::npos);
  CHECK(Child(s, "6-9", "cy").all.find("Ydych chi'n un ohonyn nhw? Os gwnaethoch chi ddweud ie") != std::string::npos);
  // "What can you do?" keeps the right in its list, saying it is only some readers'.
  Built list = Child(s, "13-15");
  const int right = list.Find("child.right.withdraw-consent");
  REQUIRE(right > 0);
  CHECK(list.keys[right + 1] == "child.right.some");
  CHECK(list.texts[right + 1] == "Only some of you can do this. The part “About this guide” says who.");
  // Consent asked of both groups: one line in the summary, as before.
  s["purposes"][0]["lawful_bases"] = {"consent"};
  Built both = Child(s, "6-9");
  CHECK(both.Has("child.summary.withdraw-consent@6-9"));
  CHECK_FALSE(both.Has("child.group-right.withdraw-consent@6-9"));
  CHECK_FALSE(both.Has("child.right.some@6-9"));
}

// Review H1: portability that only one group's consent gives was told to every reader of the guide
// as theirs. Any right only some of the guide's groups have says so, and that they can ask.
TEST_CASE("a right only some of a guide's groups have is never told to every reader as theirs") {
  json s = Family();
  s["data_subjects"].push_back(
      {{"id", "siblings"}, {"name", "Siblings"}, {"children", true}, {"child", "Brothers and sisters."}});
  s["purposes"].push_back(json::parse(R"({"id": "sibclub", "name": "Sibling club", "data_subjects": ["siblings"],
      "data_categories": ["contact"], "lawful_bases": ["consent"], "automated_means": true,
      "requirement": {"type": "none"}, "child": "To run the sibling club."})"));
  Built list = Child(s, "13-15");
  const int right = list.Find("child.right.portability");
  REQUIRE(right > 0);
  // The family's own purposes (not on consent or contract) give no portability, so the right says
  // its children's condition first (review s28 L3), then that it is only some readers'.
  CHECK(list.keys[right + 1] == "child.right.portability.some");
  CHECK(list.keys[right + 2] == "child.right.some-ask");
  CHECK(list.texts[right + 2] == "Only some of you can do this. You can ask us if it is for you.");
  const int access = list.Find("child.right.access");
  REQUIRE(access > 0);
  CHECK(list.keys[access + 1] != "child.right.some-ask");  // everyone's right says nothing more
}

// Review: "Words we use" defined extra-private information as "your health, your religion or where
// your family comes from", and personal information by a name, an address and a birthday, whatever
// the organisation holds. The definitions give no examples, in every locale and band.
TEST_CASE("the children's glossary asserts no examples the source does not give") {
  json s = Family();
  s["data_categories"][0]["special_category"] = true;
  s["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  for (const char* band : {"6-9", "13-15"}) {
    Built b = Child(s, band);
    const std::string suffix = std::string(band) == "6-9" ? "@6-9" : "";
    const int personal = b.Find("child.def.personal-information" + suffix);
    REQUIRE(personal >= 0);
    for (const char* example : {"health", "religion", "family comes from", "birthday", "address", "name"}) {
      CAPTURE(example);
      CHECK(b.texts[personal].find(example) == std::string::npos);
    }
  }
  for (const auto& [code, cat] : test::Data().AllCatalogues()) {
    for (const char* key : {"child.def.special", "child.def.special@6-9", "child.def.personal-information",
                            "child.def.personal-information@6-9"}) {
      const std::string text = cat->Get(key);
      CAPTURE(code);
      CAPTURE(text);
      for (const char* example :
           {"iechyd", "crefydd", "pen-blwydd", "zdrowi", "religi", "urodzin", "صحت", "دين", "ميلاد"}) {
        CHECK(text.find(example) == std::string::npos);
      }
    }
  }
}

}  // namespace pnc

namespace pnc {
namespace {

// User test s27 F11: "Words we use" defined "Extra-private information" and "Information about crimes"
// for a 7-year-old, though nothing in the guide uses either term or says which of the child's
// information they are. The glossary defines only words the guide uses: with special category and
// criminal offence data about the children, neither term (nor its definition) appears.
TEST_CASE("the children's glossary does not define special category or criminal offence data") {
  json s = Family();
  s["data_categories"][0]["special_category"] = true;
  s["data_categories"][0]["criminal_offence"] = true;
  s["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  for (const char* band : {"6-9", "13-15"}) {
    CAPTURE(band);
    Built b = Child(s, band);
    for (const char* key : {"child.term.special", "child.def.special", "child.def.special@6-9", "child.term.criminal",
                            "child.def.criminal", "child.def.criminal@6-9"}) {
      CAPTURE(key);
      CHECK_FALSE(b.Has(key));
    }
    CHECK(b.Has(std::string("child.def.personal-information") + (std::string(band) == "6-9" ? "@6-9" : "")));
    CHECK(b.all.find("Extra-private") == std::string::npos);
    CHECK(b.all.find("about crimes") == std::string::npos);
  }
}

}  // namespace
}  // namespace pnc
