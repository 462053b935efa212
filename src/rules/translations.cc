// rules: every free-text field has text in every declared locale, made from the current
// default-locale text (UK GDPR Art 12(1); where the Welsh Language Standards apply to the body, no
// version may be less favourable than another). And the texts written without a locale map are in
// the language of the default locale they are taken as.
#include <cctype>
#include <set>

#include "base/language.h"
#include "base/utf8.h"
#include "rules/context.h"
#include "source/loader.h"
#include "source/visit.h"

namespace pnc::rules {
namespace {

std::string Excerpt(const std::string& s) {
  std::string one;
  for (char c : s) one.push_back(c == '\n' ? ' ' : c);
  if (one.size() <= 80) return one;
  size_t cut = base::Utf8CharStart(one, 77);  // keep UTF-8 whole
  return one.substr(0, cut) + "...";
}

// The numbers a text states ("3 years", "01600 773412", "Article 6(1)"), digits only, a space
// inside a number (a phone number's groups) closed up.
std::set<std::string> Numbers(const std::string& s) {
  std::set<std::string> out;
  std::string cur;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : '\0';
    if (std::isdigit(static_cast<unsigned char>(c))) {
      cur += c;
    } else if (c == ' ' && !cur.empty() && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      continue;
    } else if (!cur.empty()) {
      out.insert(cur);
      cur.clear();
    }
  }
  return out;
}

std::string Listed(const std::set<std::string>& s) {
  std::string out;
  for (const auto& n : s) out += (out.empty() ? "'" : ", '") + n + "'";
  return out;
}

// A translation that states other numbers than the text it translates ("5 mlynedd" for "3 years")
// tells its readers another fact (user test s30 F7: a Welsh period changed without the English, which
// no hash can catch). Only where both state numbers: a translator may write "three" as a word.
void CheckNumbers(const RuleContext& ctx, const source::Translation& original, const source::Translation& tr,
                  const std::string& base, const std::string& locale) {
  const std::set<std::string> a = Numbers(original.text), b = Numbers(tr.text);
  if (a.empty() || b.empty() || a == b) return;
  std::set<std::string> only_a, only_b;
  for (const auto& n : a) {
    if (!b.count(n)) only_a.insert(n);
  }
  for (const auto& n : b) {
    if (!a.count(n)) only_b.insert(n);
  }
  auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, tr.pointer,
                      "the '" + locale + "' text gives " + (only_b.empty() ? "no " + Listed(only_a) : Listed(only_b)) +
                          (only_a.empty() ? ", which the '" + base + "' text does not"
                                          : " where the '" + base + "' text gives " + Listed(only_a)),
                      "translation-numbers");
  d.hints = {"a translation states the same facts: correct whichever text is wrong (the " + base + " text is: \"" +
             Excerpt(original.text) + "\")"};
  ctx.sink->Add(std::move(d));
}

}  // namespace

