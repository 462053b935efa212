// rules: the children's version says nothing the adult notice doesn't. Its items, recipients and
// rights are the adult ones filtered by scope (so a child recipient or right without an adult one
// cannot arise); what can differ is a child wording, so each is compared with the adult facts it
// stands for: how long a record is kept (without limit, or a duration), and absolute promises
// ("we never tell anyone", "we always delete it", "we always will") that recipients, retention
// periods or the law contradict (Art 5(1)(a), 12(1), 13(2)(a)). Words are data
// (data/lint-vocabulary.json); `wording` overrides of children's keys are checked the same way.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "law/phrases.h"
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
    {"en",
     {"indefinite", "permanent", "for ever", "forever", "no time limit", "never delete", "never destroy",
      "in perpetuity", "without a time limit"}},
    {"cy", {"am byth", "yn barhaol", "amhenodol", "heb derfyn amser", "byth yn dileu", "parhaol", "", "", ""}},
    {"pl",
     {"bezterminowo", "na zawsze", "na stałe", "bez ograniczenia czasowego", "nigdy nie usuwamy", "", "", "", ""}},
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

// The longest duration a text gives, in months (e.g. "6 years" → 72, "chwe mlynedd" → 72), or -1
// when it gives none. A number (digits or a number word) directly followed by a unit.
double LongestDuration(const Vocabulary& v, const std::string& text) {
  const std::vector<std::string> words = Words(text);
  double longest = -1;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    double n = -1;
    const std::string& w = words[i];
    if (!w.empty() && w.size() <= 4 && w.find_first_not_of("0123456789") == std::string::npos) {
      n = std::stod(w);
    } else if (auto it = v.number_words.find(w); it != v.number_words.end()) {
      n = it->second;
    }
    if (n < 0) continue;
    if (auto unit = v.duration_units.find(words[i + 1]); unit != v.duration_units.end()) {
      longest = std::max(longest, n * unit->second);
    }
  }
  return longest;
}

// The age a children's wording keeps a record until ("until you are 18" → 18), or -1.
int ChildUntilAge(const Vocabulary& v, const std::vector<std::string>& words) {
  for (const auto& phrase : v.age_until) {
    for (size_t i = 0; !phrase.empty() && i + phrase.size() < words.size(); ++i) {
      if (!std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) continue;
      const std::string& n = words[i + phrase.size()];
      if (!n.empty() && n.size() <= 3 && n.find_first_not_of("0123456789") == std::string::npos) return std::stoi(n);
      if (auto it = v.number_words.find(n); it != v.number_words.end()) return static_cast<int>(it->second);
    }
  }
  return -1;
}

// The birthday an adult period ends at ("until the child's 25th birthday" → 25), or -1. An ordinal
// in digits ("25th") just before a birthday word.
int AdultBirthday(const Vocabulary& v, const std::vector<std::string>& words) {
  for (size_t i = 1; i < words.size(); ++i) {
    if (std::find(v.age_birthday.begin(), v.age_birthday.end(), words[i]) == v.age_birthday.end()) continue;
    const std::string& n = words[i - 1];
    const size_t digits = n.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string::npos || digits > 3) continue;
    const std::string suffix = n.substr(digits);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") return std::stoi(n.substr(0, digits));
  }
  return -1;
}

// "6 years", "18 months", "2 weeks": a duration in months as a reader would say it.
std::string Said(double months) {
  char buf[32];
  if (months >= 12 && static_cast<long>(months) % 12 == 0) {
    std::snprintf(buf, sizeof buf, "%ld year%s", static_cast<long>(months) / 12, months == 12 ? "" : "s");
  } else if (months >= 1) {
    std::snprintf(buf, sizeof buf, "%.0f month%s", months, months < 1.5 ? "" : "s");
  } else {
    std::snprintf(buf, sizeof buf, "%.0f days", months * 30);
  }
  return buf;
}

// A children's wording to compare with the adult facts.
struct ChildText {
  const source::Translation* text;
  std::string what;  // "purpose 'medical'", "the wording of 'child.intro'"
  std::string band;  // the one age band whose version shows it (`child_by_band`); "" = every band of its item
  const source::BandLimit* limit = nullptr;  // the item's age bands (nullptr: every band)
};

