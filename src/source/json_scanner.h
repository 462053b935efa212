#pragma once
// source: the JSON (with comments) scanner behind Locator::Scan: text → the span of every value and
// key by JSON pointer, or the first syntax error. Internal to the locator.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "source/json_locator.h"

namespace pnc::source {

/// Scans `text` (a UTF-8 byte-order mark is skipped), filling `values` and `keys`; duplicate keys go to
/// `duplicates` and scanning goes on. Returns false with `*error` on the first syntax error.
bool ScanJson(std::string_view text, std::unordered_map<std::string, Span>* values,
              std::unordered_map<std::string, Span>* keys, std::vector<ScanError>* duplicates, ScanError* error);

}  // namespace pnc::source
