// Tests for readability/text: tokenising, sentence splitting, case folding.
#include "readability/text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace pnc::readability {
namespace {

const Abbreviations kEnglish = {{"mr", "mrs", "dr", "e.g", "i.e", "st"}, {"etc", "ltd"}};

std::vector<std::string> WordTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Word& w : Tokenise(text)) out.emplace_back(text.substr(w.offset, w.length));
  return out;
}

std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, kEnglish)) {
    out.emplace_back(text.substr(s.offset, s.length));
  }
  return out;
}

TEST_SUITE("readability") {
  TEST_CASE("tokenise: apostrophes, hyphens, numbers and addresses are one word each") {
    CHECK(WordTexts("Don't share well-known e.g. 1,000 things at https://x.org/a?b=1.") ==
          std::vector<std::string>{"Don't", "share", "well-known", "e.g", "1,000", "things", "at",
                                   "https://x.org/a?b=1"});
    CHECK(WordTexts("Email dpo@example.org or see childline.org.uk (free).") ==
          std::vector<std::string>{"Email", "dpo@example.org", "or", "see", "childline.org.uk", "free"});
    CHECK(WordTexts("It costs £3.50 – that’s 25% off!") ==
          std::vector<std::string>{"It", "costs", "3.50", "that’s", "25", "off"});
    CHECK(WordTexts("U.K. law, i.e. the rules") == std::vector<std::string>{"U.K", "law", "i.e", "the", "rules"});
  }

  TEST_CASE("tokenise: kinds and byte offsets") {
    std::string text = "Mae'r ŵyn yn 2 oed: www.urdd.cymru";
    std::vector<Word> words = Tokenise(text);
    REQUIRE(words.size() == 6);
    CHECK(text.substr(words[1].offset, words[1].length) == "ŵyn");
    CHECK(words[1].offset == 6);
    CHECK(words[1].length == 4);  // ŵ is two bytes
    CHECK(words[3].kind == WordKind::kNumber);
    CHECK(words[0].kind == WordKind::kWord);
    CHECK(words[5].kind == WordKind::kAddress);
  }

  TEST_CASE("sentences: abbreviations do not end a sentence") {
    CHECK(SentenceTexts("Mr. Smith went home. He slept.") ==
          std::vector<std::string>{"Mr. Smith went home.", "He slept."});
    CHECK(SentenceTexts("We collect some things, e.g. Your name. We keep it safe.") ==
          std::vector<std::string>{"We collect some things, e.g. Your name.", "We keep it safe."});
    CHECK(SentenceTexts("Use short words, i.e. small ones. Dr. Jones agrees.") ==
          std::vector<std::string>{"Use short words, i.e. small ones.", "Dr. Jones agrees."});
  }

  TEST_CASE("sentences: 'etc.' ends a sentence only before a capital letter") {
    CHECK(SentenceTexts("We keep names, ages, etc. and nothing else. Then we stop.").size() == 2);
    CHECK(SentenceTexts("We keep names, ages, etc. Then we stop.") ==
          std::vector<std::string>{"We keep names, ages, etc.", "Then we stop."});
  }

  TEST_CASE("sentences: numbers, addresses and a lowercase next word do not end a sentence") {
    CHECK(SentenceTexts("It costs 3.5 pounds. That is cheap.").size() == 2);
    CHECK(SentenceTexts("Email dpo@example.org. We reply fast!").size() == 2);
    CHECK(SentenceTexts("The U.K. government helps.").size() == 1);
    CHECK(SentenceTexts("We use it... and then keep it.").size() == 1);
  }

  TEST_CASE("sentences: closing quotes stay with their sentence; ?! and ... end one") {
    CHECK(SentenceTexts("\"Stop.\" She said so. Really?! Yes... Fine.") ==
          std::vector<std::string>{"\"Stop.\"", "She said so.", "Really?!", "Yes...", "Fine."});
    CHECK(SentenceTexts("“Stop!” she said.").size() == 1);
  }

  TEST_CASE("sentences: each line is a sentence, so list items without full stops count") {
    std::string text = "Your rights:\nto see your information\nto correct it\n\nto delete it";
    std::vector<Sentence> sentences = SplitSentences(text, kEnglish);
    REQUIRE(sentences.size() == 4);
    CHECK(sentences[0].words == 2);
    CHECK(sentences[1].words == 4);
    CHECK(text.substr(sentences[3].offset, sentences[3].length) == "to delete it");
  }

  TEST_CASE("sentences: offsets, word counts and first word index") {
    std::string text = "  Hello there.  We keep it safe. ";
    std::vector<Sentence> sentences = SplitSentences(text, kEnglish);
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].offset == 2);
    CHECK(sentences[0].words == 2);
    CHECK(sentences[1].offset == 16);
    CHECK(sentences[1].length == 16);
    CHECK(sentences[1].first_word == 2);
    CHECK(sentences[1].words == 4);
    CHECK(SplitSentences("... — !", kEnglish).empty());
    CHECK(SplitSentences("", kEnglish).empty());
  }

  TEST_CASE("fold case keeps byte offsets, including Welsh letters") {
    CHECK(FoldCase("ŴYN Ŷ ÂB Ẁ Ỳ Data") == "ŵyn ŷ âb ẁ ỳ data");
    CHECK(FoldCase("ĹĽŸ").size() == std::string("ĹĽŸ").size());
    CHECK(FoldCase("ŸŽ") == "ÿž");
  }
}

}  // namespace
}  // namespace pnc::readability
