// tests: a children's version holds only the facts and rights about children, one version per age
// band; the adult notice says which groups a right is for. The scout group (tests/cases/truth)
// was written from nothing: young people, parents and volunteers have different purposes.
#include <doctest/doctest.h>

#include "markdown/markdown.h"
#include "notice/explain.h"
#include "rules/lint.h"
#include "test_support.h"

namespace pnc {
namespace {

std::string Scouts() { return std::string(PNC_TEST_DATA_DIR) + "/cases/truth/0001-scout-group/input.json"; }

std::string AllText(const notice::NoticeDoc& doc) {
  std::string all;
  for (const auto& item : notice::Explain(doc)) all += item.text + "\n";
  return all;
}

// The text of every source field the children's version must never show (items that concern
// only adults), in the document's locale.
std::vector<std::string> AdultOnlyTexts(const source::Model& m, const std::string& locale) {
  source::Scope s = source::ComputeScope(m);
  std::vector<std::string> out;
  auto take = [&](const source::Text& t) {
    std::vector<markdown::Issue> issues;
    if (const auto* tr = t.Get(locale)) out.push_back(markdown::PlainText(markdown::ToInlines(tr->text, &issues)));
  };
  auto items = [&](const auto& list, const std::vector<source::Groups>& scope) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (s.ConcernsChildren(scope[i])) continue;
      take(list[i].name);
      take(list[i].description);
    }
  };
  items(m.categories, s.categories);
  items(m.purposes, s.purposes);
  items(m.recipients, s.recipients);
  items(m.retention, s.retention);
  for (size_t i = 0; i < m.sections.size(); ++i) {
    if (!s.ConcernsChildren(s.sections[i])) take(m.sections[i].title), take(m.sections[i].body);
  }
  for (const auto& subject : m.subjects) {
    if (!subject.children) take(subject.name);
  }
  return out;
}

}  // namespace

TEST_CASE("a children's version per age band, youngest first, with the band's own texts") {
  auto c = test::CompileSource(Scouts());
  REQUIRE(c->sink.Errors() == 0);
  std::vector<std::string> files;
  for (const auto& d : c->docs) files.push_back(d.file_base);
  CHECK(files ==
        std::vector<std::string>{"notice.en", "child.6-9.en", "child.10-12.en", "child.13-15.en", "child.16-17.en"});
  // Band variants of catalogue text: the 6-9 version has the @6-9 introduction, the others the general one.
  const auto& en = *test::Data().Catalogue("en");
  CHECK(AllText(c->docs[1]).find(en.Get("child.intro@6-9")) != std::string::npos);
  CHECK(AllText(c->docs[2]).find(en.Get("child.intro")) != std::string::npos);
  for (size_t i = 1; i < c->docs.size(); ++i) {
    for (const auto& a : c->docs[i].alternates) CHECK(a.href == c->docs[i].file_base + ".html");
  }
}

TEST_CASE("nothing about parents-only or volunteer-only items reaches a children's version") {
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c = test::CompileSource(path);
    const auto& m = c->loaded.model;
    for (const auto& doc : c->docs) {
      if (doc.audience != "child") continue;
      CAPTURE(doc.file_base);
      const std::string all = AllText(doc);
      for (const auto& text : AdultOnlyTexts(m, doc.locale)) {
        if (text.size() < 4) continue;
        CHECK_MESSAGE(all.find(text) == std::string::npos, "adult-only text in a children's version: " << text);
      }
      // Every text in a children's version comes from a child wording, a children group's name,
      // the catalogue, the regulator data, a names-only source field of the controller/contact, or
      // a retention record's name (what the guide calls a record that has no child_name, README).
      for (const auto& item : notice::Explain(doc)) {
        const auto& o = doc.origins[item.origin];
        if (o.kind != notice::Origin::Kind::kSource || o.key.size()) continue;
        const std::string& p = o.pointer;
        bool child = p.find("/child") != std::string::npos || p.rfind("/controller/", 0) == 0 ||
                     p.rfind("/dpo/", 0) == 0 || p.rfind("/complaints/", 0) == 0 || p.rfind("/notice/", 0) == 0 ||
                     p.rfind("/data_subjects/", 0) == 0 || p.rfind("/sections/", 0) == 0 ||
                     (p.rfind("/retention/records/", 0) == 0 && p.size() > 5 && p.substr(p.size() - 5) == "/name");
        CHECK_MESSAGE(child, "text from " << p << " in a children's version: " << item.text);
      }
    }
  }
}

