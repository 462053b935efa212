// draft: the date a draft gives itself. The month names are date formats of the two languages pnc
// writes (English, Welsh, with the Welsh soft-mutated forms used after "ar", "o", "ym mis"), not
// detection vocabulary: which sentences date the notice is vocabulary (`notice.dated`).
#include "draft/stated_date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace pnc::draft {
namespace {

struct Month {
  int number;
  std::array<std::string_view, 4> names;
};

constexpr Month kMonths[] = {
    {1, {"january", "jan", "ionawr", ""}},
    {2, {"february", "feb", "chwefror", ""}},
    {3, {"march", "mar", "mawrth", "fawrth"}},
    {4, {"april", "apr", "ebrill", ""}},
    {5, {"may", "mai", "fai", ""}},
    {6, {"june", "jun", "mehefin", "fehefin"}},
    {7, {"july", "jul", "gorffennaf", "orffennaf"}},
    {8, {"august", "aug", "awst", ""}},
    {9, {"september", "sept", "sep", "medi"}},
    {10, {"october", "oct", "hydref", ""}},
    {11, {"november", "nov", "tachwedd", "dachwedd"}},
    {12, {"december", "dec", "rhagfyr", "ragfyr"}},
};

int MonthNumber(std::string_view w) {
  if (w == "fedi") return 9;  // the fourth slot of September holds "medi"
  for (const Month& m : kMonths) {
    for (std::string_view n : m.names) {
      if (!n.empty() && n == w) return m.number;
    }
  }
  return 0;
}

// A word or a number of the text, lowercased; a number keeps its ordinal suffix apart
// ("1st" → 1, "st"; Welsh "1af", "2il", "3ydd", "5ed").
struct Token {
  std::string word;  // letters, lowercased ("" for a number)
  int number = -1;   // digits' value (-1 for a word)
  int digits = 0;
  size_t at = 0;  // byte offset
  char sep = 0;   // the character right after it ('/', '.', '-' join numeric dates)
};

std::vector<Token> Words(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      Token t;
      t.at = i;
      long v = 0;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        if (t.digits < 9) v = v * 10 + (text[i] - '0');
        ++t.digits;
        ++i;
      }
      t.number = static_cast<int>(v);
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;  // 1st, 2il
      t.sep = i < text.size() ? text[i] : 0;
      out.push_back(t);
    } else if (std::isalpha(c)) {
      Token t;
      t.at = i;
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
        t.word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        ++i;
      }
      t.sep = i < text.size() ? text[i] : 0;
      out.push_back(t);
    } else {
      ++i;
    }
  }
  return out;
}

bool Year(const Token& t) { return t.digits == 4 && t.number >= 1990 && t.number <= 2099; }
bool Day(const Token& t) { return t.digits >= 1 && t.digits <= 2 && t.number >= 1 && t.number <= 31; }

std::string Format(int y, int m, int d) {
  char buf[32];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  }
  return buf;
}

int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string Checked(int y, int m, int d) {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 0 || d > DaysIn(y, m)) return "";
  return Format(y, m, d);
}

// A numeric date starting at token i: 2026-03-12, 12/03/2026, 12.03.26.
std::string Numeric(const std::vector<Token>& w, size_t i) {
  if (i + 2 >= w.size() || w[i].number < 0 || w[i + 1].number < 0 || w[i + 2].number < 0) return "";
  char s = w[i].sep;
  if ((s != '/' && s != '.' && s != '-') || w[i + 1].sep != s) return "";
  if (w[i].digits == 4) return Checked(w[i].number, w[i + 1].number, w[i + 2].number);
  if (!Day(w[i]) || w[i + 1].digits > 2) return "";
  int y = w[i + 2].digits == 4 ? w[i + 2].number : w[i + 2].digits == 2 ? 2000 + w[i + 2].number : 0;
  return Checked(y, w[i + 1].number, w[i].number);
}

// A date around the month name at token k: "1 March 2026", "1st of March, 2026", "March 1, 2026",
// "March 2026".
std::string Named(const std::vector<Token>& w, size_t k) {
  int month = w[k].word.empty() ? 0 : MonthNumber(w[k].word);
  if (month == 0) return "";
  if (k + 1 < w.size() && Year(w[k + 1])) {
    int day = 0;
    if (k >= 1 && Day(w[k - 1])) {
      day = w[k - 1].number;
    } else if (k >= 2 && w[k - 1].word == "of" && Day(w[k - 2])) {
      day = w[k - 2].number;
    }
    return Checked(w[k + 1].number, month, day);
  }
  if (k + 2 < w.size() && Day(w[k + 1]) && Year(w[k + 2])) return Checked(w[k + 2].number, month, w[k + 1].number);
  return "";
}

}  // namespace

std::vector<std::string> ParseDates(std::string_view text) {
  std::vector<Token> w = Words(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (std::string d = Numeric(w, i); !d.empty()) {
      out.push_back(d);
      i += 2;
    } else if (d = Named(w, i); !d.empty()) {
      out.push_back(d);
      ++i;
    }
  }
  return out;
}

std::string ParseDate(std::string_view text) {
  std::vector<std::string> all = ParseDates(text);
  return all.empty() ? "" : all.front();
}

StatedDate FindStatedDate(const Matcher& m, const std::string& judged) {
  StatedDate best;
  const auto& sentences = m.doc().sentences;
  for (int s : m.Sentences("notice.dated", true)) {
    int from = s;
    std::vector<std::string> dates = ParseDates(sentences[s].text);
    // A label whose date is the next short line or cell ("Last updated" / "1 March 2026").
    if (dates.empty() && s + 1 < static_cast<int>(sentences.size()) && sentences[s + 1].tokens.size() <= 6) {
      from = s + 1;
      dates = ParseDates(sentences[from].text);
    }
    // A date later than the day the draft is judged at is a plan, not the notice's date.
    if (!judged.empty())
      std::erase_if(dates, [&](const std::string& d) { return d.substr(0, 7) > judged.substr(0, 7); });
    if (dates.empty()) continue;
    // "Last updated 3 April 2026 (next review due April 2027)": the date before the review note;
    // otherwise the latest ("adopted 1 June 2019, last reviewed 5 January 2024").
    std::string date = m.Has(s, "notice.dated.not") ? dates.front() : *std::max_element(dates.begin(), dates.end());
    if (date > best.date) {
      best.date = date;
      best.evidence = m.EvidenceOf(from);
    }
  }
  return best;
}

bool PredatesRule(const std::string& stated, const std::string& in_force) {
  if (stated.empty() || in_force.empty()) return false;
  if (stated.size() == 10) return stated < in_force;
  return stated < in_force.substr(0, 7);  // a month-only date: its whole month is before
}

}  // namespace pnc::draft
