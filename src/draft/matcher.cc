// draft: name matching. Document + Vocabulary → memoised hits per name, heading topics per
// section, and whether a sentence holds a contact detail (contact_scan.cc scans for each kind).
#include "draft/matcher.h"

#include <algorithm>
#include <cctype>

#include "draft/contact_scan.h"

namespace pnc::draft {
namespace {

bool IsNegator(const std::string& t) {
  return t == "not" || t == "never" || t == "no" || t == "nor" || t == "neither" || t == "none" || t == "nid" ||
         t == "dim" || t == "nac";
}

// Clause openers that end a negation's reach ("we do not sell data, but we share it…").
bool IsClauseBreak(const std::string& t) {
  return t == "," || t == "but" || t == "however" || t == "unless" || t == "except" || t == "although" || t == "if" ||
         t == "where" || t == "when" || t == "and";
}

}  // namespace

Matcher::Matcher(const Document& doc, const Vocabulary& vocab) : doc_(doc), vocab_(vocab) {
  // A contents list read from a PDF runs its entries together with their page numbers; it names
  // every section ("Sending information outside the UK 20") without saying anything.
  // Its mark: four or more page numbers, rising, each after a few words.
  contents_.resize(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& t = doc.sentences[s].tokens;
    if (doc.sentences[s].table_row) continue;
    int numbers = 0, last = 0, words = 0;
    bool rising = true;
    for (const auto& w : t) {
      bool number = !w.empty() && w.size() <= 3 &&
                    std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (!number) {
        ++words;
        continue;
      }
      int page = std::stoi(w);
      rising = rising && page >= last && words > 0;
      last = page;
      words = 0;
      ++numbers;
    }
    contents_[s] = numbers >= 4 && rising;
  }
}

const std::vector<Hit>& Matcher::Hits(std::string_view name) const {
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  std::vector<Hit> hits;
  const auto& pats = vocab_.Get(name);
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    if (contents_[s]) continue;
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

bool Matcher::Matches(const std::vector<std::string>& tokens, std::string_view name) const {
  for (const auto& p : vocab_.Get(name)) {
    if (p.Find(tokens)) return true;
  }
  return false;
}

bool Matcher::HasHere(int s, std::string_view name) const {
  for (const auto& p : vocab_.Get(name)) {
    if (p.Find(doc_.sentences[s].tokens, &doc_.sentences[s].filter)) return true;
  }
  return false;
}

int Matcher::CountPatterns(int s, std::string_view name) const {
  int n = 0;
  for (const auto& p : vocab_.Get(name)) {
    if (p.Find(doc_.sentences[s].tokens, &doc_.sentences[s].filter)) ++n;
  }
  return n;
}

int Matcher::LeadIn(int s) const {
  const auto& sents = doc_.sentences;
  if (sents[s].lead_in >= 0) return sents[s].lead_in;
  // "The lawful bases we rely on are:" followed by a paragraph "(a) Your consent."; or a field
  // label on the line before its value ("Lawful basis" / "Consent (Article 6(1)(a))"), as a PDF
  // of a two-column table reads.
  // A paragraph after a lead-in's list is not one of its items: the list answered the lead-in.
  bool after_list = false;
  for (int k = s - 1; k >= 0; --k) {
    if (sents[k].joined || sents[k].list_item) {
      after_list = after_list || (sents[k].list_item && !sents[k].joined);
      continue;
    }
    if (sents[k].section != sents[s].section || sents[k].heading) return -1;
    const std::string& t = sents[k].text;
    if (!t.empty() && t.back() == ':') return after_list ? -1 : k;
    bool label = !t.empty() && t.back() != '.' && t.back() != '!' && t.back() != ')' && sents[k].tokens.size() <= 6 &&
                 sents[k].block + 1 == sents[s].block && !sents[s].list_item;
    return label ? k : -1;
  }
  return -1;
}

bool Matcher::HasWithLeadIn(int s, std::string_view name) const {
  if (Has(s, name)) return true;
  int lead = LeadIn(s);
  return lead >= 0 && Has(lead, name);
}

std::vector<bool> Matcher::PatternsMatching(int s, std::string_view name) const {
  const auto& pats = vocab_.Get(name);
  std::vector<bool> out(pats.size());
  for (size_t i = 0; i < pats.size(); ++i) out[i] = pats[i].Find(doc_.sentences[s].tokens).has_value();
  return out;
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
  return LabelTopic(s, key);
}

// A field label frames its value as a heading frames its section: "How long: until you leave the
// club" (and the value's later sentences in the same paragraph) is about retention.
bool Matcher::LabelTopic(int s, const std::string& key) const {
  const auto& sents = doc_.sentences;
  int first = s;
  while (first > 0 && sents[first - 1].block == sents[s].block && !sents[first - 1].joined) --first;
  const Sentence& lab = sents[first];
  if (sents[s].joined || lab.heading || lab.table_row || lab.label <= 0 ||
      lab.label >= static_cast<int>(lab.tokens.size()))
    return false;
  std::vector<std::string> label(lab.tokens.begin(), lab.tokens.begin() + lab.label);
  return Matches(label, key);
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

ElementResult MakeElement(const Matcher& m, std::string_view rule, Status status, std::string reason,
                          const std::vector<int>& sentences) {
  ElementResult r;
  r.rule = std::string(rule);
  r.status = status;
  r.reason = std::move(reason);
  // Body sentences are better evidence than headings, and what the page shows better than what it
  // hides: quote them first.
  std::vector<int> order(sentences.begin(), sentences.end());
  std::stable_partition(order.begin(), order.end(), [&](int s) { return s >= 0 && !m.sentence(s).heading; });
  std::stable_partition(order.begin(), order.end(), [&](int s) { return s >= 0 && !m.sentence(s).hidden; });
  // Said only where a reader cannot see it (hidden, display:none, aria-hidden): not yet told to anyone.
  // (An accordion, <details>, shows its text when opened: it is not hidden.)
  bool shown = std::any_of(order.begin(), order.end(), [&](int s) { return s >= 0 && !m.sentence(s).hidden; });
  bool hidden = std::any_of(order.begin(), order.end(), [&](int s) { return s >= 0 && m.sentence(s).hidden; });
  if (status == Status::kPresent && hidden && !shown) {
    r.status = Status::kDoubtful;
    r.reason =
        "stated only in text the page hides (the hidden attribute, aria-hidden or display:none): a reader "
        "never sees it; show it or state it where it is seen";
  }
  // One quote per line: a list item and its lead-in joined to it share the item's line.
  std::set<int> seen;
  for (int s : order) {
    if (s < 0) continue;
    Evidence e = m.EvidenceOf(s);
    if (!seen.insert(e.line).second) continue;
    r.evidence.push_back(std::move(e));
    if (r.evidence.size() == 3) break;
  }
  return r;
}

}  // namespace pnc::draft
