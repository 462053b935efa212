// rules: transfers on safeguard 'adequacy' → whether the destination names a place UK adequacy
// regulations cover on the notice's date (data/law.json adequacy_places; Art 13(1)(f), 45A).
#include <algorithm>
#include <cctype>

#include "rules/context.h"

namespace pnc::rules {

namespace {

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0; }

// Whether `word` occurs in `text` with no letter or digit either side ("eu" in "the EU", not in "Europe").
bool HasWord(const std::string& text, const std::string& word) {
  if (word.empty()) return false;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool left = at == 0 || !WordChar(text[at - 1]);
    const size_t end = at + word.size();
    const bool right = end >= text.size() || !WordChar(text[end]);
    if (left && right) return true;
  }
  return false;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A destination names a place when any of its translations does. The phrases of `unless` are blanked
// out first, so that "New Jersey" does not read as Jersey nor "North Korea" as Korea.
bool Names(const source::Text& destination, const AdequacyPlace& place) {
  for (const auto& [locale, tr] : destination.by_locale) {
    std::string lower = Lower(tr.text);
    std::string exact = tr.text;
    for (const auto& u : place.unless) {
      for (size_t at = lower.find(u); at != std::string::npos; at = lower.find(u, at + 1)) {
        std::fill(lower.begin() + static_cast<long>(at), lower.begin() + static_cast<long>(at + u.size()), ' ');
        std::fill(exact.begin() + static_cast<long>(at), exact.begin() + static_cast<long>(at + u.size()), ' ');
      }
    }
    for (const auto& n : place.names) {
      if (HasWord(lower, n)) return true;
    }
    for (const auto& n : place.exact_names) {
      if (HasWord(exact, n)) return true;
    }
  }
  return false;
}

std::string Shown(const RuleContext& ctx, const source::Text& text) {
  const source::Translation* tr = text.Get(ctx.model.default_locale());
  if (tr == nullptr && !text.by_locale.empty()) tr = &text.by_locale.begin()->second;
  std::string s = tr == nullptr ? "" : tr->text;
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

const char* kArt46 =
    "if it is not on the UK list, use \"safeguard\": \"idta\" or \"addendum\" (Art 46) with \"detail\" saying "
    "how to get a copy";

}  // namespace

void CheckTransferPlaces(const RuleContext& ctx) {
  const auto& places = ctx.law.adequacy_places;
  if (places.empty()) return;
  const std::string date = ctx.Date();
  for (const auto& t : ctx.model.transfers) {
    if (t.safeguard.id != "adequacy" || !t.destination.present()) continue;
    const AdequacyPlace* covered = nullptr;  // a place adequacy itself covers on the notice's date
    const AdequacyPlace* other = nullptr;    // a place with a safeguard of its own (the US data bridge)
    const AdequacyPlace* later = nullptr;    // a place whose regulations came after the notice's date
    for (const auto& p : places) {
      if (!Names(t.destination, p)) continue;
      if (!p.in_force.empty() && date < p.in_force) {
        if (later == nullptr) later = &p;
      } else if (!p.safeguard.empty()) {
        if (other == nullptr) other = &p;
      } else if (covered == nullptr) {
        covered = &p;
      }
    }
    if (covered != nullptr) continue;
    const std::string where = "'" + Shown(ctx, t.destination) + "'";
    auto warn = [&](std::string message, std::string hint) {
      auto d = diag::Make(diag::Severity::kWarning, ctx.model.file, t.destination.pointer, std::move(message),
                          "international-transfers");
      d.hints = {std::move(hint)};
      ctx.sink->Add(std::move(d));
    };
    if (other != nullptr) {
      warn("the transfer to " + where + " relies on 'adequacy', but the UK regulations for " + other->name +
               " cover only some organisations there (" + other->reference + ")",
           "use \"safeguard\": \"" + other->safeguard + "\" if the organisation receiving the data is covered; " +
               kArt46);
    } else if (later != nullptr) {
      warn("the transfer to " + where + " relies on 'adequacy', but UK adequacy regulations for " + later->name +
               " took effect on " + later->in_force + " and this notice is dated " + date,
           std::string("name the safeguard the transfer relied on at the time; ") + kArt46);
    } else {
      std::string some;
      for (size_t i = 0; i < places.size() && i < 8; ++i) {
        if (places[i].in_force.empty() || places[i].in_force <= date) some += (some.empty() ? "" : ", ") + places[i].id;
      }
      warn("the transfer to " + where +
               " relies on 'adequacy', but its destination names none of the places UK adequacy regulations "
               "cover, so the notice would say the UK has found it protects personal information",
           "name the country or territory (UK regulations cover " + some + " and others, see adequacy_places in " +
               "data/law.json); " + kArt46);
    }
  }
}

}  // namespace pnc::rules
