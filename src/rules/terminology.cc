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
  s = std::regex_replace(s, std::regex("\\s+"), " ");
  return s;
}

}  // namespace

void CheckTerminology(const RuleContext& ctx) {
  static const std::regex kProcessor(
      "(we are|we're|makes us|us|pss|we) (also )?(the |a )?data processor");
  static const std::regex kAge13("(over|aged?|from) (the age of )?13[^.]{0,80}consent|consent[^.]{0,80}(over|aged?) (the age of )?13");
  const Regulator* reg = ctx.law.RegulatorOn(ctx.Date());
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
      if (std::regex_search(low, kProcessor)) {
        ctx.Report("controller-vs-processor", tr.pointer, "text calls the organisation a data processor",
                   {"the organisation decides why and how data is used, so it is the controller, not its own "
                    "processor (Art 4(7), 4(8))"});
      }
      if (std::regex_search(low, kAge13)) {
        ctx.Report("child-consent-age", tr.pointer, "text links consent to the age of 13",
                   {"13 is the age for consent to online services only (DPA 2018 s.9); for other services "
                    "consider the child's competence"});
      }
      if (reg && !reg->postal_address_until.empty() && ctx.Date() >= reg->postal_address_until &&
          low.find("wycliffe house") != std::string::npos) {
        ctx.Report("regulator-details", tr.pointer,
                   "text gives the ICO's Wycliffe House address, which may no longer be current",
                   {"remove it: pnc prints the regulator's current details from data/regulator.json"});
      }
    }
  });
}

}  // namespace pnc::rules
