// draft: segmentation. Blocks → sections (by heading level) and sentences with line numbers; a
// lead-in ending in ':' is also joined with the list under it so "You have the right to:" +
// "- ask us to delete…" reads as one statement.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {

bool IsPageNumberLine(const std::string& t) {
  // "Page 3", "Page 3 of 7", "3", "- 3 -", and the Welsh "Tudalen 3 o 7"
  std::string s;
  for (char c : t) {
    if (c != ' ' && c != '-') s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (s.empty()) return true;
  size_t i = s.rfind("page", 0) == 0 ? 4 : s.rfind("tudalen", 0) == 0 ? 7 : 0;
  size_t d = i;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  if (d == i) return false;
  if (d == s.size()) return true;
  size_t of = s.compare(d, 2, "of") == 0 ? 2 : s.compare(d, 1, "o") == 0 ? 1 : 0;
  if (of > 0) {
    size_t e = d + of;
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    return e == s.size() && e > d + of;
  }
  return false;
}

namespace {

// Drops page numbers and short lines repeated three or more times (running headers and footers
// of a notice printed to PDF and pasted back as text).
void DropFurniture(std::vector<Block>& blocks) {
  // Digits are masked so "Acme Trust Page 3 of 20" repeats as the same running header.
  auto shape = [](const std::string& t) {
    std::string s;
    for (char c : t) {
      if (!std::isdigit(static_cast<unsigned char>(c))) {
        s += c;
      } else if (s.empty() || s.back() != '#') {
        s += '#';
      }
    }
    return s;
  };
  // On PDF pages only the top and bottom lines can be furniture: a label repeated in the body
  // ("Lawful basis", "Our legitimate interest") is content.
  std::map<int, int> last_line;
  for (const auto& b : blocks) {
    if (b.page > 0) last_line[b.page] = std::max(last_line[b.page], b.page_line);
  }
  auto edge = [&](const Block& b) { return b.page == 0 || b.page_line <= 3 || b.page_line >= last_line[b.page] - 2; };
  std::map<std::string, int> count;
  for (const auto& b : blocks) {
    if (!b.list_item && !b.table_row && b.text.size() <= 60 && edge(b)) ++count[shape(b.text)];
  }
  std::erase_if(blocks, [&](const Block& b) {
    if (b.list_item || b.table_row || !edge(b)) return false;
    if (IsPageNumberLine(b.text)) return true;
    return b.text.size() <= 60 && count[shape(b.text)] >= 3;
  });
  // A running header read into the first line of a page ("Acme Trust Page 2 of 8 Who we are"):
  // strip it. '#' in a header's shape stands for a run of digits.
  auto strip = [](const std::string& header, const std::string& t) -> size_t {
    size_t i = 0, j = 0;
    while (i < header.size() && j < t.size()) {
      if (header[i] == '#') {
        if (!std::isdigit(static_cast<unsigned char>(t[j]))) return 0;
        while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
        ++i;
      } else if (header[i] == t[j]) {
        ++i;
        ++j;
      } else {
        return 0;
      }
    }
    return i == header.size() && j < t.size() && t[j] == ' ' ? j + 1 : 0;
  };
  for (auto& b : blocks) {
    if (!edge(b) || b.page == 0) continue;
    for (const auto& [header, n] : count) {
      if (n < 3 || header.find('#') == std::string::npos) continue;
      if (size_t cut = strip(header, b.text)) {
        b.text.erase(0, cut);
        b.line_breaks.clear();
        break;
      }
    }
  }
}

// Words before a '.' that do not end a sentence.
bool IsAbbreviation(const std::string& text, size_t dot) {
  size_t s = dot;
  while (s > 0 && (std::isalpha(static_cast<unsigned char>(text[s - 1])) || text[s - 1] == '.')) --s;
  std::string w = text.substr(s, dot - s);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* kAbbrev[] = {
      "e.g", "i.e", "eg",  "ie",  "etc",  "no",   "nos", "art", "arts", "para", "paras",  "s",    "ss", "sch",
      "ltd", "inc", "co",  "st",  "dr",   "mr",   "mrs", "ms",  "reg",  "regs", "approx", "incl", "cf", "vs",
      "v",   "tel", "ext", "fig", "dept", "govt", "plc", "reg", "u.k",  "sec",  "subs",   "ch",   "pt", "cy"};
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

// A heading's words without its number ("3. How long we keep it", "2.1 Cookies", "Section 4: Your
// rights"): a numbered heading names the same topic as the bare one.
std::vector<std::string> HeadingTokens(const std::string& text) {
  std::vector<std::string> t = Tokenize(text);
  size_t i = 0;
  if (t.size() > 2 && (t[0] == "section" || t[0] == "part" || t[0] == "adran" || t[0] == "rhan")) i = 1;
  size_t digits = i;
  while (i < t.size() && (std::all_of(t[i].begin(), t[i].end(), ::isdigit) || (i > digits && t[i] == ","))) ++i;
  if (i == digits || i >= t.size()) return t;
  if (t[i] == ",") ++i;
  return i < t.size() ? std::vector<std::string>(t.begin() + static_cast<long>(i), t.end()) : t;
}

// The part [from, to) of a block as a block of its own, its line breaks rebased.
Block Part(const Block& b, size_t from, size_t to, bool item) {
  Block p = b;
  p.text = b.text.substr(from, to - from);
  while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
  p.list_item = item;
  p.continues_item = false;
  p.line = LineAt(b, from);
  p.page_line = b.page_line + (p.line - b.line);
  p.line_breaks = {{0, p.line}};
  for (const auto& [off, l] : b.line_breaks) {
    if (off > from && off < to) p.line_breaks.push_back({off - from, l});
  }
  return p;
}

// A list run into a sentence ("You have the right to: ask for a copy; ask us to correct it; and
// object.") is read as the lead-in and list it stands for, as if each item had its own bullet, so
// each item is read with its lead-in alone: two or more items separated by "; " after a ':'
// that ends a lead-in of fewer than twenty words.
void SplitRunInLists(std::vector<Block>& blocks) {
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (Block& b : blocks) {
    if (b.heading || b.table_row || b.list_item || b.term) {
      out.push_back(std::move(b));
      continue;
    }
    size_t done = 0;  // b.text before this offset is already out
    for (const auto& [s, e] : SplitSentences(b.text)) {
      size_t colon = b.text.find(": ", s);
      // A lead-in is a clause ("We may share your details with:"), not a paragraph.
      if (colon == std::string::npos || colon + 2 >= e || colon - s < 6 ||
          std::count(b.text.begin() + s, b.text.begin() + colon, ' ') >= 20) {
        continue;
      }
      std::vector<std::pair<size_t, size_t>> items;
      size_t i = colon + 2;
      while (i < e) {
        size_t j = b.text.find("; ", i);
        if (j == std::string::npos || j >= e) j = e;
        items.push_back({i, j});
        i = j + 2;
      }
      if (items.size() < 2) continue;
      if (s > done) out.push_back(Part(b, done, s, false));
      out.push_back(Part(b, s, colon + 1, false));
      for (auto [from, to] : items) {
        for (const char* conj : {"and ", "or "}) {
          if (b.text.compare(from, std::char_traits<char>::length(conj), conj) == 0) from += std::strlen(conj);
        }
        while (to > from && (b.text[to - 1] == '.' || b.text[to - 1] == ' ')) --to;
        if (to > from) out.push_back(Part(b, from, to, true));
      }
      done = e;
      while (done < b.text.size() && b.text[done] == ' ') ++done;
    }
    if (done == 0) {
      out.push_back(std::move(b));
    } else if (done < b.text.size()) {
      out.push_back(Part(b, done, b.text.size(), false));
    }
  }
  blocks = std::move(out);
}

}  // namespace

namespace {

// Each item of the list after blocks[bi] is also read joined to the lead-in (the document's last
// sentence), one item at a time; returns the lead-in's index. Where the reader knows list nesting
// (`depth` > 0), only that list's own items are its items: a list nested in an item ("Shared for:"
// + its bullets, under a recipient's name) has a lead-in of its own.
int JoinItems(const std::vector<Block>& blocks, size_t bi, Document* doc) {
  const int lead = static_cast<int>(doc->sentences.size()) - 1;
  const Sentence head = doc->sentences.back();
  const int depth = bi + 1 < blocks.size() ? blocks[bi + 1].depth : 0;
  for (size_t k = bi + 1; k < blocks.size() && blocks[k].list_item && k <= bi + 40; ++k) {
    if (depth > 0 && blocks[k].depth < depth) break;
    if (blocks[k].continues_item || (depth > 0 && blocks[k].depth != depth)) continue;
    Sentence j = head;
    j.heading = false;
    j.joined = true;
    j.lead_in = lead;
    j.block = static_cast<int>(k);
    j.line = blocks[k].line;
    j.page_line = head.page_line + (j.line - head.line);
    j.text = head.text + " " + blocks[k].text;
    j.tokens = Tokenize(j.text);
    j.hidden = head.hidden || blocks[k].hidden;
    doc->sentences.push_back(std::move(j));
  }
  return lead;
}

// A heading that opens a clause and stops before its verb ("We do", "We don't", "We will never",
// "What we promise to"): "we" (after at most one word), then only auxiliaries, negations and adverbs of
// frequency, up to five words. "What we do with it" and "We use your data" name their verb: not these.
bool ClauseOpening(const std::vector<std::string>& t) {
  static const std::set<std::string> kAux = {"do",    "does",   "not",  "will",    "would",  "can", "may",      "shall",
                                             "never", "always", "also", "promise", "pledge", "to",  "undertake"};
  if (t.size() < 2 || t.size() > 5) return false;
  size_t we = t[0] == "we" ? 0 : (t.size() > 2 && t[1] == "we" ? 1 : t.size());
  if (we >= t.size() - 1) return false;
  for (size_t i = we + 1; i < t.size(); ++i) {
    if (!kAux.count(t[i])) return false;
  }
  return true;
}

}  // namespace

Document Segment(std::vector<Block> blocks, const std::vector<int>& page_first_line) {
  SplitRunInLists(blocks);
  Document doc;
  doc.sections.push_back(Section{});
  std::vector<int> stack = {0};
  int current = 0;
  int list_lead = -1;  // the sentence introducing the list being read, if any
  // With nesting known: the lead-in of the list at each depth (an outer list's lead-in still holds
  // for its items after a nested list ends).
  std::map<int, int> leads;
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const Block& b = blocks[bi];
    if (b.text.empty()) continue;
    if (b.heading > 0) {
      list_lead = -1;
      leads.clear();
      while (stack.size() > 1 && doc.sections[stack.back()].level >= b.heading) stack.pop_back();
      Section s;
      s.heading = b.text;
      s.tokens = HeadingTokens(b.text);
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
      h.hidden = b.hidden;
      h.lang = b.lang;
      h.lang_passage = b.lang_passage;
      doc.sentences.push_back(std::move(h));
      // "WE DO" / "✓ ask for your name …": a heading that is a clause's subject and auxiliary waiting for
      // its verb is the lead-in of the list under it, as "We will:" would be.
      if (bi + 1 < blocks.size() && blocks[bi + 1].list_item && ClauseOpening(doc.sentences.back().tokens)) {
        list_lead = JoinItems(blocks, bi, &doc);
        leads[blocks[bi + 1].depth] = list_lead;
      }
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
      if (b.list_item) {
        auto at = leads.find(b.depth);
        sen.lead_in = b.depth > 0 && at != leads.end() ? at->second : list_lead;
      }
      sen.table_row = b.table_row;
      sen.hidden = b.hidden;
      sen.lang = b.lang;
      sen.lang_passage = b.lang_passage;
      doc.sentences.push_back(std::move(sen));
    }
    // Lead-in + list: each item is also read joined to its lead-in ("You have the right to:" +
    // "ask us to delete…"), one item at a time, so words from different items never combine.
    // (An item's own paragraph introduces a list nested in that item: "Shared for:" + its bullets.)
    bool nested = b.list_item && b.depth > 0 && bi + 1 < blocks.size() && blocks[bi + 1].depth > b.depth;
    bool lead_in = (!b.list_item || nested) && !b.table_row && bi + 1 < blocks.size() && blocks[bi + 1].list_item &&
                   !doc.sentences.empty() && doc.sentences.back().block == static_cast<int>(bi);
    if (lead_in) {
      const int depth = blocks[bi + 1].depth;
      if (!nested) leads.clear();
      leads.erase(leads.upper_bound(depth), leads.end());
      list_lead = JoinItems(blocks, bi, &doc);
      leads[depth] = list_lead;
    } else if (!b.list_item) {
      list_lead = -1;
      leads.clear();
    }
  }
  AddLayout(blocks, &doc);
  // Computed once here, used by every pattern's Find on the sentence.
  for (auto& s : doc.sections) s.filter = Pattern::FilterOf(s.tokens);
  for (auto& s : doc.sentences) s.filter = Pattern::FilterOf(s.tokens);
  return doc;
}

void DropPageFurniture(std::vector<Block>& blocks) { DropFurniture(blocks); }

}  // namespace pnc::draft
