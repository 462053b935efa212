// draft: languages of a draft. Sentences → "cy", "en" or neutral by their function words; a
// bilingual draft → one Document per language, so each language is judged on its own.
#include "draft/language.h"

#include <array>
#include <map>
#include <set>

#include "base/language.h"

namespace pnc::draft {

// The word lists are base's, shared with the rules' check of a source's default locale.
std::string SentenceLanguage(const std::vector<std::string>& tokens) { return base::WordsLanguage(tokens); }

std::vector<Block> SplitBilingualBlocks(std::vector<Block> blocks) {
  std::vector<Block> out;
  out.reserve(blocks.size());
  for (auto& b : blocks) {
    // "Rydym yn … / We …": one paragraph holding both languages, separated by " / ".
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t at = b.text.find(" / "); at != std::string::npos; at = b.text.find(" / ", start)) {
      parts.push_back(b.text.substr(start, at - start));
      start = at + 3;
    }
    parts.push_back(b.text.substr(start));
    std::set<std::string> langs;
    for (const auto& p : parts) {
      std::string l = SentenceLanguage(Tokenize(p));
      if (!l.empty()) langs.insert(l);
    }
    if (parts.size() < 2 || langs.size() < 2 || b.table_row) {
      out.push_back(std::move(b));
      continue;
    }
    for (auto& p : parts) {
      Block part = b;
      part.text = std::move(p);
      part.line_breaks.clear();
      out.push_back(std::move(part));
    }
  }
  return out;
}

void MarkLanguagePassages(std::vector<Block>* blocks) {
  // A half of a bilingual page (<article lang="en"> on a Welsh page) holds its own headings and a
  // good part of the page; English names and sentences that pnc's Welsh page prints in
  // <li lang="en"> or <span lang="en"> (untranslated texts, --allow-fallback) are neither.
  std::map<int, size_t> held;
  std::set<int> headed;
  for (const Block& b : *blocks) {
    if (b.lang_owner == 0) continue;
    ++held[b.lang_owner];
    if (b.heading) headed.insert(b.lang_owner);
  }
  for (Block& b : *blocks) {
    bool switched = !b.lang_outer.empty() && b.lang_outer != b.lang;
    b.lang_passage = switched && (!headed.count(b.lang_owner) || held[b.lang_owner] * 4 < blocks->size());
  }
}

std::vector<std::string> DocumentLanguages(const Document& doc) {
  std::map<std::string, int> count;
  int total = 0;
  for (const auto& s : doc.sentences) {
    if (s.heading || s.joined) continue;
    std::string l = SentenceLanguage(s.tokens);
    if (l.empty()) continue;
    // Text marked in its own language inside a document in another is part of that document.
    if (s.lang_passage && l == s.lang) continue;
    ++count[l];
    ++total;
  }
  std::vector<std::string> out;
  for (const auto& [lang, n] : count) {
    // A language counts when it is a real part of the notice, not a quoted phrase.
    if (n >= 4 && n * 5 >= total) out.push_back(lang);
  }
  return out;
}

Document FilterLanguage(const Document& doc, const std::string& lang) {
  Document out;
  out.sections = doc.sections;
  // Markup that declares two languages (pnc's own bilingual page: <article lang="cy"> and
  // <article lang="en">) tells the language of what function words cannot: "Ein buddiant dilys",
  // a Welsh heading or a dated line belong to the Welsh half only. A page marked in one language
  // throughout (a CMS's <html lang="en">) says nothing about its Welsh paragraphs.
  std::set<std::string> declared;
  for (const auto& s : doc.sentences) {
    if (!s.lang.empty()) declared.insert(s.lang);
  }
  const bool marked = declared.size() >= 2;
  std::vector<int> remap(doc.sentences.size(), -1);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    std::string l = s.heading ? "" : SentenceLanguage(s.tokens);
    if (l.empty() && marked) l = s.lang;
    if (!l.empty() && l != lang) continue;
    remap[i] = static_cast<int>(out.sentences.size());
    out.sentences.push_back(s);
  }
  for (auto& s : out.sentences) {
    if (s.lead_in >= 0) s.lead_in = remap[s.lead_in];
  }
  return out;
}

}  // namespace pnc::draft
