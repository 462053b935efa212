// draft tests: the tokenizer and the word-pattern language of data/draft/vocabulary.json.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "draft/document.h"
#include "draft/pattern.h"
#include "draft/vocabulary.h"
#include "draft_fixtures.h"
#include "law/registry.h"

using namespace pnc::draft;

namespace {

bool Matches(const char* pattern, const char* text) {
  std::string err;
  auto p = Pattern::Compile(pattern, &err);
  REQUIRE_MESSAGE(p, err);
  return p->Find(Tokenize(text)).has_value();
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft tokenizer folds case, accents and contractions") {
    CHECK(Tokenize("We don't share; Art. 6(1)(f)") ==
          std::vector<std::string>{"we", "do", "not", "share", ",", "art", "6", "1", "f"});
    CHECK(Tokenize("the charity's data") == std::vector<std::string>{"the", "charity", "data"});
    CHECK(Tokenize("yn \xC3\xB4l, tynnu\xE2\x80\x99\x63h") == std::vector<std::string>{"yn", "ol", ",", "tynnu", "ch"});
    CHECK(Tokenize("We can't") == std::vector<std::string>{"we", "can", "not"});
  }

  TEST_CASE("draft patterns: words, prefixes, numbers, alternatives, gaps, optional, start, end") {
    // "$": the sentence's end, clause marks aside (a heading that is only "Why?" or "Why:").
    CHECK(Matches("^why $", "Why?"));
    CHECK(Matches("^why $", "Why:"));
    CHECK_FALSE(Matches("^why $", "Why we use it"));
    CHECK_FALSE(Matches("^(no|none) ,?$", "None of it is sold."));
    CHECK(Matches("right to (be forgotten|erasure)", "You have the right to erasure."));
    CHECK(Matches("delet* ..4 data", "We will delete all of your data"));
    CHECK_FALSE(Matches("delet* ..2 data", "We will delete all of your personal data"));
    CHECK(Matches("# years", "for 6 years"));
    CHECK(Matches("personal? data", "your data"));
    CHECK(Matches("^to (send|provide)", "To send you news"));
    CHECK_FALSE(Matches("^to send", "We want to send you news"));
    CHECK(Matches("share ..2 with", "share it, with"));  // clause marks do not count in gaps
    std::string err;
    CHECK_FALSE(Pattern::Compile("(unclosed", &err));
    CHECK(err.find("missing ')'") != std::string::npos);
  }

  TEST_CASE("draft vocabulary loads and defines every concept the detectors use") {
    std::string err;
    auto v = LoadVocabulary(PNC_DEFAULT_DATA_DIR, &err);
    REQUIRE_MESSAGE(v, err);
    for (auto name : RequiredConcepts()) CHECK_FALSE(v->Get(name).empty());
    for (const auto& p : v->problems) CHECK(pnc::rules::FindRule(p.rule) != nullptr);
    CHECK_FALSE(ParseVocabulary("{\"concepts\": {}}", &err));
    CHECK(err.find("lacks concept") != std::string::npos);
    // A near-miss entry of the wrong type names itself (it was an internal error, exit 4).
    std::string good;
    {
      std::ifstream in(std::string(PNC_DEFAULT_DATA_DIR) + "/data/draft/vocabulary.json");
      std::stringstream ss;
      ss << in.rdbuf();
      good = ss.str();
    }
    auto bad = nlohmann::json::parse(good, nullptr, false, true);
    REQUIRE_FALSE(bad.is_discarded());
    REQUIRE(bad.contains("near_miss"));
    std::string entry = bad["near_miss"].begin().key();
    bad["near_miss"][entry]["skip_topics"] = nlohmann::json::array({5});
    CHECK_FALSE(ParseVocabulary(bad.dump(), &err));
    CHECK(err.find("near-miss entry '" + entry + "'") != std::string::npos);
    CHECK_FALSE(LoadVocabulary("/nonexistent", &err));
    DraftOptions o;
    o.data_dir = "/nonexistent";
    CHECK(LintDraft("a.txt", "hello", o).error.find("vocabulary") != std::string::npos);
  }
}
