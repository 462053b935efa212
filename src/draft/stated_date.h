#pragma once
// draft: the date a draft gives itself ("Last updated 12 March 2026", "Diweddarwyd ddiwethaf …"),
// reported beside the date it is judged at, so a DPO sees when a notice predates a change in the law.
#include <string>
#include <string_view>

#include "draft/matcher.h"

namespace pnc::draft {

/// The first date in `text`, as "YYYY-MM-DD", or "YYYY-MM" when only a month and year are given;
/// "" when there is none. Reads ISO dates, UK day/month/year with '/', '.' or '-', and English or
/// Welsh month names with or without a day ("1st March 2026", "March 1, 2026", "1 Mawrth 2026").
std::string ParseDate(std::string_view text);

/// The latest date given by a sentence that dates the notice (concept `notice.dated`, not
/// `notice.dated.not`: "next review due …"), or an empty date.
StatedDate FindStatedDate(const Matcher& m);

/// Whether a rule in force from `in_force` ("YYYY-MM-DD") certainly came in after `stated`
/// (a month-only date counts as its last day).
bool PredatesRule(const std::string& stated, const std::string& in_force);

}  // namespace pnc::draft
