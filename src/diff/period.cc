// diff: retention period text → days, so a longer period (material) can be told from a shorter
// one (minor). Only English and Welsh periods a person writes plainly are read ("6 years", "3
// blynedd", "chwe mis"); anything else is unknown.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "diff/diff.h"

namespace pnc::diff {
namespace {

const std::map<std::string, long>& Numbers() {
  static const std::map<std::string, long> n = {
      {"a", 1},
      {"an", 1},
      {"one", 1},
      {"two", 2},
      {"three", 3},
      {"four", 4},
      {"five", 5},
      {"six", 6},
      {"seven", 7},
      {"eight", 8},
      {"nine", 9},
      {"ten", 10},
      {"eleven", 11},
      {"twelve", 12},
      {"fifteen", 15},
      {"eighteen", 18},
      {"twenty", 20},
      {"twenty-five", 25},
      {"thirty", 30},
      {"forty", 40},
      {"fifty", 50},
      {"sixty", 60},
      {"seventy-five", 75},
      {"hundred", 100},
      // Welsh, with the feminine forms a feminine unit takes (dwy flynedd, tair wythnos).
      {"un", 1},
      {"dau", 2},
      {"dwy", 2},
      {"tri", 3},
      {"tair", 3},
      {"pedwar", 4},
      {"pedair", 4},
      {"pump", 5},
      {"pum", 5},
      {"chwe", 6},
      {"chwech", 6},
      {"saith", 7},
      {"wyth", 8},
      {"naw", 9},
      {"deg", 10},
      {"deng", 10},
      {"deuddeg", 12},
      {"deunaw", 18},
      {"ugain", 20}};
  return n;
}

long UnitDays(const std::string& w) {
  if (w == "day" || w == "days") return 1;
  if (w == "week" || w == "weeks") return 7;
  if (w == "month" || w == "months") return 30;
  if (w == "year" || w == "years") return 365;
  // Welsh, with the mutated forms a number before them brings (dwy flynedd, deng mlynedd, naw niwrnod).
  static const std::map<std::string, long> cy = {
      {"diwrnod", 1},    {"diwrnodau", 1},  {"niwrnod", 1},   {"ddiwrnod", 1},  {"wythnos", 7},
      {"wythnosau", 7},  {"mis", 30},       {"misoedd", 30},  {"fis", 30},      {"blwyddyn", 365},
      {"flwyddyn", 365}, {"mlwyddyn", 365}, {"blynedd", 365}, {"flynedd", 365}, {"mlynedd", 365}};
  if (auto it = cy.find(w); it != cy.end()) return it->second;
  return 0;
}

}  // namespace

long PeriodDays(const std::string& text, std::string* rest) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-') {
      w.push_back(static_cast<char>(std::tolower(u)));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  long found = -1;
  int periods = 0;
  std::string left;
  for (size_t i = 0; i < words.size(); ++i) {
    long unit = i + 1 < words.size() ? UnitDays(words[i + 1]) : 0;
    long n = -1;
    if (unit > 0) {
      const std::string& x = words[i];
      if (!x.empty() && x.size() <= 6 && std::all_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        n = std::stol(x);
      } else if (auto it = Numbers().find(x); it != Numbers().end()) {
        n = it->second;
      }
    }
    if (n >= 0) {
      ++periods;
      found = n * unit;
      left += " #";
      ++i;
      continue;
    }
    left += " " + words[i];
  }
  if (rest) *rest = left;
  return periods == 1 ? found : -1;
}

}  // namespace pnc::diff
