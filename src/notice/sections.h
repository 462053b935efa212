#pragma once
// notice: the section builders of the adult notice, one group per file, and the lists of the
// children's version (child_items.cc); internal to notice/.
#include <functional>
#include <vector>

#include "law/rights.h"
#include "notice/writer.h"

namespace pnc::notice {

/// The first layer: who, what, why, sharing, rights, complaints, in a few sentences.
std::vector<Block> Summary(const Writer& w);
/// Who we are, joint controllers, representative, DPO.
Section About(const Writer& w);
/// Whose information, what information, where it comes from.
std::vector<Section> DataSections(const Writer& w);
/// Why we use it, with the lawful basis and conditions per purpose.
Section Purposes(const Writer& w);
/// The Art 9(2) condition a purpose states for its special category data, with its DPA 2018
/// Schedule 1 condition (and the appropriate policy document's link) where the source gives one;
/// empty when the source states none.
Inlines SpecialCondition(const Writer& w, const source::Purpose& p);
/// The DPA 2018 Schedule 1 condition a purpose states for its criminal offence data (Art 10), with
/// the appropriate policy document's link; empty when the source states none.
Inlines CriminalCondition(const Writer& w, const source::Purpose& p);
/// The place of purpose `i`'s "parental_consent" when a parent or carer gives or authorises its
/// consent for some of the children it concerns: it relies on consent for an online service offered
/// to them (Art 8(1), DPA 2018 s.9), and a children group of the purpose gives ages under 13 (in a
/// children's version, among the ages the guide is for); "" otherwise (adult_data.cc).
std::string ParentalConsentAt(const Writer& w, size_t i);
/// Inlines joined by a space, as one run of text.
void Append(Inlines* to, Inlines more);
/// One answer of purpose `i` to whether the person must give the data (Art 13(2)(e)): "For {groups}:"
/// where the purpose answers per group, the requirement sentence, and the source's consequence.
Inlines RequirementAnswer(const Writer& w, size_t i, const source::Requirement& q);
/// The answers of purpose `i` a children's version gives (child_items.cc): those about children,
/// and none for data observed about them (CCTV), which is not theirs to give.
std::vector<const source::Requirement*> ChildAnswers(const Writer& w, size_t i);
/// Sharing, transfers, retention, automated decisions, security, and the source's own sections.
std::vector<Section> SharingSections(const Writer& w);
/// Your rights, complaints, changes, other formats.
std::vector<Section> RightsSections(const Writer& w);
/// The complaint form's field (complaints.form_url as a link, only a web address ever an href);
/// the source must give a form_url.
Field ComplaintFormField(const Writer& w);
/// "What changed in version N" for each step of the history, newest first: a heading, the
/// versions compared and one sentence per change (history.cc).
std::vector<Block> HistoryBlocks(const Writer& w);
/// The children's "What changed": only items of the guide that came, went or read differently.
std::vector<Block> ChildHistoryBlocks(const Writer& w);
/// What a retention record is called in a children's version: its child_name (for this band), else its name.
const source::Text& RecordChildName(const Writer& w, const source::Retention& r);
/// One item of a children's list: its blocks, the groups it concerns (its scope) and its pointer.
struct ChildLine {
  std::vector<Block> blocks;
  source::Groups groups;
  std::string pointer;
};
/// A section of a children's version as lines (child_items.cc): "child.<section>.intro" (with `fact`)
/// and the lines, then `after`. In a guide for several children groups where some line, or some
/// `group_after[g]`, is only some groups' (user test s29 F1), the intro lists only the lines every
/// group has, and each group then follows as the guide names it (GroupBlocks), with
/// "child.group.<section>" ("Are you one of them? We also…"; "-first" where no line is everyone's)
/// and its own lines, then `group_after[g]`. A guide for one group is as before.
std::vector<Block> GroupedLines(const Writer& w, const std::string& section, const std::string& fact,
                                const std::vector<ChildLine>& lines, std::vector<Block> after = {},
                                std::vector<std::vector<Block>> group_after = {});
/// The children's transfer lines (child_items.cc): "Some of your information is kept outside the UK"
/// (or an Art 49 derogation's "only in special cases", or "we keep your information in the UK"),
/// added to `all` where it is every children group's; otherwise returned, one entry per group
/// (Model::subjects), for GroupedLines to say under each group: theirs goes, or stays in the UK.
std::vector<std::vector<Block>> TransferLines(const Writer& w, std::vector<Block>* all);
/// The start of a section of its own (`sections`) about groups `groups` (its scope) in a children's guide
/// for several groups when it is not every group's: those groups as the guide names them and "Are you
/// one of them? This part is for you." (with `fact`); nothing otherwise.
std::vector<Block> SectionFor(const Writer& w, const source::Groups& groups, const std::string& fact);
/// Children's version (child_items.cc): "How long do we keep it?", each record about children
/// under its child_name where the source gives one (else its name), then its child wording.
std::vector<ChildLine> KeepLines(const Writer& w);
/// A just-in-time notice's "Your main rights:" and their titles for `purposes` (indexes into the
/// model's), each right only some of the groups they concern have followed by whose it is (jit_rights.cc).
std::vector<Block> JitAdultRights(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// `key` ("jit.why": "Why we ask for it") when the data of `purposes` is asked of the person, as far
/// as the source says; else `key` + "-use" ("Why we use it"): some of it is obtained elsewhere
/// (source::ObtainedElsewhere: public records, CCTV), which no one is asked for (jit_asked.cc).
std::string JitWhyKey(const Writer& w, const std::vector<size_t>& purposes, const std::string& key);
/// A just-in-time notice's "Do you have to give it?" and each purpose's answer (Art 13(2)(e)), only for
/// purposes whose data the person gives (jit_asked.cc).
std::vector<Block> JitRequirementLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// A transfer a just-in-time notice's purposes make: `transfer` indexes Model::transfers, `facts` are
/// the "purposes" of its recipients that receive the data for one of them.
struct JitTransfer {
  size_t transfer;
  std::vector<std::string> facts;
};
/// The transfers, with a destination, to a recipient that receives data about some of `about` for one
/// of `purposes` (recipients[].purposes), in the source's order (jit_transfers.cc).
std::vector<JitTransfer> JitOwnTransfers(const Writer& w, const std::vector<size_t>& purposes,
                                         const source::Groups& about);
/// A just-in-time notice's places outside the UK that its purposes' data is sent to, each with its
/// safeguard, from the transfers whose recipients receive it for them; then, apart, each with its
/// recipient and other purpose, the transfers (never an Art 49 derogation) to recipients that receive
/// the same details through another purpose (jit_transfers.cc); none when none do.
std::vector<Block> JitTransfers(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// The same for a children's one, in the guide's words: the rights every children group of the
/// purposes has, then each group as the guide names it with the rights only some groups have.
std::vector<Block> JitChildRights(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// A children group as the children's guide names it: its child wording (else its name), then its
/// ages in this band where the wording does not already give them.
std::vector<Block> GroupBlocks(const Writer& w, const source::Subject& s);
/// Who the guide is for: the children groups of this band in their child wording, with their ages
/// in this band unless the wording already gives them, then `extra[i]` for group i (the rights only
/// some of the groups have); one group joins the lead-in's sentence.
std::vector<Block> ForWhom(const Writer& w, std::vector<std::vector<Block>> extra = {});
/// "Why do we use it?": each purpose about children in its child wording, with the children's
/// answer to whether they must tell us (Art 13(2)(e)) where the source gives one.
std::vector<ChildLine> PurposeLines(const Writer& w);
/// One item of PurposeList: purpose `i`'s child wording and its answers for children, each a paragraph;
/// empty when the purpose has no child wording.
std::vector<Block> ChildPurposeItem(const Writer& w, size_t i);
/// One line per item that concerns children, from its child wording (the lint guarantees one), with
/// the groups it concerns (for GroupedLines).
template <typename T>
std::vector<ChildLine> ChildItemLines(const Writer& w, const std::vector<T>& items,
                                      const std::vector<source::Groups>& scope) {
  std::vector<ChildLine> lines;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!w.scope().ConcernsChildren(scope[i])) continue;
    std::vector<Block> content = w.Blocks(w.Child(items[i]));
    if (!content.empty()) lines.push_back({std::move(content), scope[i], items[i].pointer});
  }
  return lines;
}

/// The first item (pointer) that concerns children, or "".
template <typename T>
std::string FirstForChildren(const Writer& w, const std::vector<T>& items, const std::vector<source::Groups>& scope) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (w.scope().ConcernsChildren(scope[i])) return items[i].pointer;
  }
  return "";
}
/// The retention records (one flag each) that keep one of `purposes`' data: the one link
/// (source::RecordsOfPurpose), shared with the DPV export and the Article 30 record (jit.cc).
std::vector<bool> JitKeptRecords(const Writer& w, const std::vector<size_t>& purposes);
/// Where the source says that no one receives `purposes`' data ("recipients": "none" for the notice,
/// or on every one of them); "" when it does not (jit.cc).
std::string JitNoneSharedAt(const source::Model& m, const std::vector<size_t>& purposes);
/// The recipients that receive `purposes`' data about the groups in `about` through other purposes
/// (source::OnwardRecipients), each once, in the source's order of recipients (jit.cc).
std::vector<source::OnwardRecipient> JitOnward(const Writer& w, const std::vector<size_t>& purposes,
                                               const source::Groups& about);
