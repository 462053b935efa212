// notice: Model → the adult lines of a just-in-time notice (jit.cc): what we ask for, why, the lawful
// basis with the conditions of special category and criminal offence data, whether the person must
// give it (jit_asked.cc), who receives it, where it goes outside the UK (jit_transfers.cc), the
// automated decisions made from it, how long it is kept and the main rights (jit_rights.cc). Each
// line only from facts the source ties to the purposes; long lists are bulleted as in the full notice.
#include <algorithm>

#include "law/law_data.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

using source::Purpose;

template <typename T>
void AddOnce(std::vector<T>* list, const T& v) {
  if (std::find(list->begin(), list->end(), v) == list->end()) list->push_back(v);
}

// "We do not share it" is true only when no recipient gets these purposes' data through another
// purpose either. When one does, the reader is told who, and for which other purpose: the form's
// data reaches them, though not for the form's reason (lint warns: unstated-sharing).
std::vector<Block> OnwardLines(const Writer& w, const std::vector<source::OnwardRecipient>& onward,
                               const std::string& at) {
  const auto& m = w.model();
  std::vector<std::string> names, facts;
  for (size_t k = 0; k < onward.size();) {
    const size_t r = onward[k].recipient;
    std::vector<std::string> via;
    for (; k < onward.size() && onward[k].recipient == r; ++k) {
      const std::string name = w.Plain(m.purposes[onward[k].via].name);
      if (std::find(via.begin(), via.end(), name) == via.end()) via.push_back(name);
    }
    names.push_back(w.T("jit.share-via", {{"recipient", w.Plain(m.recipients[r].name)}, {"purposes", w.Join(via)}}));
    facts.push_back(m.recipients[r].pointer + "/purposes");
  }
  return w.ListSentence("jit.share-other", "recipients", names, {}, at, facts);
}

// Who consents for a child under 13 to an online service (Art 8(1), DPA 2018 s.9; review s29 L23),
// after the basis: "this consent" where every purpose of the notice that relies on consent has a
// parent or carer give it, else naming the purposes that do.
std::vector<Block> ParentalConsentLines(const Writer& w, const std::vector<size_t>& purposes) {
  const auto& m = w.model();
  std::vector<std::string> names, facts;
  bool every = true;  // every purpose on consent has a parent or carer consent for under-13s
  for (size_t i : purposes) {
    const Purpose& p = m.purposes[i];
    const bool consent = std::any_of(p.bases.begin(), p.bases.end(), [](const auto& b) { return b.id == "consent"; });
    const std::string at = ParentalConsentAt(w, i);
    every = every && (!consent || !at.empty());
    if (at.empty()) continue;
    names.push_back(w.Plain(p.name));
    facts.push_back(at);
    facts.push_back(p.online_service_pointer);
  }
  if (names.empty()) return {};
  if (every) return {w.P("consent.parental", {}, facts.front(), facts)};
  return {w.P("consent.parental-for", {{"purposes", w.Join(names)}}, facts.front(), facts)};
}

// Which condition a line states: the Art 9 condition of special category data, or the Schedule 1
// condition of criminal offence data (Art 10), each part of the lawful basis (Art 13(1)(c)).
struct ConditionKind {
  const char* key;                             // "jit.special" or "jit.criminal" (and "…-for")
  bool source::Category::*uses;                // the data it is for
  source::Condition source::Purpose::*stated;  // the purpose's condition
  Inlines (*text)(const Writer&, const source::Purpose&);
};

