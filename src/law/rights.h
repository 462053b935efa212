#pragma once
// law: which data-subject rights a source's purposes and automated decisions give, and the facts
// each follows from. Shared by the rules (that check rights are stated) and notice (that states them).
#include <string>
#include <vector>

#include "law/law_data.h"
#include "source/model.h"
#include "source/scope.h"

namespace pnc::rules {

/// The ids of the data-subject rights that apply to this source (derived from its lawful bases,
/// conditions and automated decisions), in data/law.json order.
std::vector<std::string> ApplicableRights(const source::Model& model, const LawData& law);

/// True when `purpose` gives `right` by its bases, Art 9 condition, direct marketing and, for a
/// right that needs it, processing by automated means (unset counts as automated: the right is
/// stated until the source says otherwise, and lint asks).
bool PurposeGivesRight(const RightDef& right, const source::Purpose& purpose);

/// True when `purpose` itself gives `right`, as the per-purpose lists say it (just-in-time notices, the
/// Article 30 record, the DPV export): a right every purpose has, unless the purpose rests only on
/// bases it excludes (erasure under a legal obligation or public task alone, Art 17(3)(b)); else as
/// PurposeGivesRight.
bool PurposeHasRight(const RightDef& right, const source::Purpose& purpose);

/// A right as it applies to some data subject groups, and the source facts it follows from.
struct DerivedRight {
  std::string id;
  source::Groups groups;           // the groups (of those asked about) it applies to
  std::vector<std::string> facts;  // JSON pointers: the bases, conditions, flags or decisions it follows from
  std::vector<std::string> bases;  // the lawful bases (of the right's, in its order) it follows from
};

/// The rights that apply to any of the groups in `who`, each with the groups it applies to: a
/// right follows from the purposes (and automated decisions) that concern a group. In
/// data/law.json order.
std::vector<DerivedRight> DeriveRights(const source::Model& model, const LawData& law, const source::Scope& scope,
                                       const source::Groups& who);

/// The right with this id in `rights`, or nullptr.
const DerivedRight* FindRight(const std::vector<DerivedRight>& rights, const std::string& id);

}  // namespace pnc::rules