void CheckTranslations(const RuleContext& ctx) {
  const auto& locales = ctx.model.notice.locales;
  if (locales.size() < 2) return;
  const std::string& base = locales.front();
  // A source written without hashes would get one warning per field: the first few are shown,
  // each with its hash, then one count.
  constexpr size_t kShownUnhashed = 10;
  size_t unhashed = 0;
  std::string first_unhashed;
  source::ForEachText(ctx.model, [&](const source::Text& text) {
    const source::Translation* original = text.Get(base);
    if (original == nullptr) {
      ctx.Report("missing-translation", text.pointer, "text has no '" + base + "' version (the default locale)");
      return;
    }
    const std::string hash = source::TextHash(original->text);
    for (size_t i = 1; i < locales.size(); ++i) {
      const source::Translation* tr = text.Get(locales[i]);
      if (tr == nullptr && text.proper_name) continue;  // a name or address, the same in every locale
      if (tr != nullptr && tr != original) CheckNumbers(ctx, *original, *tr, base, locales[i]);
      if (tr == nullptr) {
        auto d =
            diag::Make(ctx.options.allow_fallback ? diag::Severity::kWarning : diag::Severity::kError, ctx.model.file,
                       text.pointer, "text has no '" + locales[i] + "' translation", "missing-translation");
        d.hints = {ctx.options.allow_fallback ? "the '" + base + "' text is used, marked as " + base
                   : original->pointer == text.pointer
                       // A plain string has no "en" to put a translation beside.
                       ? "write the text as a locale map, {\"" + base + "\": \"…\", \"" + locales[i] +
                             "\": \"…\"}, or export every untranslated text for a translator with 'pnc "
                             "translate export --locale " +
                             locales[i] +
                             "' (and 'pnc translate import' to merge it back); or build with --allow-fallback"
                       : "add \"" + locales[i] + "\": \"…\" beside \"" + base +
                             "\", or export the texts for a translator with 'pnc translate export --locale " +
                             locales[i] + "'; or build with --allow-fallback"};
        ctx.sink->Add(d);
      } else if (tr->from.empty()) {
        // Accepted, but staleness can never be checked: the hash of the text it was made from is asked for.
        // The summary stands where the first translation it counts is, so it sorts after the ones shown.
        if (++unhashed == kShownUnhashed + 1) first_unhashed = tr->pointer;
        if (unhashed > kShownUnhashed) continue;
        auto d =
            diag::Make(diag::Severity::kWarning, ctx.model.file, tr->pointer,
                       "the '" + locales[i] + "' translation records no 'from' hash, so pnc cannot tell when the '" +
                           base + "' text changes",
                       "stale-translation");
        d.hints = {"if it translates the current " + base + " text, write it as {\"text\": \"…\", \"from\": \"" + hash +
                   "\"}; pnc translate import writes it"};
        ctx.sink->Add(d);
      } else if (tr->from != hash) {
        auto d = diag::Make(
            ctx.options.strict ? diag::Severity::kError : diag::Severity::kWarning, ctx.model.file, tr->pointer,
            "the '" + locales[i] + "' translation was made from an earlier '" + base + "' text", "stale-translation");
        d.hints = {"the " + base + " text is now: \"" + Excerpt(original->text) + "\"",
                   "update the translation and set \"from\": \"" + hash + "\""};
        ctx.sink->Add(d);
      }
    }
  });
  if (unhashed > kShownUnhashed) {
    const auto more = unhashed - kShownUnhashed;
    auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, first_unhashed,
                        more == 1 ? "1 more translation records no 'from' hash, this one"
                                  : std::to_string(more) + " more translations record no 'from' hash, from this one on",
                        "stale-translation");
    d.hints = {"pnc translate export and import record every hash; the first " + std::to_string(kShownUnhashed) +
               " are shown above"};
    ctx.sink->Add(d);
  }
}

// A Welsh scheme that lists "cy" first to put Welsh first, over English texts written as plain
// strings, had every English text published as Welsh: in notice.cy.html unmarked, read by the Welsh
// voice and mutated by the Welsh list joiner ("a Pharents"; user test s28 F13). pnc knows the
// function words of Welsh and English only, so only those two are told apart; once per source.
void CheckDefaultLocale(const RuleContext& ctx) {
  const auto& m = ctx.model;
  if (m.notice.locales.empty()) return;
  const std::string& base = m.notice.locales.front();
  if (base != "cy" && base != "en") return;
  const std::string other = base == "cy" ? "en" : "cy";
  int as_other = 0, as_base = 0;
  std::string first;
  source::ForEachText(m, [&](const source::Text& text) {
    const source::Translation* tr = text.Get(base);
    // Only a plain string is taken as the default locale; a locale map and a name in its own
    // language ({"text": …, "lang": …}) say theirs.
    if (tr == nullptr || tr->pointer != text.pointer || text.proper_name) return;
    const std::string lang = base::WordsLanguage(base::LowerWords(tr->text));
    if (lang == base) ++as_base;
    if (lang != other) return;
    if (++as_other == 1) first = text.pointer;
  });
  // Plainly the other language: several texts, and most of those whose language shows.
  if (as_other < 3 || as_other <= 2 * as_base) return;
  const std::string name = other == "en" ? "English" : "Welsh";
  auto d = diag::Make(diag::Severity::kWarning, m.file, m.notice.locales_pointer,
                      "texts without a locale map are taken as '" + base +
                          "', the first locale in notice.locales, "
                          "but " +
                          std::to_string(as_other) + " of them read as " + name + " (the first at " + first + ")",
                      "default-locale");
  d.hints = {"if they are " + name + ", list \"" + other + "\" first in notice.locales, or write each as {\"" + other +
             "\": \"…\"}"};
  if (base == "cy") {
    d.hints.push_back(
        "the order of notice.locales does not put Welsh first on a page: for Welsh-first pages with English beside "
        "it, build with --bilingual cy,en");
  }
  ctx.sink->Add(d);
}

}  // namespace pnc::rules
