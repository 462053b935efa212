#pragma once
// source: the typed Model of one notice source (notices/<org>.json). Every item remembers its JSON
// pointer so later stages can point diagnostics at it.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pnc::source {

/// One translation of a free-text field, and the hash of the default-locale text it was made from.
struct Translation {
  std::string text;
  std::string from;     // short hash of the default-locale text ("" = not recorded)
  std::string pointer;  // where this translation sits
};

/// A free-text (Markdown) field: a plain string (the default locale) or locale → text.
struct Text {
  std::map<std::string, Translation> by_locale;
  std::string pointer;  // the field itself; "" when the field is absent
  /// A proper name or postal address given as one plain string ("PSS (UK)"): the same in every
  /// locale, so it needs no translation and is not marked as another language.
  bool proper_name = false;
  /// A proper name's own language, when the source gives one (`{"text": …, "lang": "cy"}`): the
  /// name is marked as that language wherever it is shown in another. "" = unknown.
  std::string lang;
  /// True when the field was given at all.
  bool present() const { return !by_locale.empty(); }
  /// Text in `locale`, or nullptr.
  const Translation* Get(const std::string& locale) const;
};

/// A reference to an id defined elsewhere in the source.
struct Ref {
  std::string id;
  std::string pointer;
};

/// A children's wording given per age band (`"child_by_band": {"6-9": text, "13-15": text}`), in
/// place of one `child` wording for every band. Each value is a Text like `child` (a string or a
/// locale map), so locale codes and band ids never share one object.
struct BandTexts {
  std::map<std::string, Text> by_band;  // declared bands only (the loader reports any other)
  std::string pointer;                  // the field; "" when absent
  /// Declared bands an entry with a wrong band was meant for, by its did-you-mean ("*": an unknown
  /// band naming none, so any): the loader reported the entry, and the band missing here is that
  /// one mistake, reported once (rules/bands.cc).
  std::set<std::string> misnamed;
  /// The field was given but refused whole (not an object, empty, too long, beside `child`): the
  /// loader reported it, so no wording is asked for again.
  bool refused = false;
  /// True when the field was given.
  bool present() const { return !pointer.empty(); }
};

/// The age bands an item is limited to (`"age_bands": ["13-15"]`): the children's versions of
/// other bands leave it out. Empty = every band.
struct BandLimit {
  std::vector<Ref> bands;
  std::string pointer;  // "" when the item is not limited
  /// True when the item is in the children's version for `band` ("" = not a banded question: true).
  bool Allows(const std::string& band) const;
};

/// The children's wording a version for `band` shows: `by_band`'s entry for the band when the
/// source gives wording per band (an empty Text when it has none for this band), else `child`.
const Text& ChildFor(const Text& child, const BandTexts& by_band, const std::string& band);

/// Postal/e-mail/phone/web contact details of a person or body.
struct Contact {
  Text name;
  Text role;
  Text address;
  std::string email;
  std::string phone;
  std::string website;
  std::string pointer;
  /// True when at least one way to reach them is given.
  bool reachable() const { return address.present() || !email.empty() || !phone.empty() || !website.empty(); }
};

/// The notice's own metadata.
struct NoticeMeta {
  Text title;
  std::string version;
  std::string date;  // effective / last-updated date, YYYY-MM-DD
  std::string date_pointer;
  std::vector<std::string> locales;  // first one is the default locale
  std::string locales_pointer;
  bool child = false;                       // a children's version is declared
  std::vector<std::string> child_bands;     // one children's version per band, youngest first
  std::string child_band;                   // the youngest band ("6-9", "10-12", "13-15", "16-17")
  std::vector<std::string> misnamed_bands;  // bands a misspelt id in child_age_band(s) was meant for (reported there)
  std::string child_pointer;
  std::vector<std::string> acknowledged_changes;  // `pnc diff` keys of material changes people have been told of
  std::string previous;          // the previous version: a path relative to this source, or "git:REV" ("" = none)
  std::string previous_pointer;  // "/notice/previous" when given
  std::string pointer;
};

