// draft: segmentation. Blocks → sections (by heading level) and sentences with line numbers; a
// lead-in ending in ':' is also joined with the list under it so "You have the right to:" +
// "- ask us to delete…" reads as one statement.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {

bool IsPageNumberLine(const std::string& t) {
  // "Page 3", "Page 3 of 7", "3", "- 3 -"
  std::string s;
  for (char c : t) {
    if (c != ' ' && c != '-') s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (s.empty()) return true;
  size_t i = s.rfind("page", 0) == 0 ? 4 : 0;
  size_t d = i;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d == i) return false;
  if (d == s.size()) return true;
  if (s.compare(d, 2, "of") == 0) {
    size_t e = d + 2;
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    return e == s.size() && e > d + 2;
  }
  return false;
}

namespace {

// Drops page numbers and short lines repeated three or more times (running headers and footers
// of a notice printed to PDF and pasted back as text).
void DropFurniture(std::vector<Block>& blocks) {
  std::map<std::string, int> count;
  for (const auto& b : blocks) {
    if (!b.list_item && !b.table_row && b.text.size() <= 60) ++count[b.text];
  }
  std::erase_if(blocks, [&](const Block& b) {
    if (b.list_item || b.table_row) return false;
    if (IsPageNumberLine(b.text)) return true;
    return b.text.size() <= 60 && count[b.text] >= 3;
  });
}

// Words before a '.' that do not end a sentence.
bool IsAbbreviation(const std::string& text, size_t dot) {
  size_t s = dot;
  while (s > 0 && (std::isalpha(static_cast<unsigned char>(text[s - 1])) || text[s - 1] == '.')) --s;
  std::string w = text.substr(s, dot - s);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* kAbbrev[] = {"e.g", "i.e", "eg", "ie", "etc", "no", "nos", "art", "arts", "para",
                                  "paras", "s", "ss", "sch", "ltd", "inc", "co", "st", "dr", "mr", "mrs",
                                  "ms", "reg", "regs", "approx", "incl", "cf", "vs", "v", "tel", "ext",
                                  "fig", "dept", "govt", "plc", "reg", "u.k", "sec", "subs", "ch", "pt", "cy"};
  for (const char* a : kAbbrev) {
    if (w == a) return true;
  }
  // Initials ("J. Smith") and single letters in "Art 6(1)(a). " are rare; single capitals are.
  return w.size() == 1 && std::isupper(static_cast<unsigned char>(text[dot - 1]));
}

std::vector<std::pair<size_t, size_t>> SplitSentences(const std::string& t) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t begin = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < t.size() && (t[j] == '"' || t[j] == ')' || t[j] == '\'' || t[j] == '.')) ++j;
    if (j < t.size() && t[j] != ' ') continue;
    if (c == '.' && IsAbbreviation(t, i)) continue;
    size_t k = j;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size()) {
      unsigned char n = static_cast<unsigned char>(t[k]);
      // A sentence starts with a capital, a digit, a quote or a bracket (or non-ASCII such as “).
      if (!(std::isupper(n) || std::isdigit(n) || n == '"' || n == '(' || n == '\'' || n >= 0x80)) continue;
    }
    out.push_back({begin, j});
    begin = k;
  }
  if (begin < t.size()) out.push_back({begin, t.size()});
  return out;
}

int LineAt(const Block& b, size_t offset) {
  int line = b.line;
  for (const auto& [off, l] : b.line_breaks) {
    if (off <= offset) line = l;
  }
  return line;
}

}  // namespace

Document Segment(std::vector<Block> blocks, const std::vector<int>& page_first_line) {
  Document doc;
  doc.sections.push_back(Section{});
  std::vector<int> stack = {0};
  int current = 0;
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const Block& b = blocks[bi];
    if (b.text.empty()) continue;
    if (b.heading > 0) {
      while (stack.size() > 1 && doc.sections[stack.back()].level >= b.heading) stack.pop_back();
      Section s;
      s.heading = b.text;
      s.tokens = Tokenize(b.text);
      s.level = b.heading;
      s.parent = stack.back();
      s.line = b.line;
      doc.sections.push_back(std::move(s));
      current = static_cast<int>(doc.sections.size()) - 1;
      stack.push_back(current);
      Sentence h;
      h.text = b.text;
      h.tokens = doc.sections.back().tokens;
      h.line = b.line;
      h.page = b.page;
      h.page_line = b.page_line;
      h.section = current;
      h.block = static_cast<int>(bi);
      h.heading = true;
      doc.sentences.push_back(std::move(h));
      continue;
    }
    auto spans = b.table_row ? std::vector<std::pair<size_t, size_t>>{{0, b.text.size()}} : SplitSentences(b.text);
    for (const auto& [s, e] : spans) {
      Sentence sen;
      sen.text = b.text.substr(s, e - s);
      while (!sen.text.empty() && sen.text.back() == ' ') sen.text.pop_back();
      if (sen.text.empty()) continue;
      sen.tokens = Tokenize(sen.text);
      sen.line = LineAt(b, s);
      sen.page = b.page;
      sen.page_line = b.page_line + (sen.line - b.line);
      if (!page_first_line.empty()) {
        auto it = std::upper_bound(page_first_line.begin(), page_first_line.end(), sen.line);
        sen.page = static_cast<int>(it - page_first_line.begin());
        if (sen.page > 0) sen.page_line = sen.line - page_first_line[sen.page - 1] + 1;
      }
      sen.section = current;
      sen.block = static_cast<int>(bi);
      sen.list_item = b.list_item;
      sen.table_row = b.table_row;
      doc.sentences.push_back(std::move(sen));
    }
    // Lead-in + list: join for matching ("We share your information with:" + items).
    bool lead_in = !b.list_item && !b.table_row && !spans.empty() && bi + 1 < blocks.size() &&
                   blocks[bi + 1].list_item;
    if (lead_in) {
      const Sentence& last = doc.sentences.back();
      Sentence j = last;
      j.joined = true;
      std::string items;
      for (size_t k = bi + 1; k < blocks.size() && blocks[k].list_item && k <= bi + 15; ++k) {
        items += (items.empty() ? " " : "; ") + blocks[k].text;
      }
      j.text = last.text + items;
      j.tokens = Tokenize(j.text);
      doc.sentences.push_back(std::move(j));
    }
  }
  // Computed once here, used by every pattern's Find on the sentence.
  for (auto& s : doc.sections) s.filter = Pattern::FilterOf(s.tokens);
  for (auto& s : doc.sentences) s.filter = Pattern::FilterOf(s.tokens);
  return doc;
}

void DropPageFurniture(std::vector<Block>& blocks) { DropFurniture(blocks); }

}  // namespace pnc::draft
