// notice: Model → just-in-time notices (NoticeDoc::jit): for each form and each purpose, what we
// ask for, why, the lawful basis (with the conditions of special category and criminal offence
// data), whether the person must give it (jit_asked.cc), who receives it, where it goes outside the UK
// (jit_transfers.cc), how long it is kept, the main rights
// (jit_rights.cc, with whose each is) and a link to the full notice. Long lists are bulleted as in
// the full notice. The children's ones cover only the purposes about children, in their words. A
// line whose facts the source does not tie to the purpose (a recipient or retention record that
// names no purposes or data) is left out, and the link sends the reader to the full notice.
#include <algorithm>
#include <set>

#include "law/law_data.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

using source::Purpose;

// The purposes a just-in-time notice covers, as indexes into the model's purposes.
struct JitSubject {
  std::string id;  // section id: "jit-form-<id>" or "jit-purpose-<id>"
  std::string title;
  int title_origin = -1;
  std::string pointer;  // the form or purpose
  std::vector<size_t> purposes;
  std::string title_lang;  // the title's language when it is not the notice's
};

template <typename T>
void AddOnce(std::vector<T>* list, const T& v) {
  if (std::find(list->begin(), list->end(), v) == list->end()) list->push_back(v);
}

// The page and anchor of the full notice this document belongs to.
std::string FullNoticeHref(const Writer& w, const NoticeDoc& doc, const JitSubject& s) {
  std::string page;
  for (const auto& a : doc.alternates) {
    if (a.locale == doc.locale) page = a.href;
  }
  if (doc.audience == "child") return page + "#child-why";
  return page + (s.purposes.size() == 1 ? "#purpose-" + w.model().purposes[s.purposes[0]].id : "#why");
}

// The retention records that keep one of these purposes' data: the one link (source/scope.h), shared
// with the DPV export and the Article 30 record. A record that may or may not keep it is left out.
std::vector<bool> KeptRecords(const Writer& w, const std::vector<size_t>& purposes) {
  std::vector<bool> out(w.model().retention.size(), false);
  for (size_t p : purposes) {
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(w.model(), w.scope(), p);
    for (size_t r = 0; r < out.size(); ++r) out[r] = out[r] || kept[r] == source::Kept::kYes;
  }
  return out;
}

// Where the source says that no one receives these purposes' data: "recipients": "none" for the whole
// notice, or on every one of them; "" when it does not. A purpose no recipient names is not such a
// fact (photos published on a website name no recipient): no "we do not share it" line from silence.
std::string NoneSharedAt(const source::Model& m, const std::vector<size_t>& purposes) {
  if (m.recipients_stated && m.recipients.empty()) return m.recipients_pointer;
  std::string at;
  for (size_t i : purposes) {
    if (m.purposes[i].recipients_none_pointer.empty()) return "";
    if (at.empty()) at = m.purposes[i].recipients_none_pointer;
  }
  return at;
}

