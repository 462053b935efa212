// rules: a source's `wording` overrides replace catalogue sentences: each names a catalogue key that
// does not state the law (locales/en.json "fixed"), is one paragraph, and keeps that key's
// {placeholders} in every locale. (Translations are checked with every other text.)
#include <set>

#include "markdown/markdown.h"
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

// What an override holds besides one paragraph ("a heading", "2 paragraphs"), or "".
std::string Structure(const std::string& text) {
  std::vector<markdown::Issue> issues;
  const std::vector<notice::Block> blocks = markdown::ToBlocks(text, &issues);
  if (blocks.size() > 1) return std::to_string(blocks.size()) + " blocks (paragraphs, headings or lists)";
  if (blocks.empty() || blocks[0].kind == notice::BlockKind::kParagraph) return "";
  switch (blocks[0].kind) {
    case notice::BlockKind::kHeading:
      return "a heading";
    case notice::BlockKind::kBulletList:
    case notice::BlockKind::kOrderedList:
      return "a list";
    case notice::BlockKind::kTable:
      return "a table";
    default:
      return "a block that is not a paragraph";
  }
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
    // A sentence that states the law is the law's words in every notice: the organisation's own
    // words go in a field of their own, printed next to it.
    if (const locale::FixedKey* fixed = ctx.options.english ? ctx.options.english->Fixed(w.key) : nullptr) {
      ctx.Report(
          "wording", w.pointer, "'" + w.key + "' " + fixed->why + " and cannot be overridden",
          {fixed->instead.empty() ? "remove this override"
                                  : "remove this override; put the organisation's own words in " + fixed->instead});
      continue;
    }
    const std::set<std::string> want = PlaceholdersOf(it->second);
    for (const auto& [locale, tr] : w.text.by_locale) {
      // (An empty wording is reported by the loader, like every empty text.)
      if (tr.text.find_first_not_of(" \t\n") == std::string::npos) continue;
      // Every catalogue sentence is printed as one paragraph: more would be flattened into it.
      if (std::string more = Structure(tr.text); !more.empty()) {
        ctx.Report("wording", tr.pointer,
                   "the wording for '" + w.key + "' has " + more + ", but pnc prints it as one paragraph",
                   {"write one paragraph; put longer text in a section of your own (\"sections\")"});
        continue;
      }
      if (const std::set<std::string> got = PlaceholdersOf(tr.text); got != want) {
        std::set<std::string> missing, extra;
        for (const auto& n : want) {
          if (!got.count(n)) missing.insert(n);
        }
        for (const auto& n : got) {
          if (!want.count(n)) extra.insert(n);
        }
        std::string what;
        if (!missing.empty()) what = "leaves out " + Joined(missing);
        if (!extra.empty())
          what +=
              (what.empty() ? "" : " and ") + std::string("uses ") + Joined(extra) + ", which pnc does not fill there";
        ctx.Report("wording", tr.pointer, "the wording for '" + w.key + "' " + what,
                   {"the catalogue text is: \"" + it->second + "\""});
      }
    }
  }
}

}  // namespace pnc::rules
