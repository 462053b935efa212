// tests: the legal wording of the adult notice appears exactly where its fact holds: the right to
// object (Art 21(1) as amended, 21(2)) and withdrawing consent (Art 7(3)) in the short version and
// the rights section, per data subject group (Art 21(4)); text dated by the law in force on the
// notice's date (Arts 12A, 21(1), 22A-22D); the lawful-basis sentences.
#include <doctest/doctest.h>

#include "notice/builder.h"
#include "notice/explain.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The catalogue key (or "") of each piece of text of a built notice, with its text.
struct Piece {
  std::string text, key;
};

std::vector<Piece> Pieces(const notice::NoticeDoc& doc) {
  std::vector<Piece> out;
  for (const auto& item : notice::Explain(doc)) {
    std::string key;
    if (item.origin >= 0 && doc.origins[item.origin].kind == notice::Origin::Kind::kCatalogue)
      key = doc.origins[item.origin].key;
    out.push_back({item.text, key});
  }
  return out;
}

std::vector<Piece> Adult(const json& source) {
  diag::Sink sink;
  auto doc = test::Build(source, "en", &sink);
  for (const auto& d : sink.All()) CHECK_MESSAGE(d.rule != "internal", d.message);
  return Pieces(doc);
}

// Index of the first piece with this key at or after `from`, or -1.
int Find(const std::vector<Piece>& pieces, const std::string& key, int from = 0) {
  for (int i = from; i < static_cast<int>(pieces.size()); ++i) {
    if (pieces[i].key == key) return i;
  }
  return -1;
}

bool Has(const std::vector<Piece>& pieces, const std::string& key) { return Find(pieces, key) >= 0; }

// The index of the summary's last piece (the complaint sentence closes it).
int SummaryEnd(const std::vector<Piece>& pieces) { return Find(pieces, "summary.complain"); }

json WithBases(std::vector<std::string> bases, bool marketing = false) {
  json s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = bases;
  s["purposes"][0]["legitimate_interest"] = "Running our service.";
  if (std::find(bases.begin(), bases.end(), "recognised-legitimate-interests") != bases.end()) {
    s["purposes"][0]["recognised_legitimate_interest"] = "safeguarding";
  }
  if (std::find(bases.begin(), bases.end(), "legal-obligation") != bases.end()) {
    s["purposes"][0]["legal_obligation"] = "The Children Act 1989.";
  }
  if (marketing) s["purposes"][0]["direct_marketing"] = true;
  return s;
}

}  // namespace

TEST_CASE("the right to object is in the short version and its own box exactly where Art 21 gives it") {
  const auto& en = *test::Data().Catalogue("en");
  struct Case {
    std::vector<std::string> bases;
    bool marketing, object, object_marketing;
  } cases[] = {
      {{"contract"}, false, false, false},
      {{"legal-obligation"}, false, false, false},
      {{"vital-interests"}, false, false, false},
      {{"consent"}, false, false, false},
      {{"legitimate-interests"}, false, true, false},
      {{"public-task"}, false, true, false},
      {{"recognised-legitimate-interests"}, false, true, false},
      {{"contract"}, true, false, true},  // Art 21(2): marketing, whatever the basis
      {{"legitimate-interests"}, true, true, true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.bases.front());
    CAPTURE(c.marketing);
    json s = WithBases(c.bases, c.marketing);
    if (c.bases.front() == "public-task") s["controller"]["public_authority"] = true;
    auto p = Adult(s);
    const int end = SummaryEnd(p);
    REQUIRE(end > 0);
    // The short version names each right, each in a sentence of its own, before the complaint line.
    CHECK((Find(p, "summary.object") >= 0 && Find(p, "summary.object") < end) == c.object);
    CHECK((Find(p, "summary.object-marketing") >= 0 && Find(p, "summary.object-marketing") < end) ==
          c.object_marketing);
    // The rights section: the box, with the Art 21(1) and 21(2) sentences only where they apply.
    CHECK(Has(p, "right.object.title") == (c.object || c.object_marketing));
    CHECK(Has(p, "right.object.body") == c.object);
    CHECK(Has(p, "right.object.marketing") == c.object_marketing);
  }
  // The limits, in plain words (Art 21(1)), and the absolute marketing objection (Art 21(3)).
  CHECK(en.Get("right.object.body")
            .find("compelling legitimate grounds that override your interests, rights and freedoms.") !=
        std::string::npos);
  CHECK(en.Get("right.object.body").find("if we need the information to make, exercise or defend legal claims") !=
        std::string::npos);
  // The bases are the organisation's own (review s28 L8), each combination a key of its own.
  CHECK(en.Get("right.object.body").rfind("If we rely on {bases}, you can object to our using your information.", 0) ==
        0);
  CHECK(en.Get("right.object.bases.public-task+legitimate-interests+recognised-legitimate-interests") ==
        "public task, legitimate interests or a recognised legitimate interest");
  CHECK(en.Get("right.object.marketing") ==
        "You can object at any time to our use of your information for direct marketing, and we will then stop using "
        "it for that.");
}