// Every children's wording the children's version can show: of items about children, custom
// sections, the security and complaints texts, and overrides of children's keys.
std::vector<ChildText> ChildTexts(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& sc = ctx.scope;
  std::vector<ChildText> out;
  auto add = [&](const source::Text& t, const std::string& what, const std::string& band = "",
                 const source::BandLimit* limit = nullptr) {
    for (const auto& [locale, tr] : t.by_locale) out.push_back({&tr, what, band, limit});
  };
  auto add_banded = [&](const source::Text& t, const source::BandTexts& by_band, const std::string& what,
                        const source::BandLimit* limit) {
    add(t, what, "", limit);
    for (const auto& [band, text] : by_band.by_band) add(text, what + " (ages " + band + ")", band, limit);
  };
  auto items = [&](const auto& list, const std::vector<source::Groups>* scope, const char* kind) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (scope != nullptr && i < scope->size() && !sc.ConcernsChildren((*scope)[i])) continue;
      add_banded(list[i].child, list[i].child_by_band, std::string(kind) + " '" + list[i].id + "'", &list[i].age_bands);
    }
  };
  items(m.subjects, nullptr, "data subject");
  items(m.sources, &sc.sources, "source");
  items(m.categories, &sc.categories, "data category");
  items(m.purposes, &sc.purposes, "purpose");
  items(m.recipients, &sc.recipients, "recipient");
  items(m.decisions, &sc.decisions, "automated decision");
  // A record's own children's wording is where "we always delete them" is most likely written.
  items(m.retention, &sc.retention, "retention record");
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    for (const auto& q : m.purposes[i].requirements) {
      if (sc.ConcernsChildren(source::AnswerGroups(m, sc, i, q))) {
        add_banded(q.child, q.child_by_band, "the requirement of purpose '" + m.purposes[i].id + "'",
                   &m.purposes[i].age_bands);
      }
    }
  }
  for (const auto& s : m.sections) add_banded(s.child, s.child_by_band, "section '" + s.id + "'", &s.age_bands);
  add_banded(m.security_child, m.security_child_by_band, "the security text", nullptr);
  if (m.complaints) add_banded(m.complaints->child, m.complaints->child_by_band, "the complaints text", nullptr);
  for (const auto& w : m.wording) {
    if (w.key.rfind("child.", 0) == 0) add(w.text, "the wording of '" + w.key + "'");
  }
  return out;
}

// What in the adult notice contradicts "nobody else sees it": a recipient of children's data, or
// a purpose about children that rests on a legal duty (which can require sharing). "" if none.
std::string SharedBy(const RuleContext& ctx, const source::Scope& scope) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < m.recipients.size(); ++i) {
    if (i < scope.recipients.size() && scope.ConcernsChildren(scope.recipients[i])) {
      return "lists recipient '" + m.recipients[i].id + "'";
    }
  }
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (i < scope.purposes.size() && scope.ConcernsChildren(scope.purposes[i]) &&
        RuleContext::Uses(p.bases, "legal-obligation")) {
      return "says purpose '" + p.id + "' is a legal duty, which can mean telling others";
    }
  }
  return "";
}

// What contradicts "we always delete it": a retention record about children with a period.
std::string KeptBy(const RuleContext& ctx, const source::Scope& scope) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < m.retention.size(); ++i) {
    if (i < scope.retention.size() && scope.ConcernsChildren(scope.retention[i]) &&
        (m.retention[i].period.present() || m.retention[i].criteria.present())) {
      return "keeps retention record '" + m.retention[i].id + "' for a time";
    }
  }
  return "";
}

