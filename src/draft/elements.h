#pragma once
// draft: helpers shared by the element detectors (elements_*.cc): what the draft says about its
// lawful bases, which decides whether the conditional elements apply at all.
#include <string>
#include <string_view>
#include <vector>

#include "draft/matcher.h"

namespace pnc::draft {

/// The Art 6 bases a draft relies on, read from its own words.
struct Bases {
  std::vector<int> named;          ///< sentences that name a basis (evidence for lawful-basis)
  std::vector<int> consent_plain;  ///< consent mentioned, but not as a basis
  bool consent = false;            ///< consent is mentioned as something relied on (a basis or not)
  bool contract = false, legal = false, vital = false, public_task = false, li = false, rli = false;
  bool marketing = false;  ///< direct marketing is done (newsletters, appeals, promotions)
  /// Whether any Art 6 basis is named at all.
  bool Any() const { return !named.empty(); }
};

/// Reads the bases once per draft.
Bases FindBases(const Matcher& m);

/// Whether sentence `s` is about lawful bases: it, or its lead-in, says "lawful basis", it sits
/// in a section about bases, or it is a table row (purpose | basis).
bool BasisContext(const Matcher& m, int s);

/// Whether sentence `s` is a list item (or a lead-in joined with one) under a lead-in that
/// introduces kinds of data ("We collect:", "We use these kinds of information:"): its words
/// name data, not purposes, recipients or sources.
bool UnderDataList(const Matcher& m, int s);
/// Whether sentence `lead` introduces a list of kinds of data (its last word is "use", "collect",
/// "information" …).
bool DataListLeadIn(const Matcher& m, int lead);

/// Whether sentences `a` and `b` are in the same section or at most `distance` sentences apart.
bool Near(const Matcher& m, int a, int b, int distance);

/// Sentences of `name` that do not also match `except`.
std::vector<int> Without(const Matcher& m, std::string_view name, std::string_view except, bool positive);

/// a followed by b.
std::vector<int> Concat(std::vector<int> a, const std::vector<int>& b);

/// Layout pairing (elements_pairing.cc). Whether a fragment names a basis other than legitimate
/// interests (consent, contract, legal obligation, public task, vital interests), or any basis.
bool OtherBasis(const Matcher& m, const std::vector<std::string>& tokens);
bool AnyBasis(const Matcher& m, const std::vector<std::string>& tokens);
/// Whether table row `s` pairs a purpose cell with a cell naming legitimate interests alone.
bool RowStatesInterest(const Matcher& m, int s);
/// The purpose of the record ("Purpose: …" / "Lawful basis: Legitimate interests") holding `s`,
/// when its basis is legitimate interests alone; -1 otherwise.
int RecordInterest(const Matcher& m, int s);
/// The purpose of the purpose block (a section about purposes or bases naming no other basis)
/// around legitimate-interests sentence `s`; -1 otherwise.
int BlockInterest(const Matcher& m, int s);

/// The purposes with no lawful basis (elements_basis_cover.cc): when every basis the draft names is
/// tied to some purposes (in a purpose's own section, its lead-in or list, or a heading "Our lawful
/// bases for X") and no general statement covers the rest, the heading or lead-in of each purpose
/// unit that names none; empty when a general statement covers everything or no unit has a basis.
std::vector<int> PurposesWithoutBasis(const Matcher& m, const Bases& b);

/// Whether sentence `s` is the regulator's: it names the ICO, gives one of its details (address,
/// helpline, website), or continues an address a sentence naming it left open with a comma.
bool RegulatorDetails(const Matcher& m, int s);
/// The organisation's own contact sentences (not the regulator's; a web address only when offered as
/// a contact route), in order (elements_controller.cc).
std::vector<int> OwnContact(const Matcher& m);
/// The capitalised words of `text` other than the usual words of a notice's title.
int NameWords(const std::string& text);
/// Whether every word of `text` is capitalised or a joining word ("the", "of", "and"…): a name, not
/// a sentence that mentions one (controller_names.cc).
bool OnlyName(const std::string& text);
/// The name's letters only, lower case ("Student Robotics" → "studentrobotics"; controller_names.cc).
std::string Squashed(const std::string& text);
/// Whether sentence `s` names the organisation the notice speaks for: "We are Acme Trust.", a title
/// "Acme Trust Privacy Notice", a contact block's first line… (controller_names.cc).
bool NamesItself(const Matcher& m, int s);
/// Whether sentence `s`, among the notice's first two or last three, is the organisation's name with its
/// postal address: a letterhead, footer or signature line (controller_letterhead.cc).
bool LetterheadName(const Matcher& m, int s);

/// The near-miss tier (elements_table.cc): each `missing` element with an entry in the vocabulary's
/// near_miss table whose frame ("near.<rule>") matches a sentence becomes `doubtful`, quoting it.
void ApplyNearMisses(const Matcher& m, std::vector<ElementResult>& out);
/// A draft whose title says it is a children's guide: its missing legal detail (lawful basis, Art 9/10
/// conditions, DPO …) is not applicable, with a note that the full notice must carry it.
void ApplyChildrensGuide(const Matcher& m, std::vector<ElementResult>& out);

/// Answers to headings (elements_answers.cc): each `missing` element the draft answers as a fragment
/// under its own heading or label ("Why?" / "So that we can …", "Outside the UK: No") becomes `present`.
void ApplyHeadingAnswers(const Matcher& m, std::vector<ElementResult>& out);

/// Element detectors, one per content rule (elements_core.cc, elements_bases.cc, elements_data.cc).
ElementResult Controller(const Matcher& m);
ElementResult Representative(const Matcher& m);
ElementResult Dpo(const Matcher& m);
ElementResult Purposes(const Matcher& m);
ElementResult LawfulBasis(const Matcher& m, const Bases& b);
ElementResult LegitimateInterests(const Matcher& m, const Bases& b);
ElementResult Recognised(const Matcher& m, const Bases& b);
ElementResult SpecialCategory(const Matcher& m);
ElementResult Criminal(const Matcher& m);
ElementResult Categories(const Matcher& m);
ElementResult Source(const Matcher& m);
ElementResult Recipients(const Matcher& m);
ElementResult Transfers(const Matcher& m);
ElementResult Retention(const Matcher& m);
ElementResult Statutory(const Matcher& m);
ElementResult Automated(const Matcher& m);
/// The seven rights and the two complaint routes, in rule-table order.
void EvaluateRights(const Matcher& m, const Bases& b, std::vector<ElementResult>& out);

}  // namespace pnc::draft
