#pragma once
// draft: linear scanners for contact details in a sentence. They replace std::regex searches,
// whose backtracking took quadratic time (and stack) on one 30,000-letter word.
#include <string_view>

namespace pnc::draft {

/// An e-mail address: [A-Za-z0-9._%+-]+ '@' [A-Za-z0-9-]+ ('.' [A-Za-z0-9-]+)+.
bool HasEmail(std::string_view s);

/// A UK postcode: \b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b (capitals only).
bool HasPostcode(std::string_view s);

/// A UK phone number: 10–13 digits starting 0 or +44 (spaces, dashes, brackets between).
bool HasPhone(std::string_view s);

/// A web address, any case: "http://", "https://" or "www." and a character that is not a
/// space; or \b[a-z0-9-]+ '.' (org|co|com|gov|net|cymru|wales|nhs|ac|scot) ('.uk')? \b.
bool HasWebAddress(std::string_view s);

}  // namespace pnc::draft