void CheckClaims(const RuleContext& ctx) {
  const Vocabulary& v = ctx.law.vocabulary;
  // Each wording is held to the adult facts of the versions that show it: a recipient only the
  // 13-15 version has does not contradict "nobody else sees it" in the 6-9 wording.
  std::vector<std::string> bands = ctx.model.notice.child_bands;
  std::vector<std::string> shared_in, kept_in;
  for (const auto& band : bands) {
    const source::Scope scope = source::ComputeScope(ctx.model, band);
    shared_in.push_back(SharedBy(ctx, scope));
    kept_in.push_back(KeptBy(ctx, scope));
  }
  auto first = [&](const ChildText& c, const std::vector<std::string>& found) {
    for (size_t b = 0; b < bands.size(); ++b) {
      const bool shown = c.band.empty() ? (c.limit == nullptr || c.limit->Allows(bands[b])) : c.band == bands[b];
      if (shown && !found[b].empty()) return found[b];
    }
    return std::string();
  };
  const std::string hint =
      "the children's version must not promise more than the adult notice: say what happens, "
      "or leave the promise out";
  for (const ChildText& c : ChildTexts(ctx)) {
    const std::string shared = first(c, shared_in), kept = first(c, kept_in);
    const std::vector<std::string> words = Words(c.text->text);
    if (std::string said = v.child_never_share.FindIn(words); !said.empty() && !shared.empty()) {
      ctx.Report("child-consistency", c.text->pointer,
                 "the children's wording of " + c.what + " says \"" + said + "\", but the adult notice " + shared,
                 {hint});
    } else if (std::string said = v.child_always_delete.FindIn(words); !said.empty() && !kept.empty()) {
      ctx.Report("child-consistency", c.text->pointer,
                 "the children's wording of " + c.what + " says \"" + said + "\", but the adult notice " + kept,
                 {hint});
    } else if (std::string said = v.child_always_will.FindIn(words); !said.empty()) {
      ctx.Report("child-consistency", c.text->pointer,
                 "the children's wording of " + c.what + " says \"" + said +
                     "\", but the law lets an organisation refuse some requests (UK GDPR Arts 17(3), 18(2), 21(1))",
                 {hint});
    }
  }
}

}  // namespace

void CheckChildConsistency(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (!m.notice.child) return;
  CheckClaims(ctx);
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!ctx.scope.ConcernsChildren(ctx.scope.retention[i])) continue;
    std::vector<std::pair<std::string, const source::Translation*>> wordings;  // the child texts, every band's
    for (const auto& [locale, tr] : r.child.by_locale) wordings.push_back({locale, &tr});
    for (const auto& [band, text] : r.child_by_band.by_band) {
      for (const auto& [locale, tr] : text.by_locale) wordings.push_back({locale, &tr});
    }
    for (const auto& [locale, tr] : wordings) {
      const source::Translation& child = *tr;
      std::string adult;
      for (const source::Text* t : {&r.period, &r.criteria}) {
        if (const source::Translation* tr = t->Get(locale)) adult += " " + tr->text;
      }
      const int a = SaysIndefinite(locale, adult), c = SaysIndefinite(locale, child.text);
      if (a == 0 && c == 0) {
        // Both give a time: where both give a duration, the longest must agree. (A child text
        // with no duration, such as "until you are 25", is compared only with an adult birthday.)
        const double adult_months = LongestDuration(ctx.law.vocabulary, adult);
        const double child_months = LongestDuration(ctx.law.vocabulary, child.text);
        if (adult_months > 0 && child_months > 0 && std::abs(child_months - adult_months) > 0.01) {
          ctx.Report("child-consistency", child.pointer,
                     "the children's wording of retention record '" + r.id + "' says " + Said(child_months) +
                         ", but the adult notice keeps it for " + Said(adult_months),
                     {"the children's version must say what the adult notice says: make the \"child\" text give the "
                      "same time as \"period\"/\"criteria\""});
        }
        // "Until you are 18" against "until the child's 25th birthday": both are ages, so they must agree.
        const int child_age = ChildUntilAge(ctx.law.vocabulary, Words(child.text));
        const int adult_age = AdultBirthday(ctx.law.vocabulary, Words(adult));
        if (child_age > 0 && adult_age > 0 && child_age != adult_age) {
          ctx.Report("child-consistency", child.pointer,
                     "the children's wording of retention record '" + r.id + "' says until they are " +
                         std::to_string(child_age) + ", but the adult notice keeps it until they are " +
                         std::to_string(adult_age),
                     {"the children's version must say what the adult notice says: make the \"child\" text give the "
                      "same age as \"period\"/\"criteria\""});
        }
        continue;
      }
      if (a < 0 || adult.empty() || a == c) continue;
      ctx.Report("child-consistency", child.pointer,
                 a ? "retention record '" + r.id +
                         "' is kept without a time limit, but its children's wording does "
                         "not say so"
                   : "the children's wording of retention record '" + r.id +
                         "' says it is kept for ever, but the "
                         "adult notice gives a limit",
                 {"the children's version must say what the adult notice says: make the \"child\" text match "
                  "\"period\"/\"criteria\""});
    }
  }
}

}  // namespace pnc::rules
