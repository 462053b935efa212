// notice: Model → the lines of a children's just-in-time notice (jit.cc): only the purposes, kinds
// of data, recipients, transfers, automated decisions and records about the children of the guide's
// band, each in its child wording, and the rights those children have (jit_rights.cc).
#include <algorithm>
#include <set>

#include "notice/sections.h"

namespace pnc::notice {
namespace {

using source::Purpose;

// A children's line: a catalogue lead-in and the child wording of each item.
void ChildList(const Writer& w, const std::string& key, const std::vector<Inlines>& items, const std::string& at,
               std::vector<Block>* out) {
  if (items.empty()) return;
  out->push_back(w.P(key, {}, at));
  out->push_back(Bullets(items));
}

// What the adult just-in-time notice for the same form says of data sent outside the UK and of
// decisions a computer makes alone (review s29 L26; Art 13(1)(f), 13(2)(f), 12(1)), in the guide's
// words: only the transfers the adult one lists as the form's own (never one reached through another
// purpose), to recipients that receive these purposes' data about children, and the decisions made
// from it about them, each as the guide names it.
std::vector<Block> ChildTransferAndDecisionLines(const Writer& w, const std::vector<size_t>& purposes,
                                                 const std::string& at) {
  const auto& m = w.model();
  std::vector<Block> out;
  // An Art 49 derogation has no safeguard: never "just as safe there". Both kinds are told where both
  // are made, as the children's guide tells them (review s30 L44).
  std::vector<std::string> safe, derogation;
  for (const JitTransfer& jt : JitOwnTransfers(w, purposes, w.scope().children)) {
    const source::Transfer& t = m.transfers[jt.transfer];
    std::vector<std::string>& facts = t.Derogation() ? derogation : safe;
    facts.push_back(t.Derogation() ? t.safeguard.pointer : t.pointer + "/recipients");
    if (t.Derogation()) facts.push_back(t.pointer + "/recipients");
    for (const auto& f : jt.facts) facts.push_back(f);
  }
  if (!safe.empty()) out.push_back(w.P(w.Banded("jit.child.transfers"), {}, at, safe));
  if (!derogation.empty())
    out.push_back(w.P(w.Banded("jit.child.transfers-exception"), {}, derogation.front(), derogation));
  std::vector<Inlines> decided;
  std::vector<std::string> decision_facts;
  for (size_t d : JitDecisions(w, purposes, w.scope().children)) {
    const source::Decision& dec = m.decisions[d];
    const source::Text& child = w.Child(dec);
    decided.push_back(child.present() ? w.Inline(child) : w.Inline(dec.name));
    decision_facts.push_back(dec.pointer + "/data_categories");
  }
  if (!decided.empty()) {
    out.push_back(w.P(w.Banded("jit.child.decisions"), {}, decision_facts.front(), decision_facts));
    out.push_back(Bullets(decided));
  }
  return out;
}

}  // namespace

std::vector<Block> JitChildLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
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
  for (size_t i : purposes) {
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
    const std::vector<bool> kept = JitKeptRecords(w, {i});
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
    out.push_back(w.P(JitWhyKey(w, purposes, "jit.child.why"), {}, at));
    out.push_back(std::move(why));
  }
  ChildList(w, "jit.child.what", what, at, &out);
  if (std::string none = linked && share.empty() ? JitNoneSharedAt(m, purposes) : ""; !none.empty()) {
    // The children's data may still reach someone through another purpose about them: then the
    // child is told who (the recipient's own words for children), never "we do not tell anyone", and
    // that it is for other reasons, never that this form's answers go to them (user test s28 F15).
    std::vector<Inlines> other;
    for (const auto& o : JitOnward(w, purposes, scope.children)) {
      if (seen_rec.insert(m.recipients[o.recipient].id).second)
        other.push_back(child_or_name(m.recipients[o.recipient]));
    }
    if (other.empty()) out.push_back(w.P("jit.child.share-none", {}, none));
    ChildList(w, "jit.child.share-other", other, none, &out);
  }
  if (linked && !share.empty()) ChildList(w, "jit.child.share", share, at, &out);
  for (auto& b : ChildTransferAndDecisionLines(w, purposes, at)) out.push_back(std::move(b));
  ChildList(w, "jit.child.keep", keep, at, &out);
  // The rights these purposes give children, in the guide's words, each said to the groups that have it.
  for (auto& b : JitChildRights(w, purposes, at)) out.push_back(std::move(b));
  return out;
}

}  // namespace pnc::notice
