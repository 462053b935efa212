// tests: the Welsh form of address (rules/welsh_register): which words mark 'ti' and 'chi', which
// do not (quoted names, elisions, hyphenated prefixes, addresses), pnc's own Welsh children's
// sentences in one register, and cy-register on a built Welsh children's version.
#include "rules/welsh_register.h"

#include <doctest/doctest.h>

#include "report/format.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

std::vector<std::string> Marks(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : rules::FindRegisterMarks(text)) out.push_back((m.familiar ? "ti:" : "chi:") + m.words);
  return out;
}

// A Welsh-only notice with a children's version for 10-12; `why` is the purpose's children's wording.
json Welsh(const std::string& why) {
  json s = test::BaseSource();
  s["notice"]["locales"] = {"cy"};
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_band"] = "10-12";
  s["data_subjects"].push_back({{"id", "plant"}, {"name", "Plant"}, {"children", true}, {"child", "Plant."}});
  s["purposes"][0]["data_subjects"] = {"parents", "plant"};
  s["purposes"][0]["child"] = why;
  s["purposes"][0]["requirement"]["child"] = "Heb hyn, allwn ni ddim helpu.";
  for (auto* list : {&s["sources"], &s["data_categories"], &s["recipients"], &s["retention"]["records"]}) {
    for (auto& item : *list) item["child"] = "Rhywbeth.";
  }
  return s;
}

std::vector<std::string> Register(const json& source) {
  const std::string text = source.dump(2);
  auto c = test::CompileSource("t.json", {}, &text);
  c->sink.Sort();
  std::vector<std::string> out;
  for (const auto& d : c->sink.All()) {
    if (d.rule != "cy-register") continue;
    diag::Sink one;
    one.Add(d);
    out.push_back(report::Render(one, report::Format::kHuman));
  }
  return out;
}

}  // namespace

TEST_CASE("the familiar and the formal address are found as whole words") {
  CHECK(Marks("Wyt ti'n hapus? Gelli di ofyn i ni am dy wybodaeth.") ==
        std::vector<std::string>{"ti:Wyt", "ti:ti", "ti:Gelli di", "ti:dy"});
  CHECK(Marks("Gallwch chi ofyn i ni. Cofiwch: eich gwybodaeth chi yw hi, ac mae'n bwysig i'ch teulu.") ==
        std::vector<std::string>{"chi:Gallwch", "chi:chi", "chi:Cofiwch", "chi:eich", "chi:chi", "chi:ch"});
  CHECK(Marks("Paid â phoeni, cofia ofyn. A'th rieni?") == std::vector<std::string>{"ti:Paid", "ti:cofia", "ti:th"});
}

TEST_CASE("words that look like address but are not are no marks") {
  // A hyphenated prefix (di-dâl: free), 'di for wedi and 'dy for ydy, a name capitalised inside a
  // sentence, quotations, a web and an e-mail address, "gelli" as a grove, "di" after no verb,
  // and substrings (tir, dyn, chwarae, eichel, ewch- inside words).
  CHECK(Marks("Mae'r clwb yn ddi-dâl. Rydw i 'di gweld. Beth 'dy hwn? Mae Cylch Ti a Fi yn cwrdd yn y gelli.") ==
        std::vector<std::string>{});
  CHECK(Marks("Enw'r grŵp yw “Ti a Fi” neu ‘Dy Lais’ neu \"Cofia Fi\".") == std::vector<std::string>{});
  CHECK(Marks("Gweler https://ti.example.org/dy-lais a ti@example.org am y tir, y dyn a'r chwarae.") ==
        std::vector<std::string>{});
  CHECK(Marks("Mae'r tywydd yn braf di ben draw.") == std::vector<std::string>{});
  // "dŷ" (house) typed without its circumflex after a possessive (review L2); "dy" alone still counts.
  CHECK(Marks("Mae Alun yn byw yn ei dy newydd. Aethon nhw i'w dy nhw.") == std::vector<std::string>{});
  CHECK(Marks("Mae e'n byw gyda dy frawd, i dy deulu.") == std::vector<std::string>{"ti:dy", "ti:dy"});
}

TEST_CASE("a long text without spaces is read in linear time") {
  // 200,000 words joined by no-break spaces: one run without an ASCII space (a quadratic look for
  // addresses in each run would take minutes here).
  std::string text;
  for (int k = 0; k < 200000; ++k) text += "ti\u00a0";
  CHECK(rules::FindRegisterMarks(text).size() == 200000);
  text += " https://example.org";
  CHECK(rules::FindRegisterMarks(text).size() == 200000);
}

TEST_CASE("the familiar forms have their formal equivalents for the fix") {
  CHECK(rules::FormalFor("dy") == "eich");
  CHECK(rules::FormalFor("Wyt") == "ydych");
  CHECK(rules::FormalFor("gelli di") == "gallwch chi");
  CHECK(rules::FormalFor("wnei di") == "wnewch chi");
  CHECK(rules::FormalFor("chi") == "");
}

TEST_CASE("pnc's own Welsh children's sentences address the reader as 'chi' only") {
  // The glossary's register ("formal 'chi' throughout"): a 'ti' in pnc's catalogue would mix with
  // every source that follows it, and cy-register would blame the source.
  const auto& messages = test::Data().Catalogue("cy")->messages();
  int formal = 0;
  for (const auto& [key, text] : messages) {
    if (key.rfind("child.", 0) != 0 && key.rfind("jit.child.", 0) != 0) continue;
    for (const auto& m : rules::FindRegisterMarks(text)) {
      INFO(key << ": " << text);
      CHECK_FALSE(m.familiar);
      formal += !m.familiar;
    }
  }
  CHECK(formal > 50);
}

