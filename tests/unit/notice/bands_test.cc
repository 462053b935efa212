// tests: one children's version per age band says only what concerns that band (decision 13 of
// the issue-11 review). The football club of tests/cases/children/0001-football-bands has a
// WhatsApp group for its 13-15 teams only: its phone numbers, source, recipient, transfer, record
// and the consent rights it gives reach the 13-15 guides (en and cy) and never the 6-9 ones, and
// wording given per band is the band's own; `pnc explain` names where each of those sentences came from.
#include <doctest/doctest.h>

#include "markdown/markdown.h"
#include "notice/explain.h"
#include "source/scope.h"
#include "test_support.h"

namespace pnc {
namespace {

const std::string kClub = std::string(PNC_TEST_DATA_DIR) + "/cases/children/0001-football-bands/input.json";

const notice::NoticeDoc* Doc(const driver::Compiled& c, const std::string& base) {
  for (const auto& d : c.docs) {
    if (d.file_base == base) return &d;
  }
  return nullptr;
}

// The document's text in reading order, one piece per line.
std::string Text(const notice::NoticeDoc& doc) {
  std::string out;
  for (const auto& item : notice::Explain(doc)) out += item.text + "\n";
  return out;
}

// The origin of the first piece of text that is exactly `text`, as "kind pointer key".
std::string OriginOf(const notice::NoticeDoc& doc, const std::string& text) {
  for (const auto& item : notice::Explain(doc)) {
    if (item.text != text || item.origin < 0) continue;
    const notice::Origin& o = doc.origins[static_cast<size_t>(item.origin)];
    const char* kinds[] = {"source", "catalogue", "regulator", "derived", "data"};
    return std::string(kinds[static_cast<int>(o.kind)]) + " " + o.pointer + " " + o.key;
  }
  return "(not found)";
}

bool Has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("the 6-9 and 13-15 guides of the football club differ as its facts do") {
  auto c = test::CompileSource(kClub);
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc* young = Doc(*c, "child.6-9.en");
  const notice::NoticeDoc* teen = Doc(*c, "child.13-15.en");
  REQUIRE(young != nullptr);
  REQUIRE(teen != nullptr);
  const std::string y = Text(*young), t = Text(*teen);
  // The 13-15 guide tells of the WhatsApp group and everything that follows from it.
  CHECK(Has(t, "To add you to your team's WhatsApp group, if you and your parent or carer say yes."));
  CHECK(Has(t, "Your mobile phone number."));
  CHECK(Has(t, "You, when you give us your phone number."));
  CHECK(Has(t, "WhatsApp, the app the group chat is on."));
  CHECK(Has(t, "Your place in the team chat"));
  CHECK(Has(t, "If you said yes to something, you can change your mind at any time."));
  // The 6-9 guide says none of it: no WhatsApp, no phone numbers, no consent to withdraw, no transfer.
  CHECK_FALSE(Has(y, "WhatsApp"));
  CHECK_FALSE(Has(y, "mobile phone"));
  CHECK_FALSE(Has(y, "team chat"));
  CHECK_FALSE(Has(y, "change your mind"));
  CHECK(Has(y, "We keep your information in the UK."));
  CHECK_FALSE(Has(t, "We keep your information in the UK."));
  // Wording per band: each guide has its own.
  CHECK(Has(y, "Players in our youngest teams, like you."));
  CHECK(Has(y, "To run training and matches.\n"));
  CHECK(Has(y, "We need a phone number for your parent or carer. Without it, you cannot go to away matches."));
  CHECK_FALSE(Has(y, "register you with the league"));
  CHECK(Has(t, "Players in our under-13, under-14 and under-15 teams, like you."));
  CHECK(Has(t, "To run training and matches. We also register you with the league, so that you can play in it."));
  CHECK_FALSE(Has(t, "To run training and matches.\n"));
  // What both bands are told is the same: the league, the player record.
  CHECK(Has(y, "The county football association, so that you can play in the league."));
  CHECK(Has(t, "The county football association, so that you can play in the league."));
  // The adult notice still says all of it.
  const std::string adult = Text(*Doc(*c, "notice.en"));
  CHECK(Has(adult, "WhatsApp, the messaging service the team groups use"));
}

TEST_CASE("the just-in-time notices of each band's guide cover only that band's purposes") {
  driver::Options options;
  options.formats = {"html", "jit"};
  auto c = test::CompileSource(kClub, options);
  REQUIRE(c->sink.Errors() == 0);
  auto ids = [](const notice::NoticeDoc& d) {
    std::string out;
    for (const auto& s : d.jit) out += s.id + " ";
    return out;
  };
  CHECK(ids(*Doc(*c, "child.6-9.en")) == "jit-purpose-football ");
  CHECK(ids(*Doc(*c, "child.13-15.en")) == "jit-purpose-football jit-purpose-team-chat ");
  for (const auto& s : Doc(*c, "child.6-9.en")->jit) CHECK_FALSE(Has(markdown::PlainText(s.blocks), "mobile phone"));
}

TEST_CASE("the Welsh guides follow the same bands") {
  auto c = test::CompileSource(kClub);
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc* young = Doc(*c, "child.6-9.cy");
  const notice::NoticeDoc* teen = Doc(*c, "child.13-15.cy");
  REQUIRE(young != nullptr);
  REQUIRE(teen != nullptr);
  const std::string y = Text(*young), t = Text(*teen);
  CHECK(Has(t, "WhatsApp, yr ap lle mae sgwrs y grŵp."));
  CHECK(Has(t, "Eich rhif ffôn symudol."));
  CHECK_FALSE(Has(y, "WhatsApp"));
  CHECK_FALSE(Has(y, "ffôn symudol"));
  CHECK(Has(y, "I redeg hyfforddiant a gemau.\n"));
  CHECK(Has(
      t,
      "I redeg hyfforddiant a gemau. Rydyn ni hefyd yn eich cofrestru gyda'r gynghrair, er mwyn i chi chwarae ynddi."));
}

TEST_CASE("explain names the band's own wording and the facts of each band's sentences") {
  auto c = test::CompileSource(kClub);
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc& young = *Doc(*c, "child.6-9.en");
  const notice::NoticeDoc& teen = *Doc(*c, "child.13-15.en");
  CHECK(OriginOf(young, "To run training and matches.") == "source /purposes/0/child_by_band/6-9/en ");
  CHECK(OriginOf(teen,
                 "To run training and matches. We also register you with the league, so that you can play in it.") ==
        "source /purposes/0/child_by_band/13-15/en ");
  CHECK(OriginOf(teen, "WhatsApp, the app the group chat is on.") == "source /recipients/1/child/en ");
  // The consent sentence follows from the 13-15 purpose's basis, which the 6-9 guide does not have.
  CHECK(OriginOf(teen, "If you said yes to something, you can change your mind at any time.") ==
        "catalogue /purposes/1/lawful_bases/0 child.summary.withdraw-consent");
  CHECK(OriginOf(young, "Players in our youngest teams, like you.") == "source /data_subjects/0/child_by_band/6-9/en ");
}

}  // namespace pnc

namespace pnc {
namespace {

// Whether the source fact at `pointer` is in the children's version whose scope is `s`: a pointer
// into an item of a scoped list must name an item that concerns that version's children.
std::string OutOfBand(const source::Model& m, const source::Scope& s, const std::string& pointer) {
  const std::pair<const char*, const std::vector<source::Groups>*> lists[] = {
      {"/purposes/", &s.purposes},     {"/data_categories/", &s.categories},  {"/sources/", &s.sources},
      {"/recipients/", &s.recipients}, {"/retention/records/", &s.retention}, {"/automated_decisions/", &s.decisions},
      {"/sections/", &s.sections},     {"/transfers/", &s.transfers}};
  for (const auto& [prefix, groups] : lists) {
    const std::string p = prefix;
    if (pointer.rfind(p, 0) != 0) continue;
    size_t end = pointer.find('/', p.size());
    const std::string index = pointer.substr(p.size(), end == std::string::npos ? std::string::npos : end - p.size());
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return "";
    const size_t i = std::stoul(index);
    if (i < groups->size() && !s.ConcernsChildren((*groups)[i])) return pointer;
  }
  if (pointer.rfind("/data_subjects/", 0) == 0) {
    const std::string rest = pointer.substr(15);
    const size_t i = std::stoul(rest.substr(0, rest.find('/')));
    if (i < s.children.size() && !s.children[i]) return pointer;
  }
  (void)m;
  return "";
}

}  // namespace

TEST_CASE("no children's version shows text from, or because of, an item out of its band's scope") {
  for (const auto& path : test::TruthSources()) {
    CAPTURE(path);
    auto c = test::CompileSource(path);
    const auto& m = c->loaded.model;
    for (const auto& doc : c->docs) {
      if (doc.audience != "child") continue;
      CAPTURE(doc.file_base);
      const source::Scope scope = source::ComputeScope(m, doc.band);
      for (const auto& item : notice::Explain(doc)) {
        if (item.origin < 0) continue;
        const notice::Origin& o = doc.origins[static_cast<size_t>(item.origin)];
        std::vector<std::string> facts = o.facts;
        facts.push_back(o.pointer);
        for (const auto& fact : facts) {
          CHECK_MESSAGE(OutOfBand(m, scope, fact).empty(), "'" << item.text << "' follows from " << fact);
        }
      }
    }
  }
}

}  // namespace pnc
