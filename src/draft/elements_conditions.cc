// draft: element detectors for the conditions for special data. Matcher → ElementResults for the Art 9
// special category condition (with its DPA 2018 Schedule 1 link) and the Art 10 criminal offence condition.
#include <algorithm>
#include <cstdlib>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

// Whether `s` sits under a heading about criminal offence data ("Criminal convictions").
bool CrimeSection(const Matcher& m, int s) {
  const auto& sections = m.doc().sections;
  for (int k = m.sentence(s).section; k >= 0; k = sections[k].parent) {
    if (m.Matches(sections[k].tokens, "crim.label")) return true;
  }
  return false;
}

}  // namespace

ElementResult SpecialCategory(const Matcher& m) {
  auto mention = Without(m, "sc.mention", "sc.none", false);
  // "Sensitive information" is a word, not a category: where the draft lists what it calls
  // sensitive ("the following categories of sensitive information: - Student data") and no item
  // is special category data, its mentions of "sensitive information" are not a sign of any.
  const auto& sents = m.doc().sentences;
  bool listed = false, special_item = false;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    const Sentence& it = sents[s];
    if (!it.list_item || it.joined || it.lead_in < 0 || !m.Matches(sents[it.lead_in].tokens, "sc.sensitive")) continue;
    listed = true;
    special_item = special_item || m.Matches(it.tokens, "sc.mention") || m.Matches(it.tokens, "sc.label");
  }
  if (listed && !special_item) {
    std::erase_if(mention, [&](int s) {
      return m.CountPatterns(s, "sc.mention") <= m.CountPatterns(s, "sc.sensitive") && !m.Has(s, "sc.label");
    });
  }
  // The law's term explained ("There are also 'special categories' of personal data, which require
  // more protection") says what the law protects, not that the organisation holds any: a definition
  // that neither says the organisation processes such data nor names whose it is is no sign of it.
  // (Only the term: "ethnicity, religion and health are called 'special category data'" names kinds.)
  // Nor is a definition that lists the kinds, where its section goes on to say none is collected
  // ("Special category data is data about your health, religion … We do not collect any.").
  const auto none = m.Sentences("sc.none");
  std::erase_if(mention, [&](int s) {
    bool denied = std::any_of(none.begin(), none.end(),
                              [&](int n) { return !sents[n].heading && sents[n].section == sents[s].section; });
    return m.HasHere(s, "sc.definition") &&
           (denied ||
            (!m.HasHere(s, "sc.processed") && m.CountPatterns(s, "sc.mention") <= m.CountPatterns(s, "sc.term")));
  });
  // Nor is "sensitive data" as what the organisation's security protects ("procedures that protect
  // sensitive data at all times"): a promise about safekeeping that names no kind of data held.
  std::erase_if(mention, [&](int s) {
    return m.HasHere(s, "sc.protect") && m.CountPatterns(s, "sc.mention") <= m.CountPatterns(s, "sc.sensitive") &&
           !m.Has(s, "sc.label");
  });
  if (mention.empty()) {
    return MakeElement(m, "special-category-condition", S::kNotApplicable, "no special category data is mentioned",
                       m.Sentences("sc.none"));
  }
  // The criminal-offence condition ("… Schedule 1, paragraph 18" under a criminal label) is not
  // an Art 9 condition.
  auto cond = m.Sentences("sc.condition", true);
  // "Not-for-profit bodies (Art 9(2)(d))": its "not" is no negation.
  for (int c : m.Sentences("sc.condition.nfp")) {
    if (m.Has(c, "sc.condition") && std::find(cond.begin(), cond.end(), c) == cond.end()) cond.push_back(c);
  }
  std::sort(cond.begin(), cond.end());
  std::erase_if(cond, [&](int c) { return m.HasWithLeadIn(c, "crim.label") && !m.HasWithLeadIn(c, "sc.label"); });
  // A right's limits ("we may keep what we need for legal claims") and a legal obligation's law
  // under "Lawful basis" ("Employment and tax law") describe the right or the Art 6 basis: there
  // only a condition named by its legal reference (Art 9(2)(x), Schedule 1, explicit consent) counts.
  std::erase_if(cond, [&](int c) {
    bool elsewhere = m.InTopic(c, "rights") || m.HasWithLeadIn(c, "field.basis") || m.HasWithLeadIn(c, "basis.entry");
    return elsewhere && !m.Has(c, "sc.condition.named") && !m.HasWithLeadIn(c, "sc.label");
  });
  // "We never share data for marketing without your explicit consent", "Some uses need explicit
  // consent: publishing names", "records relating to legal claims": words that name an Art 9
  // condition only where they are about special category data. A condition named by its legal
  // reference counts anywhere; explicit consent or a generic ground ("legal claims") must sit with
  // the special category data (its sentence, lead-in, heading, or two sentences either side).
  std::erase_if(cond, [&](int c) {
    bool with_data = m.HasWithLeadIn(c, "sc.mention") || m.HasWithLeadIn(c, "sc.label") || m.InTopic(c, "special");
    if (m.Has(c, "sc.reference")) return false;
    if ((m.Has(c, "marketing.any") || m.InTopic(c, "marketing")) && !with_data) return true;
    return !with_data && !std::any_of(mention.begin(), mention.end(), [&](int s) { return std::abs(s - c) <= 2; });
  });
  if (!cond.empty()) {
    // Doubtful when a condition relied on needs a Schedule 1 condition that is not named; one only
    // supposed ("… unless there is a substantial public interest we can rely on") is not relied on.
    // Explicit consent (Art 9(2)(a)) stands alone: a sentence resting the data on it needs no Schedule 1
    // condition, even where it also names the care or the interest the data serves; not where the
    // sentence offers another condition beside it ("… or where necessary for reasons of substantial
    // public interest"), which still needs its Schedule 1 condition.
    bool needs = std::any_of(cond.begin(), cond.end(), [&](int c) {
      const auto& t = m.sentence(c).tokens;
      bool supposed = m.Has(c, "basis.hypothetical") || std::find(t.begin(), t.end(), "unless") != t.end();
      bool consent_alone = m.Has(c, "cond.consent") && !m.Has(c, "sc.needs_sch1.alt");
      return m.Has(c, "sc.needs_sch1") && !supposed && !consent_alone;
    });
    if (needs && m.Sentences("sc.schedule1").empty()) {
      return MakeElement(m, "special-category-condition", S::kDoubtful,
                         "an Art 9(2) condition is named but not the DPA 2018 Schedule 1 condition it needs",
                         Concat(cond, m.Sentences("sc.needs_sch1")));
    }
    return MakeElement(m, "special-category-condition", S::kPresent, "", Concat(cond, mention));
  }
  auto weak = m.Sentences("sc.condition.weak");
  if (!weak.empty()) {
    return MakeElement(m, "special-category-condition", S::kDoubtful,
                       "special category data is mentioned; a further condition is referred to but not named",
                       Concat(weak, mention));
  }
  ElementResult r = MakeElement(m, "special-category-condition", S::kMissing,
                                "special category data is mentioned, but no Art 9(2) condition (explicit consent, "
                                "Art 9(2)(b)–(j), Schedule 1) was found",
                                mention);
  return r;
}

