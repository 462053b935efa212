#pragma once
// law: whole-word phrase lists (data/lint-vocabulary.json) matched against a source's own text in
// time linear in the text, for rules that can only ask a question of the source.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pnc::rules {

/// The words of `text`, case-folded: letters and digits (any non-ASCII letter counts as one) split
/// at spaces, punctuation and typographic quotes and dashes; "sy'n" is two words, "sy" and "n".
std::vector<std::string> Words(std::string_view text);

/// A list of phrases, each matched only on word boundaries.
class PhraseList {
 public:
  /// Adds a phrase (one or more words); ignored when it has no words.
  void Add(const std::string& phrase);
  /// The first phrase (as listed) that occurs in `words`, or "" when none does.
  std::string FindIn(const std::vector<std::string>& words) const;
  /// Number of phrases.
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    std::string text;
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_;  // first word → phrases
};

}  // namespace pnc::rules