/// The solely automated decisions (indexes into Model::decisions) that use `purposes`' data about
/// some of the groups in `about`: a decision about some of a purpose's groups and one of its kinds
/// of data (jit.cc). The adult and the children's just-in-time notices name the same ones.
std::vector<size_t> JitDecisions(const Writer& w, const std::vector<size_t>& purposes, const source::Groups& about);
/// The lines of an adult just-in-time notice for `purposes`, `at` its form or purpose (jit_adult.cc).
std::vector<Block> JitAdultLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// The lines of a children's just-in-time notice for `purposes`, in the guide's words (jit_child.cc).
std::vector<Block> JitChildLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at);
/// The just-in-time notices of `doc` (jit.cc): one per form, then one per purpose; in a children's
/// version only those about children. `doc`'s alternates give the full notice's page.
std::vector<Section> JitSections(const Writer& w, const NoticeDoc& doc);
/// The draft notice of a preview: what is not yet confirmed (empty unless building a preview). With
/// `shown`, only the unconfirmed facts whose item it accepts (a JSON pointer) are listed; the page is
/// marked a draft all the same.
std::vector<Block> DraftBlocks(const Writer& w, bool preview, NoticeDoc* doc,
                               const std::function<bool(const std::string&)>& shown = {});
/// Names of the items with these ids (in the source's order).
template <typename T>
std::vector<std::string> NamesOf(const Writer& w, const std::vector<T>& items, const std::vector<source::Ref>& ids) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    for (const auto& r : ids) {
      if (r.id == item.id) out.push_back(w.Plain(item.name));
    }
  }
  return out;
}
/// The names (as source texts) of the items of `items` whose ids are in `ids`, in the source's order.
template <typename T>
std::vector<const source::Text*> TextsOf(const std::vector<T>& items, const std::vector<source::Ref>& ids) {
  std::vector<const source::Text*> out;
  for (const auto& item : items) {
    for (const auto& r : ids) {
      if (r.id == item.id) out.push_back(&item.name);
    }
  }
  return out;
}
/// The names of the data subject groups in `groups`, in the source's order.
std::vector<std::string> GroupNames(const Writer& w, const source::Groups& groups);
/// The same names as source texts (for a list whose items keep their language).
std::vector<const source::Text*> GroupTexts(const Writer& w, const source::Groups& groups);
/// "About: {groups}." for an item that does not concern every group (nothing when it does, or
/// when the source declares fewer than two groups).
std::vector<Block> GroupsLine(const Writer& w, const source::Groups& groups, const std::string& fact);
/// "This right is for: {groups}." where a derived right is not every group's (nothing otherwise);
/// `key` gives another sentence with {groups} (the short version names the right in full). A long
/// list of groups is a field with the groups as a list (Writer::ListBlocks), labelled `key-list`.
std::vector<Block> RightAppliesTo(const Writer& w, const rules::DerivedRight& r,
                                  const std::string& key = "rights.applies-to");
/// A section with an id and a catalogue title.
Section MakeSection(const Writer& w, const std::string& id);
/// An item as a list entry: its name in bold, then its description and `extra` blocks.
std::vector<Block> ItemEntry(const Writer& w, const source::Item& item, std::vector<Block> extra = {});

}  // namespace pnc::notice
