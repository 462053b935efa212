#pragma once
// init: what `pnc init --from` carries from an existing notice into a new source. Every value keeps
// the draft sentence it was read from, so the new source can quote it and the DPO can check it.
#include <string>
#include <vector>

#include "draft/draft.h"

namespace pnc::init {

/// A draft sentence and where it is (line; PDF page).
struct Quote {
  int line = 0;
  int page = 0;
  std::string text;
};

/// A value read from the draft ("" when none was found) and the sentence it came from.
struct Carried {
  std::string value;
  Quote quote;
  bool found() const { return !value.empty(); }
};

/// Everything found in one draft; empty for a blank `pnc init`.
struct StartingPoint {
  std::string draft;  ///< the draft's path as given; "" for a blank start
  Carried name, email, phone, website, address, charity_number, company_number, ico_registration;
  bool dpo = false;             ///< the draft mentions a DPO or data-protection lead
  bool dpo_designated = false;  ///< … as a "Data Protection Officer" (Art 37)
  Quote dpo_quote;
  Carried dpo_name, dpo_email, dpo_phone;
  Carried last_updated;             ///< "YYYY-MM-DD": the date the draft gives itself
  std::vector<Carried> bases;       ///< value: pnc's basis id
  std::vector<Carried> categories;  ///< value: the kind of data, in the draft's words
  std::vector<Carried> purposes, sources, recipients, retention;
  std::vector<Quote> special;    ///< sentences naming special category data (Art 9)
  std::vector<Quote> criminal;   ///< sentences naming criminal offence data (Art 10)
  Carried transfers_none;        ///< value "none" when the draft says data stays in the UK
  std::vector<Quote> transfers;  ///< other sentences about transfers
  Carried adm_none;              ///< value "none" when the draft says no decisions are automated
  Carried complaints_email;
  Quote complaints_quote;
  /// Content rule ids the draft lacks (lint --draft "missing"), in rule-table order.
  std::vector<std::string> missing;
  /// How many values were carried over (each counts once).
  int Count() const;
};

/// Reads the draft's element report (`LintDraft`) and all its sentences (`DraftSentences`) into a
/// StartingPoint. Values come only from sentences the draft linter found for that element, or
/// for contact details and registration numbers from anywhere in the draft.
/// `not_ours`: contact details that belong to someone else (the regulator's, from
/// data/regulator.json): a draft quoting the ICO's helpline has not given its own phone number.
StartingPoint FromDraft(const std::string& path, const draft::DraftReport& report,
                        const std::vector<draft::Evidence>& sentences, const std::vector<std::string>& not_ours = {});

}  // namespace pnc::init
