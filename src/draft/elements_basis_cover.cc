// draft: which of a draft's purposes have a lawful basis. Matcher + Bases → the purpose units
// (a purpose's own section, or a lead-in with its list of purposes) that name no basis, when the
// bases the draft names are each tied to some purposes and no general statement covers the rest.
#include <algorithm>
#include <set>
#include <string>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

// Sections about something else than a purpose: a use named there ("we share it with X to help
// us…") is said of a recipient, a period or a right, not a purpose of its own.
constexpr std::string_view kOtherTopics[] = {"rights", "complaints", "retention", "recipients", "cookies",
                                             "dpo",    "sources",    "special",   "whose",      "glossary",
                                             "access", "erasure",    "object",    "withdraw",   "li"};

bool OtherTopic(const Matcher& m, int s) {
  return std::any_of(std::begin(kOtherTopics), std::end(kOtherTopics),
                     [&](std::string_view t) { return m.InTopic(s, t); });
}

bool PurposeText(const Matcher& m, int s) {
  return m.Has(s, "purpose.statement") || m.Has(s, "purpose.item") || m.Has(s, "purpose.unit");
}

// A heading that is a purpose: "We use the following information to run our courses:" (not
// "Sharing your information" or "Keeping it safe", whose first word only looks like one).
bool PurposeHeading(const Matcher& m, int s) {
  return !m.InTopic(s, "rights") && !m.InTopic(s, "retention") &&
         (m.Has(s, "purpose.statement") || m.Has(s, "purpose.unit"));
}

// A basis named while explaining a right ("when we use consent as our lawful basis you can
// withdraw it") or in a list of the law's bases is not tied to a purpose, nor a general statement.
// (A basis field that adds the right it brings — "Consent: you can withdraw it at any time" — is
// still the basis.)
bool AboutRights(const Matcher& m, int s) {
  if (m.InTopic(s, "rights")) return true;
  bool right = m.HasWithLeadIn(s, "right.withdraw") || m.HasWithLeadIn(s, "right.object") ||
               m.HasWithLeadIn(s, "right.portability") || m.HasWithLeadIn(s, "right.erasure");
  return right && !BasisContext(m, s);
}

// A purpose unit: its first sentence (a heading or a lead-in, quoted as the purpose) and its sentences.
struct Unit {
  int head = -1;
  std::vector<int> members;
  bool covered = false;
};

// Content words of a heading or lead-in, for matching "Our lawful bases for X are:" to "We use
// the following information for X:" (the words both share are the purpose's; three at least, so
// "Processing necessary to …" headings do not match each other by their opening).
std::set<std::string> ContentWords(const Sentence& s) {
  static const std::set<std::string> kFunction = {
      "we",      "our",       "us",       "you",         "your", "the",     "a",       "an",         "and",
      "or",      "of",        "to",       "for",         "in",   "on",      "with",    "is",         "are",
      "be",      ",",         "collect",  "collecting",  "use",  "using",   "process", "processing", "hold",
      "holding", "following", "personal", "information", "data", "details", "lawful",  "legal",      "basis",
      "bases",   "including", "this",     "these",       "that", "which",   "what",    "why",        "how",
      "it",      "them",      "purposes", "purpose"};
  std::set<std::string> out;
  for (const auto& t : s.tokens) {
    if (t.size() > 2 && !kFunction.count(t)) out.insert(t);
  }
  return out;
}

bool SamePurpose(const std::set<std::string>& a, const std::set<std::string>& b) {
  int shared = 0;
  for (const auto& w : a) shared += b.count(w) ? 1 : 0;
  size_t smaller = std::min(a.size(), b.size());
  return shared >= 3 && shared * 2 >= static_cast<int>(smaller);
}

}  // namespace

