// rules: a source's `wording` overrides replace catalogue sentences: each names a catalogue key and
// keeps that key's {placeholders} in every locale. (Translations are checked with every other text.)
#include <set>

#include "rules/context.h"
#include "source/loader.h"

namespace pnc::rules {
namespace {

std::set<std::string> PlaceholdersOf(const std::string& pattern) {
  std::set<std::string> names;
  for (size_t i = 0; (i = pattern.find('{', i)) != std::string::npos;) {
    size_t close = pattern.find('}', i);
    if (close == std::string::npos) break;
    names.insert(pattern.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return names;
}

std::string Joined(const std::set<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "{" : ", {") + n + "}";
  return s;
}

}  // namespace

void CheckWording(const RuleContext& ctx) {
  const auto* catalogue = ctx.options.catalogue;
  if (catalogue == nullptr) return;
  std::vector<std::string> keys;
  for (const auto& [k, v] : *catalogue) keys.push_back(k);
  for (const auto& w : ctx.model.wording) {
    auto it = catalogue->find(w.key);
    if (it == catalogue->end()) {
      std::string guess = source::DidYouMean(w.key, keys);
      ctx.Report("wording", w.pointer,
                 "'" + w.key + "' is not a catalogue key" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 {"keys are listed in locales/en.json (\"messages\") and locales/README.md"});
      continue;
    }
    const std::set<std::string> want = PlaceholdersOf(it->second);
    for (const auto& [locale, tr] : w.text.by_locale) {
      if (tr.text.find_first_not_of(" \t\n") == std::string::npos) {
        ctx.Report("wording", tr.pointer, "the wording for '" + w.key + "' is empty",
                   {"write the sentence to print instead of the catalogue's"});
      } else if (const std::set<std::string> got = PlaceholdersOf(tr.text); got != want) {
        std::set<std::string> missing, extra;
        for (const auto& n : want) {
          if (!got.count(n)) missing.insert(n);
        }
        for (const auto& n : got) {
          if (!want.count(n)) extra.insert(n);
        }
        std::string what;
        if (!missing.empty()) what = "leaves out " + Joined(missing);
        if (!extra.empty()) what += (what.empty() ? "" : " and ") + std::string("uses ") + Joined(extra) + ", which pnc does not fill there";
        ctx.Report("wording", tr.pointer, "the wording for '" + w.key + "' " + what,
                   {"the catalogue text is: \"" + it->second + "\""});
      }
    }
  }
}

}  // namespace pnc::rules
