#pragma once
// draft: word patterns, the small matching language of data/draft/vocabulary.json.
//   word      a token; "word*" matches by prefix; "#" any number; "," a clause break (, ; : |)
//   ( a | b c )  alternatives, each a sequence     x?  optional item
//   ..  up to 4 tokens skipped   ...  up to 10   ..N  up to N      ^  start of the sentence
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pnc::draft {

/// A compiled pattern; Find is linear in tokens × pattern size (no backtracking blow-up).
class Pattern {
 public:
  /// Parses `src`; nullopt and `error` set when malformed.
  static std::optional<Pattern> Compile(std::string_view src, std::string* error);

  /// Token span [begin, end) of the leftmost match.
  struct Match {
    size_t begin = 0, end = 0;
  };
  /// Leftmost match in `tokens`, if any.
  std::optional<Match> Find(const std::vector<std::string>& tokens) const;

  /// The source text, for messages.
  const std::string& source() const { return source_; }

 private:
  struct Node {
    enum Kind { kWord, kSeq, kAlt, kGap, kOpt, kStart } kind = kWord;
    std::string word;
    bool prefix = false;
    bool number = false;
    int max = 0;
    std::vector<int> kids;
  };
  bool WordMatches(const Node& n, const std::string& t) const;
  void Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out) const;
  std::optional<std::vector<int>> Anchors(int node) const;

  std::string source_;
  std::vector<Node> nodes_;
  int root_ = 0;
  std::vector<std::vector<int>> required_;  // each: word nodes of which one must occur
};

}  // namespace pnc::draft
