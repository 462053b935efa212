#pragma once
// init: values in one sentence of an existing notice (sentence text → e-mail, phone, web address,
// registration numbers, the organisation's name, the lawful bases it names). No I/O.
#include <string>
#include <vector>

namespace pnc::init {

/// The first e-mail address in `s`, or "".
std::string FindEmail(const std::string& s);
/// The first UK phone number in `s` (0… or +44…, 10 or 11 digits, spaces kept), or "".
std::string FindPhone(const std::string& s);
/// The first web address in `s` ("https://…", "www.…"), trailing punctuation dropped, or "".
std::string FindWebsite(const std::string& s);
/// A postal address ending in a UK postcode ("1 High Street, Leeds LS1 1AA"), without a label
/// before it ("Write to us at: …"), or "".
std::string FindAddress(const std::string& s);
/// A registered charity number ("charity number 1234567", "registered charity no. SC012345"), or "".
std::string FindCharityNumber(const std::string& s);
/// A company number ("company number 01234567", "company no. SC123456"), or "".
std::string FindCompanyNumber(const std::string& s);
/// An ICO registration number (Z1234567, ZA123456) named as such, or "".
std::string FindIcoRegistration(const std::string& s);
/// The organisation named as controller: "X ("we", "us")", "X is the data controller", "we are X",
/// "X is a registered charity"; "" when the sentence names none.
std::string FindControllerName(const std::string& s);
/// The person a sentence names as the Data Protection Officer (or data protection lead), or "".
std::string FindDpoName(const std::string& s);
/// The Art 6 bases a sentence names, as pnc's ids (consent, contract, legal-obligation,
/// vital-interests, public-task, legitimate-interests); "substantial public interest" (an Art 9
/// condition) is not public task.
std::vector<std::string> FindBases(const std::string& s);
/// Whether the sentence says something is not done ("do not", "never", "no", "only in the UK").
bool Negated(const std::string& s);

}  // namespace pnc::init
