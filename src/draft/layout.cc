// draft: segmentation, the layout model. Blocks + sentences → per sentence the cells of its table
// row and the table's header row, a "Label: value" field label, and the record (one purpose's row,
// run of labelled lines, or definition term with its definitions) it belongs to.
#include <set>
#include <string>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {
namespace {

// Every reader writes a table row as its cells joined with " | " (read_html.cc, read_docx.cc,
// the Markdown outline, pipe tables in text).
std::vector<std::vector<std::string>> Cells(const std::string& row) {
  std::vector<std::vector<std::string>> out;
  size_t i = 0;
  while (i <= row.size()) {
    size_t j = row.find(" | ", i);
    if (j == std::string::npos) j = row.size();
    out.push_back(Tokenize(std::string_view(row).substr(i, j - i)));
    std::erase(out.back(), ",");
    i = j + 3;
  }
  return out;
}

// A header row names its columns: two or more short cells, none a sentence.
bool HeaderRow(const Sentence& s) {
  if (s.cells.size() < 2 || s.text.find(". ") != std::string::npos) return false;
  for (const auto& c : s.cells) {
    if (c.empty() || c.size() > 5) return false;
  }
  return true;
}

// The tokens of a field label the text opens with: "Lawful basis: consent", "Purpose – to run
// the club", "Legal basis - Legitimate interests". A label is one to five words before ':' or a
// spaced dash, in the first 40 bytes; "Note: …" is a label too, harmless: only labels the
// detectors ask about (basis, purpose) mean anything.
int LabelTokens(const std::string& t) {
  size_t colon = t.find(':');
  size_t dash = std::string::npos;
  for (const char* d : {" - ", " \u2013 ", " \u2014 "}) dash = std::min(dash, t.find(d));
  size_t at = std::min(colon, dash);
  if (at == std::string::npos || at == 0 || at > 40) return 0;
  std::string prefix = t.substr(0, at);
  if (prefix.find_first_of(".?!(") != std::string::npos) return 0;
  size_t after = at == colon ? at + 1 : t.find(' ', at + 1);
  if (after == std::string::npos || t.find_first_not_of(' ', after) == std::string::npos) return 0;
  if (t.compare(after, 2, "//") == 0) return 0;  // https://…
  auto tok = Tokenize(prefix);
  return tok.size() >= 1 && tok.size() <= 5 ? static_cast<int>(tok.size()) : 0;
}

}  // namespace

void AddLayout(const std::vector<Block>& blocks, Document* doc) {
  auto& sents = doc->sentences;
  const int n = static_cast<int>(sents.size());
  // Tables: each row's cells; a run of rows is one table, whose first row may be its header.
  int header = -1;
  for (int s = 0; s < n; ++s) {
    Sentence& sen = sents[s];
    if (!sen.table_row || sen.joined) {
      if (!sen.joined) header = -1;
      continue;
    }
    sen.cells = Cells(sen.text);
    bool first = s == 0 || !sents[s - 1].table_row;
    if (first) header = HeaderRow(sen) ? s : -1;
    if (s != header) sen.header = header;
  }
  // The first sentence read from each block (joined copies, which carry their item's block, aside).
  std::vector<int> item(blocks.size(), -1);
  for (int s = 0; s < n; ++s) {
    if (!sents[s].joined && item[sents[s].block] < 0) item[sents[s].block] = s;
  }
  // Records. Runs of labelled lines break at a heading, running text, or a label met again
  // ("Purpose: … / Lawful basis: … / Purpose: …" is two records).
  int next = 0, cur = -1, cur_block = -1;
  std::set<std::vector<std::string>> labels;
  for (int s = 0; s < n; ++s) {
    Sentence& sen = sents[s];
    if (sen.joined) continue;
    const Block& b = blocks[sen.block];
    bool first_of_block = item[sen.block] == s;
    if (sen.heading) {
      cur = -1;
      continue;
    }
    if (sen.table_row) {
      sen.record = next++;
      cur = -1;
      continue;
    }
    if (b.term) {  // a definition term is a label; its definitions follow as list items
      sen.label = static_cast<int>(sen.tokens.size());
      if (cur < 0 || labels.count(sen.tokens)) {
        cur = next++;
        labels.clear();
      }
      labels.insert(sen.tokens);
      cur_block = sen.block;
      sen.record = cur;
      continue;
    }
    if (!first_of_block) {  // the rest of a labelled value ("Lawful basis: Consent. You can …")
      if (cur >= 0 && sen.block == cur_block) sen.record = cur;
      continue;
    }
    if (sen.list_item && sen.lead_in >= 0 && blocks[sents[sen.lead_in].block].term) {
      sen.record = sents[sen.lead_in].record;
      cur_block = sen.block;
      continue;
    }
    sen.label = LabelTokens(sen.text);
    if (sen.label > 0) {
      std::vector<std::string> key(sen.tokens.begin(), sen.tokens.begin() + sen.label);
      if (cur < 0 || labels.count(key)) {
        cur = next++;
        labels.clear();
      }
      labels.insert(key);
      sen.record = cur;
      cur_block = sen.block;
      continue;
    }
    cur = -1;
  }
  // A lead-in joined with one item reads as that item's record.
  for (auto& sen : sents) {
    if (sen.joined && item[sen.block] >= 0) sen.record = sents[item[sen.block]].record;
  }
}

}  // namespace pnc::draft
