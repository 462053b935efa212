// draft: wrong or outdated statements. Matcher + the vocabulary's problem table (+ one check that
// needs two concepts) → Problems with the sentence quoted, gated by the notice's date.
#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "draft/matcher.h"

namespace pnc::draft {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  // Curly apostrophes read as straight ones in raw comparisons.
  for (std::string from : {"\xE2\x80\x99", "\xE2\x80\x98"}) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p)) s.replace(p, from.size(), "'");
  }
  return s;
}

bool Applies(const std::string& since, const std::string& notice_date) {
  return since.empty() || notice_date.empty() || notice_date >= since;
}

}  // namespace

std::vector<Problem> FindProblems(const Matcher& m, const Vocabulary& vocab, const std::string& notice_date) {
  std::vector<Problem> out;
  std::set<std::pair<std::string, int>> seen;  // (problem id, line)
  const auto& sents = m.doc().sentences;
  for (const auto& def : vocab.problems) {
    if (!Applies(def.since, notice_date)) continue;
    for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
      const Sentence& sen = sents[s];
      bool hit = std::any_of(def.patterns.begin(), def.patterns.end(),
                             [&](const Pattern& p) { return p.Find(sen.tokens, &sen.filter).has_value(); });
      if (!hit && !def.raw.empty()) {
        std::string lower = Lower(sen.text);
        hit = std::any_of(def.raw.begin(), def.raw.end(),
                          [&](const std::string& r) { return lower.find(r) != std::string::npos; });
      }
      if (!hit) continue;
      if (std::any_of(def.unless.begin(), def.unless.end(),
                      [&](const Pattern& p) { return p.Find(sen.tokens, &sen.filter).has_value(); })) {
        continue;
      }
      if (!seen.insert({def.id, sen.line}).second) continue;
      out.push_back(Problem{def.rule, def.severity, def.message, m.EvidenceOf(s)});
    }
  }
  // Legitimate interests given as the justification for special category data, with no Art 9
  // condition anywhere: Art 6 and Art 9 are cumulative (checklist A.7).
  if (m.Sentences("sc.condition").empty()) {
    for (int s : m.Sentences("basis.li", true)) {
      // The basis sentence often follows the one listing the data ("… health. We process this …").
      bool special = m.Has(s, "sc.mention") || m.InTopic(s, "special") ||
                     (s > 0 && m.Has(s - 1, "sc.mention") && sents[s - 1].section == sents[s].section);
      if (!special || !seen.insert({"li-special", sents[s].line}).second) continue;
      out.push_back(Problem{"special-category-condition", diag::Severity::kError,
                            "legitimate interests are given as the basis for special category data, with no Art 9 "
                            "condition: Art 6 and Art 9 are cumulative",
                            m.EvidenceOf(s)});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.evidence.line, a.rule) < std::tie(b.evidence.line, b.rule);
  });
  return out;
}

}  // namespace pnc::draft