/// The controller and the people acting for it.
struct Controller {
  bool given = false;  // the source has a "controller" (the rules report it when not)
  Contact contact;     // contact.name is the legal name
  std::string short_name;
  /// The legal name in the previous version (`notice.previous`) when the organisation has renamed
  /// itself since ("" = not renamed): the history accepts that version, and says so.
  std::string renamed_from;
  std::string renamed_from_pointer;  // "/controller/renamed_from" when given
  std::string ico_registration;
  std::string charity_number;
  std::string company_number;
  bool uk_established = true;
  bool public_authority = false;
  std::vector<Contact> joint_controllers;  // role = their responsibilities
  std::optional<Contact> representative;
  std::string appropriate_policy_document;        // web address of the DPA 2018 Sch 1 APD ("" = none given)
  bool appropriate_policy_document_held = false;  // true: one is in place but not published
};

/// The DPO or data-protection lead.
struct Dpo {
  bool designated = false;
  Contact contact;
};

/// A data subject group, a source, or a recipient.
struct Item {
  std::string id;
  Text name;
  Text description;
  Text child;
  BandTexts child_by_band;       // the child wording per age band, in place of `child`
  BandLimit age_bands;           // the children's versions the item is in (empty = every band)
  std::vector<Ref> subjects;     // `data_subjects`: narrows whom the item concerns (see source/scope.h)
  std::string subjects_pointer;  // "" when the item does not narrow
  std::string pointer;
};

/// The ages of a group of children (`"ages": {"from": 5, "to": 11}`): whole years, both included,
/// within 0-17 (load_ages.cc checks them against the notice's age bands).
struct Ages {
  int from = 0;
  int to = 17;
  std::string pointer;  // "" when the group gives no ages
  /// True when the group gives its ages.
  bool present() const { return !pointer.empty(); }
  /// True when some age of the group is in age band `band` ("10-12"); true when the group gives no
  /// ages, for "" (not a banded question) and for a band that is not "N-M".
  bool Overlaps(const std::string& band) const;
  /// The ages a guide for `band` is for, of this group's: those in the band, and beyond it where no
  /// declared band (`bands`, youngest first) is younger or older (those children read this guide),
  /// but never under 6: younger children are told through their parents, not by a guide.
  /// The group's own ages for a band that is not "N-M".
  Ages In(const std::string& band, const std::vector<std::string>& bands) const;
};

/// A data subject group.
struct Subject : Item {
  bool children = false;  // the group is children: their facts reach the children's version
  Ages ages;              // a children group's ages: the children's versions it is in say them
};

/// A service the organisation runs; purposes and retention records may say which they belong to.
struct Service {
  std::string id;
  Text name;
  std::string pointer;
};

/// Something the source marks as not yet confirmed (`"unconfirmed": "what must be checked"`).
struct Unconfirmed {
  std::string pointer;  // the item (or controller, dpo, retention, transfers)
  std::string what;     // how diagnostics and the preview name it: "purpose 'care'", "the DPO"
  std::string note;     // what must be checked
};

/// A catalogue sentence replaced for this notice (top-level `wording`).
struct Wording {
  std::string key;  // the catalogue key
  Text text;        // per locale
  std::string pointer;
};

/// Where data comes from.
struct DataSource : Item {
  bool from_person = false;  // collected directly from the person
  bool publicly_available = false;
  /// Observed or generated about the person (CCTV images, door-entry logs, records of use), not
  /// given by them: whether they must give it (Art 13(2)(e)) has no meaning for it.
  bool observed = false;
};

/// A category of personal data.
struct Category : Item {
  bool special = false;              // Art 9 special category
  bool criminal = false;             // Art 10 criminal offence data
  std::string not_criminal_offence;  // why text that sounds like Art 10 data is not ("" = not said)
  std::string not_special_category;  // why recordings in private places are not Art 9 data ("" = not said)
  std::vector<Ref> sources;
  std::string sources_pointer;
};

