#pragma once
// draft: name matching over a segmented document, memoised per name, with the section
// topics (from headings) and contact-detail scanners the element detectors share.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"
#include "draft/draft.h"
#include "draft/vocabulary.h"

namespace pnc::draft {

/// One sentence matching a name; `negated`: a negator ("not", "never", "no"…) shortly before
/// the match in the same clause.
struct Hit {
  int sentence = 0;
  size_t begin = 0, end = 0;
  bool negated = false;
};

/// Answers "which sentences say X" for one document.
class Matcher {
 public:
  Matcher(const Document& doc, const Vocabulary& vocab);

  /// Every sentence (headings and joined lead-ins included) matching `name`, in order.
  const std::vector<Hit>& Hits(std::string_view name) const;
  /// Sentence indices of Hits(name), optionally only those not negated.
  std::vector<int> Sentences(std::string_view name, bool positive_only = false) const;
  /// Whether sentence `s` matches `name`.
  bool Has(int s, std::string_view name) const;
  /// Whether sentence `s` matches `name`, evaluated on that sentence alone (no scan of the draft):
  /// for conditions read only on a detector's few candidate sentences.
  bool HasHere(int s, std::string_view name) const;
  /// Number of distinct patterns of `name` matching sentence `s`.
  int CountPatterns(int s, std::string_view name) const;
  /// Which patterns of `name` match sentence `s` (one flag per pattern, in vocabulary order).
  std::vector<bool> PatternsMatching(int s, std::string_view name) const;
  /// Whether the sentence's section, or a section enclosing it, has a heading about `topic`
  /// (name "topic.<topic>"), or the field label its paragraph opens with is about it.
  bool InTopic(int s, std::string_view topic) const;
  /// The sentence introducing `s`: the lead-in of a list item (or joined item), or the sentence
  /// ending in ':' just before a paragraph in the same section; -1 when there is none.
  int LeadIn(int s) const;
  /// Whether a fragment's `tokens` (a table cell, a label, a few words) match `name`.
  bool Matches(const std::vector<std::string>& tokens, std::string_view name) const;
  /// Whether sentence `s` or its lead-in matches `name`.
  bool HasWithLeadIn(int s, std::string_view name) const;
  /// Whether the text holds an email address, UK phone number, UK postcode, web address or PO Box.
  static bool HasContactDetail(std::string_view text);

  const Document& doc() const { return doc_; }
  const Vocabulary& vocab() const { return vocab_; }
  const Sentence& sentence(int s) const { return doc_.sentences[s]; }
  /// Evidence for sentence `s`.
  Evidence EvidenceOf(int s) const;

 private:
  bool LabelTopic(int s, const std::string& key) const;
  const Document& doc_;
  const Vocabulary& vocab_;
  std::vector<bool> contents_;  // table-of-contents lines: "Who we are 3 What we use 4 …"
  mutable std::map<std::string, std::vector<Hit>, std::less<>> cache_;
  mutable std::map<std::string, std::set<int>, std::less<>> topic_sections_;
};

/// The 25 content elements, in rule-table order.
std::vector<ElementResult> EvaluateElements(const Matcher& m, const std::string& notice_date);
/// Wrong or outdated statements, sorted by line.
std::vector<Problem> FindProblems(const Matcher& m, const Vocabulary& vocab, const std::string& notice_date);

/// Builds an element result from evidence sentences (deduplicated by line, at most three).
ElementResult MakeElement(const Matcher& m, std::string_view rule, Status status, std::string reason,
                          const std::vector<int>& sentences);

}  // namespace pnc::draft
