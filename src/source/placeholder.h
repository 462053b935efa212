#pragma once
// source: finds placeholders ("TBC", ZA000000, info@example.org, "[insert date]", lorem ipsum,
// Ofcom's drama phone numbers) in the text a source would publish. One pass, linear in the text.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pnc::source {

/// A placeholder found in a text.
struct Placeholder {
  std::string match;  // the placeholder as written, e.g. "ZA000000"
  std::string why;    // e.g. "a number of zeros", "a documentation domain (example.org)"
};

/// The first placeholder in `text`, or an empty match when there is none. Linear in text.size().
Placeholder FindPlaceholder(std::string_view text);

/// A placeholder at a JSON pointer of a source.
struct PlaceholderAt {
  std::string pointer;
  Placeholder found;
};

/// Every string value of a source that is published (ids, codes, translation hashes, `$schema`
/// and `unconfirmed` notes are skipped), checked for placeholders.
std::vector<PlaceholderAt> FindPlaceholders(const nlohmann::json& source);

}  // namespace pnc::source
