// diag: collection and ordering of diagnostics (no printing here; see format.cc).
#include "diag/diagnostic.h"

#include <algorithm>
#include <functional>
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

int Sink::Errors() const {
  return static_cast<int>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::kError; }));
}

int Sink::Warnings() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::kWarning; }));
}

void Sink::Sort() {
  // Unknown positions (line 0) sort after known ones in the same file.
  // A misspelt key ("retension"; an unknown key with a did-you-mean) comes first in its file: the
  // errors it causes ("the source has no retention records") follow it, so the reader meets the
  // cause before its effects.
  auto key = [](const Diagnostic& d) {
    int misspelt = d.rule == "unknown-key" && d.message.find("; did you mean '") != std::string::npos ? 0 : 1;
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
