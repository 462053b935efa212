// readability: sections → TableRow values → the aligned text table of `pnc lint --readability`.
#include "readability/table.h"

#include <algorithm>
#include <charconv>

#include "readability/check.h"
#include "readability/text.h"

namespace pnc::readability {
namespace {

constexpr std::size_t kMaxTitleWidth = 32;

std::string OneDecimal(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  return std::string(buffer, result.ptr);
}

// Code points, which is what a terminal shows for Latin and Welsh titles.
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    DecodeAt(s, i, &len);
    i += len;
    ++n;
  }
  return n;
}

// At most kMaxTitleWidth code points, cut ones ending in "…".
std::string Fit(const std::string& title) {
  if (Width(title) <= kMaxTitleWidth) return title;
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < title.size() && n + 1 < kMaxTitleWidth; ++n) {
    std::size_t len = 0;
    DecodeAt(title, i, &len);
    out.append(title, i, len);
    i += len;
  }
  return out + "…";
}

std::string PadRight(const std::string& s, std::size_t width) {
  std::size_t w = Width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

std::string PadLeft(const std::string& s, std::size_t width) {
  std::size_t w = Width(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

TableRow Row(const std::string& title, const std::string& text, const LocaleData& locale,
             const Band& band, const std::vector<std::string>& glossary) {
  CheckOptions only_jargon;
  only_jargon.reading_level = false;
  only_jargon.long_sentences = false;
  CheckResult result = Check(text, locale, band, glossary, only_jargon);
  return {title, result.stats, static_cast<int>(result.findings.size())};
}

}  // namespace

std::vector<TableRow> ReadabilityRows(const std::vector<SectionText>& sections,
                                      const LocaleData& locale, const Band& band,
                                      const std::vector<std::string>& glossary) {
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

std::string FormatTable(const std::vector<TableRow>& rows) {
  bool estimated = std::any_of(rows.begin(), rows.end(), [](const TableRow& row) {
    return row.stats.smog && !row.stats.smog_reliable;
  });
  // Every SMOG cell ends in "*" or a space when any is starred, so the digits stay aligned.
  std::string mark = estimated ? " " : "";
  std::vector<std::vector<std::string>> cells = {
      {"section", "words", "sent", "avg", "max", "FK", "SMOG" + mark, "jargon"}};
  for (const TableRow& row : rows) {
    const TextStats& s = row.stats;
    std::string smog = "-" + mark;
    if (s.smog) smog = OneDecimal(*s.smog) + (s.smog_reliable ? mark : "*");
    cells.push_back({Fit(row.title), std::to_string(s.words), std::to_string(s.sentences),
                     OneDecimal(s.average_sentence_words), std::to_string(s.max_sentence_words),
                     s.flesch_kincaid ? OneDecimal(*s.flesch_kincaid) : "-", smog,
                     std::to_string(row.jargon)});
  }
  std::vector<std::size_t> widths(cells[0].size(), 0);
  for (const auto& line : cells) {
    for (std::size_t c = 0; c < line.size(); ++c) widths[c] = std::max(widths[c], Width(line[c]));
  }
  std::string out;
  for (const auto& line : cells) {
    std::string text = PadRight(line[0], widths[0]);
    for (std::size_t c = 1; c < line.size(); ++c) text += "  " + PadLeft(line[c], widths[c]);
    out += text + "\n";
  }
  if (estimated) out += "* SMOG from fewer than 30 sentences: an estimate only\n";
  return out;
}

}  // namespace pnc::readability
