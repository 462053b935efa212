// draft: name matching. Document + Vocabulary → memoised hits per name, heading topics per
// section, and scanners for contact details (email, UK phone, postcode, web address).
#include "draft/matcher.h"

#include <algorithm>
#include <cctype>

#include "draft/contact_scan.h"

namespace pnc::draft {
namespace {

bool IsNegator(const std::string& t) {
  return t == "not" || t == "never" || t == "no" || t == "nor" || t == "neither" || t == "none" ||
         t == "nid" || t == "dim" || t == "nac";
}

// Clause openers that end a negation's reach ("we do not sell data, but we share it…").
bool IsClauseBreak(const std::string& t) {
  return t == "," || t == "but" || t == "however" || t == "unless" || t == "except" || t == "although" ||
         t == "if" || t == "where" || t == "when" || t == "and";
}

bool HasPhone(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    bool start = s[i] == '0' || (s[i] == '+' && s.substr(i, 3) == "+44");
    if (!start || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
    int digits = 0;
    size_t j = i;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ' ' || s[j] == '-' ||
                            s[j] == '(' || s[j] == ')' || s[j] == '+')) {
      if (std::isdigit(static_cast<unsigned char>(s[j]))) ++digits;
      if (s[j] == ' ' && j + 1 < s.size() && !std::isdigit(static_cast<unsigned char>(s[j + 1])) && s[j + 1] != '(') break;
      ++j;
    }
    if (digits >= 10 && digits <= 13) return true;
    i = j;
  }
  return false;
}

}  // namespace

Matcher::Matcher(const Document& doc, const Vocabulary& vocab) : doc_(doc), vocab_(vocab) {}

const std::vector<Hit>& Matcher::Hits(std::string_view name) const {
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  std::vector<Hit> hits;
  const auto& pats = vocab_.Get(name);
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    const auto& toks = doc_.sentences[s].tokens;
    for (const auto& p : pats) {
      auto m = p.Find(toks, &doc_.sentences[s].filter);
      if (!m) continue;
      Hit h;
      h.sentence = static_cast<int>(s);
      h.begin = m->begin;
      h.end = m->end;
      for (size_t k = m->begin, n = 0; k > 0 && n < 6; --k, ++n) {
        if (IsClauseBreak(toks[k - 1])) break;
        if (IsNegator(toks[k - 1])) {
          h.negated = true;
          break;
        }
      }
      hits.push_back(h);
      break;
    }
  }
  return cache_.emplace(std::string(name), std::move(hits)).first->second;
}

std::vector<int> Matcher::Sentences(std::string_view name, bool positive_only) const {
  std::vector<int> out;
  for (const auto& h : Hits(name)) {
    if (!positive_only || !h.negated) out.push_back(h.sentence);
  }
  return out;
}

bool Matcher::Has(int s, std::string_view name) const {
  const auto& hits = Hits(name);
  // Hits are in sentence order: a binary search keeps this logarithmic (a linear scan made
  // element detection quadratic in the length of the draft).
  auto it = std::lower_bound(hits.begin(), hits.end(), s, [](const Hit& h, int v) { return h.sentence < v; });
  return it != hits.end() && it->sentence == s;
}

int Matcher::CountPatterns(int s, std::string_view name) const {
  int n = 0;
  for (const auto& p : vocab_.Get(name)) {
    if (p.Find(doc_.sentences[s].tokens, &doc_.sentences[s].filter)) ++n;
  }
  return n;
}

bool Matcher::InTopic(int s, std::string_view topic) const {
  std::string key = "topic." + std::string(topic);
  auto it = topic_sections_.find(key);
  if (it == topic_sections_.end()) {
    std::set<int> secs;
    const auto& pats = vocab_.Get(key);
    for (size_t i = 0; i < doc_.sections.size(); ++i) {
      for (const auto& p : pats) {
        if (p.Find(doc_.sections[i].tokens, &doc_.sections[i].filter)) {
          secs.insert(static_cast<int>(i));
          break;
        }
      }
    }
    it = topic_sections_.emplace(key, std::move(secs)).first;
  }
  for (int sec = doc_.sentences[s].section; sec >= 0; sec = doc_.sections[sec].parent) {
    if (it->second.count(sec)) return true;
  }
  return false;
}

bool Matcher::HasContactDetail(std::string_view text) {
  if (HasEmail(text) || HasPhone(text) || HasPostcode(text) || HasWebAddress(text)) return true;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("po box") != std::string::npos || lower.find("p.o. box") != std::string::npos;
}

Evidence Matcher::EvidenceOf(int s) const {
  const Sentence& sen = doc_.sentences[s];
  return Evidence{sen.line, sen.page, sen.page_line, sen.text};
}

const std::vector<std::string_view>& RequiredConcepts() {
  static const std::vector<std::string_view> kNames = {
      "controller.statement", "contact.words", "ico.name", "ico.contact", "ukrep.statement", "ukrep.nonuk",
      "dpo.mention", "dpo.none", "purpose.statement", "purpose.item", "purpose.weak", "basis.generic",
      "basis.consent", "basis.contract", "basis.legal", "basis.vital", "basis.public", "basis.li", "basis.rli",
      "li.interest", "li.definition", "rli.condition", "sc.mention", "sc.none", "sc.condition",
      "sc.condition.weak", "sc.needs_sch1", "sc.schedule1", "crim.mention", "crim.none", "crim.condition",
      "crim.condition.global", "cat.statement", "cat.item", "cat.collect", "src.named", "src.generic", "rec.named",
      "rec.item", "rec.generic", "rec.none", "rec.conditional", "xfer.mention", "xfer.none", "xfer.safeguard", "ret.context",
      "ret.period", "ret.criteria", "ret.vague", "stat.statement", "adm.mention", "adm.none",
      "adm.safeguard", "consent.any", "consent.none", "rights.generic", "right.access",
      "right.access.section", "right.rectification", "right.rectification.section", "right.erasure",
      "right.erasure.section", "right.restriction", "right.restriction.section", "right.object",
      "right.object.section", "right.portability", "right.portability.section", "right.withdraw",
      "right.withdraw.section", "complain.word", "complain.unhappy", "complain.us", "complain.us.weak", "complain.ico", "topic.rights",
      "topic.complaints", "topic.retention", "topic.recipients", "topic.basis", "topic.purposes",
      "topic.dpo", "topic.li", "topic.special"};
  return kNames;
}

ElementResult MakeElement(const Matcher& m, std::string_view rule, Status status, std::string reason,
                          const std::vector<int>& sentences) {
  ElementResult r;
  r.rule = std::string(rule);
  r.status = status;
  r.reason = std::move(reason);
  // Body sentences are better evidence than headings: quote them first.
  std::vector<int> order(sentences.begin(), sentences.end());
  std::stable_partition(order.begin(), order.end(), [&](int s) { return s >= 0 && !m.sentence(s).heading; });
  std::set<std::pair<int, std::string>> seen;
  for (int s : order) {
    if (s < 0) continue;
    Evidence e = m.EvidenceOf(s);
    if (!seen.insert({e.line, e.text}).second) continue;
    r.evidence.push_back(std::move(e));
    if (r.evidence.size() == 3) break;
  }
  return r;
}

}  // namespace pnc::draft