/// A named condition (Art 9, Sch 1, Annex 1) chosen by id, with optional explanation.
struct Condition {
  Ref id;
  Ref schedule_1;
  Text detail;
  std::string pointer;
  bool present() const { return !pointer.empty(); }
};

/// Whether the person must give the data (Art 13(2)(e)): one answer, for some or all of the
/// purpose's groups.
struct Requirement {
  std::string kind;  // "statutory", "contractual", "contract-entry", "condition", "none"
  Text consequence;
  Text child;                 // the consequence in a child's words, for the children's version
  BandTexts child_by_band;    // that consequence per age band, in place of `child`
  std::vector<Ref> subjects;  // `data_subjects`: the groups this answer is for (empty = the purpose's)
  std::string subjects_pointer;
  std::string pointer;
};

/// A purpose of processing.
struct Purpose : Item {
  std::vector<Ref> services;  // (Item::subjects is the purpose's `data_subjects`: whom it concerns)
  std::vector<Ref> categories;
  std::vector<Ref> bases;
  std::string bases_pointer;
  Text legitimate_interest;
  Text legal_obligation;                // the law or duty an Art 6(1)(c) basis rests on (Art 6(3))
  Text public_task;                     // the law that gives the task an Art 6(1)(e) basis rests on (Art 6(3))
  std::optional<bool> automated_means;  // processed by automated means (Art 20(1)(b)); unset = not said
  Ref recognised_condition;             // Annex 1 condition for Art 6(1)(ea)
  Condition special;                    // Art 9(2) (+ Sch 1)
  Condition criminal;                   // Art 10 (Sch 1)
  // `requirement`: one object (one answer for every group of the purpose) or a list of answers,
  // each for the groups it names (Art 13(2)(e) differs per group: a contract for families, none
  // for visitors). Empty when the source says nothing.
  std::vector<Requirement> requirements;
  bool requirement_list = false;  // given as a list: every group is answered exactly once
  std::string requirement_pointer;
  bool direct_marketing = false;
  // Why a public authority's purpose on legitimate interests is not one of its tasks (Art 6(1) last
  // subparagraph): "" = not said, so rules/public_authority.cc asks.
  std::string not_public_task;
  // An information society service (an app, a website people sign up to) offered directly to children:
  // consent for it from a child under 13 needs a parent (Art 8(1), DPA 2018 s.9).
  bool online_service = false;
  // For such a service, consent for a child under 13 is given or authorised by a parent or carer.
  bool parental_consent = false;
  std::string online_service_pointer;    // "" when not given
  std::string parental_consent_pointer;  // "" when not given
  // A preventive or counselling service (a helpline, online counselling): not an information society
  // service for Art 8 (UK GDPR Art 8(1A); DPA 2018 s.9(b) before 2021), so no parent need consent.
  bool counselling_service = false;
  std::string counselling_service_pointer;  // "" when not given
  // `"recipients": "none"`: the source says no one outside the organisation receives this purpose's
  // data. Only this fact makes a "we do not share it" sentence for the purpose: a purpose no
  // recipient names may publish its data (photos on a website) or share it with someone not listed.
  std::string recipients_none_pointer;  // "" when the purpose does not say so
};

/// A recipient or category of recipients.
struct Recipient : Item {
  std::vector<Ref> purposes;
  bool processor = false;
};

/// A transfer outside the UK.
struct Transfer {
  Text destination;
  Ref safeguard;
  Text detail;  // how to get a copy of the safeguard, or more detail
  std::vector<Ref> recipients;
  /// `recipient_covered`: on 'adequacy' to a place UK regulations cover only in part (Canada, Japan),
  /// the source confirms the recipient is one of the organisations covered; lint only.
  bool recipient_covered = false;
  std::string pointer;
  /// An Art 49 derogation: the law allows the transfer, but nothing protects the data there, so no
  /// sentence may say it stays protected or "just as safe".
  bool Derogation() const { return safeguard.id == "derogation"; }
};

