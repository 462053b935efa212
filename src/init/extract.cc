// init: one sentence of an existing notice → the values in it (e-mail, phone, web address,
// registration numbers, controller name, lawful bases). Sentences longer than kMaxScan are not
// searched: std::regex backtracks, and a fact is never in a 600-byte run-on "sentence".
#include "init/extract.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace pnc::init {
namespace {

constexpr size_t kMaxScan = 600;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Curly quotes and apostrophes read as straight ones, so one pattern serves both.
std::string Plain(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) {
      out += '"';
      i += 2;
    } else if (s.compare(i, 3, "\xE2\x80\x98") == 0 || s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string First(const std::string& s, const std::regex& re, int group = 0) {
  if (s.size() > kMaxScan) return "";
  std::smatch m;
  if (!std::regex_search(s, m, re)) return "";
  return m[group].str();
}

std::string Trim(std::string s) {
  while (!s.empty() && std::string(" \t,.;:-\"'(").find(s.back()) != std::string::npos) s.pop_back();
  size_t b = 0;
  while (b < s.size() && std::string(" \t,.;:-\"')").find(s[b]) != std::string::npos) ++b;
  return s.substr(b);
}

bool Has(const std::string& lower, const char* words) { return lower.find(words) != std::string::npos; }

}  // namespace

std::string FindEmail(const std::string& s) {
  static const std::regex re(R"re([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)re");
  return Trim(First(s, re));
}

std::string FindPhone(const std::string& s) {
  static const std::regex re(R"re((\+44\s?\(?0?\)?\s?|\b0)\d[\d ]{7,12}\d)re");
  std::string p = First(s, re);
  size_t digits = std::count_if(p.begin(), p.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (p.rfind("+44", 0) == 0) digits += 1;  // +44 stands for the leading 0
  return (digits >= 11 && digits <= 13) || (p[0] == '0' && digits >= 10 && digits <= 11) ? Trim(p) : "";
}

std::string FindWebsite(const std::string& s) {
  static const std::regex re(R"re((https?://|www\.)[^\s<>()"]+)re", std::regex::icase);
  return Trim(First(s, re));
}

std::string FindAddress(const std::string& s) {
  static const std::regex re(R"re(\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b)re");
  if (s.size() > kMaxScan) return "";
  std::smatch m;
  if (!std::regex_search(s, m, re)) return "";
  std::string before = s.substr(0, static_cast<size_t>(m.position(0) + m.length(0)));
  for (const char* label : {": ", " at ", " to "}) {
    if (size_t at = before.rfind(label); at != std::string::npos)
      before = before.substr(at + std::string(label).size());
  }
  before = Trim(before);
  // A label run into its value by a definition list or table ("Address Tŷ Llwybr, …") is not part of it.
  static const std::regex label(
      R"re(^(?:(?:postal|registered|office|head\s+office|our)\s+)*(?:address|office|write\s+to\s+us|cyfeiriad)\s*:?\s+)re",
      std::regex::icase);
  before = std::regex_replace(before, label, "", std::regex_constants::format_first_only);
  // An address has parts: a street and a town at least.
  if (before.find(',') == std::string::npos || before.size() > 200) return "";
  return before;
}

// "Charity number 1098543", and the number in brackets or after a comma: "a registered charity (no.
// 1098543)", "registered charity, number 1098543" (user test s27 F10).
std::string FindCharityNumber(const std::string& s) {
  static const std::regex re(
      R"re(charity\s*(?:registration\s*)?[,(]?\s*(?:number|no\.?|reg\.?\s*no\.?)?\s*[:.]?\s*((?:SC|sc)?\d{6,7}(?:-\d)?)\b)re",
      std::regex::icase);
  return First(s, re, 1);
}

// "Company number 04711236", and "a company limited by guarantee (no. 04711236)", "company limited by
// guarantee, registered in England and Wales, number 04711236".
std::string FindCompanyNumber(const std::string& s) {
  static const std::regex re(
      R"re(company(?:\s+limited\s+by\s+(?:guarantee|shares))?(?:\s*,?\s*registered\s+in\s+[A-Za-z ]{3,40}?)?)re"
      R"re(\s*(?:registration\s*)?[,(]?\s*(?:number|no\.?)\s*[:.]?\s*((?:[A-Z]{2})?\d{6,8})\b)re",
      std::regex::icase);
  return First(s, re, 1);
}

std::string FindIcoRegistration(const std::string& s) {
  static const std::regex re(R"re(\b(Z[A-Z]?\d{6,7})\b)re");
  std::string lower = Lower(s);
  if (!Has(lower, "ico") && !Has(lower, "information commissioner") && !Has(lower, "regist")) return "";
  return First(s, re, 1);
}

std::string FindControllerName(const std::string& text) {
  const std::string s = Plain(text);
  // A name: up to eight words, each starting with a capital, digit or '(' ("PSS (UK)re", "St Michael's PCC").
  static const std::string kName = R"re(((?:[A-Z0-9(][\w'&().,-]*\s){0,7}[A-Z0-9(][\w'&().-]*))re";
  static const std::regex we(kName + R"re(\s*\(\s*(?:the\s+)?"?(?:we|us|our)\b)re");
  static const std::regex controller(kName + R"re(\s+(?:is|are)\s+(?:the\s+)?(?:data\s+)?controller)re");
  static const std::regex we_are(R"re(\b[Ww]e\s+are\s+)re" + kName + R"re((?:\s*[,.(]|\s+(?:a|an|the)\b))re");
  static const std::regex charity(kName + R"re(\s+is\s+a\s+(?:registered\s+)?charity)re");
  // "X ("Short") decides why and how …", "X is responsible for the personal information …": the
  // controller defined by what it does, with or without a short name after it.
  static const std::regex decides(kName +
                                  R"re(\s*(?:\(\s*"[^"]{1,60}"\s*\))?\s+(?:decides|determines)\s+(?:why|how)\b)re");
  static const std::regex responsible(
      kName +
      R"re(\s*(?:\(\s*"[^"]{1,60}"\s*\))?\s+(?:is|are)\s+responsible\s+for\s+(?:the\s+|your\s+)?personal\s+(?:information|data)\b)re");
  for (const auto* re : {&we, &controller, &we_are, &charity, &decides, &responsible}) {
    std::string name = Trim(First(s, *re, 1));
    // Sentence openers and pronouns are not names ("This", "We", "The Data Protection Act").
    static const std::regex not_name(
        R"re(^(This|These|That|It|We|Our|The|In|If|For|As|Who|What|Data|Personal)(\s|$))re");
    if (!name.empty() && !std::regex_search(name, not_name)) return name;
  }
  return "";
}

