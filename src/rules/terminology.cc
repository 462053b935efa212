// rules: outdated law, wrong terms and misstatements in free text (checklist A.7-A.8).
#include <algorithm>
#include <regex>

#include "rules/context.h"
#include "source/visit.h"

namespace pnc::rules {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  // Curly apostrophes and runs of spaces must not hide a phrase.
  for (size_t at; (at = s.find("\xE2\x80\x99")) != std::string::npos;) s.replace(at, 3, "'");
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space) {
      out += c;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

// Compiled on first use: the {0,80} repeats make kAge13 costly to build, and most notices never
// reach it.
const std::regex& Processor() {
  static const std::regex re("(we are|we're|makes us|us|pss|we) (also )?(the |a )?data processor");
  return re;
}

const std::regex& Age13() {
  static const std::regex re(
      "(over|aged?|from) (the age of )?13[^.]{0,80}consent|consent[^.]{0,80}(over|aged?) (the age of )?13");
  return re;
}

}  // namespace

void CheckTerminology(const RuleContext& ctx) {
  // Postal addresses pnc has stopped printing for this notice's date, with the phrase that finds them.
  std::vector<const PostalAddress*> stale;
  for (const auto& r : ctx.law.regulators) {
    for (const auto& a : r.postal_addresses) {
      if (!a.match.empty() && !a.print_until.empty() && ctx.Date() >= a.print_until) stale.push_back(&a);
    }
  }
  source::ForEachText(ctx.model, [&](const source::Text& text) {
    for (const auto& [locale, tr] : text.by_locale) {
      std::string low = Lower(tr.text);
      for (const auto& term : ctx.law.outdated) {
        if (!term.from.empty() && ctx.Date() < term.from) continue;
        if (low.find(term.pattern) == std::string::npos) continue;
        // "EU GDPR" is right when the text also names the UK GDPR (controllers in both regimes).
        if (term.pattern == "eu gdpr" && low.find("uk gdpr") != std::string::npos) continue;
        ctx.Report("terminology-current", tr.pointer, "text " + term.message,
                   term.hint.empty() ? std::vector<std::string>{} : std::vector<std::string>{term.hint});
      }
      // The patterns are slow backtracking searches; each needs a literal that is cheap to find.
      if (low.find("data processor") != std::string::npos && std::regex_search(low, Processor())) {
        ctx.Report("controller-vs-processor", tr.pointer, "text calls the organisation a data processor",
                   {"the organisation decides why and how data is used, so it is the controller, not its own "
                    "processor (Art 4(7), 4(8))"});
      }
      if (low.find("13") != std::string::npos && low.find("consent") != std::string::npos &&
          std::regex_search(low, Age13())) {
        ctx.Report("child-consent-age", tr.pointer, "text links consent to the age of 13",
                   {"13 is the age for consent to online services only (DPA 2018 s.9); for other services "
                    "consider the child's competence"});
      }
      for (const PostalAddress* a : stale) {
        if (low.find(Lower(a->match)) == std::string::npos) continue;
        ctx.Report("regulator-details", tr.pointer,
                   "text gives the regulator's address at '" + a->match + "', which may no longer be current",
                   {"remove it: pnc prints the regulator's website and helpline from data/regulator.json", a->why});
      }
    }
  });
}

}  // namespace pnc::rules
