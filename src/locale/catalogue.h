#pragma once
// locale: one locale catalogue (locales/<code>.json): every fixed string pnc writes, with {name}
// placeholders, plus the locale's metadata (name, direction, review status).
#include <functional>
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

/// How the last item of a list joins it (Catalogue::JoinLast): the catalogue key to join with
/// ("list.last", "list.last-vowel", "list.last-article") and the item as written after it.
struct LastJoin {
  std::string key;
  std::string item;
};

/// What is wrong with the shape of a catalogue's JSON (catalogue_parse.cc): a member missing, a
/// value of the wrong type, or one outside its allowed set, at the place a user fixes it.
struct ParseProblem {
  std::string message;  // "'messages' must be an object of key → text, not an array"
  std::string pointer;  // JSON pointer of the value at fault, or of the object that lacks a member
  std::string rule;     // missing-field, type-mismatch or invalid-value
  std::string hint;     // the edit that fixes it
};

/// A loaded catalogue. Looking up a missing key yields a visible marker and is recorded, so a
/// build can fail with an internal error instead of printing a gap.
class Catalogue {
 public:
  /// Builds from parsed JSON; returns "" or what is wrong (and, given `problem`, where and the fix).
  /// Any JSON value is read without throwing: a wrong shape is a returned problem.
  std::string Parse(const std::string& code, const nlohmann::json& json, ParseProblem* problem = nullptr);
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
  /// Formats one joining key (list.more, list.pause, list.last*) with its {head} and {item}.
  using JoinFormat = std::function<std::string(const std::string&, const std::map<std::string, std::string>&)>;
  /// Joins items as the language does ("a, b and c"; Welsh "a, b a c", "… ac e"). An item after the
  /// first whose first word is one of `joining.lowercase_words` and whose next word is lowercase ("Our
  /// supporter database provider", "The police") is written from a lowercase letter, as a name written
  /// on its own line, not a proper noun; an `is_name` item keeps its letters. `format` replaces
  /// the catalogue's own text of the joining keys (a source's `wording`), `is_name` marks the items
  /// that keep their letters (JoinLast's `name`); both may be empty.
  /// `holds_conjunction` replaces HoldsConjunction for the pause (an item in another language is read
  /// with that language's conjunctions).
  std::string JoinList(const std::vector<std::string>& items, const JoinFormat& format = {},
                       const std::function<bool(const std::string&)>& is_name = {},
                       const std::function<bool(const std::string&)>& holds_conjunction = {}) const;
  /// How `item` joins a list as its last item, from the catalogue's "joining" data: an item whose
  /// first word is one of its `articles` joins with "list.last-article" without that word (Welsh
  /// "a'r"); one that begins with one of its `vowels` with "list.last-vowel" (Welsh "ac"); any other
  /// with "list.last", its first letters changed by its `mutation` (Welsh aspirate mutation after
  /// "a": c→ch, p→ph, t→th) unless `name` is set (a proper name, or text in another language) or
  /// the item looks like a name (an abbreviation, or several capitalised words). A catalogue
  /// without "joining" always uses "list.last" and the item as it is.
  LastJoin JoinLast(const std::string& item, bool name = false) const;
  /// True when an item holds one of the catalogue's `joining.conjunctions` as a word ("parents and
  /// carers"), or a comma of its own ("our database provider, hosted in the United States"): the last
  /// join then takes "list.pause" first ("… parents and carers, and volunteers").
  bool NeedsPause(const std::vector<std::string>& items) const;
  /// `item` with its first letter lowercase when its first word is one of `joining.lowercase_words`
  /// (ASCII, as written there) and the next word begins with a lowercase ASCII letter; else `item`.
  std::string LowerFirstWord(const std::string& item) const;
  /// True when `item` holds one of the catalogue's `joining.conjunctions` as a whole word.
  bool HoldsConjunction(const std::string& item) const;
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
  /// "" when every message that `reference` (the English catalogue) also has uses exactly its
  /// {placeholders}; else what is wrong with the first that does not. A translated message with
  /// an unknown placeholder would print it as "{nosuch}", one that drops a placeholder drops a fact.
  std::string CheckPlaceholders(const Catalogue& reference) const;
  /// A message whose {placeholders} differ from the reference catalogue's message of that key.
  struct Mismatch {
    std::string key;
    std::set<std::string> mine, theirs;  // the placeholder names here and in the reference
  };
  /// Every message that `reference` also has whose placeholders differ from its, in key order.
  std::vector<Mismatch> PlaceholderMismatches(const Catalogue& reference) const;

 private:
  std::string code_, name_, dir_ = "ltr";
  Review review_;
  std::map<std::string, std::string> messages_;
  std::map<std::string, std::string> conditions_;
  std::map<std::string, FixedKey> fixed_;
  // "joining": how the last item of a list is joined (see JoinLast).
  std::vector<std::string> vowels_, articles_, conjunctions_, vowel_words_, lowercase_words_;
  std::map<std::string, std::string> mutation_;
  std::map<std::string, std::string> contractions_;  // Welsh "eich" → "'ch": "a" + "eich" is "a'ch"
  mutable std::mutex missing_mutex_;
  mutable std::set<std::string> missing_;
};

/// Replaces {name} placeholders in `pattern`; unknown placeholders are left as they are.
std::string Substitute(const std::string& pattern, const std::map<std::string, std::string>& args);

/// The placeholder names used in a pattern, sorted.
std::set<std::string> Placeholders(const std::string& pattern);

}  // namespace pnc::locale
