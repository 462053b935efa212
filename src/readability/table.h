#pragma once
// readability: the per-section measures `pnc lint --readability` prints.
#include <string>
#include <vector>

#include "readability/locale_data.h"
#include "readability/scores.h"

namespace pnc::readability {

/// One section of a notice as plain text (Markdown stripped, heading not included).
struct SectionText {
  std::string title;
  std::string text;
};

/// One row of the table: a section, or the whole notice in the last row ("total").
struct TableRow {
  std::string title;
  TextStats stats;
  int jargon = 0;  // jargon findings Check would report for the band and glossary
};

/// One row per section, then a "total" row measured on all sections joined by line breaks
/// (not summed: grades and averages do not add up).
std::vector<TableRow> ReadabilityRows(const std::vector<SectionText>& sections, const LocaleData& locale,
                                      const Band& band, const std::vector<std::string>& glossary);

}  // namespace pnc::readability
