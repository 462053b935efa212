// draft: legitimate interests paired with their purpose by layout. Matcher + a sentence relying on
// legitimate interests → the purpose its table row, record or purpose block gives (the interest
// pursued), so "legitimate interests" beside a purpose states the interest however short it is.
#include <algorithm>
#include <cstdlib>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

constexpr std::string_view kOtherBases[] = {"basis.consent", "basis.contract", "basis.legal", "basis.public",
                                            "basis.vital"};

}  // namespace

bool OtherBasis(const Matcher& m, const std::vector<std::string>& tokens) {
  return std::any_of(std::begin(kOtherBases), std::end(kOtherBases),
                     [&](std::string_view b) { return m.Matches(tokens, b); });
}

bool AnyBasis(const Matcher& m, const std::vector<std::string>& tokens) {
  return m.Matches(tokens, "basis.li") || m.Matches(tokens, "basis.rli") || OtherBasis(m, tokens);
}

namespace {

bool PurposeWords(const Matcher& m, const std::vector<std::string>& tokens) {
  return m.Matches(tokens, "purpose.item") || m.Matches(tokens, "purpose.statement");
}

// The label of a record member ("Purpose: …" → "purpose").
std::vector<std::string> LabelOf(const Sentence& s) {
  return {s.tokens.begin(), s.tokens.begin() + std::min<size_t>(s.label, s.tokens.size())};
}

}  // namespace

// A table row pairing a purpose with legitimate interests: one cell names legitimate interests
// and no other basis, and another cell is the purpose — the cell under a "Purpose" column, or
// one worded as a purpose, or (no header) a cell of two words or more that names no basis.
bool RowStatesInterest(const Matcher& m, int s) {
  const Sentence& sen = m.sentence(s);
  if (sen.cells.size() < 2) return false;
  const std::vector<std::vector<std::string>>* columns = sen.header >= 0 ? &m.sentence(sen.header).cells : nullptr;
  bool li = false;
  for (const auto& c : sen.cells) li = li || (m.Matches(c, "basis.li") && !OtherBasis(m, c));
  if (!li) return false;
  for (size_t i = 0; i < sen.cells.size(); ++i) {
    const auto& c = sen.cells[i];
    if (c.size() < 2 || AnyBasis(m, c)) continue;
    bool purpose_column = columns && i < columns->size() && m.Matches((*columns)[i], "field.purpose");
    bool other_column = columns && i < columns->size() && !purpose_column;
    if (purpose_column || PurposeWords(m, c) || (!columns && !other_column)) return true;
  }
  return false;
}

// A record ("Purpose: … / Lawful basis: Legitimate interests", a definition term with its
// definitions) whose basis is legitimate interests alone: its purpose is the interest. Returns the
// purpose's sentence, or -1.
int RecordInterest(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  const int rec = sents[s].record;
  if (rec < 0 || sents[s].table_row) return -1;
  // (Records are contiguous; a purpose is looked for within 40 sentences, so a draft of many
  // labelled lines stays linear.)
  int first = s, last = s;
  while (first > 0 && s - first < 40 && sents[first - 1].record == rec) --first;
  while (last + 1 < static_cast<int>(sents.size()) && last - s < 40 && sents[last + 1].record == rec) ++last;
  int purpose = -1;
  for (int k = first; k <= last; ++k) {
    if (sents[k].joined) continue;
    // A member's label is its own ("Purpose: …") or its definition term's ("Purpose" / "…").
    int lead = sents[k].lead_in;
    auto label = sents[k].label > 0                       ? LabelOf(sents[k])
                 : lead >= 0 && sents[lead].record == rec ? LabelOf(sents[lead])
                                                          : std::vector<std::string>{};
    bool purpose_label = !label.empty() && m.Matches(label, "field.purpose");
    if (k != s && OtherBasis(m, sents[k].tokens) && !purpose_label) return -1;
    if (k == s || purpose >= 0 || sents[k].heading) continue;
    // A value under another label (the data, whose data, an Art 9 condition, "do you have to
    // give it?") is not the purpose, whatever its words; a term is a label, not a value.
    bool term = sents[k].label == static_cast<int>(sents[k].tokens.size());
    if (purpose_label && !term) {
      purpose = k;
    } else if (label.empty() && !m.Has(k, "basis.li") && PurposeWords(m, sents[k].tokens) &&
               !AnyBasis(m, sents[k].tokens)) {
      purpose = k;
    }
  }
  return purpose;
}

// A purpose block — a section about purposes or bases, under its own heading — that names
// legitimate interests and no other basis, its purpose a few sentences from the mention: "We use
// members' details to run safe, managed sessions … Where our legitimate interests conflict with
// your rights, we will ask for consent." A balancing sentence may mention consent as the fallback.
int BlockInterest(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  const int sec = sents[s].section;
  // (A basis given as a field of a record — "Lawful basis" / "Legitimate interests: …" — is
  // paired by its record, RecordInterest.)
  if (sec == 0 || sents[s].heading || sents[s].record >= 0 || m.HasWithLeadIn(s, "field.legal")) return -1;
  bool purpose_block = m.InTopic(s, "basis") || m.InTopic(s, "purposes") || m.InTopic(s, "li");
  if (!purpose_block) return -1;
  if (OtherBasis(m, sents[s].tokens) && !m.Has(s, "li.balance")) return -1;
  // Not the basis explained ("Legitimate interests (Art 6(1)(f)): a genuine interest that does not
  // override your rights"): that is the law's definition, whatever purposes sit near it.
  const auto& tok = sents[s].tokens;
  if (m.Has(s, "li.definition") || (tok.size() >= 2 && tok[0] == "legitimate") ||
      (m.Has(s, "li.explains") && !m.Has(s, "li.balance"))) {
    return -1;
  }
  // A section's sentences are contiguous: read at most 40 either side (a purpose block is short).
  int purpose = -1;
  const int n = static_cast<int>(sents.size());
  for (int k = std::max(0, s - 40); k < n && k <= s + 40; ++k) {
    if (sents[k].section != sec || k == s || sents[k].heading || sents[k].joined) continue;
    if (OtherBasis(m, sents[k].tokens) || m.Has(k, "basis.rli")) return -1;
    bool field = sents[k].record >= 0 || m.HasWithLeadIn(k, "field.legal");
    if (purpose < 0 && std::abs(k - s) <= 8 && !field && m.Has(k, "purpose.statement") && !m.Has(k, "basis.li")) {
      purpose = k;
    }
  }
  return purpose;
}

}  // namespace pnc::draft
