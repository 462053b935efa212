#pragma once
// source: Model → whom each item concerns. The one place scope is decided: the children's
// version, the per-group rights and the scope rules all read it, none re-derives it.
//
// A purpose concerns its `data_subjects` (every group when it names none). A data category
// concerns the groups of the purposes that use it; a recipient, those of the purposes it serves;
// a source, those of the categories that name it; a retention record or an automated decision,
// those of its categories; a transfer, those of its recipients; a custom section, every group.
// An item that links to nothing concerns every group, except a transfer, which then concerns every
// group but the children groups (when there are several groups), and a data category no purpose
// uses, which concerns no group (an error of its own: its scope asks nothing more of it). Any item may then narrow its
// groups with its own `data_subjects` (the intersection is kept).
//
// For the children's version of one age band, a children group limited to other bands (its
// `age_bands`), or whose `ages` are all outside the band, is not a children group, and an item limited to other bands
// concerns no children group: so its categories, sources, recipients, records and rights leave that version too, unless
// something in the band also gives them.
#include <string>
#include <vector>

#include "source/model.h"

namespace pnc::source {

/// A set of data subject groups: one flag per entry of Model::subjects.
using Groups = std::vector<bool>;

/// Whom each item of a Model concerns; vectors run parallel to the Model's lists.
struct Scope {
  Groups all;       // every group
  Groups children;  // groups marked "children": true
  std::vector<Groups> purposes, categories, sources, recipients, retention, decisions, transfers, sections;
  /// True when `g` holds at least one children group.
  bool ConcernsChildren(const Groups& g) const;
  /// True when `g` holds every group.
  bool IsAll(const Groups& g) const { return g == all; }
};

/// Computes the scope of every item of `model`. Unknown ids are ignored (the rules report them).
/// With a `band`, the scope of the children's version for that age band (see above). A children's
/// version (`children_view`, set by a band) leaves out what it cannot know is about children: a
/// retention record they reach only loosely (WithoutLooseChildren), and criminal offence data that
/// reaches them only through a purpose shared with other groups (CriminalLeavesChildren).
Scope ComputeScope(const Model& model, const std::string& band = "");
Scope ComputeScope(const Model& model, const std::string& band, bool children_view);

/// True when criminal offence data category `c` names no data_subjects of its own and concerns
/// children only together with other groups: a volunteers' DBS result on a youth club's register.
/// pnc cannot know the children are its subjects, so no children's version tells them of it until
/// the category says whose it is (whose-data asks).
bool CriminalLeavesChildren(const Model& model, const Scope& scope, size_t c);

/// True when `g` holds any group.
bool Any(const Groups& g);

/// The intersection of two sets of the same size.
Groups Intersect(const Groups& a, const Groups& b);

/// The groups named by `refs` (unknown ids ignored).
Groups GroupsOf(const Model& model, const std::vector<Ref>& refs);

/// The groups a retention record of several kinds of data is firmly about: those whose purposes,
/// together, use two or more of its kinds. A group reached through one kind alone (the contact
/// details every group gives) may be in another group's file; none are firm for a record of one kind.
Groups RecordFirmGroups(const Model& model, const Scope& scope, size_t record);

/// A record's groups without the children it concerns only loosely while other groups are firmly
/// its subjects (RecordFirmGroups): what a children's version shows it to. Unchanged when the record
/// names its data_subjects.
Groups WithoutLooseChildren(const Model& model, const Scope& scope, size_t record);

/// The ids of a record's kinds of data that no purpose about children uses (a DBS result kept in a
/// supervisor's file with the session notes children's purposes use), when no group is the record's
/// firm subject and the record gives no data_subjects: a children's version leaves such a record out,
/// since its name may be about adults only, and whose-data asks (empty: not such a record).
std::vector<std::string> AdultOnlyKinds(const Model& model, const Scope& scope, size_t record);

/// The groups form `form` collects data about: those of the purposes it names (unknown ids ignored).
/// A children's version has a just-in-time notice for the form when they include children.
Groups FormGroups(const Model& model, const Scope& scope, const Form& form);

/// The sources that can give some of the data categories `categories` about the groups in `about`,
/// as indexes into Model::sources, each once, in the order the categories name them: a category's
/// source counts when the category concerns some of `about` and the source's own data_subjects (when
/// it gives them) include one of those. A court that refers families is then not the source of the
/// donors' contact details (user test s28 F3). The Article 30 record reads it for each purpose.
std::vector<size_t> SourcesFor(const Model& model, const Scope& scope, const std::vector<Ref>& categories,
                               const Groups& about);

/// Whether retention record `record` may hold purpose `purpose`'s data: it keeps one of the purpose's
/// data categories and, when it is kept for some services, is that purpose's (see scope.cc).
bool RecordHoldsPurposeData(const Model& model, const Purpose& purpose, const Retention& record);

/// Whether a retention record keeps a purpose's data: yes, no, or the source cannot tell.
enum class Kept { kNo, kYes, kUnclear };

/// The one purpose → record link, one entry per retention record: whether each keeps purpose
/// `purpose`'s data about its people (its own `purposes` when it names them, else read from the
/// data, see scope.cc). The just-in-time notices, the DPV export and the Article 30 record all read
/// it, so they name the same periods; lint reports the unclear ones.
std::vector<Kept> RecordsOfPurpose(const Model& model, const Scope& scope, size_t purpose);

/// RecordsOfPurpose(model, scope, purpose)[record] == Kept::kYes.
bool PurposeKeepsRecord(const Model& model, const Scope& scope, size_t purpose, size_t record);

/// A recipient that receives some of one purpose's data through another purpose.
struct OnwardRecipient {
  size_t recipient;      // index into Model::recipients
  size_t via;            // the other purpose it serves, index into Model::purposes
  std::string category;  // a kind of data both purposes use about the same groups
};

/// The recipients that receive one of purpose `purpose`'s kinds of data about the groups in `about`
/// through another purpose that uses it about them too (one entry per recipient and purpose): what
/// makes a purpose's "recipients": "none" untrue of its data, though true of the purpose itself.
std::vector<OnwardRecipient> OnwardRecipients(const Model& model, const Scope& scope, size_t purpose,
                                              const Groups& about);

/// The groups one answer of purpose `purpose`'s requirement is for: those it names (within the
/// purpose's), or all of the purpose's when it names none.
Groups AnswerGroups(const Model& model, const Scope& scope, size_t purpose, const Requirement& answer);

}  // namespace pnc::source
