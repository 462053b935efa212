#pragma once
// draft: the detection vocabulary (data/draft/vocabulary.json): named concepts, each a list of
// word patterns, and the wrong-or-outdated statement table.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "draft/pattern.h"

namespace pnc::draft {

/// One wrong or outdated statement to report wherever it occurs.
struct ProblemDef {
  std::string id;    // stable key, e.g. "dpa-1998"
  std::string rule;  // rule id it breaks
  diag::Severity severity = diag::Severity::kWarning;
  std::string since;  // ISO date from which it is wrong ("" = always)
  std::string message;
  std::vector<Pattern> patterns;  // on sentence tokens
  std::vector<std::string> raw;   // case-insensitive substrings of the sentence text
  std::vector<Pattern> unless;    // a match in the same sentence cancels the problem
};

/// The near-miss tier of one element (see elements_table.cc): concept "near.<rule>" finds a sentence
/// carrying the element's core words in its frame, "near.<rule>.not" drops one that cannot be it.
struct NearMissDef {
  std::string lacks;                     // what the closest sentence does not say, for the doubtful reason
  std::vector<std::string> skip_topics;  // sections ("topic.<t>") where the frame says something else
  std::vector<std::string> unless;       // the detectors' own concepts that rule a sentence out (with its lead-in)
};

/// Concepts by name, problems, and the near-miss table.
struct Vocabulary {
  std::map<std::string, std::vector<Pattern>, std::less<>> concepts;
  std::vector<ProblemDef> problems;
  std::map<std::string, NearMissDef, std::less<>> near_miss;  ///< by rule id
  /// The patterns of `name`; empty when unknown.
  const std::vector<Pattern>& Get(std::string_view name) const;
};

/// Parses vocabulary JSON; null and `error` set when malformed or when a concept the detectors
/// use is missing.
std::shared_ptr<const Vocabulary> ParseVocabulary(std::string_view json, std::string* error);

/// Reads <data_dir>/data/draft/vocabulary.json once per path (thread-safe cache).
std::shared_ptr<const Vocabulary> LoadVocabulary(const std::string& data_dir, std::string* error);

/// Concept names the detectors look up (checked at load time).
const std::vector<std::string_view>& RequiredConcepts();

}  // namespace pnc::draft
