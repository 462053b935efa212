#pragma once
// Test helper: the shipped locale files under accessibility/readability/, parsed once.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "readability/locale_data.h"

namespace pnc::readability::testing {

/// The parsed JSON of accessibility/readability/<locale>.json (discarded value if unreadable).
inline nlohmann::json ShippedJson(const std::string& locale) {
  std::ifstream in(std::string(PNC_DEFAULT_DATA_DIR) + "/accessibility/readability/" + locale + ".json");
  return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

/// The shipped locale, which must load without errors.
inline const LocaleData& Shipped(const std::string& locale) {
  static const LocaleData en = LoadLocale(ShippedJson("en")).data;
  static const LocaleData cy = LoadLocale(ShippedJson("cy")).data;
  return locale == "cy" ? cy : en;
}

/// A band of a shipped locale, which must exist.
inline const Band& ShippedBand(const std::string& locale, const std::string& id) {
  const Band* band = FindBand(Shipped(locale), id);
  REQUIRE(band != nullptr);
  return *band;
}

}  // namespace pnc::readability::testing