TEST_CASE("the scout group's children's versions hold the young people's facts and rights only") {
  auto c = test::CompileSource(Scouts());
  const auto& en = *test::Data().Catalogue("en");
  for (size_t i = 1; i < c->docs.size(); ++i) {
    const std::string all = AllText(c->docs[i]);
    CAPTURE(c->docs[i].file_base);
    for (const char* want :
         {"Your name and address.", "Allergies, medicines and what you can eat.",
          "Campsites and activity centres, so they can keep you safe.", "Until you leave, and one more year.",
          "Beavers, Cubs, Scouts and Explorers, like you.", "You can also tell your section leader if you are worried.",
          "We lock forms away. Our computer system needs a password."}) {
      CHECK_MESSAGE(all.find(want) != std::string::npos, want);
    }
    // HMRC, the DBS and the email service serve parents' and volunteers' purposes only.
    for (const char* never : {"Revenue", "Disclosure", "DBS", "Gift Aid", "fundraising", "volunteer", "Volunteer"}) {
      CHECK_MESSAGE(all.find(never) == std::string::npos, never);
    }
    // Rights from the purposes about young people: legitimate interests (object), consent
    // (withdraw, portability). Nothing about marketing: that purpose is the parents'.
    const std::string band = c->docs[i].band == "6-9" ? "@6-9" : "";
    auto right = [&](const std::string& id) {
      std::string key = "child.right." + id + band;
      return en.Has(key) ? en.Get(key) : en.Get("child.right." + id);
    };
    for (const char* id :
         {"access", "rectification", "erasure", "restriction", "object", "portability", "withdraw-consent"}) {
      CHECK_MESSAGE(all.find(right(id)) != std::string::npos, id);
    }
    CHECK(all.find(right("automated-decisions")) == std::string::npos);
  }
}

TEST_CASE("the adult notice says which groups a right is for, where it is not everyone's") {
  auto c = test::CompileSource(Scouts());
  const auto& en = *test::Data().Catalogue("en");
  const std::string all = AllText(c->docs[0]);
  const std::string groups = "Young people in our Beaver, Cub, Scout and Explorer sections, and Parents and carers";
  auto after = [&](const std::string& title) { return all.substr(all.find(en.Get("right." + title + ".title"))); };
  // Consent is used for photographs (young people, parents) and fundraising emails (parents).
  for (const char* id : {"portability", "withdraw-consent"}) {
    // The right's title, its body, then whose it is.
    std::string from = after(id);
    size_t body_end = from.find('\n', from.find('\n') + 1);
    CHECK_MESSAGE(
        from.substr(body_end + 1, from.find('\n', body_end + 1) - body_end - 1) == "This right is for: " + groups + ".",
        id);
  }
  // Objection (Art 21(1)) arises for every group (legitimate interests for all three): no "for" line
  // after it. The marketing objection (Art 21(2)) is the parents' only (fundraising emails), in a line
  // that names it (review s29 L21: "This right is for" there read as the whole box's scope).
  std::string object = after("object");
  const size_t marketing = object.find(en.Get("right.object.marketing"));
  REQUIRE(marketing != std::string::npos);
  CHECK(object.substr(0, marketing).find("This right is for") == std::string::npos);
  CHECK(object.substr(marketing + en.Get("right.object.marketing").size())
            .rfind("\nThe right to object to direct marketing is for: Parents and carers.", 0) == 0);
  // Access is everyone's.
  std::string access = after("access");
  CHECK(access.substr(0, access.find(en.Get("right.rectification.title"))).find("This right is for") ==
        std::string::npos);
}

TEST_CASE("rights are derived per group") {
  auto c = test::CompileSource(Scouts());
  const auto& m = c->loaded.model;
  source::Scope s = source::ComputeScope(m);
  auto ids = [&](const source::Groups& who) {
    std::vector<std::string> out;
    for (const auto& r : rules::DeriveRights(m, test::Data().law, s, who)) out.push_back(r.id);
    return out;
  };
  // Volunteers: vetting on legitimate interests only.
  CHECK(ids({false, false, true}) == std::vector<std::string>{"access", "rectification", "erasure", "restriction",
                                                              "object", "complain-controller", "complain-ico"});
  // Parents: legitimate interests, consent (photos, fundraising), legal obligation (Gift Aid).
  CHECK(ids({false, true, false}) ==
        std::vector<std::string>{"access", "rectification", "erasure", "restriction", "object", "object-marketing",
                                 "portability", "withdraw-consent", "complain-controller", "complain-ico"});
}

}  // namespace pnc