// "Our Data Protection Officer is Jo Bloggs", "Jo Bloggs is our DPO", "our data protection officer, Jo
// Bloggs,": a person's name is two to four capitalised words; a role ("the Head of Operations") is not one.
std::string FindDpoName(const std::string& text) {
  const std::string s = Plain(text);
  static const std::string kDpo = R"re((?:[Dd]ata\s+[Pp]rotection\s+(?:[Oo]fficer|[Ll]ead|[Mm]anager)|DPO))re";
  static const std::string kPerson =
      R"re(((?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][^\s,.;:()"]+(?:\s+[A-Z][^\s,.;:()"]+){1,3}))re";
  static const std::regex is(R"re(\b(?:[Oo]ur|[Tt]he)\s+)re" + kDpo + R"re(\s*(?:is|,)\s+)re" + kPerson);
  static const std::regex named(kPerson + R"re(\s+is\s+(?:our|the)\s+)re" + kDpo);
  std::smatch m;
  if (s.size() > kMaxScan) return "";
  for (const auto* re : {&is, &named}) {
    if (std::regex_search(s, m, *re)) return Trim(m[1].str() + m[2].str());
  }
  return "";
}

std::vector<std::string> FindBases(const std::string& s) {
  std::vector<std::string> out;
  if (s.size() > kMaxScan * 4) return out;
  std::string l = Lower(Plain(s));
  auto add = [&](const char* id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (Has(l, "consent")) add("consent");
  if (Has(l, "contract")) add("contract");
  if (Has(l, "legal obligation") || Has(l, "comply with the law") || Has(l, "legal requirement"))
    add("legal-obligation");
  if (Has(l, "vital interest")) add("vital-interests");
  std::string without = std::regex_replace(l, std::regex("substantial public interest"), "");
  if (Has(without, "public task") || Has(without, "public interest")) add("public-task");
  if (Has(l, "recognised legitimate interest")) {
    add("recognised-legitimate-interests");
  } else if (Has(l, "legitimate interest")) {
    add("legitimate-interests");
  }
  return out;
}

bool Negated(const std::string& s) {
  static const std::regex re(R"re(\b(not|never|no|none|don't|do not|only (in|within) the (uk|united kingdom))\b)re",
                             std::regex::icase);
  return !First(Plain(s), re).empty();
}

}  // namespace pnc::init
