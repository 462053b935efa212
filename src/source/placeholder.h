#pragma once
// source: finds placeholders ("TBC", ZA000000, info@example.org, "[insert date]", "John Doe",
// "XX days", lorem ipsum, Ofcom's drama phone numbers) in the text a source would publish. One
// pass per word list, linear in the text. The words are data (data/placeholders.json).
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pnc::source {

/// The words and phrases of data/placeholders.json (lowercase).
struct PlaceholderWords {
  std::vector<std::string> words;            // "tbc": a whole word that is never a fact
  std::vector<std::string> phrases;          // "to be confirmed", "john doe", "i'w gadarnhau"
  std::vector<std::string> whole_values;     // "n/a", "dim": a placeholder only as the whole text
  std::vector<std::string> gap_words;        // a word that makes "[…]" or "<…>" a gap to fill in
  std::vector<std::string> example_hosts;    // "example.org.uk": a domain (or its subdomains)
  std::vector<std::string> example_labels;   // "yourcharity": a label of any domain
  std::vector<std::string> unknown_numbers;  // "xx", before a time unit ("XX days")
  std::vector<std::string> time_units;       // "days", "mlynedd"
  std::vector<std::string> fill_verbs;       // "insert", "rhowch": first word of an instruction to fill in
  std::vector<std::string> fill_ends;        // "here", "yma": its last word
};

/// Reads data/placeholders.json; returns "" or what is malformed.
std::string ParsePlaceholderWords(const nlohmann::json& json, PlaceholderWords* out);

/// Sets the process-wide words (driver::LoadResources does, once, before any source is loaded).
/// Until then only the shapes are checked (zeros, reserved domains, drama numbers, "{{…}}").
void SetPlaceholderWords(PlaceholderWords words);

/// A placeholder found in a text.
struct Placeholder {
  std::string match;  // the placeholder as written, e.g. "ZA000000"
  std::string why;    // e.g. "a number of zeros", "a documentation domain (example.org)"
};

/// The first placeholder in `text` whose match (compared in lowercase) is not in `dismissed`, or
/// an empty match when there is none. Linear in text.size().
Placeholder FindPlaceholder(std::string_view text, const std::set<std::string>& dismissed = {});

/// A placeholder at a JSON pointer of a source.
struct PlaceholderAt {
  std::string pointer;
  Placeholder found;
  std::string whole;  // found.match uncut (found.match is cut at 60 bytes): what a dismissal names
};

/// A source's explicit statement that a value pnc takes for a placeholder is a fact
/// (`"not_placeholders": [{"at": "/retention/summary", "text": "TBC"}]`).
struct Dismissal {
  std::string at;       // the JSON pointer of the field
  std::string text;     // the match dismissed there, as pnc quoted it
  std::string pointer;  // where the dismissal is written
  bool used = false;    // it dismissed a match (an unused one is reported)
};

/// Every string value of a source that is published (ids, codes, translation hashes, `$schema`
/// and `unconfirmed` notes are skipped), checked for placeholders; `dismissals` are applied and
/// marked used.
std::vector<PlaceholderAt> FindPlaceholders(const nlohmann::json& source, std::vector<Dismissal>* dismissals = nullptr);

}  // namespace pnc::source
