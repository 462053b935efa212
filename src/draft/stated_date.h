#pragma once
// draft: the date a draft gives itself ("Last updated 12 March 2026", "Diweddarwyd ddiwethaf …"),
// reported beside the date it is judged at, so a DPO sees when a notice predates a change in the law.
#include <string>
#include <string_view>
#include <vector>

#include "draft/matcher.h"

namespace pnc::draft {

/// The first date in `text`, as "YYYY-MM-DD", or "YYYY-MM" when only a month and year are given;
/// "" when there is none. Reads ISO dates, UK day/month/year with '/', '.' or '-', and English or
/// Welsh month names with or without a day ("1st March 2026", "March 1, 2026", "1 Mawrth 2026").
std::string ParseDate(std::string_view text);

/// Every date in `text`, in order (as ParseDate).
std::vector<std::string> ParseDates(std::string_view text);

/// The latest date given by a sentence that dates the notice (concept `notice.dated`; in a sentence
/// that also gives the next review, `notice.dated.not`, the date before it), ignoring dates after
/// `judged` (the date the draft is judged at, "" = none ignored); an empty date when there is none.
StatedDate FindStatedDate(const Matcher& m, const std::string& judged);

/// Whether a rule in force from `in_force` ("YYYY-MM-DD") certainly came in after `stated`
/// (a month-only date counts as its last day).
bool PredatesRule(const std::string& stated, const std::string& in_force);

}  // namespace pnc::draft