// The condition of each purpose that states one: "For special category information: …" when the
// notice's purposes that use such data all state the same condition, else one line per condition
// naming the purposes it is for. A purpose that uses such data and states no condition gets no line
// (lint asks for it).
std::vector<Block> ConditionLines(const Writer& w, const std::vector<size_t>& purposes, const ConditionKind& kind) {
  const auto& m = w.model();
  struct Line {
    std::string condition;  // the condition's ids
    std::vector<const source::Text*> purposes;
    std::vector<std::string> facts;
    const Purpose* first;
  };
  std::vector<Line> lines;
  bool unstated = false;  // a purpose uses such data without a condition
  for (size_t i : purposes) {
    const Purpose& p = m.purposes[i];
    const source::Condition& c = p.*kind.stated;
    const bool uses = std::any_of(p.categories.begin(), p.categories.end(), [&](const source::Ref& r) {
      return std::any_of(m.categories.begin(), m.categories.end(),
                         [&](const source::Category& k) { return k.id == r.id && k.*kind.uses; });
    });
    if (kind.text(w, p).empty()) {
      unstated = unstated || uses || c.present();
      continue;
    }
    const std::string condition = c.id.id + "|" + c.schedule_1.id;
    auto it = std::find_if(lines.begin(), lines.end(), [&](const Line& l) { return l.condition == condition; });
    if (it == lines.end()) it = lines.insert(lines.end(), Line{condition, {}, {}, &p});
    it->purposes.push_back(&p.name);
    it->facts.push_back(c.pointer);
  }
  std::vector<Block> out;
  const std::string key = kind.key;
  for (const Line& l : lines) {
    const std::string fact = (l.first->*kind.stated).pointer;
    const bool one = lines.size() == 1 && !unstated;
    std::vector<std::string> names;
    for (const source::Text* t : l.purposes) names.push_back(w.Plain(*t));
    Block b = one ? w.P(key, {}, fact) : w.P(key + "-for", {{"purposes", w.Join(names)}}, fact, l.facts);
    b.inlines.push_back(Txt(" ")[0]);
    for (auto& in : kind.text(w, *l.first)) b.inlines.push_back(std::move(in));
    out.push_back(std::move(b));
  }
  return out;
}

constexpr ConditionKind kSpecial{"jit.special", &source::Category::special, &source::Purpose::special,
                                 &SpecialCondition};
constexpr ConditionKind kCriminal{"jit.criminal", &source::Category::criminal, &source::Purpose::criminal,
                                  &CriminalCondition};

}  // namespace

