// notice: a just-in-time notice's purposes → where their data is sent outside the UK and how it stays
// protected (Art 13(1)(f)), from the transfers whose recipients receive it for one of those purposes.
#include <algorithm>
#include <set>

#include "law/law_data.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

// True when recipient `r` receives data for one of `purposes` (its own "purposes" list says so).
bool Serves(const source::Model& m, const source::Recipient& r, const std::vector<size_t>& purposes) {
  return std::any_of(r.purposes.begin(), r.purposes.end(), [&](const source::Ref& ref) {
    return std::any_of(purposes.begin(), purposes.end(), [&](size_t i) { return m.purposes[i].id == ref.id; });
  });
}

}  // namespace

// A transfer is this notice's when one of its recipients receives the purposes' data: for one of them,
// or for another purpose that uses the same data about the same people (source::OnwardRecipients, the
// recipients the notice names "for other reasons"). One that names no recipients, or whose recipients
// do not say what they receive data for, may or may not carry it: no line (a form must not be told its
// data goes abroad, or stays, from silence); the full notice, linked below, lists every transfer.
std::vector<Block> JitTransfers(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  const auto& m = w.model();
  std::set<std::string> receives;  // ids of the recipients that receive the purposes' data
  for (const auto& r : m.recipients) {
    if (Serves(m, r, purposes)) receives.insert(r.id);
  }
  for (size_t i : purposes) {
    for (const auto& o : source::OnwardRecipients(m, w.scope(), i, w.scope().all))
      receives.insert(m.recipients[o.recipient].id);
  }
  Block list = Bullets({});
  std::vector<std::string> facts;
  bool derogation = false;
  for (const auto& t : m.transfers) {
    const bool carries = std::any_of(t.recipients.begin(), t.recipients.end(),
                                     [&](const source::Ref& ref) { return receives.count(ref.id) > 0; });
    if (!carries || !t.destination.present()) continue;
    Inlines place;
    place.push_back({InlineKind::kStrong, "", "", w.Inline(t.destination), -1});
    std::vector<Block> item = {Para(place, t.destination.pointer)};
    // The safeguard in the full notice's words; a transfer naming none (lint asks) has only its place.
    if (const rules::LawTerm* sg = rules::LawData::Find(w.law().safeguards, t.safeguard.id))
      item.push_back(w.P("safeguard." + sg->id, {}, t.safeguard.pointer));
    list.items.push_back(std::move(item));
    derogation = derogation || t.Derogation();
    facts.push_back(t.pointer + "/recipients");
  }
  if (list.items.empty()) return {};
  // "how it stays protected" only when every listed transfer has a safeguard: an Art 49 derogation has none.
  return {w.P(derogation ? "jit.transfers-exception" : "jit.transfers", {}, at, facts), std::move(list)};
}

}  // namespace pnc::notice
