#pragma once
// law: the legal vocabulary (data/law.json), the dated regulator details (data/regulator.json)
// and the phrases some rules look for in a source's text (data/lint-vocabulary.json).
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "law/phrases.h"

namespace pnc::rules {

/// One id a source may use (a lawful basis, a condition, a safeguard), with its reference.
struct LawTerm {
  std::string id;
  std::string reference;         // "6(1)(a)", "DPA 2018 Sch 1 para 18", …
  std::string reference_before;  // the reference for notices dated before in_force of a reworded law ("" = same)
  std::string in_force;          // ISO date, "" = always
  std::string paragraph;         // DPA 2018 Sch 1 paragraph number, for localised references
  int part = 0;                  // DPA 2018 Sch 1 Part (1-3)
  std::string title;             // the paragraph's heading in the Act, for hints
  bool flag = false;             // needs_schedule_1 (Art 9, Art 22B) or needs_copy (safeguard)
  bool needs_apd = false;        // Sch 1: an appropriate policy document must be in place
  bool without_consent = false;  // Art 9(2)(c), Sch 1: applies only where there is no consent
  std::string article_9;         // Art 22B condition: the Art 9(2) condition it rests on
  std::vector<std::string> for_conditions;  // Sch 1: which Art 9 conditions (or "criminal") it serves
};

/// A place covered by UK adequacy regulations (Art 45A), and the words that name it in a destination.
struct AdequacyPlace {
  std::string id;
  std::string name;                      // how a hint names it
  std::string reference;                 // the regulations or DPA 2018 Sch 21 paragraph
  std::string in_force;                  // ISO date the UK regulations took effect ("" = before any notice pnc builds)
  std::string safeguard;                 // the safeguard id to use instead of 'adequacy' ("" = adequacy itself)
  std::string partial;                   // the only organisations covered there ("" = all)
  std::vector<std::string> names;        // lowercase, matched as whole words
  std::vector<std::string> exact_names;  // matched case-sensitively ("US", not "us")
  std::vector<std::string> unless;       // lowercase phrases removed first ("new jersey")
};

/// A data-subject right and when it applies.
struct RightDef {
  std::string id;
  std::string rule;
  std::vector<std::string> bases;      // applies when any purpose uses one of these ("" = always)
  std::vector<std::string> article_9;  // or any purpose uses one of these Art 9 conditions
  bool direct_marketing = false;       // or any purpose is direct marketing
  bool needs_decisions = false;        // applies only when automated decisions are made
  bool needs_automated_means = false;  // a purpose gives it only if processed by automated means (Art 20(1)(b))
  std::vector<std::string> decision_conditions;  // or an automated decision relies on one of these Art 22B conditions
  std::vector<std::string> not_when_only;  // a purpose resting on these bases alone does not give it (Art 17(3)(b))
  /// True when no basis, condition or kind of processing limits it: every purpose gives it.
  bool Always() const { return bases.empty() && article_9.empty() && !direct_marketing && decision_conditions.empty(); }
};

/// An outdated phrase to warn about in free text.
struct OutdatedTerm {
  std::string pattern;  // lowercase
  std::string message;
  std::string hint;
  std::string from;  // applies to notices dated on or after this
};

/// A catalogue key with another wording for notices dated before a change in the law.
struct DatedText {
  std::string key;
  std::string before;  // ISO date: notices dated before it use `use`
  std::string use;
};

/// One postal address of the regulator and the dates pnc may print it.
struct PostalAddress {
  std::string valid_from, valid_until;  // [from, until); "" until = open
  std::string print_until;              // "" = as long as it is valid
  std::string text;
  std::string match;  // lowercase phrase that finds it in a source's own text
  std::string why;    // why printing stops at print_until
};

/// The regulator's details in force from a date.
struct Regulator {
  std::string valid_from, valid_until;           // [from, until); "" until = open
  nlohmann::json name, website, complaints_url;  // locale → text
  std::string short_name, helpline;
  std::vector<PostalAddress> postal_addresses;
  /// The postal address pnc prints on `date` (YYYY-MM-DD), or "".
  std::string PostalAddressOn(const std::string& date) const;
};

/// The phrase lists of data/lint-vocabulary.json.
struct Vocabulary {
  PhraseList criminal_offence, recording, private_place, safeguarding;
  /// A recipient's words that say the law makes the organisation disclose (recipient-legal-duty).
  PhraseList legal_compulsion;
  /// Absolute claims in children's wording that adult facts can contradict (child-consistency).
  PhraseList child_never_share, child_always_delete, child_always_will;
  /// Role and title words that are not a person's name (contact-name): whole names, first words.
  PhraseList role_exact, role_starts;
  /// Whole texts that say there is nothing ("None.", "n/a", Welsh "dim"): a decision's safeguards.
  PhraseList negations;
  /// Duration words: unit → months ("years" → 12), number word → value ("six" → 6), all languages.
  std::map<std::string, double> duration_units, number_words;
  /// Age words: the words before an age in a children's wording ("until you are" 18), each split
  /// by Words(), and the words after an ordinal age in an adult period (25th "birthday").
  std::vector<std::vector<std::string>> age_until;
  std::vector<std::string> age_birthday;
};

/// Someone a children's version suggests a child can talk to (data/help.json).
struct Helper {
  std::string id;             // the catalogue key is child.help.<id>
  std::string name;           // a service's own name ("" for a person such as "a parent or carer")
  std::string phone;          // printed as given ("" = none)
  std::string website;        // an https address ("" = none)
  std::string website_text;   // how the address is shown ("" = the address)
  PhraseList when_mentioned;  // empty: suits every child; else only where an item about children uses a phrase
};

/// Everything in data/law.json, data/regulator.json, data/lint-vocabulary.json and data/help.json.
struct LawData {
  std::vector<LawTerm> bases, recognised, article_9, schedule_1, safeguards, automated_special;
  std::vector<RightDef> rights;
  std::vector<AdequacyPlace> adequacy_places;
  std::vector<OutdatedTerm> outdated;
  std::vector<DatedText> dated_text;
  std::vector<Regulator> regulators;       // sorted by valid_from
  std::vector<Regulator> pending;          // entries whose commencement date is not yet known: never printed
  std::string regulator_review_by;         // ISO date the regulator data must next be checked
  std::string regulator_review;            // what to check next
  std::string regulator_reviewed;          // ISO date the regulator data was last reviewed
  std::string regulator_reviewed_against;  // what it was reviewed against
  std::vector<Helper> helpers;             // data/help.json, in the order a children's version lists them
  Vocabulary vocabulary;
  /// The term with this id in `list`, or nullptr.
  static const LawTerm* Find(const std::vector<LawTerm>& list, const std::string& id);
  /// The regulator entry in force on `date` (YYYY-MM-DD), or nullptr.
  const Regulator* RegulatorOn(const std::string& date) const;
  /// The catalogue key to use for `key` in a notice dated `date` (the key itself unless the law
  /// it states changed after that date).
  const std::string& TextKey(const std::string& key, const std::string& date) const;
};

/// Builds LawData from the parsed files; returns "" or a message describing what is malformed.
std::string ParseLawData(const nlohmann::json& law, const nlohmann::json& regulator, const nlohmann::json& vocabulary,
                         LawData* out);

/// Reads data/help.json into `out->helpers`; returns "" or a message describing what is malformed.
std::string ParseHelpData(const nlohmann::json& help, LawData* out);

/// Ids of a term list, for did-you-mean and hints.
std::vector<std::string> Ids(const std::vector<LawTerm>& list);

}  // namespace pnc::rules