TEST_CASE("cy-register: a Welsh children's wording in 'ti' among pnc's 'chi' sentences") {
  const auto fail = Register(Welsh("I'th helpu di a dy deulu. Wyt ti eisiau help? Gelli di ofyn."));
  REQUIRE(fail.size() == 1);
  CHECK(fail[0].substr(0, fail[0].find('\n')) ==
        "t.json:63:16: warning: this Welsh children's text addresses the reader as 'ti', pnc's sentences in the Welsh "
        "children's version for ages 10-12 as 'chi' [cy-register]");
  CHECK(fail[0].find("hint: 'ti' here: 'th', 'dy', 'Wyt'; 'chi' in pnc's text: '") != std::string::npos);
  CHECK(fail[0].find("hint: write it with 'chi', as pnc's catalogue does: 'th' → 'ch', 'dy' → 'eich', 'Wyt' → "
                     "'ydych', 'ti' → 'chi'; after 'eich' the next word is not mutated: 'dy fanylion di' → 'eich "
                     "manylion chi'\n") != std::string::npos);
  // The same in 'chi': nothing to report.
  CHECK(Register(Welsh("I'ch helpu chi a'ch teulu. Ydych chi eisiau help? Gallwch chi ofyn.")).empty());
  // A 'chi' text that names a group and a quotation with 'ti' in it: no address in 'ti'.
  CHECK(
      Register(Welsh("Rydyn ni'n rhedeg Cylch Ti a Fi. Gallwch chi ddarllen “Ti a dy deulu” yn y llyfrgell.")).empty());
}

TEST_CASE("cy-register: one wording that uses both forms, in either order") {
  const std::pair<std::string, std::string> cases[] = {
      {"Gallwch chi ofyn, neu gelli di ffonio.", "hint: 'ti' here: 'gelli di'; 'chi' here: 'Gallwch', 'chi'\n"},
      {"Gelli di ofyn, neu gallwch chi ffonio.", "hint: 'ti' here: 'Gelli di'; 'chi' here: 'gallwch', 'chi'\n"}};
  for (const auto& [why, hint] : cases) {
    const auto fail = Register(Welsh(why));
    REQUIRE(fail.size() == 1);
    INFO(fail[0]);
    CHECK(fail[0].substr(0, fail[0].find('\n')) ==
          "t.json:63:16: warning: this Welsh children's text addresses the reader both as 'ti' and as 'chi' "
          "[cy-register]");
    CHECK(fail[0].find(hint) != std::string::npos);
    CHECK(fail[0].find("as the rest of the Welsh children's version for ages 10-12 does: '") != std::string::npos);
  }
}

TEST_CASE("cy-register: an English children's version is not judged by Welsh words") {
  json s = Welsh("To help you. Ti and dy are Welsh words.");
  s["notice"]["locales"] = {"en"};
  CHECK(Register(s).empty());
}

}  // namespace pnc

namespace pnc {

TEST_CASE("cy-register: a 'chi' wording in a version whose own sentences say 'ti'") {
  // The other direction, on a hand-made version: a catalogue in 'ti' and a source text in 'chi'.
  locale::Catalogue ti;
  REQUIRE(ti.Parse("cy", nlohmann::json::parse(R"({"meta": {"name": "Cymraeg", "review": {"status": "draft"}},
      "messages": {"child.intro": "Wyt ti'n iawn? Gelli di ofyn i ni unrhyw bryd."}})")) == "");
  diag::Sink load;
  json s = Welsh("Gallwch chi ofyn i ni am eich gwybodaeth.");
  const std::string text = s.dump(2);
  const source::Loaded loaded = source::Load("t.json", text, &load);
  REQUIRE(loaded.parsed);
  notice::NoticeDoc doc;
  doc.locale = "cy";
  doc.audience = "child";
  doc.band = "10-12";
  doc.origins.push_back({notice::Origin::Kind::kCatalogue, "", "child.intro"});
  doc.origins.push_back({notice::Origin::Kind::kSource, "/purposes/0/child"});
  notice::Section section;
  section.blocks.push_back({});
  section.blocks[0].inlines = {{notice::InlineKind::kText, "…", "", {}, 0},
                               {notice::InlineKind::kText, "…", "", {}, 1}};
  doc.sections.push_back(section);
  diag::Sink sink;
  std::set<std::string> reported;
  rules::CheckWelshRegister(loaded.model, doc, ti, &reported, &sink);
  REQUIRE(sink.All().size() == 1);
  const diag::Diagnostic& d = sink.All()[0];
  CHECK(d.message ==
        "this Welsh children's text addresses the reader as 'chi', pnc's sentences in the Welsh children's version "
        "for ages 10-12 as 'ti'");
  CHECK(d.hints == std::vector<std::string>{
                       "'chi' here: 'Gallwch', 'chi', 'eich'; 'ti' in pnc's text: 'Wyt' in pnc's sentence 'Wyt ti'n "
                       "iawn? Gelli di ofyn i ni unrhyw bryd.' (child.intro)",
                       "write it with 'ti', as pnc's catalogue does ('chi' → 'ti', 'eich' → 'dy', 'ydych' → 'wyt', "
                       "'gallwch' → 'gelli'; 'dy' mutates the next word: 'eich manylion' → 'dy fanylion di')"});
  // Reported once, however many versions show it.
  rules::CheckWelshRegister(loaded.model, doc, ti, &reported, &sink);
  CHECK(sink.All().size() == 1);
}

}  // namespace pnc