std::vector<Block> JitAdultLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::vector<Block> out;
  std::vector<const source::Text*> categories, why, recipients, interests;
  std::vector<std::string> bases, keep, recognised;
  std::vector<std::string> why_facts, basis_facts, recognised_facts;
  for (size_t i : purposes) {
    const Purpose& p = m.purposes[i];
    AddOnce(&why, &p.name);
    why_facts.push_back(p.pointer);
    for (const source::Text* name : TextsOf(m.categories, p.categories)) AddOnce(&categories, name);
    for (const auto& b : p.bases) {
      for (const auto& term : w.law().bases) {
        if (term.id != b.id) continue;
        AddOnce(&bases,
                w.T("jit.basis-article", {{"name", w.T("jit.basis-name." + b.id)}, {"article", term.reference}}));
      }
    }
    if (!p.bases_pointer.empty()) basis_facts.push_back(p.bases_pointer);
    // Art 13(1)(d): where a purpose rests on legitimate interests, the interests themselves, as the full
    // notice gives them (lint refuses the field on a purpose without that basis).
    bool li = std::any_of(p.bases.begin(), p.bases.end(), [](const auto& b) { return b.id == "legitimate-interests"; });
    if (li && p.legitimate_interest.present()) AddOnce(&interests, &p.legitimate_interest);
    // Art 13(1)(c) for Art 6(1)(ea): which Annex 1 condition, as the full notice says (why.recognised).
    bool rli = std::any_of(p.bases.begin(), p.bases.end(),
                           [](const auto& b) { return b.id == "recognised-legitimate-interests"; });
    if (rli && !p.recognised_condition.id.empty()) {
      std::string condition = w.T("rli." + p.recognised_condition.id);
      while (!condition.empty() && (condition.back() == '.' || condition.back() == ' ')) condition.pop_back();
      if (std::find(recognised.begin(), recognised.end(), condition) == recognised.end()) {
        recognised.push_back(condition);
        recognised_facts.push_back(p.recognised_condition.pointer);
      }
    }
  }
  // A long list is a lead-in and bullets, by the rule the full notice uses (IsLongList).
  auto add = [&out](std::vector<Block> blocks) {
    for (auto& b : blocks) out.push_back(std::move(b));
  };
  if (!categories.empty()) add(w.ListSentence("jit.what", "categories", categories, at));
  add(w.ListSentence(JitWhyKey(w, purposes, "jit.why"), "purposes", why, at, why_facts));
  if (!bases.empty()) add(w.ListSentence("jit.basis", "bases", bases, {}, at, basis_facts));
  add(ParentalConsentLines(w, purposes));
  if (!interests.empty()) {
    // Each interest is the source's own sentence: its full stop gives way to the list's.
    std::vector<std::string> names, langs;
    for (const source::Text* t : interests) {
      std::string name = w.Plain(*t);
      while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
      names.push_back(name);
      langs.push_back(w.LangOf(*t));
    }
    add(w.ListSentence("jit.interest", "interests", names, langs, at));
  }
  if (!recognised.empty()) add(w.ListSentence("jit.recognised", "conditions", recognised, {}, at, recognised_facts));
  add(ConditionLines(w, purposes, kSpecial));
  add(ConditionLines(w, purposes, kCriminal));
  add(JitRequirementLines(w, purposes, at));
  // Recipients: only when every recipient says which purposes it serves, so the list is whole.
  bool linked =
      std::all_of(m.recipients.begin(), m.recipients.end(), [](const auto& r) { return !r.purposes.empty(); });
  if (linked) {
    for (const auto& r : m.recipients) {
      for (const auto& ref : r.purposes) {
        for (size_t i : purposes) {
          if (ref.id == m.purposes[i].id) AddOnce(&recipients, &r.name);
        }
      }
    }
    if (!recipients.empty()) {
      add(w.ListSentence("jit.share", "recipients", recipients, at));
    } else if (std::string none = JitNoneSharedAt(m, purposes); !none.empty()) {
      auto onward = JitOnward(w, purposes, scope.all);
      if (onward.empty()) {
        out.push_back(w.P("jit.share-none", {}, none));
      } else {
        add(OnwardLines(w, onward, none));
      }
    }
  }
  add(JitTransfers(w, purposes, at));  // where it goes outside the UK, with its safeguard
  // A solely automated decision made from these purposes' data about their people (Art 13(2)(f),
  // user test s28 F14): named, as the full notice explains it.
  std::vector<const source::Text*> decisions;
  std::vector<std::string> decision_facts;
  for (size_t d : JitDecisions(w, purposes, scope.all)) {
    decisions.push_back(&m.decisions[d].name);
    decision_facts.push_back(m.decisions[d].pointer + "/data_categories");
  }
  if (!decisions.empty())
    add(w.ListSentence("jit.decisions", "decisions", decisions, decision_facts.front(), decision_facts));
  // Retention records that keep this purpose's data about its people.
  const std::vector<bool> kept = JitKeptRecords(w, purposes);
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!kept[i]) continue;
    std::string period = r.period.present() ? w.Plain(r.period) : "";
    if (r.criteria.present()) period += (period.empty() ? "" : " ") + w.Plain(r.criteria);
    if (!period.empty()) keep.push_back(w.T("jit.keep-item", {{"record", w.Plain(r.name)}, {"period", period}}));
  }
  if (!keep.empty()) {
    out.push_back(w.P("jit.keep", {}, at));
    std::vector<Inlines> items;
    for (const auto& k : keep)
      items.push_back(Writer::Text(k, w.Derived("a retention record that keeps this purpose's data", at)));
    out.push_back(Bullets(items));
  }
  add(JitAdultRights(w, purposes, at));  // each right only some of the notice's groups have says whose it is
  return out;
}

}  // namespace pnc::notice
