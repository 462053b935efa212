#pragma once
// draft: HTML attributes and a page's own style sheets, for the HTML reader.
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pnc::draft::html {

/// ASCII lower case.
std::string Lower(std::string_view s);
/// The words of `s` split at white space.
std::vector<std::string> Words(std::string_view s);
/// A tag's attributes as (lowercase name, value); a boolean attribute ("hidden") has an empty value.
std::vector<std::pair<std::string, std::string>> Attrs(std::string_view a);
/// The classes a page's own style sheets hide: a rule whose selectors are bare classes (".note,
/// .old") and whose declarations say display:none. Rules inside @media (print, small screens) hide
/// text only sometimes and are passed over; so are compound selectors.
std::set<std::string> HiddenClasses(std::string_view html);

}  // namespace pnc::draft::html
