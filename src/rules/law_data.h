#pragma once
// rules: the legal vocabulary (data/law.json) and the dated regulator details (data/regulator.json).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace pnc::rules {

/// One id a source may use (a lawful basis, a condition, a safeguard), with its reference.
struct LawTerm {
  std::string id;
  std::string reference;        // "6(1)(a)", "DPA 2018 Sch 1 para 18", …
  std::string in_force;         // ISO date, "" = always
  std::string paragraph;        // DPA 2018 Sch 1 paragraph number, for localised references
  bool flag = false;            // needs_schedule_1 (Art 9) or needs_copy (safeguard)
  std::vector<std::string> for_conditions;  // Sch 1: which Art 9 conditions (or "criminal") it serves
};

/// A data-subject right and when it applies.
struct RightDef {
  std::string id;
  std::string rule;
  std::vector<std::string> bases;      // applies when any purpose uses one of these ("" = always)
  std::vector<std::string> article_9;  // or any purpose uses one of these Art 9 conditions
  bool direct_marketing = false;       // or any purpose is direct marketing
  bool needs_decisions = false;        // applies only when automated decisions are made
};

/// An outdated phrase to warn about in free text.
struct OutdatedTerm {
  std::string pattern;  // lowercase
  std::string message;
  std::string hint;
  std::string from;     // applies to notices dated on or after this
};

/// The regulator's details in force from a date.
struct Regulator {
  std::string valid_from;
  nlohmann::json name, website, complaints_url;  // locale → text
  std::string short_name, helpline, postal_address, postal_address_until;
};

/// Everything in data/law.json and data/regulator.json.
struct LawData {
  std::vector<LawTerm> bases, recognised, article_9, schedule_1, safeguards;
  std::vector<RightDef> rights;
  std::vector<OutdatedTerm> outdated;
  std::vector<Regulator> regulators;  // sorted by valid_from
  /// The term with this id in `list`, or nullptr.
  static const LawTerm* Find(const std::vector<LawTerm>& list, const std::string& id);
  /// The regulator entry in force on `date` (YYYY-MM-DD), or nullptr.
  const Regulator* RegulatorOn(const std::string& date) const;
};

/// Builds LawData from the two parsed files; returns "" or a message describing what is malformed.
std::string ParseLawData(const nlohmann::json& law, const nlohmann::json& regulator, LawData* out);

/// Ids of a term list, for did-you-mean and hints.
std::vector<std::string> Ids(const std::vector<LawTerm>& list);

}  // namespace pnc::rules