std::vector<int> PurposesWithoutBasis(const Matcher& m, const Bases& b) {
  const auto& doc = m.doc();
  const auto& sents = doc.sentences;
  const int n = static_cast<int>(sents.size());
  if (b.named.empty() || n == 0) return {};
  std::vector<int> unit_of(n, -1);
  std::vector<Unit> units;
  // Lead-in units: in a section about bases, a lead-in (not a heading) whose list items are purposes
  // ("Processing needed to run our services:" "- to assess applications" "- to pay grants").
  for (int s = 0; s < n; ++s) {
    if (sents[s].list_item && !sents[s].joined) {
      int lead = sents[s].lead_in;
      // (Only in a section about bases: elsewhere a list of purposes is the notice's summary of
      // them, each with its own section. A record's field label is not a lead-in of purposes.)
      if (lead < 0 || sents[lead].heading || sents[lead].list_item || sents[lead].record >= 0 || OtherTopic(m, lead) ||
          !m.InTopic(lead, "basis")) {
        continue;
      }
      if (unit_of[lead] < 0) {
        unit_of[lead] = static_cast<int>(units.size());
        units.push_back({lead, {lead}});
      }
      if (unit_of[lead] >= 0 && units[unit_of[lead]].head == lead) {
        units[unit_of[lead]].members.push_back(s);
        unit_of[s] = unit_of[lead];
      }
    }
  }
  // A lead-in unit counts only when its items are purposes (a third of them worded as one, or any
  // under a lead-in naming a basis).
  for (auto& u : units) {
    int purposes = 0;
    for (int k : u.members) purposes += k != u.head && PurposeText(m, k) ? 1 : 0;
    // (Under a lead-in naming a basis — "Processing needed to meet our legal duties:" — the items
    // are that basis's purposes, whatever their words.)
    bool basis_lead = !u.members.empty() && AnyBasis(m, sents[u.head].tokens);
    if ((!basis_lead && purposes * 3 < static_cast<int>(u.members.size()) - 1) || u.members.size() < 2) {
      for (int k : u.members) unit_of[k] = -1;
      u.members.clear();
    }
  }
  // Section units: a section whose heading is a purpose ("We use the following information to run
  // our courses:"), and each sub-section of a purposes section ("How we use it" / "Newsletter",
  // "Enquiries"…) that states a use or names a basis for its own content. Sub-sections are those
  // nested under the purposes heading, or (flat headings) those after an empty purposes heading of
  // the same level, up to the next heading about something else. (Sentences are grouped by
  // section in one pass.)
  std::vector<std::vector<int>> by_section(doc.sections.size());
  for (int s = 0; s < n; ++s) {
    if (sents[s].section >= 0 && sents[s].section < static_cast<int>(by_section.size())) {
      by_section[sents[s].section].push_back(s);
    }
  }
  auto heading_of = [&](size_t sec) {
    const auto& in = by_section[sec];
    return !in.empty() && sents[in.front()].heading ? in.front() : -1;
  };
  std::vector<bool> purposes_sec(doc.sections.size(), false);
  int flat_level = -1;  // inside the flat run after an empty purposes heading of this level
  for (size_t sec = 1; sec < doc.sections.size(); ++sec) {
    const auto& section = doc.sections[sec];
    int heading = heading_of(sec);
    if (heading < 0) continue;
    bool purposes_topic = m.InTopic(heading, "purposes") && !OtherTopic(m, heading) && !m.InTopic(heading, "basis");
    int parent = section.parent;
    bool under = parent > 0 && purposes_sec[parent];
    if (flat_level >= 0 && section.level != flat_level) flat_level = section.level < flat_level ? -1 : flat_level;
    if (flat_level >= 0 && (OtherTopic(m, heading) || m.InTopic(heading, "basis"))) flat_level = -1;
    bool flat = flat_level >= 0 && section.level == flat_level;
    if (purposes_topic && by_section[sec].size() == 1) {
      flat_level = section.level;  // an empty purposes heading: its sub-sections follow at its level
      purposes_sec[sec] = true;
      continue;
    }
    purposes_sec[sec] = purposes_topic || under;
    bool purpose_heading = PurposeHeading(m, heading);
    bool sub = (under || flat) && !OtherTopic(m, heading) && !m.InTopic(heading, "basis");
    // (A sub-section must state a use or a basis of its own: "Security" or "Cookies" under "How we
    // use your information" are not purposes.)
    if (sub && !purpose_heading) {
      bool states = false;
      for (int k : by_section[sec]) {
        if (k == heading || unit_of[k] >= 0 || sents[k].joined) continue;
        states = states || m.Has(k, "purpose.statement") || m.Has(k, "purpose.unit") ||
                 (std::binary_search(b.named.begin(), b.named.end(), k) && !AboutRights(m, k));
      }
      sub = states;
    }
    // (A section with nothing under its heading — in a bilingual draft, one whose text is in the
    // other language — states nothing.)
    bool content = std::any_of(by_section[sec].begin(), by_section[sec].end(),
                               [&](int k) { return k != heading && !sents[k].heading; });
    if ((!purpose_heading && !sub) || !content) continue;
    Unit u{heading, {}};
    for (int k : by_section[sec]) {
      if (unit_of[k] >= 0 || sents[k].joined) continue;
      unit_of[k] = static_cast<int>(units.size());
      u.members.push_back(k);
    }
    units.push_back(std::move(u));
  }
  if (units.empty()) return {};
  // Which units name a basis; which bases are general statements (outside every unit).
  std::vector<bool> named(n, false);
  for (int s : b.named) named[s] = true;
  bool general = false;
  for (int s : b.named) {
    if (AboutRights(m, s)) continue;
    int u = unit_of[s];
    if (u < 0 && sents[s].joined && sents[s].lead_in >= 0) u = unit_of[sents[s].lead_in];
    // "For all our other purposes, we rely on …" is general wherever it stands, even inside the
    // last purpose's own section.
    if (u >= 0 && !m.Has(s, "basis.scope.all")) {
      units[u].covered = true;
    } else {
      general = true;
    }
  }
  if (general) return {};
  // A unit naming its basis in its heading ("Our lawful bases for X") covers the unit stating X.
  // (Only basis headings are compared with the others, and at most kMaxPairs pairs: a notice has a
  // few dozen purposes, and a hostile draft of many headings must stay linear.)
  constexpr size_t kMaxPairs = 20000;
  std::vector<size_t> basis_heads;
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    if (!u.members.empty() && u.covered && sents[u.head].heading &&
        (AnyBasis(m, sents[u.head].tokens) || m.Has(u.head, "basis.generic"))) {
      basis_heads.push_back(i);
    }
  }
  if (basis_heads.size() * units.size() <= kMaxPairs) {
    std::vector<std::set<std::string>> words(units.size());
    for (size_t i = 0; i < units.size(); ++i) words[i] = ContentWords(sents[units[i].head]);
    for (size_t i : basis_heads) {
      for (size_t j = 0; j < units.size(); ++j) {
        Unit& v = units[j];
        if (!v.covered && !v.members.empty() && SamePurpose(words[i], words[j])) v.covered = true;
      }
    }
  }
  int covered = 0;
  std::vector<int> without;
  for (const auto& u : units) {
    if (u.members.empty()) continue;
    if (u.covered) {
      ++covered;
    } else {
      without.push_back(u.head);
    }
  }
  if (covered == 0) return {};
  std::sort(without.begin(), without.end());
  return without;
}

}  // namespace pnc::draft
