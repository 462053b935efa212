// draft: sentence text → whether it holds an e-mail, UK phone number, postcode or web address
// (contact_scan.h). Each scan is linear: every position is examined a bounded number of times.
#include "draft/contact_scan.h"

#include <array>
#include <cctype>

namespace pnc::draft {
namespace {

bool Word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool Label(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// \b between s[i-1] and s[i].
bool Boundary(std::string_view s, size_t i) {
  bool before = i > 0 && Word(s[i - 1]), after = i < s.size() && Word(s[i]);
  return before != after;
}

bool StartsWithNoCase(std::string_view s, size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[at + k]) != word[k]) return false;
  }
  return true;
}

// The inward letter of a postcode: ABD-HJLNP-UW-Z.
bool Inward(char c) { return Upper(c) && c != 'C' && c != 'I' && c != 'K' && c != 'M' && c != 'O' && c != 'V'; }

// A postcode starting exactly at s[i] (\b before it checked by the caller). The pattern has a
// fixed shape with three optional parts, so all eight combinations are tried: constant work.
bool PostcodeAt(std::string_view s, size_t i) {
  for (int letters = 1; letters <= 2; ++letters) {
    for (int extra = 0; extra <= 1; ++extra) {
      for (int space = 0; space <= 1; ++space) {
        size_t p = i;
        bool ok = true;
        for (int k = 0; k < letters && ok; ++k) ok = p < s.size() && Upper(s[p++]);
        ok = ok && p < s.size() && Digit(s[p++]);
        if (ok && extra) {
          ok = p < s.size() && (Upper(s[p]) || Digit(s[p]));
          ++p;
        }
        if (ok && space) ok = p < s.size() && s[p++] == ' ';
        ok = ok && p < s.size() && Digit(s[p++]);
        ok = ok && p + 1 < s.size() && Inward(s[p]) && Inward(s[p + 1]);
        if (ok && Boundary(s, p + 2)) return true;
      }
    }
  }
  return false;
}

}  // namespace

bool HasEmail(std::string_view s) {
  auto local = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  for (size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    if (at == 0 || !local(s[at - 1])) continue;
    // The domain scan stops at the first character that is not a label or '.', so it never runs
    // past the next '@': all scans together read each character about once.
    size_t p = at + 1, labels = 0;
    while (true) {
      size_t start = p;
      while (p < s.size() && Label(s[p])) ++p;
      if (p == start) break;
      ++labels;
      if (p >= s.size() || s[p] != '.') break;
      ++p;
    }
    if (labels >= 2) return true;
  }
  return false;
}

bool HasPostcode(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (Upper(s[i]) && Boundary(s, i) && PostcodeAt(s, i)) return true;
  }
  return false;
}

// A UK phone number: 10 to 13 digits from a leading 0 or +44, spaces, dashes and brackets between.
bool HasPhone(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    bool start = s[i] == '0' || (s[i] == '+' && s.substr(i, 3) == "+44");
    if (!start || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
    int digits = 0;
    size_t j = i;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ' ' || s[j] == '-' ||
                            s[j] == '(' || s[j] == ')' || s[j] == '+')) {
      if (std::isdigit(static_cast<unsigned char>(s[j]))) ++digits;
      if (s[j] == ' ' && j + 1 < s.size() && !std::isdigit(static_cast<unsigned char>(s[j + 1])) && s[j + 1] != '(')
        break;
      ++j;
    }
    if (digits >= 10 && digits <= 13) return true;
    i = j;
  }
  return false;
}

bool HasWebAddress(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = Lower(s[i]);
    if (c != 'h' && c != 'w') continue;
    for (std::string_view head : {"https://", "http://", "www."}) {
      if (StartsWithNoCase(s, i, head) && i + head.size() < s.size() && !Space(s[i + head.size()])) return true;
    }
  }
  static const std::array<std::string_view, 10> kTlds = {"org",   "co",    "com", "gov", "net",
                                                         "cymru", "wales", "nhs", "ac",  "scot"};
  // \b[a-z0-9-]+ before the dot: some boundary inside the run of label characters that ends
  // there. A run of length n has one where a word character follows a non-word one or a '-'.
  bool run_has_boundary = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Label(s[i])) {
      if (i == 0 || !Label(s[i - 1])) run_has_boundary = false;
      if (Boundary(s, i)) run_has_boundary = true;
      continue;
    }
    if (s[i] != '.' || i == 0 || !Label(s[i - 1]) || !run_has_boundary) continue;
    for (std::string_view tld : kTlds) {
      size_t end = i + 1 + tld.size();
      if (!StartsWithNoCase(s, i + 1, tld)) continue;
      if (StartsWithNoCase(s, end, ".uk") && Boundary(s, end + 3)) return true;
      if (Boundary(s, end)) return true;
    }
  }
  return false;
}

}  // namespace pnc::draft