// Review s29 L21: the objection box ended "This right is for: <the newsletter's readers>", read as
// the scope of the whole box. The marketing objection names itself in its scope line; the Art 21(1)
// objection says whose it is only where it is not everyone's, in a line of its own before it.
TEST_CASE("the objection box gives the marketing objection a scope line of its own") {
  auto source = [](bool li_for_all) {
    json s = WithBases({"legitimate-interests"});
    s["data_subjects"].push_back({{"id", "visitors"}, {"name", "Visitors"}});
    if (li_for_all) s["purposes"][0]["data_subjects"] = {"parents", "visitors"};
    json news = s["purposes"][0];
    news["id"] = "news";
    news["name"] = "Sending our newsletter";
    news["data_subjects"] = {"parents"};
    news["data_categories"] = {"contact"};
    news["lawful_bases"] = {"consent"};
    news.erase("legitimate_interest");
    news.erase("special_category_condition");
    news["direct_marketing"] = true;
    news["requirement"] = {{"type", "none"}};
    json visits = news;
    visits["id"] = "visits";
    visits["name"] = "Booking visits";
    visits["data_subjects"] = {"visitors"};
    visits["lawful_bases"] = {"contract"};
    visits.erase("direct_marketing");
    s["purposes"].push_back(news);
    s["purposes"].push_back(visits);
    s["recipients"][0]["purposes"] = {"support"};
    return s;
  };
  // Art 21(1) is everyone's: no scope for it; the marketing scope names the marketing objection.
  auto all = Adult(source(true));
  const int body = Find(all, "right.object.body");
  const int marketing = Find(all, "right.object.marketing");
  REQUIRE(body >= 0);
  REQUIRE(marketing > body);
  const int general = Find(all, "rights.applies-to", body);
  CHECK((general < 0 || general > marketing));
  const int scope = Find(all, "right.object-marketing.for", marketing);
  REQUIRE(scope > marketing);
  CHECK(all[scope].text == "The right to object to direct marketing is for: Parents.");
  // Art 21(1) only some people's: its own "This right is for" line, before the marketing sentence.
  auto some = Adult(source(false));
  const int body2 = Find(some, "right.object.body");
  const int marketing2 = Find(some, "right.object.marketing");
  REQUIRE(body2 >= 0);
  const int own = Find(some, "rights.applies-to", body2);
  CHECK(own > body2);
  CHECK(own < marketing2);
  CHECK(some[own].text == "This right is for: Parents.");
  CHECK(Find(some, "right.object-marketing.for", marketing2) > marketing2);
}

TEST_CASE("withdrawing consent is named in the short version wherever consent is relied on") {
  auto with_consent = [](const json& s) {
    auto p = Adult(s);
    const int at = Find(p, "summary.withdraw-consent");
    return at >= 0 && at < SummaryEnd(p) && Has(p, "right.withdraw-consent.body");
  };
  CHECK(with_consent(WithBases({"consent"})));
  CHECK_FALSE(with_consent(WithBases({"contract"})));
  CHECK_FALSE(with_consent(WithBases({"legitimate-interests"})));
  // Explicit consent as the Art 9 condition.
  json s = WithBases({"contract"});
  s["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  CHECK(with_consent(s));
  // An Art 22B decision on explicit consent.
  s = WithBases({"contract"});
  s["automated_decisions"] = json::parse(R"([{"id": "d", "name": "Allocating places", "logic": "A score.",
      "consequences": "A place or not.", "safeguards": "Ask a person.", "data_categories": ["health"],
      "special_category_condition": {"article_22b": "explicit-consent"}}])");
  CHECK(with_consent(s));
}

TEST_CASE("the short version says whose right to object it is where it is not everyone's") {
  json s = WithBases({"contract"});
  s["data_subjects"] = json::parse(R"([{"id": "parents", "name": "Parents"}, {"id": "staff", "name": "Staff"}])");
  s["purposes"][0]["data_subjects"] = {"parents"};
  s["purposes"].push_back(json::parse(R"({"id": "hr", "name": "Employing staff", "data_subjects": ["staff"],
      "data_categories": ["contact"], "lawful_bases": ["legitimate-interests"],
      "legitimate_interest": "Running our organisation.", "requirement": {"type": "none"}})"));
  auto p = Adult(s);
  const int at = Find(p, "summary.object");
  REQUIRE(at >= 0);
  REQUIRE(at + 1 < static_cast<int>(p.size()));
  CHECK(p[at + 1].key == "summary.object-for");  // the right named again, not "This right is for:"
  CHECK(p[at + 1].text == "The right to object is for these people: Staff.");
  // And in the box, after the Art 21(1) sentence.
  const int body = Find(p, "right.object.body");
  REQUIRE(body >= 0);
  CHECK(p[body + 1].text == "This right is for: Staff.");
}