// The recipients that receive these purposes' data about the groups in `about` through other
// purposes (source::OnwardRecipients), each once, in the source's order of recipients.
std::vector<source::OnwardRecipient> Onward(const Writer& w, const std::vector<size_t>& purposes,
                                            const source::Groups& about) {
  std::vector<source::OnwardRecipient> out;
  for (size_t i : purposes) {
    for (const auto& o : source::OnwardRecipients(w.model(), w.scope(), i, about)) out.push_back(o);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.recipient < b.recipient; });
  return out;
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
std::vector<Block> ConditionLines(const Writer& w, const JitSubject& s, const ConditionKind& kind) {
  const auto& m = w.model();
  struct Line {
    std::string condition;  // the condition's ids
    std::vector<const source::Text*> purposes;
    std::vector<std::string> facts;
    const Purpose* first;
  };
  std::vector<Line> lines;
  bool unstated = false;  // a purpose uses such data without a condition
  for (size_t i : s.purposes) {
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

// Adult lines: each from the purposes' own facts.
std::vector<Block> AdultLines(const Writer& w, const JitSubject& s) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::vector<Block> out;
  std::vector<const source::Text*> categories, why, recipients, interests;
  std::vector<std::string> bases, keep, recognised;
  std::vector<std::string> why_facts, basis_facts, recognised_facts;
  for (size_t i : s.purposes) {
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
  const std::string& at = s.pointer;
  // A long list is a lead-in and bullets, by the rule the full notice uses (IsLongList).
  auto add = [&out](std::vector<Block> blocks) {
    for (auto& b : blocks) out.push_back(std::move(b));
  };
  if (!categories.empty()) add(w.ListSentence("jit.what", "categories", categories, at));
  add(w.ListSentence(JitWhyKey(w, s.purposes, "jit.why"), "purposes", why, at, why_facts));
  if (!bases.empty()) add(w.ListSentence("jit.basis", "bases", bases, {}, at, basis_facts));
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
  add(ConditionLines(w, s, kSpecial));
  add(ConditionLines(w, s, kCriminal));
  add(JitRequirementLines(w, s.purposes, s.pointer));
  // Recipients: only when every recipient says which purposes it serves, so the list is whole.
  bool linked =
      std::all_of(m.recipients.begin(), m.recipients.end(), [](const auto& r) { return !r.purposes.empty(); });
  if (linked) {
    for (const auto& r : m.recipients) {
      for (const auto& ref : r.purposes) {
        for (size_t i : s.purposes) {
          if (ref.id == m.purposes[i].id) AddOnce(&recipients, &r.name);
        }
      }
    }
    if (!recipients.empty()) {
      add(w.ListSentence("jit.share", "recipients", recipients, at));
    } else if (std::string none = NoneSharedAt(m, s.purposes); !none.empty()) {
      auto onward = Onward(w, s.purposes, scope.all);
      if (onward.empty()) {
        out.push_back(w.P("jit.share-none", {}, none));
      } else {
        add(OnwardLines(w, onward, none));
      }
    }
  }
  add(JitTransfers(w, s.purposes, at));  // where it goes outside the UK, with its safeguard
  // A solely automated decision made from these purposes' data about their people (Art 13(2)(f),
  // user test s28 F14): named, as the full notice explains it.
  std::vector<const source::Text*> decisions;
  std::vector<std::string> decision_facts;
  for (size_t d = 0; d < m.decisions.size() && d < w.scope().decisions.size(); ++d) {
    const auto& dec = m.decisions[d];
    const bool uses = std::any_of(s.purposes.begin(), s.purposes.end(), [&](size_t i) {
      if (i >= w.scope().purposes.size() ||
          !source::Any(source::Intersect(w.scope().decisions[d], w.scope().purposes[i]))) {
        return false;
      }
      const auto& cats = m.purposes[i].categories;
      return std::any_of(dec.categories.begin(), dec.categories.end(), [&](const source::Ref& c) {
        return std::any_of(cats.begin(), cats.end(), [&](const source::Ref& x) { return x.id == c.id; });
      });
    });
    if (!uses) continue;
    decisions.push_back(&dec.name);
    decision_facts.push_back(dec.pointer + "/data_categories");
  }
  if (!decisions.empty())
    add(w.ListSentence("jit.decisions", "decisions", decisions, decision_facts.front(), decision_facts));
  // Retention records that keep this purpose's data about its people.
  const std::vector<bool> kept = KeptRecords(w, s.purposes);
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
  add(JitAdultRights(w, s.purposes, at));  // each right only some of the notice's groups have says whose it is
  return out;
}

// A children's line: a catalogue lead-in and the child wording of each item.
void ChildList(const Writer& w, const std::string& key, const std::vector<Inlines>& items, const std::string& at,
               std::vector<Block>* out) {
  if (items.empty()) return;
  out->push_back(w.P(key, {}, at));
  out->push_back(Bullets(items));
}

std::vector<Block> ChildLines(const Writer& w, const JitSubject& s) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::vector<Block> out;
  std::vector<Inlines> what, share, keep;
  Block why;  // each purpose a list item of paragraphs, as the children's guide lists it
  why.kind = BlockKind::kBulletList;
  std::set<std::string> seen_cat, seen_rec, seen_ret, seen_line;
  auto child_or_name = [&](const source::Item& item) {
    const source::Text& child = w.Child(item);
    return child.present() ? w.Inline(child) : w.Inline(item.name);
  };
  bool linked =
      std::all_of(m.recipients.begin(), m.recipients.end(), [](const auto& r) { return !r.purposes.empty(); });
  for (size_t i : s.purposes) {
    const Purpose& p = m.purposes[i];
    // Whether the child must tell us, and what happens if not: the children's guide's sentences, each
    // its own paragraph (run on, "… help you and your baby We need this …" read as one broken sentence).
    std::vector<Block> reason = ChildPurposeItem(w, i);
    if (reason.empty()) reason.push_back(Para(child_or_name(p)));
    why.items.push_back(std::move(reason));
    // Only the categories about children of this guide's band (one narrowed to parents, or limited
    // to other age bands, is not told to this child).
    for (const auto& c : p.categories) {
      for (size_t k = 0; k < m.categories.size(); ++k) {
        const auto& cat = m.categories[k];
        if (cat.id == c.id && k < scope.categories.size() && scope.ConcernsChildren(scope.categories[k]) &&
            seen_cat.insert(cat.id).second)
          what.push_back(child_or_name(cat));
      }
    }
    for (size_t r = 0; linked && r < m.recipients.size(); ++r) {
      const auto& rec = m.recipients[r];
      bool serves =
          std::any_of(rec.purposes.begin(), rec.purposes.end(), [&](const source::Ref& x) { return x.id == p.id; });
      if (serves && scope.ConcernsChildren(scope.recipients[r]) && seen_rec.insert(rec.id).second)
        share.push_back(child_or_name(rec));
    }
    const std::vector<bool> kept = KeptRecords(w, {i});
    for (size_t r = 0; r < m.retention.size(); ++r) {
      const auto& rec = m.retention[r];
      // The record must keep this purpose's data about the children it concerns (a sibling club's form
      // does not list the patients' care notes).
      const bool children = r < scope.retention.size() && i < scope.purposes.size() &&
                            scope.ConcernsChildren(source::Intersect(scope.retention[r], scope.purposes[i]));
      if (!kept[r] || !children || !w.Child(rec).present()) continue;
      // Named as the children's guide names it (child_name, else name), as the adult line is, so
      // each line says what "them" is and two records kept alike are never the same line twice.
      const source::Text& name = RecordChildName(w, rec);
      const std::string line = w.T("jit.keep-item", {{"record", w.Plain(name)}, {"period", w.Plain(w.Child(rec))}});
      if (!seen_ret.insert(rec.id).second || !seen_line.insert(line).second) continue;
      keep.push_back(Writer::Text(line, w.Derived("a retention record that keeps this purpose's data", rec.pointer)));
    }
  }
  if (!why.items.empty()) {
    out.push_back(w.P(JitWhyKey(w, s.purposes, "jit.child.why"), {}, s.pointer));
    out.push_back(std::move(why));
  }
  ChildList(w, "jit.child.what", what, s.pointer, &out);
  if (std::string none = linked && share.empty() ? NoneSharedAt(m, s.purposes) : ""; !none.empty()) {
    // The children's data may still reach someone through another purpose about them: then the
    // child is told who (the recipient's own words for children), never "we do not tell anyone", and
    // that it is for other reasons, never that this form's answers go to them (user test s28 F15).
    std::vector<Inlines> other;
    for (const auto& o : Onward(w, s.purposes, scope.children)) {
      if (seen_rec.insert(m.recipients[o.recipient].id).second)
        other.push_back(child_or_name(m.recipients[o.recipient]));
    }
    if (other.empty()) out.push_back(w.P("jit.child.share-none", {}, none));
    ChildList(w, "jit.child.share-other", other, none, &out);
  }
  if (linked && !share.empty()) ChildList(w, "jit.child.share", share, s.pointer, &out);
  ChildList(w, "jit.child.keep", keep, s.pointer, &out);
  // The rights these purposes give children, in the guide's words, each said to the groups that have it.
  for (auto& b : JitChildRights(w, s.purposes, s.pointer)) out.push_back(std::move(b));
  return out;
}

}  // namespace