ElementResult Criminal(const Matcher& m) {
  auto mention = Without(m, "crim.mention", "crim.none", false);
  // "We share members' details with the police for background checks": the check is the other
  // body's, made on what the organisation sends; the organisation holds offence data only where it
  // keeps what comes back (a result, a certificate, information obtained from the check).
  // "Checks are carried out by the national body; we never see the results": nothing comes back to hold.
  std::erase_if(mention, [&](int s) { return m.Has(s, "crim.result.none"); });
  std::erase_if(mention, [&](int s) {
    return m.Has(s, "rec.verb") && m.CountPatterns(s, "crim.mention") <= m.CountPatterns(s, "crim.check") &&
           !m.Has(s, "crim.result") && !m.Has(s, "crim.label");
  });
  // Crime as the subject of what the organisation tells people ("we will advise you of criminal
  // activity in the area and how to protect your property against crime") is news or advice, not
  // data about anyone's offences; detecting, investigating or reporting crime is.
  std::erase_if(mention, [&](int s) {
    return m.HasHere(s, "crim.topic") && m.CountPatterns(s, "crim.mention") <= m.CountPatterns(s, "crim.generic");
  });
  // "Detecting, investigating or preventing crime (Annex 1, paragraph 4)" as a recognised legitimate
  // interest is a disclosure to the authorities that do so, not the organisation's own detection.
  std::erase_if(mention, [&](int s) {
    return m.HasWithLeadIn(s, "basis.rli") && m.CountPatterns(s, "crim.mention") <= m.CountPatterns(s, "crim.detect");
  });
  if (mention.empty()) {
    return MakeElement(m, "criminal-offence-condition", S::kNotApplicable, "no criminal offence data is mentioned", {});
  }
  for (int c : m.Sentences("crim.condition", true)) {
    // A Schedule 1 condition given for special category data is not the criminal one.
    if (m.HasWithLeadIn(c, "sc.label") && !m.HasWithLeadIn(c, "crim.label") && !m.Has(c, "crim.mention")) continue;
    // Consent is an Art 10 condition only as consent to the criminal offence data itself (DPA 2018 Sch 1
    // para 29): explicit consent said of health or other special category data is the Art 9(2)(a)
    // condition, and near the criminal data it says nothing about that data's own condition.
    // ("This includes … criminal records. We only record this data with your explicit consent": the
    // consent is said of the sentence before, which names the criminal data.)
    const auto& sents = m.doc().sentences;
    bool about_crime =
        m.HasWithLeadIn(c, "crim.mention") || m.HasWithLeadIn(c, "crim.label") || CrimeSection(m, c) ||
        (!m.Has(c, "sc.mention") && c > 0 && sents[c - 1].block == sents[c].block && m.Has(c - 1, "crim.mention"));
    bool special_only = m.Has(c, "sc.mention") && !m.Has(c, "crim.mention");
    if (m.Has(c, "cond.consent") && m.CountPatterns(c, "crim.condition") == 1 && (special_only || !about_crime)) {
      continue;
    }
    for (int s : mention) {
      if (Near(m, s, c, 3) || m.Has(c, "crim.condition.global")) {
        return MakeElement(m, "criminal-offence-condition", S::kPresent, "", {c, s});
      }
    }
  }
  ElementResult r = MakeElement(m, "criminal-offence-condition", S::kMissing,
                                "criminal offence data is mentioned, but no Art 10 / DPA 2018 Schedule 1 condition "
                                "was found (a lawful basis alone is not one)",
                                mention);
  return r;
}

}  // namespace pnc::draft
