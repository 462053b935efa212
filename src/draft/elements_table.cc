// draft: the element table. Matcher → the 25 ElementResults in rule-table order: each detector, then the
// near-miss tier (a `missing` element whose core words stand in a sentence the detector did not accept
// is `doubtful`, quoting that sentence), a children's guide's legal detail (left to the full notice), then
// the rules not in force on the notice's date.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "draft/elements.h"
#include "law/registry.h"

namespace pnc::draft {
namespace {

using S = Status;

// The sentences that come close to stating `rule`: they carry its core words in its frame
// ("near.<rule>", data/draft/vocabulary.json) but not the words that make them about something
// else ("near.<rule>.not"). Headings name a topic, not a statement; cookies are the browser's.
// A lead-in ("We may hold the following data:") introduces what its list says; its items, read
// joined to it, are the statements. A sentence under a section the entry names ("Whose data we
// process" for sources) uses the same words for something else.
std::vector<int> NearSentences(const Matcher& m, const std::string& rule, const NearMissDef& def) {
  const std::string frame = "near." + rule, unless = frame + ".not";
  std::vector<int> out;
  for (int s : m.Sentences(frame, true)) {
    const Sentence& sen = m.sentence(s);
    if (sen.heading || m.Has(s, unless) || m.Has(s, "cookies") || m.InTopic(s, "cookies")) continue;
    if (!sen.text.empty() && sen.text.back() == ':') continue;
    bool elsewhere = std::any_of(def.skip_topics.begin(), def.skip_topics.end(), [&](const std::string& t) {
      return m.InTopic(s, t) || m.HasWithLeadIn(s, "topic." + t);
    });
    // The detector's own exclusions rule the sentence out here too ("… when you withdraw consent or
    // object" names grounds of erasure; "from other organisations" is no source).
    elsewhere = elsewhere || std::any_of(def.unless.begin(), def.unless.end(),
                                         [&](const std::string& c) { return m.HasWithLeadIn(s, c); });
    if (!elsewhere) out.push_back(s);
  }
  return out;
}

// What a children's guide may leave to the full notice it sits under (the Children's code's
// child-friendly layer): the legal detail, which a child does not need to understand what happens.
// (Not whether the child must give the data, nor the child's rights: a child needs those.)
const std::set<std::string_view> kLegalDetail = {"lawful-basis",
                                                 "legitimate-interests",
                                                 "recognised-legitimate-interest",
                                                 "special-category-condition",
                                                 "criminal-offence-condition",
                                                 "dpo-contact",
                                                 "uk-representative"};

// The draft's title, when it says the draft is a children's guide ("a guide for children and young
// people", "young people's version", "canllaw i blant"): its first line or a heading that opens it, or -1.
int ChildrensGuideTitle(const Matcher& m) {
  const int n = std::min<int>(static_cast<int>(m.doc().sentences.size()), 6);
  for (int s = 0; s < n; ++s) {
    // (A title or heading: "a version for children is available" in an adult notice is a pointer.)
    if ((s == 0 || m.sentence(s).heading) && m.Has(s, "notice.child") && !m.Has(s, "notice.child.not")) return s;
  }
  return -1;
}

}  // namespace

void ApplyChildrensGuide(const Matcher& m, std::vector<ElementResult>& out) {
  const int title = ChildrensGuideTitle(m);
  if (title < 0) return;
  const std::string guide = "a children's guide ('" + m.sentence(title).text + "')";
  for (auto& e : out) {
    if (e.status != S::kMissing || !kLegalDetail.count(e.rule)) continue;
    e.status = S::kNotApplicable;
    e.reason = guide + " may leave this legal detail to the full notice it sits under, which must state it";
    e.evidence.clear();
    e.evidence.push_back(m.EvidenceOf(title));
  }
}

void ApplyNearMisses(const Matcher& m, std::vector<ElementResult>& out) {
  for (auto& e : out) {
    if (e.status != S::kMissing) continue;
    auto def = m.vocab().near_miss.find(e.rule);
    if (def == m.vocab().near_miss.end()) continue;
    std::vector<int> near = NearSentences(m, e.rule, def->second);
    if (near.empty()) continue;
    near.resize(std::min<size_t>(near.size(), 2));
    // The closest sentences first; what made the element apply (the missing report's own quotes)
    // after them, so the reader sees both.
    ElementResult d =
        MakeElement(m, e.rule, S::kDoubtful,
                    "no sentence states it in full, but the quoted one comes close: " + def->second.lacks, near);
    for (const auto& ev : e.evidence) {
      bool dup =
          std::any_of(d.evidence.begin(), d.evidence.end(), [&](const Evidence& x) { return x.line == ev.line; });
      if (!dup && d.evidence.size() < 3) d.evidence.push_back(ev);
    }
    e = std::move(d);
  }
}

std::vector<ElementResult> EvaluateElements(const Matcher& m, const std::string& notice_date) {
  const Bases bases = FindBases(m);
  std::vector<ElementResult> out = {Controller(m),
                                    Representative(m),
                                    Dpo(m),
                                    Purposes(m),
                                    LawfulBasis(m, bases),
                                    LegitimateInterests(m, bases),
                                    Recognised(m, bases),
                                    SpecialCategory(m),
                                    Criminal(m),
                                    Categories(m),
                                    Source(m),
                                    Recipients(m),
                                    Transfers(m),
                                    Retention(m)};
  EvaluateRights(m, bases, out);
  out.push_back(Statutory(m));
  out.push_back(Automated(m));
  ApplyHeadingAnswers(m, out);
  ApplyNearMisses(m, out);
  ApplyChildrensGuide(m, out);
  // Rules not yet in force on the notice's date do not apply.
  for (auto& e : out) {
    const rules::RuleInfo* info = rules::FindRule(e.rule);
    if (info && !info->in_force.empty() && !notice_date.empty() && notice_date < info->in_force) {
      e.status = S::kNotApplicable;
      e.reason = "not in force on the notice date (" + std::string(info->in_force) + ")";
      e.evidence.clear();
    }
  }
  return out;
}

}  // namespace pnc::draft
