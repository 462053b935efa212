// tests: diag/diagnostic — the sink keeps a screenful of one rule at one place and folds the rest of
// a hostile list's repeats into one summary that counts them, says where they are and keeps the fix.
#include "diag/diagnostic.h"

#include <doctest/doctest.h>

namespace pnc::diag {
namespace {

Diagnostic Entry(const std::string& pointer, int line, const std::string& rule = "statutory-requirement") {
  Diagnostic d = Make(Severity::kError, "n.json", pointer, "data subject 'kids' has two answers", rule);
  d.pos = {line, 5};
  d.hints = {"give each group one answer"};
  return d;
}

}  // namespace

TEST_CASE("diag: PlaceOf puts every list index at one place") {
  CHECK(PlaceOf("/purposes/3/requirement/12/data_subjects/0") == "/purposes/*/requirement/*/data_subjects/*");
  CHECK(PlaceOf("/notice/title") == "/notice/title");
  CHECK(PlaceOf("/wording/12a") == "/wording/12a");  // a key that only starts with digits is a key
  CHECK(PlaceOf("") == "");
  CHECK(PlaceOf("/") == "/");
}

TEST_CASE("diag: repeats of one rule at one place fold into one summary after the first ones") {
  Sink sink;
  for (int i = 0; i < 2000; ++i)
    sink.Add(Entry("/purposes/0/requirement/" + std::to_string(i) + "/data_subjects/0", i + 1));
  sink.Add(Entry("/purposes/0", 1, "lawful-basis"));  // another rule at another place: untouched
  sink.Sort();
  REQUIRE(sink.All().size() == kShownAtOnePlace + 2);
  CHECK(sink.Errors() == 2001);  // the folded ones still count: 2,000 repeats and the other rule
  const Diagnostic& summary = sink.All().back();
  CHECK(summary.pos.line == kShownAtOnePlace + 1);  // at the first one not shown
  CHECK(summary.more == 2000 - kShownAtOnePlace - 1);
  CHECK(summary.message ==
        "data subject 'kids' has two answers (and 1979 more like it at '/purposes/*/requirement/*/data_subjects/*')");
  REQUIRE(summary.hints.size() == 2);
  CHECK(summary.hints[0] == "give each group one answer");  // the fix stays
  CHECK(summary.hints[1] ==
        "pnc shows the first 20 diagnostics of one kind at one place; these 1980 are at "
        "/purposes/0/requirement/20/data_subjects/0, /purposes/0/requirement/21/data_subjects/0, "
        "/purposes/0/requirement/22/data_subjects/0, /purposes/0/requirement/23/data_subjects/0, "
        "/purposes/0/requirement/24/data_subjects/0, /purposes/0/requirement/25/data_subjects/0, "
        "/purposes/0/requirement/26/data_subjects/0, /purposes/0/requirement/27/data_subjects/0, "
        "/purposes/0/requirement/28/data_subjects/0, /purposes/0/requirement/29/data_subjects/0, … and 1970 more");

  SUBCASE("sorting again changes nothing") {
    std::vector<Diagnostic> before = sink.All();
    sink.Sort();
    REQUIRE(sink.All().size() == before.size());
    CHECK(sink.All().back().message == before.back().message);
    CHECK(sink.All().back().hints == before.back().hints);
  }
}

TEST_CASE("diag: a list just over the limit, another file, a warning and a draft's lines are not folded") {
  Sink sink;
  for (int i = 0; i <= kShownAtOnePlace; ++i) sink.Add(Entry("/data_categories/" + std::to_string(i), i + 1));
  for (int i = 0; i < 30; ++i) {
    Diagnostic other = Entry("/data_categories/" + std::to_string(i), i + 1);
    other.file = "other.json";
    other.severity = i % 2 ? Severity::kWarning : Severity::kError;  // 15 of each: under the limit each
    sink.Add(other);
    sink.Add(Make(Severity::kWarning, "draft.txt", "", "a sentence " + std::to_string(i), "draft-element"));
  }
  sink.Sort();
  CHECK(sink.All().size() == kShownAtOnePlace + 1 + 30 + 30);
  for (const auto& d : sink.All()) CHECK(d.more == 0);
}

TEST_CASE("diag: the unknown keys of one object are one place") {
  Sink sink;
  for (int i = 0; i < 100; ++i) {
    sink.Add(Make(Severity::kError, "n.json", "/controller/x" + std::to_string(i),
                  "unknown key 'x" + std::to_string(i) + "' in the controller", "unknown-key"));
  }
  sink.Add(Make(Severity::kError, "n.json", "/dpo/x0", "unknown key 'x0' in the DPO", "unknown-key"));
  sink.Sort();
  REQUIRE(sink.All().size() == kShownAtOnePlace + 2);
  int summaries = 0;
  for (const auto& d : sink.All()) {
    if (d.more == 0) continue;
    ++summaries;
    CHECK(d.more == 100 - kShownAtOnePlace - 1);
    CHECK(d.message.find(" (and 79 more like it at '/controller/*')") != std::string::npos);
  }
  CHECK(summaries == 1);
}

}  // namespace pnc::diag

namespace pnc::diag {

// User test F10: a misspelt id reference came after the errors it caused ("not used by any purpose",
// "has no children's wording"), so a volunteer fixed the effects first.
TEST_CASE("diag: a misspelt id reference with a did-you-mean comes first in its file") {
  Sink sink;
  auto at = [](Diagnostic d, int line) {
    d.pos.line = line;
    d.pos.column = 5;
    return d;
  };
  sink.Add(at(Make(Severity::kError, "a.json", "", "unknown data category 'zzz'", "unknown-id"), 90));
  sink.Add(at(
      Make(Severity::kError, "a.json", "", "unknown data category 'x-lng'; did you mean 'x-long'?", "unknown-id"), 89));
  sink.Add(at(
      Make(Severity::kError, "a.json", "", "data category 'x-long' is not used by any purpose", "categories-of-data"),
      56));
  sink.Sort();
  REQUIRE(sink.All().size() == 3);
  CHECK(sink.All()[0].rule == "unknown-id");
  CHECK(sink.All()[0].message.find("did you mean") != std::string::npos);
  CHECK(sink.All()[1].rule == "categories-of-data");  // an unknown id with no guess keeps its place
}

}  // namespace pnc::diag