/// A retention rule for a kind of record.
struct Retention : Item {
  std::vector<Ref> services;
  std::vector<Ref> categories;
  std::vector<Ref> purposes;     // the purposes it is kept for, when the source names them
  std::string purposes_pointer;  // "" when it does not: the link is then read from its data
  Text period;
  Text criteria;
  Text child_name;               // what the record is called in a children's version ("" = its name)
  BandTexts child_name_by_band;  // that name per age band, in place of `child_name`
};

/// A solely automated decision with legal or similarly significant effect.
struct Decision : Item {
  Text logic;
  Text consequences;
  Text safeguards;
  std::vector<Ref> categories;
  Condition special;  // Art 22B condition (id) and, where needed, its Sch 1 Part 2 condition
  /// The Art 22(2) exception (notices dated before 5 Feb 2026): "contract", "authorised-by-law" or
  /// "explicit-consent", the ids of the Art 22B conditions; lint only.
  Ref exception;
};

/// A free Markdown section (CCTV, cookies, …).
struct ExtraSection {
  std::string id;
  std::vector<Ref> subjects;  // `data_subjects`: whom it concerns ("" = everyone)
  std::string subjects_pointer;
  std::string not_personal_data;  // why recording words in it describe no one's data ("" = not said)
  Text title;
  Text body;
  Text child;
  BandTexts child_by_band;        // the child wording per age band, in place of `child`
  BandLimit age_bands;            // the children's versions the section is in (empty = every band)
  Text child_title;               // the heading in the children's version ("" = the adult title)
  BandTexts child_title_by_band;  // that heading per age band, in place of `child_title`
  std::string pointer;
};

/// How people complain to the controller.
struct Complaints {
  Contact contact;
  std::string form_url;
  Text how;  // extra Markdown (process, timescales)
  Text child;
  BandTexts child_by_band;  // the child wording per age band, in place of `child`
  std::string pointer;
};

/// The rights section's source-supplied parts (the rights themselves are derived).
struct Rights {
  Text how_to_exercise;
  Text extra;
  std::vector<Ref> omit;  // rights the source asks to leave out (an error where they apply)
  std::string pointer;
};

/// A form (paper or online) where data is collected: its just-in-time notice covers its purposes.
struct Form {
  std::string id;
  Text name;
  Text child;               // the form's name in a child's words: the children's just-in-time notice's heading
  BandTexts child_by_band;  // that name per age band, in place of `child`
  std::vector<Ref> purposes;
  std::string pointer;
};

/// The whole source, typed.
struct Model {
  std::string file;
  NoticeMeta notice;
  Controller controller;
  std::optional<Dpo> dpo;
  std::vector<Subject> subjects;
  std::vector<Service> services;
  std::vector<DataSource> sources;
  std::vector<Category> categories;
  std::vector<Purpose> purposes;
  std::string purposes_pointer;
  std::vector<Recipient> recipients;
  bool recipients_stated = false;
  std::string recipients_pointer;
  bool transfers_stated = false;  // "transfers": "none" or a list
  std::vector<Transfer> transfers;
  std::string transfers_pointer;
  std::vector<Retention> retention;
  std::string retention_pointer;
  Text retention_general;
  bool decisions_stated = false;  // "automated_decisions": "none" or a list
  std::vector<Decision> decisions;
  std::string decisions_pointer;
  Text security;
  Text security_child;                     // the children's version of `security` ({"body": …, "child": …})
  BandTexts security_child_by_band;        // that version per age band ("child_by_band"), in place of it
  std::vector<std::string> other_formats;  // formats the notice is offered in on request
  std::string other_formats_pointer;
  std::vector<ExtraSection> sections;
  Rights rights;
  std::optional<Complaints> complaints;
  Text changes;                          // how changes to the notice are announced
  std::vector<Wording> wording;          // catalogue sentences replaced for this notice
  std::vector<Form> forms;               // where data is collected (just-in-time notices)
  std::vector<Unconfirmed> unconfirmed;  // in source order
  /// The default (first declared) locale.
  const std::string& default_locale() const { return notice.locales.front(); }
};

}  // namespace pnc::source
