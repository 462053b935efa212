#pragma once
// draft: word patterns, the small matching language of data/draft/vocabulary.json.
//   word      a token; "word*" matches by prefix; "#" any number; "," a clause break (, ; : |)
//   ( a | b c )  alternatives, each a sequence     x?  optional item
//   ..  up to 4 tokens skipped   ...  up to 10   ..N  up to N      ^  start of the sentence
//   $  end of the sentence (clause marks aside): "^why $" is a heading that is only "Why?"
#include <array>
#include <cstdint>
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
  /// A 1,024-bit summary of a token list: a bit per hash of each token and of each of its
  /// prefixes. A pattern whose required words have no bit set cannot match, which Find then
  /// knows without reading the tokens (a 10 MB draft is ~2 million Find calls per name).
  using Filter = std::array<uint64_t, 16>;
  /// The filter of `tokens`.
  static Filter FilterOf(const std::vector<std::string>& tokens);
  /// Leftmost match in `tokens`, if any; `filter` (FilterOf `tokens`) makes it faster.
  std::optional<Match> Find(const std::vector<std::string>& tokens, const Filter* filter = nullptr) const;

  /// The source text, for messages.
  const std::string& source() const { return source_; }

 private:
  struct Node {
    enum Kind { kWord, kSeq, kAlt, kGap, kOpt, kStart, kEnd } kind = kWord;
    std::string word;
    bool prefix = false;
    bool number = false;
    int max = 0;
    std::vector<int> kids;
  };
  // Called for every token tried: defined here so it is inlined.
  bool WordMatches(const Node& n, const std::string& t) const {
    if (n.number) return !t.empty() && t[0] >= '0' && t[0] <= '9';
    // Most tokens differ from the word in their first letter: a cheap test before comparing.
    if (!n.word.empty() && (t.empty() || t[0] != n.word[0])) return false;
    if (n.prefix) return t.size() >= n.word.size() && t.compare(0, n.word.size(), n.word) == 0;
    return t == n.word;
  }
  void Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out) const;
  void Eval(int node, const std::vector<std::string>& t, size_t pos, std::vector<size_t>& out,
            std::vector<std::vector<size_t>>& scratch, size_t depth) const;
  std::optional<std::vector<int>> Anchors(int node) const;
  bool Nullable(int node) const;
  size_t SeqDepth(int node) const;
  std::optional<std::vector<int>> First(int node) const;

  std::string source_;
  std::vector<Node> nodes_;
  int root_ = 0;
  std::vector<std::vector<int>> required_;  // each: word nodes of which one must occur
  // Speed (a 10 MB draft is ~2 million sentences × hundreds of patterns): a match can only start
  // at a token matching one of `first_` (when known), or only at token 0 when anchored by "^".
  std::optional<std::vector<int>> first_;
  bool start_only_ = false;
  size_t seq_depth_ = 0;  // sequences nested in sequences: Eval's scratch depth
  // The first bytes the words of each required group (and of first_) can start with: a token
  // whose first byte is not in the mask is skipped with one bit test.
  using ByteMask = std::array<uint64_t, 4>;
  std::vector<ByteMask> required_masks_;
  ByteMask first_mask_{};
  ByteMask MaskOf(const std::vector<int>& words) const;
  static bool InMask(const ByteMask& m, const std::string& t) {
    unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
    return (m[c >> 6] >> (c & 63)) & 1;
  }
  // Filter bits of each required group's words; a group with a number word (or none) is empty:
  // it cannot be tested this way.
  std::vector<std::vector<uint16_t>> required_bits_;
  std::vector<uint16_t> BitsOf(const std::vector<int>& words) const;
};

}  // namespace pnc::draft
