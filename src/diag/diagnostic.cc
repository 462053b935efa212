// diag: collection and ordering of diagnostics (no printing here; see format.cc).
#include "diag/diagnostic.h"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

#include "base/utf8.h"

namespace pnc::diag {

// A message or hint is a line or two for a person: a source value quoted in one (a key or id of
// megabytes) is cut, so no diagnostic can flood the terminal or a report. (The pointer stays
// whole: it locates the diagnostic; the report shortens it where it prints it.)
constexpr size_t kMaxText = 1000;

void Sink::Add(Diagnostic d) {
  d.message = Shorten(d.message, kMaxText);
  for (auto& h : d.hints) h = Shorten(h, kMaxText);
  items_.push_back(std::move(d));
}

std::string Shorten(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = base::Utf8CharStart(text, max);  // a whole character
  return std::string(text.substr(0, cut)) + "…";
}

// A folded summary counts for itself and the diagnostics it stands for, so "N errors" is the true count.
int Sink::Errors() const {
  int n = 0;
  for (const Diagnostic& d : items_) n += d.severity == Severity::kError ? 1 + d.more : 0;
  return n;
}

int Sink::Warnings() const {
  int n = 0;
  for (const Diagnostic& d : items_) n += d.severity == Severity::kWarning ? 1 + d.more : 0;
  return n;
}

void Sink::Sort() {
  // Unknown positions (line 0) sort after known ones in the same file.
  // A misspelt key ("retension"; an unknown key with a did-you-mean) or id reference ("manylion-cleint"
  // for "manylion-cleient") comes first in its file: the errors it causes ("the source has no
  // retention records", "data category … is not used by any purpose") follow it, so the reader
  // meets the cause before its effects.
  auto key = [](const Diagnostic& d) {
    int misspelt =
        (d.rule == "unknown-key" || d.rule == "unknown-id") && d.message.find("; did you mean '") != std::string::npos
            ? 0
            : 1;
    int line = d.pos.line == 0 ? 1 << 30 : d.pos.line;
    return std::make_tuple(std::cref(d.file), misspelt, line, d.pos.column, std::cref(d.pointer), std::cref(d.rule),
                           std::cref(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [&](const Diagnostic& a, const Diagnostic& b) {
                             return key(a) == key(b) && a.severity == b.severity;
                           }),
               items_.end());
  FoldRepeats();
}

std::string PlaceOf(const std::string& pointer) {
  std::string place;
  for (size_t i = 0; i < pointer.size();) {
    size_t end = pointer.find('/', i + 1);
    if (end == std::string::npos) end = pointer.size();
    std::string_view segment(pointer.data() + i + 1, end - i - 1);  // after the '/'
    const bool index = !segment.empty() && segment.find_first_not_of("0123456789") == std::string_view::npos;
    place += index ? "/*" : pointer.substr(i, end - i);
    i = end;
  }
  return place;
}

// One error per entry of a 2,000-entry list (the most pnc reads of one list) is thousands of
// lines saying one thing: after the first kShownAtOnePlace of one rule and severity at one place,
// the rest become one summary at the first of them, so the reader sees the problem, the fix
// (its hints) and how often it occurs. Runs on sorted diagnostics, so the ones shown come first.
void Sink::FoldRepeats() {
  using Key = std::tuple<std::string, std::string, std::string, Severity>;  // file, place, rule, severity
  struct Seen {
    int shown = 0;
    size_t summary = 0;  // index in `kept` + 1; 0: none yet
    std::vector<std::string> places;
  };
  std::map<Key, Seen> seen;
  std::vector<Diagnostic> kept;
  kept.reserve(items_.size());
  for (auto& d : items_) {
    if (d.pointer.empty() || d.more > 0) {  // no place, or already a summary: kept as it is
      kept.push_back(std::move(d));
      continue;
    }
    // A key's own diagnostic (an unknown key) is about the key: the keys of one object are one place.
    std::string place = PlaceOf(d.pointer);
    if (d.rule == "unknown-key") place = place.substr(0, place.rfind('/')) + "/*";
    Seen& s = seen[Key{d.file, std::move(place), d.rule, d.severity}];
    if (s.shown < kShownAtOnePlace) {
      ++s.shown;
      kept.push_back(std::move(d));
      continue;
    }
    if (s.summary == 0) {
      s.summary = kept.size() + 1;
      kept.push_back(std::move(d));
      continue;
    }
    ++kept[s.summary - 1].more;
    if (s.places.size() < 9) s.places.push_back(d.pointer);  // with the summary's own: the first 10
  }
  for (auto& [key, s] : seen) {
    if (s.summary == 0 || kept[s.summary - 1].more == 0) continue;  // one over: shown as it is
    Diagnostic& d = kept[s.summary - 1];
    // (Both are cut before the count is added, so the count always shows.)
    const std::string place = Shorten(std::get<1>(key), 200);
    d.message =
        Shorten(d.message, kMaxText - 300) + " (and " + std::to_string(d.more) + " more like it at '" + place + "')";
    std::vector<std::string> where = {Shorten(d.pointer, 200)};
    for (size_t i = 0; i < s.places.size() && where.size() < 10; ++i) where.push_back(Shorten(s.places[i], 200));
    const size_t rest = static_cast<size_t>(d.more) + 1 - where.size();
    d.hints.push_back("pnc shows the first " + std::to_string(kShownAtOnePlace) +
                      " diagnostics of one kind at one place; these " + std::to_string(d.more + 1) + " are at " +
                      JoinCapped(where, 10) + (rest ? ", … and " + std::to_string(rest) + " more" : ""));
  }
  items_ = std::move(kept);
}

void Sink::Merge(const Sink& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  subjects_.insert(subjects_.end(), other.subjects_.begin(), other.subjects_.end());
}

std::string_view StatusName(Status s) {
  switch (s) {
    case Status::kPresent:
      return "present";
    case Status::kMissing:
      return "missing";
    case Status::kDoubtful:
      return "doubtful";
    case Status::kNotApplicable:
      return "not-applicable";
  }
  return "missing";
}

void Sink::Promote(const std::string& rule) {
  for (auto& d : items_) {
    if (d.rule == rule && d.severity == Severity::kWarning) d.severity = Severity::kError;
  }
}

Diagnostic Make(Severity severity, std::string file, std::string pointer, std::string message, std::string rule) {
  Diagnostic d;
  d.severity = severity;
  d.file = std::move(file);
  d.pointer = std::move(pointer);
  d.message = std::move(message);
  d.rule = std::move(rule);
  return d;
}

std::string JoinCapped(const std::vector<std::string>& items, size_t max) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < max; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > max) out += ", … and " + std::to_string(items.size() - max) + " more";
  return out;
}

}  // namespace pnc::diag
