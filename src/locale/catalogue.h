#pragma once
// locale: one locale catalogue (locales/<code>.json): every fixed string pnc writes, with {name}
// placeholders, plus the locale's metadata (name, direction, review status).
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace pnc::locale {

/// Who reviewed a catalogue and when.
struct Review {
  std::string status;  // "reviewed" or "unreviewed"
  std::string by;
  std::string date;
};

/// A key a source's `wording` cannot override (the catalogue's "fixed"): it states the law.
struct FixedKey {
  std::string why;      // completes "'<key>' …": "states a data subject's right (UK GDPR Arts 15-22)"
  std::string instead;  // where a source puts its own words ("rights.extra"), or ""
};

/// A loaded catalogue. Looking up a missing key yields a visible marker and is recorded, so a
/// build can fail with an internal error instead of printing a gap.
class Catalogue {
 public:
  /// Builds from parsed JSON; returns "" or what is wrong.
  std::string Parse(const std::string& code, const nlohmann::json& json);
  /// The code, e.g. "cy".
  const std::string& code() const { return code_; }
  /// The language's own name, e.g. "Cymraeg".
  const std::string& name() const { return name_; }
  /// "ltr" or "rtl".
  const std::string& dir() const { return dir_; }
  /// Review status.
  const Review& review() const { return review_; }
  /// True when the key exists.
  bool Has(const std::string& key) const { return messages_.count(key) > 0; }
  /// The text for `key`.
  std::string Get(const std::string& key) const;
  /// The text for `key` with {name} placeholders replaced.
  std::string Format(const std::string& key, const std::map<std::string, std::string>& args) const;
  /// Joins items as the language does ("a, b and c"; Welsh "a, b a c", "… ac e").
  std::string JoinList(const std::vector<std::string>& items) const;
  /// The key that joins `item` as the last of a list: "list.last-vowel" when it begins with a
  /// vowel (Welsh "ac" for "a"; the same text as "list.last" in other languages), else "list.last".
  static const char* LastKey(const std::string& item);
  /// A YYYY-MM-DD date in the locale's long form ("1 October 2026", "1 Hydref 2026").
  std::string FormatDate(const std::string& iso) const;
  /// Keys looked up but missing.
  std::set<std::string> Missing() const;
  /// All keys.
  const std::map<std::string, std::string>& messages() const { return messages_; }
  /// The recorded condition of a key that states a fact about the organisation (the catalogue's
  /// "conditions": exact key, or "prefix.*"; an "@band" suffix is ignored), or "" for a key that
  /// is law or interface text, true for every notice. Only the English catalogue records them.
  std::string Condition(const std::string& key) const;
  /// Every recorded condition (key or "prefix.*" → condition).
  const std::map<std::string, std::string>& conditions() const { return conditions_; }
  /// The entry of "fixed" that matches `key` (exact, or "prefix.*"; an "@band" suffix is
  /// ignored), or nullptr when a source may override it. Only the English catalogue records them.
  const FixedKey* Fixed(const std::string& key) const;
  /// Every fixed pattern.
  const std::map<std::string, FixedKey>& fixed() const { return fixed_; }

 private:
  std::string code_, name_, dir_ = "ltr";
  Review review_;
  std::map<std::string, std::string> messages_;
  std::map<std::string, std::string> conditions_;
  std::map<std::string, FixedKey> fixed_;
  mutable std::mutex missing_mutex_;
  mutable std::set<std::string> missing_;
};

/// Replaces {name} placeholders in `pattern`; unknown placeholders are left as they are.
std::string Substitute(const std::string& pattern, const std::map<std::string, std::string>& args);

/// The placeholder names used in a pattern, sorted.
std::set<std::string> Placeholders(const std::string& pattern);

}  // namespace pnc::locale
