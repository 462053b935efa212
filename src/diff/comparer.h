#pragma once
// diff: the Comparer, which compares two Models item by item into a Diff's changes (compare.cc:
// the recording of a change, contacts, rights, the run; compare_items.cc: the lists of items).
// Internal to diff.
#include <map>
#include <string>
#include <vector>

#include "diff/diff.h"

namespace pnc::diff {

// Reasons both files give, shared so the same kind of change always gives the same explanation.
inline constexpr const char* kConditionGone = "less is relied on: nothing new is done with anyone's data";
inline constexpr const char* kLess = "less processing: nothing new is done with anyone's data";
inline constexpr const char* kWording =
    "wording: no new words in a statement about the use of data, and no new organisation in a name (read it to be "
    "sure the substance is unchanged)";

/// A field's text in `locale`, else its first locale's ("" when absent).
std::string Plain(const source::Text& t, const std::string& locale);

/// Every locale's text, for telling whether a field changed at all.
std::map<std::string, std::string> All(const source::Text& t);

/// The words of a name `after` that name an organisation and are not in `before` ("police" in "Local
/// authority safeguarding teams and the police"): words for an organisation or a kind of one, and
/// capitalised or all-capital words other than the first (a proper name, "NHS"). Empty when none.
std::vector<std::string> NewOrganisationWords(const std::string& before, const std::string& after);

/// The content words of `after` (four letters or more, lowercased, a final "s" dropped) that are not
/// in `before`, in `after`'s order ("wealth", "screening", "major", "donor"). Empty when none.
std::vector<std::string> NewContentWords(const std::string& before, const std::string& after);

/// Compares an old Model `a` with a new one `b`, appending to `out->changes` in source order.
class Comparer {
 public:
  /// Compares `a` (old) with `b` (new) into `out`.
  Comparer(const source::Model& a, const source::Model& b, Diff* out)
      : a_(a), b_(b), out_(out), la_(a.default_locale()), lb_(b.default_locale()) {}
  /// Compares everything; `law` gives the rights that apply to each Model.
  void Run(const rules::LawData& law);

 private:
  /// Records one change; its key is area[:id]:what[:other].
  void Add(std::string area, std::string id, std::string what, std::string other, std::string before, std::string after,
           std::string pointer, Class cls, const char* reason);
  /// A free-text field: a change of wording in any locale is minor.
  void Wording(const std::string& area, const std::string& id, const std::string& field, const source::Text& x,
               const source::Text& y, const std::string& pointer);
  /// A free-text field that states what is done with people's data (a purpose's description, a
  /// legitimate interest, a decision's logic…): a change that adds content words is material
  /// (statement.cc), any other change of wording minor.
  void Statement(const std::string& area, const std::string& id, const std::string& field, const source::Text& x,
                 const source::Text& y, const std::string& pointer);
  /// A recipient's or purpose's name: a change that adds a word naming an organisation is material
  /// (see NewOrganisationWords), any other change of wording minor.
  void Name(const std::string& area, const std::string& id, const source::Text& x, const source::Text& y,
            const std::string& pointer);
  /// Ref lists: additions are `added_cls`, removals `removed_cls`.
  void Refs(const std::string& area, const std::string& id, const std::string& what, const std::vector<source::Ref>& x,
            const std::vector<source::Ref>& y, const std::string& pointer, Class added_cls, const char* added_reason,
            const char* removed_reason = kLess, Class removed_cls = Class::kMinor);
  /// Items matched by id: a new one is `added_cls`, a removed one minor; `both(old, new)` compares the rest.
  template <typename T, typename Fn>
  void Items(const std::string& area, const std::vector<T>& x, const std::vector<T>& y, Class added_cls,
             const char* added_reason, Fn&& both);
  /// An Art 9, Art 10 or Art 22B condition (and its Schedule 1 paragraph): a new or changed one is
  /// material, one removed minor, the same one with new detail wording.
  void Conditions(const std::string& area, const std::string& id, const std::string& changed, const std::string& detail,
                  const source::Condition& cx, const source::Condition& cy, const std::string& pointer);

  void Subjects();
  void Sources();
  void Purposes();
  void Categories();
  void Recipients();
  void Transfers();
  void Retention();
  void Decisions();
  void Contacts();
  void Rights(const rules::LawData& law);

  const source::Model& a_;
  const source::Model& b_;
  Diff* out_;
  std::string la_, lb_;
};

template <typename T, typename Fn>
void Comparer::Items(const std::string& area, const std::vector<T>& x, const std::vector<T>& y, Class added_cls,
                     const char* added_reason, Fn&& both) {
  std::map<std::string, const T*> old_by_id, new_by_id;
  for (const auto& i : x) old_by_id[i.id] = &i;
  for (const auto& i : y) new_by_id[i.id] = &i;
  for (const auto& i : y) {
    auto it = old_by_id.find(i.id);
    if (it == old_by_id.end()) {
      Add(area, i.id, "added", "", "", Plain(i.name, lb_), i.pointer, added_cls, added_reason);
    } else {
      both(*it->second, i);
    }
  }
  for (const auto& i : x) {
    if (!new_by_id.count(i.id)) Add(area, i.id, "removed", "", Plain(i.name, la_), "", i.pointer, Class::kMinor, kLess);
  }
}

}  // namespace pnc::diff
