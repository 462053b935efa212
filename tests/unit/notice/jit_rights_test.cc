// tests: the main rights a just-in-time notice lists follow the law for its purposes' bases.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "markdown/markdown.h"
#include "test_support.h"

namespace pnc {
namespace {

// The adult just-in-time notices' text for a source whose one purpose rests on `bases`.
std::string JitText(const nlohmann::json& bases) {
  auto s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = bases;
  // Only where the purpose relies on it: a stray legal_obligation is an error (rules/stray_fields.cc).
  if (std::find(bases.begin(), bases.end(), "legal-obligation") != bases.end())
    s["purposes"][0]["legal_obligation"] = "The Charities Act 2011 requires us to keep these records.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  s["controller"]["public_authority"] = true;
  driver::Options options;
  options.formats = {"html", "jit"};
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  std::string out;
  for (const auto& d : c->docs) {
    for (const auto& j : d.jit) out += markdown::PlainText(j.blocks);
  }
  return out;
}

}  // namespace

// Art 17(3)(b): no right to erasure where processing is necessary for a legal obligation or a task in
// the public interest; a purpose resting on anything else keeps it in the list.
TEST_CASE("a just-in-time notice lists erasure only where Art 17(3)(b) does not exclude it") {
  const std::string deleted = "Have it deleted";
  CHECK(JitText({"legal-obligation"}).find(deleted) == std::string::npos);
  CHECK(JitText({"public-task"}).find(deleted) == std::string::npos);
  CHECK(JitText({"legal-obligation", "public-task"}).find(deleted) == std::string::npos);
  CHECK(JitText({"legal-obligation", "contract"}).find(deleted) != std::string::npos);
  CHECK(JitText({"contract"}).find(deleted) != std::string::npos);
}

// A siblings-only form must not list the patients' records (user test review: "Your care notes: we
// keep them until you are 25" was told to siblings). The hospice case's source, plus a sibling club
// newsletter purpose (contact details only, siblings only) and its form.
TEST_CASE("a children's just-in-time notice lists only records about its purpose's children") {
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto s = nlohmann::json::parse(ss.str(), nullptr, true, /*ignore_comments=*/true);
  s["purposes"].push_back(nlohmann::json::parse(R"({"id": "sibclub", "name": {"en": "Sibling club newsletter"},
      "data_subjects": ["siblings"], "data_categories": ["contact"], "lawful_bases": ["consent"],
      "requirement": {"type": "none", "child": {"en": "You do not have to join."}},
      "child": {"en": "To tell you about the sibling club."}})"));
  s["forms"].push_back(nlohmann::json::parse(R"({"id": "sibform", "name": {"en": "Sibling club form"},
      "purposes": ["sibclub"]})"));
  driver::Options options;
  options.formats = {"jit"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  int forms = 0;
  for (const auto& d : c->docs) {
    if (d.audience != "child") continue;
    for (const auto& j : d.jit) {
      if (j.id != "jit-form-sibform") continue;
      ++forms;
      const std::string form = markdown::PlainText(j.blocks);
      CHECK(form.find("sibling club") != std::string::npos);
      CHECK(form.find("25") == std::string::npos);  // the patients' care notes and safeguarding records
    }
  }
  CHECK(forms > 0);
}

// The user test (hafan): a children's form asking a child to say yes to photos told them only that they
// could see and correct their information. At the point of collection a child asked for consent hears
// that they can change their mind (Art 7(3)), and one whose data serves our interests that they can say
// no (Art 21); and a purpose wording without a full stop no longer runs into "We need this …".
TEST_CASE("a children's just-in-time notice names the rights its purposes give, in the guide's words") {
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto s = nlohmann::json::parse(ss.str(), nullptr, true, /*ignore_comments=*/true);
  s["purposes"].push_back(nlohmann::json::parse(R"({"id": "photos", "name": {"en": "Photos for our newsletter"},
      "data_subjects": ["siblings"], "data_categories": ["contact"], "lawful_bases": ["consent"],
      "requirement": {"type": "none", "child": {"en": "You can say no."}},
      "child": {"en": "to put photos of the sibling club in our newsletter"}})"));
  s["forms"].push_back(nlohmann::json::parse(R"({"id": "photoform", "name": {"en": "Photo form"},
      "purposes": ["photos"]})"));
  driver::Options options;
  options.formats = {"jit"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  int forms = 0;
  for (const auto& d : c->docs) {
    if (d.audience != "child" || d.locale != "en") continue;
    for (const auto& j : d.jit) {
      if (j.id != "jit-form-photoform") continue;
      ++forms;
      const std::string form = markdown::PlainText(j.blocks);
      CAPTURE(form);
      CHECK(form.find("change your mind if you said yes") != std::string::npos);
      CHECK(form.find("say no to some of the ways") == std::string::npos);  // consent only: no Art 21
      CHECK(form.find("in a certain way") == std::string::npos);
      CHECK(form.find("newsletter You") == std::string::npos);  // the wording and the answer are apart
    }
  }
  CHECK(forms > 0);
}

// Review: a just-in-time notice of several purposes names each before its answer ("Keeping children
// safe: …"), and the full notice names the groups of a per-group answer ("For visitors: …"); an
// answer that opened "No:" read "Keeping children safe: No: you do not have to give it.". The answers
// hold no colon of their own, in every locale, so a lead-in's colon is the only one.
TEST_CASE("a requirement answer after its purpose's name reads with one colon, in every locale") {
  for (const auto& [code, cat] : test::Data().AllCatalogues()) {
    for (const char* kind : {"statutory", "contractual", "contract-entry", "none", "condition"}) {
      const std::string text = cat->Get(std::string("requirement.") + kind);
      CAPTURE(code);
      CAPTURE(text);
      CHECK(text.find(':') == std::string::npos);
    }
  }
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  driver::Options options;
  options.formats = {"jit"};
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  std::string all;
  for (const auto& d : c->docs) {
    if (d.audience != "adult" || d.locale != "en") continue;
    for (const auto& j : d.jit) all += markdown::PlainText(j.blocks);
  }
  CHECK(all.find("Keeping children safe: No, you do not have to give it.") != std::string::npos);
  CHECK(all.find(": No:") == std::string::npos);
  CHECK(all.find(": Only if you want to take part:") == std::string::npos);
}

}  // namespace pnc

namespace pnc {
namespace {

// The hospice case's source with one more form: the patients' care (legitimate interests) with either
// the siblings' support (consent: changing their mind, and a copy to take elsewhere) or a siblings'
// register the law requires (legal obligation alone: no erasure for them, Art 17(3)(b)).
std::unique_ptr<driver::Compiled> HospiceWithForm(const std::string& sibling_purpose) {
  std::ifstream in(std::string(PNC_TEST_DATA_DIR) + "/cases/jit/0004-hospice-truth/input.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto s = nlohmann::json::parse(ss.str(), nullptr, true, /*ignore_comments=*/true);
  s["purposes"].push_back(nlohmann::json::parse(R"({"id": "register", "name": {"en": "Siblings register"},
      "data_subjects": ["siblings"], "data_categories": ["contact"], "lawful_bases": ["legal-obligation"],
      "legal_obligation": {"en": "The law on registers of visiting children."},
      "requirement": {"type": "none", "child": {"en": "You can say no."}},
      "child": {"en": "To keep the register the law asks for."}})"));
  s["forms"].push_back({{"id", "family"}, {"name", {{"en", "Family form"}}}, {"purposes", {"care", sibling_purpose}}});
  driver::Options options;
  options.formats = {"jit"};
  options.allow_fallback = true;
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  return c;
}

// One children's notice's rights: those every reader has, and those under each group's wording.
struct ChildRights {
  std::string everyone, patients, siblings;
};

ChildRights RightsOfForm(const driver::Compiled& c, const std::string& band, const std::string& locale) {
  ChildRights out;
  for (const auto& d : c.docs) {
    if (d.audience != "child" || d.band != band || d.locale != locale) continue;
    for (const auto& j : d.jit) {
      if (j.id != "jit-form-family") continue;
      const std::string form = markdown::PlainText(j.blocks);
      const bool cy = locale == "cy";
      const size_t rights = form.find(cy ? "hawliau" : "so you have rights");
      const size_t patients = form.find(cy ? "Plant sy'n dod" : "Children who come to Tŷ Seren for care.", rights);
      const size_t siblings = form.find(cy ? "Brodyr a chwiorydd" : "Brothers and sisters of children", rights);
      const size_t end = form.find(cy ? "Darllenwch" : "Read our guide", rights);
      REQUIRE(rights != std::string::npos);
      REQUIRE(end != std::string::npos);
      const size_t first = std::min({patients, siblings, end});
      out.everyone = form.substr(rights, first - rights);
      if (patients != std::string::npos) out.patients = form.substr(patients, std::min(siblings, end) - patients);
      if (siblings != std::string::npos) out.siblings = form.substr(siblings, end - siblings);
    }
  }
  return out;
}

}  // namespace

// Review H1: a form about the patients' care and the siblings' support told every child reader they
// could change their mind about consent (only the siblings were asked) and say no to our interests
// (only the patients' care rests on them). A right only some of the form's children groups have is said
// under those groups, as the guide's "This guide is for" says it; the adult notice says whose it is.
TEST_CASE("a just-in-time notice of several groups says whose a right only some of them have is") {
  auto c = HospiceWithForm("siblings");
  for (const char* band : {"6-9", "13-15"}) {
    CAPTURE(band);
    ChildRights en = RightsOfForm(*c, band, "en");
    CAPTURE(en.everyone);
    CAPTURE(en.patients);
    CAPTURE(en.siblings);
    CHECK(en.everyone.find("see") != std::string::npos);  // access: everyone's
    CHECK(en.everyone.find("change your mind") == std::string::npos);
    CHECK(en.everyone.find("certain way") == std::string::npos);
    CHECK(en.everyone.find("say no to some") == std::string::npos);
    CHECK(en.patients.find("Are you one of them? You can also:") != std::string::npos);
    CHECK(en.patients.find("change your mind") == std::string::npos);
    CHECK((en.patients.find("certain way") != std::string::npos ||
           en.patients.find("say no to some") != std::string::npos));
    CHECK(en.siblings.find("Are you one of them? You can also:") != std::string::npos);
    CHECK(en.siblings.find("change your mind") != std::string::npos);
    CHECK(en.siblings.find("copy") != std::string::npos);  // portability: explicit consent, automated means
    CHECK(en.siblings.find("certain way") == std::string::npos);
  }
  ChildRights cy = RightsOfForm(*c, "13-15", "cy");
  CAPTURE(cy.siblings);
  CHECK(cy.siblings.find("Ydych chi'n un ohonyn nhw? Gallwch chi hefyd:") != std::string::npos);
  std::string adult;
  for (const auto& d : c->docs) {
    for (const auto& j : d.jit) {
      if (d.audience == "adult" && d.locale == "en" && j.id == "jit-form-family") adult = markdown::PlainText(j.blocks);
    }
  }
  CAPTURE(adult);
  const size_t consent = adult.find("Change your mind about consent");
  REQUIRE(consent != std::string::npos);
  const size_t whose = adult.find("This right is for:", consent);
  REQUIRE(whose != std::string::npos);
  CHECK(adult.find("Brothers and sisters", whose) != std::string::npos);
  CHECK(adult.find("Children and young people who use our hospice", whose) > adult.find("Brothers", whose));
}

// Erasure is a group's only where its purposes on the form do not all rest on a legal obligation
// (Art 17(3)(b)): the siblings on a register the law requires cannot be told they may have it deleted.
TEST_CASE("a children's just-in-time notice gives erasure only to the groups whose purposes allow it") {
  auto c = HospiceWithForm("register");
  ChildRights en = RightsOfForm(*c, "13-15", "en");
  CAPTURE(en.everyone);
  CAPTURE(en.patients);
  CAPTURE(en.siblings);
  CHECK(en.everyone.find("delete") == std::string::npos);
  CHECK(en.patients.find("delete") != std::string::npos);
  CHECK(en.siblings.empty());  // nothing is theirs alone
}

// Review L6: a group's rights line cited each purpose once per right it gives ("/purposes/0; /purposes/0").
TEST_CASE("a children's just-in-time group-rights line cites each fact once") {
  auto c = HospiceWithForm("siblings");
  int lines = 0;
  for (const auto& d : c->docs) {
    for (const auto& j : d.jit) {
      for (const auto& b : j.blocks) {
        if (b.origin_id < 0) continue;
        const notice::Origin& o = d.origins[static_cast<size_t>(b.origin_id)];
        if (o.key.rfind("jit.child.group-rights", 0) != 0) continue;
        ++lines;
        CAPTURE(o.key);
        std::vector<std::string> facts = o.facts;
        std::sort(facts.begin(), facts.end());
        CHECK(std::adjacent_find(facts.begin(), facts.end()) == facts.end());
      }
    }
  }
  CHECK(lines > 0);
}

}  // namespace pnc