std::vector<Section> JitSections(const Writer& w, const NoticeDoc& doc) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  const bool child = doc.audience == "child";
  auto about_children = [&](size_t i) {
    return i < scope.purposes.size() && scope.ConcernsChildren(scope.purposes[i]);
  };
  std::vector<JitSubject> subjects;
  for (const auto& f : m.forms) {
    JitSubject s{"jit-form-" + f.id, w.Plain(f.name), w.Src(f.name.pointer), f.pointer, {}, w.LangOf(f.name)};
    for (const auto& ref : f.purposes) {
      for (size_t i = 0; i < m.purposes.size(); ++i) {
        if (m.purposes[i].id == ref.id && (!child || about_children(i))) AddOnce(&s.purposes, i);
      }
    }
    if (!s.purposes.empty()) subjects.push_back(s);
  }
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    if (child && !about_children(i)) continue;
    const Purpose& p = m.purposes[i];
    subjects.push_back(
        {"jit-purpose-" + p.id, w.Plain(p.name), w.Src(p.name.pointer), p.pointer, {i}, w.LangOf(p.name)});
  }
  std::vector<Section> out;
  for (const JitSubject& s : subjects) {
    Section sec;
    sec.id = s.id;
    sec.title = s.title;
    sec.title_lang = s.title_lang;
    sec.title_origin = s.title_origin;
    sec.origin = s.pointer;
    sec.blocks = child ? ChildLines(w, s) : AdultLines(w, s);
    std::string href = FullNoticeHref(w, doc, s);
    std::string label = w.T(child ? "jit.child.more" : "jit.more");
    sec.blocks.push_back(Para({Link(href, label, w.Cat(child ? "jit.child.more" : "jit.more"))}));
    out.push_back(std::move(sec));
  }
  return out;
}

}  // namespace pnc::notice
