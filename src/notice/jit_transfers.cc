// notice: a just-in-time notice's purposes → where their data is sent outside the UK and how it stays
// protected (Art 13(1)(f)): the transfers to recipients that receive it for one of those purposes, then,
// each with its recipient and purpose named, those that receive the same details through another purpose.
#include <algorithm>

#include "law/law_data.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

// True when recipient `r` receives data about some of `about` for purpose `i` (its own "purposes"
// list names it, and its groups include some of the purpose's).
bool Serves(const Writer& w, size_t r, size_t i, const source::Groups& about) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  if (r >= scope.recipients.size() || i >= scope.purposes.size()) return false;
  const bool named = std::any_of(m.recipients[r].purposes.begin(), m.recipients[r].purposes.end(),
                                 [&](const source::Ref& ref) { return ref.id == m.purposes[i].id; });
  return named && source::Any(source::Intersect(source::Intersect(scope.recipients[r], scope.purposes[i]), about));
}

size_t RecipientIndex(const source::Model& m, const std::string& id) {
  for (size_t r = 0; r < m.recipients.size(); ++r) {
    if (m.recipients[r].id == id) return r;
  }
  return m.recipients.size();
}

// A transfer's place in bold, then `more`, then its safeguard in the full notice's words (a transfer
// naming none, which lint asks for, has only its place and `more`).
std::vector<Block> TransferItem(const Writer& w, const source::Transfer& t, std::vector<Block> more) {
  Inlines place;
  place.push_back({InlineKind::kStrong, "", "", w.Inline(t.destination), -1});
  std::vector<Block> item = {Para(place, t.destination.pointer)};
  for (auto& b : more) item.push_back(std::move(b));
  if (const rules::LawTerm* sg = rules::LawData::Find(w.law().safeguards, t.safeguard.id))
    item.push_back(w.P("safeguard." + sg->id, {}, t.safeguard.pointer));
  return item;
}

}  // namespace

std::vector<JitTransfer> JitOwnTransfers(const Writer& w, const std::vector<size_t>& purposes,
                                         const source::Groups& about) {
  const auto& m = w.model();
  std::vector<JitTransfer> out;
  for (size_t t = 0; t < m.transfers.size(); ++t) {
    if (!m.transfers[t].destination.present()) continue;
    JitTransfer found{t, {}};
    for (const auto& ref : m.transfers[t].recipients) {
      const size_t r = RecipientIndex(m, ref.id);
      for (size_t i : purposes) {
        if (Serves(w, r, i, about)) {
          found.facts.push_back(m.recipients[r].pointer + "/purposes");
          break;
        }
      }
    }
    if (!found.facts.empty()) out.push_back(std::move(found));
  }
  return out;
}

// A transfer is this notice's own when one of its recipients receives the purposes' data for one of
// them (recipients[].purposes): "Where it goes". A transfer to a recipient that gets the same kind of
// data about the same people only through another purpose (source::OnwardRecipients) is not the form's:
// the police-report form's data does not go to the host families abroad (review s29 L22, user test s29
// F3). Such a transfer is said apart, naming its recipient and that purpose, and never when it rests on
// an Art 49 derogation, which is for one situation and one person's transfer, not for other uses.
// A transfer that names no recipients, or whose recipients do not say what they receive data for, may
// or may not carry it: no line; the full notice, linked below, lists every transfer.
std::vector<Block> JitTransfers(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  const auto& m = w.model();
  std::vector<Block> out;
  std::vector<bool> own(m.transfers.size(), false);
  Block list = Bullets({});
  std::vector<std::string> facts;
  bool derogation = false;
  for (const JitTransfer& jt : JitOwnTransfers(w, purposes, w.scope().all)) {
    const source::Transfer& t = m.transfers[jt.transfer];
    own[jt.transfer] = true;
    list.items.push_back(TransferItem(w, t, {}));
    derogation = derogation || t.Derogation();
    facts.push_back(t.pointer + "/recipients");
    for (const auto& f : jt.facts) facts.push_back(f);
  }
  if (!list.items.empty()) {
    // "how it stays protected" only when every listed transfer has a safeguard: an Art 49 derogation has none.
    out.push_back(w.P(derogation ? "jit.transfers-exception" : "jit.transfers", {}, at, facts));
    out.push_back(std::move(list));
  }
  const std::vector<source::OnwardRecipient> onward = JitOnward(w, purposes, w.scope().all);
  Block other = Bullets({});
  std::vector<std::string> other_facts;
  for (size_t t = 0; t < m.transfers.size(); ++t) {
    const source::Transfer& tr = m.transfers[t];
    if (own[t] || tr.Derogation() || !tr.destination.present()) continue;
    std::vector<Block> via;  // "{recipient} ({purposes})" for each recipient that gets it another way
    for (const auto& ref : tr.recipients) {
      const size_t r = RecipientIndex(m, ref.id);
      std::vector<std::string> names;
      for (const auto& o : onward) {
        const std::string name = w.Plain(m.purposes[o.via].name);
        if (o.recipient == r && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      }
      if (names.empty()) continue;
      const std::string line =
          w.T("jit.transfers-via", {{"recipient", w.Plain(m.recipients[r].name)}, {"purposes", w.Join(names)}});
      const int origin = w.Derived("a recipient of this transfer, and the other purposes it receives the data for",
                                   m.recipients[r].pointer + "/purposes", {tr.pointer + "/recipients"});
      via.push_back(Para(Writer::Text(line, origin)));
      other_facts.push_back(m.recipients[r].pointer + "/purposes");
    }
    if (via.empty()) continue;
    other_facts.push_back(tr.pointer + "/recipients");
    other.items.push_back(TransferItem(w, tr, std::move(via)));
  }
  if (!other.items.empty()) {
    out.push_back(w.P("jit.transfers-other", {}, at, other_facts));
    out.push_back(std::move(other));
  }
  return out;
}

}  // namespace pnc::notice
