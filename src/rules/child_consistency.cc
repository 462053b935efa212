// rules: the children's version says nothing the adult notice doesn't. Its items, recipients and
// rights are the adult ones filtered by scope (so a child recipient or right without an adult one
// cannot arise); what can differ is a child wording, so each is compared with the adult text it
// stands for. Today: how long a record is kept (Art 5(1)(a), 12(1), 13(2)(a)).
#include <array>
#include <string_view>

#include "rules/context.h"

namespace pnc::rules {
namespace {

// Words that say a record is kept without limit, per language (lowercase UTF-8). Detection
// vocabulary, not reader-visible text.
struct Markers {
  const char* locale;
  std::array<const char*, 9> words;
};
constexpr Markers kIndefinite[] = {
    {"en", {"indefinite", "permanent", "for ever", "forever", "no time limit", "never delete", "never destroy",
            "in perpetuity", "without a time limit"}},
    {"cy", {"am byth", "yn barhaol", "amhenodol", "heb derfyn amser", "byth yn dileu", "parhaol", "", "", ""}},
    {"pl", {"bezterminowo", "na zawsze", "na stałe", "bez ograniczenia czasowego", "nigdy nie usuwamy", "", "", "", ""}},
    {"ar", {"إلى الأبد", "بشكل دائم", "لأجل غير مسمى", "دون حد زمني", "", "", "", "", ""}},
};

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// -1 when the language has no marker list, else whether the text says "without limit".
int SaysIndefinite(const std::string& locale, const std::string& text) {
  const std::string low = Lower(text);
  for (const auto& m : kIndefinite) {
    if (locale.rfind(m.locale, 0) != 0) continue;
    for (const char* w : m.words) {
      if (*w != '\0' && low.find(w) != std::string::npos) return 1;
    }
    return 0;
  }
  return -1;
}

}  // namespace

void CheckChildConsistency(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (!m.notice.child) return;
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!r.child.present() || !ctx.scope.ConcernsChildren(ctx.scope.retention[i])) continue;
    for (const auto& [locale, child] : r.child.by_locale) {
      std::string adult;
      for (const source::Text* t : {&r.period, &r.criteria}) {
        if (const source::Translation* tr = t->Get(locale)) adult += " " + tr->text;
      }
      const int a = SaysIndefinite(locale, adult), c = SaysIndefinite(locale, child.text);
      if (a < 0 || adult.empty() || a == c) continue;
      ctx.Report("child-consistency", child.pointer,
                 a ? "retention record '" + r.id + "' is kept without a time limit, but its children's wording does "
                     "not say so"
                   : "the children's wording of retention record '" + r.id + "' says it is kept for ever, but the "
                     "adult notice gives a limit",
                 {"the children's version must say what the adult notice says: make the \"child\" text match "
                  "\"period\"/\"criteria\""});
    }
  }
}

}  // namespace pnc::rules
