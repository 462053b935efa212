// readability: sections → TableRow values, the measures of `pnc lint --readability` (rules makes
// them a diag::Table; report prints it).
#include "readability/table.h"

#include "readability/check.h"
#include "readability/text.h"

namespace pnc::readability {
namespace {

TableRow Row(const std::string& title, const std::string& text, const LocaleData& locale, const Band& band,
             const std::vector<std::string>& glossary) {
  CheckOptions only_jargon;
  only_jargon.reading_level = false;
  only_jargon.long_sentences = false;
  CheckResult result = Check(text, locale, band, glossary, only_jargon);
  return {title, result.stats, static_cast<int>(result.findings.size())};
}

}  // namespace

std::vector<TableRow> ReadabilityRows(const std::vector<SectionText>& sections, const LocaleData& locale,
                                      const Band& band, const std::vector<std::string>& glossary) {
  std::vector<TableRow> rows;
  std::string all;
  for (const SectionText& section : sections) {
    rows.push_back(Row(section.title, section.text, locale, band, glossary));
    if (!all.empty()) all += '\n';
    all += section.text;
  }
  rows.push_back(Row("total", all, locale, band, glossary));
  return rows;
}

}  // namespace pnc::readability