TEST_CASE("rights text follows the law in force on the notice's date") {
  json s = WithBases({"legitimate-interests"});
  s["automated_decisions"] = json::parse(R"([{"id": "d", "name": "Allocating places", "logic": "A score.",
      "consequences": "A place or not.", "safeguards": "Ask a person.", "data_categories": ["contact"]}])");
  auto keys = [&](const std::string& date) {
    s["notice"]["last_updated"] = date;
    std::string all;
    for (const auto& p : Adult(s)) all += p.key + "|";
    return all;
  };
  // Before 5 February 2026: Art 12(3) timing, Art 21(1) without (ea), the Art 22(1) right.
  const std::string before = keys("2026-02-04");
  for (const char* k : {"rights.timing@before-2026-02-05|", "right.automated-decisions.body@before-2026-02-05|"}) {
    CHECK_MESSAGE(before.find(k) != std::string::npos, k);
  }
  const std::string after = keys("2026-02-05");
  for (const char* k : {"rights.timing|", "right.object.body|", "right.automated-decisions.body|"}) {
    CHECK_MESSAGE(after.find(k) != std::string::npos, k);
  }
  CHECK(after.find("@before-2026-02-05") == std::string::npos);
  const auto& en = *test::Data().Catalogue("en");
  CHECK(en.Get("right.automated-decisions.body@before-2026-02-05").find("right not to be subject to") !=
        std::string::npos);
  CHECK(en.Get("right.automated-decisions.body").find("not to be subject") == std::string::npos);
  CHECK(en.Get("rights.timing").find("Article 12A") != std::string::npos);
  CHECK(en.Get("rights.timing@before-2026-02-05").find("12A") == std::string::npos);
}

// Review s28 L8: the objection names the bases the organisation's purposes that give it use, and
// no other (Art 21(1) covers 6(1)(e), (ea) and (f); a charity with no public task is not told of one).
TEST_CASE("the right to object names only the bases its purposes rely on") {
  struct Case {
    std::vector<std::string> first, second;  // the bases of two purposes
    const char* opening;
  } cases[] = {
      {{"public-task"}, {"consent"}, "If we rely on public task, you can object"},
      {{"legitimate-interests"}, {"contract"}, "If we rely on legitimate interests, you can object"},
      {{"recognised-legitimate-interests", "vital-interests"},
       {"consent"},
       "If we rely on a recognised legitimate interest, you can object"},
      {{"legitimate-interests"},
       {"recognised-legitimate-interests"},
       "If we rely on legitimate interests or a recognised legitimate interest, you can object"},
      {{"public-task"}, {"legitimate-interests"}, "If we rely on public task or legitimate interests, you can object"},
      {{"recognised-legitimate-interests", "public-task"},
       {"legitimate-interests"},
       "If we rely on public task, legitimate interests or a recognised legitimate interest, you can object"},
  };
  for (const auto& c : cases) {
    json s = WithBases(c.first);
    json second = s["purposes"][0];
    second["id"] = "second";
    second["name"] = "Second purpose";
    second["lawful_bases"] = c.second;
    s["purposes"].push_back(second);
    const auto p = Adult(s);
    const int body = Find(p, "right.object.body");
    REQUIRE(body >= 0);
    CAPTURE(p[body].text);
    CHECK(p[body].text.rfind(c.opening, 0) == 0);
  }
  // Before 5 February 2026 no purpose can rely on 6(1)(ea), so the same list is the whole of Art 21(1).
  json s = WithBases({"public-task"});
  s["notice"]["last_updated"] = "2026-02-04";
  const auto p = Adult(s);
  REQUIRE(Find(p, "right.object.body") >= 0);
  CHECK(p[Find(p, "right.object.body")].text.rfind("If we rely on public task, you can object", 0) == 0);
}

TEST_CASE("the lawful bases and rights are stated the right way round and with their limits") {
  const auto& en = *test::Data().Catalogue("en");
  // Art 6(1)(f): our (or a third party's) interests, not overridden by the person's.
  CHECK(en.Get("basis.legitimate-interests") ==
        "Legitimate interests (UK GDPR Article {article}): we need it for our legitimate interests or those of "
        "someone else, and those interests are not overridden by your interests, rights and freedoms.");
  // Art 6(1)(b): steps at the person's request before a contract, not "a contract you asked us to enter".
  CHECK(en.Get("basis.contract").find("to take steps you have asked for before we enter into one") !=
        std::string::npos);
  // Art 17(3): erasure has limits; Art 12(5): free in most cases, not always.
  CHECK(en.Get("right.erasure.body").find("The right does not always apply") != std::string::npos);
  CHECK(en.Get("rights.how").find("In most cases it is free") != std::string::npos);
  // Art 20(1): portability for consent or contract, by automated means; never under Art 6(1)(ea).
  const auto& law = test::Data().law;
  for (const auto& r : law.rights) {
    if (r.id != "portability") continue;
    CHECK(r.needs_automated_means);
    CHECK(std::find(r.bases.begin(), r.bases.end(), "recognised-legitimate-interests") == r.bases.end());
  }
}

}  // namespace pnc
