// locale: catalogue JSON → lookups, placeholder substitution, list joining and dates.
#include "locale/catalogue.h"

#include <algorithm>
#include <cctype>

namespace pnc::locale {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// True when `text` begins with `prefix`, ignoring the case of ASCII letters.
bool StartsWithFolded(const std::string& text, const std::string& prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[i]) != Lower(prefix[i])) return false;
  }
  return true;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// An item that reads as a name, whatever the language: its first word is an abbreviation
// ("CCTV", "DBS checks": abbreviations never mutate), or it is several words each capitalised but
// for short joining words ("Pembroke Family Centre", "Cafcass Cymru"). A sentence-case item
// ("Cofnodion troseddol", "Plant") is a common noun. Names written in lower case are not caught
// here: the builder knows them from the source (a name given once for every language).
bool LooksLikeName(const std::string& item) {
  const auto words = Words(item);
  if (words.empty()) return false;
  int capitals = 0;
  bool lower = false;
  for (char c : words[0]) {
    capitals += Upper(c);
    lower = lower || (c >= 'a' && c <= 'z');
  }
  if (capitals >= 2 && !lower) return true;
  if (words.size() < 2 || !Upper(words[0][0])) return false;
  for (const auto& w : words) {
    if (w.size() > 3 && w[0] >= 'a' && w[0] <= 'z') return false;
  }
  return true;
}

}  // namespace

const FixedKey* Catalogue::Fixed(const std::string& key) const {
  std::string k = key.substr(0, key.find('@'));
  if (auto it = fixed_.find(k); it != fixed_.end()) return &it->second;
  for (size_t dot = k.rfind('.'); dot != std::string::npos && dot > 0; dot = k.rfind('.', dot - 1)) {
    if (auto it = fixed_.find(k.substr(0, dot) + ".*"); it != fixed_.end()) return &it->second;
  }
  return nullptr;
}

std::string Catalogue::Get(const std::string& key) const {
  auto it = messages_.find(key);
  if (it != messages_.end()) return it->second;
  std::lock_guard<std::mutex> lock(missing_mutex_);
  missing_.insert(key);
  return "[" + key + "]";
}

std::string Catalogue::Condition(const std::string& key) const {
  std::string k = key.substr(0, key.find('@'));
  if (auto it = conditions_.find(k); it != conditions_.end()) return it->second;
  for (size_t dot = k.rfind('.'); dot != std::string::npos && dot > 0; dot = k.rfind('.', dot - 1)) {
    if (auto it = conditions_.find(k.substr(0, dot) + ".*"); it != conditions_.end()) return it->second;
  }
  return "";
}

std::set<std::string> Catalogue::Missing() const {
  std::lock_guard<std::mutex> lock(missing_mutex_);
  return missing_;
}

std::string Catalogue::Format(const std::string& key, const std::map<std::string, std::string>& args) const {
  return Substitute(Get(key), args);
}

std::string Substitute(const std::string& pattern, const std::map<std::string, std::string>& args) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find('{', i);
    if (open == std::string::npos) break;
    size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    out.append(pattern, i, open - i);
    auto it = args.find(pattern.substr(open + 1, close - open - 1));
    out += it == args.end() ? pattern.substr(open, close - open + 1) : it->second;
    i = close + 1;
  }
  out.append(pattern, i, std::string::npos);
  return out;
}

std::set<std::string> Placeholders(const std::string& pattern) {
  std::set<std::string> names;
  size_t i = 0;
  while ((i = pattern.find('{', i)) != std::string::npos) {
    size_t close = pattern.find('}', i);
    if (close == std::string::npos) break;
    names.insert(pattern.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return names;
}

std::vector<Catalogue::Mismatch> Catalogue::PlaceholderMismatches(const Catalogue& reference) const {
  std::vector<Mismatch> out;
  for (const auto& [key, text] : messages_) {
    auto ref = reference.messages_.find(key);
    if (ref == reference.messages_.end()) continue;
    std::set<std::string> mine = Placeholders(text), theirs = Placeholders(ref->second);
    if (mine != theirs) out.push_back({key, std::move(mine), std::move(theirs)});
  }
  return out;
}

std::string Catalogue::CheckPlaceholders(const Catalogue& reference) const {
  auto list = [](const std::set<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
    return out.empty() ? std::string("none") : out;
  };
  const std::vector<Mismatch> all = PlaceholderMismatches(reference);
  if (all.empty()) return "";
  const Mismatch& m = all.front();
  return "message '" + m.key + "' uses the placeholders " + list(m.mine) + ", but " + reference.code_ +
         ".json's uses " + list(m.theirs) + ": keep exactly the placeholders of " + reference.code_ +
         ".json (translate the words around them, not the names in braces)";
}

std::string Catalogue::LowerFirstWord(const std::string& item) const {
  // The word must be whole and followed by a lowercase word: "The Pensions Regulator" keeps its capital.
  for (const auto& w : lowercase_words_) {
    if (item.size() < w.size() + 2 || item.compare(0, w.size(), w) != 0 || item[w.size()] != ' ') continue;
    const unsigned char next = static_cast<unsigned char>(item[w.size() + 1]);
    if (!std::islower(next)) continue;
    std::string out = item;
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
  }
  return item;
}

std::string Catalogue::JoinList(const std::vector<std::string>& items_in, const JoinFormat& format,
                                const std::function<bool(const std::string&)>& is_name,
                                const std::function<bool(const std::string&)>& holds_conjunction) const {
  auto f = [&](const std::string& key, const std::map<std::string, std::string>& args) {
    return format ? format(key, args) : Format(key, args);
  };
  if (items_in.empty()) return "";
  if (items_in.size() == 1) return items_in[0];
  // User test s27 F25: "… and Our supporter database provider" read as a mistake mid-sentence.
  // Only where every later item then reads in lowercase or is a name: "Contact details, Important
  // people and A family member's imprisonment" stays a list of capitalised names, not a mixed one.
  std::vector<std::string> items = items_in;
  bool lower_all = true;
  for (size_t i = 1; i < items.size() && lower_all; ++i) {
    const bool name = (is_name && is_name(items[i])) || LooksLikeName(items[i]);
    lower_all = name || items[i].empty() || !Upper(items[i][0]) || LowerFirstWord(items[i]) != items[i];
  }
  for (size_t i = 1; lower_all && i < items.size(); ++i) {
    if (!is_name || !is_name(items[i])) items[i] = LowerFirstWord(items[i]);
  }
  std::string head = items[0];
  for (size_t i = 1; i + 1 < items.size(); ++i) head = f("list.more", {{"head", head}, {"item", items[i]}});
  // An item with a comma of its own needs the pause too: "A, hosted in the United States and B" reads as
  // one. A comma in brackets ("(GDPR y DU, Erthygl 6(1)(f))") does not run into the next item.
  auto comma = [](const std::string& item) {
    int depth = 0;
    for (size_t i = 0; i < item.size(); ++i) {
      if (item[i] == '(') ++depth;
      if (item[i] == ')' && depth > 0) --depth;
      if (depth == 0 && (item[i] == ',' || item.compare(i, 2, "\u060C") == 0)) return true;  // or Arabic comma
    }
    return false;
  };
  const bool pause =
      std::any_of(items.begin(), items.end(), comma) ||
      (holds_conjunction ? std::any_of(items.begin(), items.end(), holds_conjunction) : NeedsPause(items));
  if (pause) head = f("list.pause", {{"head", head}});
  LastJoin last = JoinLast(items.back(), is_name && is_name(items.back()));
  return f(last.key, {{"head", head}, {"item", last.item}});
}

bool Catalogue::NeedsPause(const std::vector<std::string>& items) const {
  if (items.size() < 2) return false;
  return std::any_of(items.begin(), items.end(), [this](const std::string& item) { return HoldsConjunction(item); });
}

bool Catalogue::HoldsConjunction(const std::string& item) const {
  // Whole words, ASCII case folded: "Grandparents and carers" holds "and"; "Sandbanks" does not.
  auto word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; };
  for (const auto& c : conjunctions_) {
    for (size_t at = 0; at + c.size() <= item.size(); ++at) {
      bool same = true;
      for (size_t k = 0; k < c.size() && same; ++k) {
        same = std::tolower(static_cast<unsigned char>(item[at + k])) == std::tolower(static_cast<unsigned char>(c[k]));
      }
      if (!same) continue;
      bool starts = at == 0 || !word(static_cast<unsigned char>(item[at - 1]));
      bool ends = at + c.size() == item.size() || !word(static_cast<unsigned char>(item[at + c.size()]));
      if (starts && ends) return true;
    }
  }
  return false;
}

LastJoin Catalogue::JoinLast(const std::string& item, bool name) const {
  // An article is merged into the conjunction (Welsh "a" + "yr Heddlu" → "a'r Heddlu"), for a
  // name too: the article is not part of the name's letters.
  for (const auto& article : articles_) {
    if (item.size() > article.size() + 1 && item[article.size()] == ' ' && StartsWithFolded(item, article)) {
      return {"list.last-article", item.substr(article.size() + 1)};
    }
  }
  // A possessive joined to it (Welsh "a" + "eich cydsyniad" → "a'ch cydsyniad"; user test s30 F9).
  for (const auto& [word, joined] : contractions_) {
    if (item.size() > word.size() + 1 && item[word.size()] == ' ' && StartsWithFolded(item, word)) {
      return {"list.last-contracted", joined + item.substr(word.size())};
    }
  }
  for (const auto& v : vowels_) {
    if (item.compare(0, v.size(), v) == 0) return {"list.last-vowel", item};
  }
  if (name || LooksLikeName(item)) return {"list.last", item};
  // Words that take the vowel form though they begin with a consonant (Welsh "ac fel", "ac mewn");
  // after the name check, so a name that begins "Mae " or "Mor " keeps "a".
  for (const auto& w : vowel_words_) {
    if (StartsWithFolded(item, w) && (item.size() == w.size() || item[w.size()] == ' '))
      return {"list.last-vowel", item};
  }
  for (const auto& [from, to] : mutation_) {
    // An item that already begins with the mutated letters ("chwaraeon", "theatr") keeps them.
    if (!StartsWithFolded(item, from) || StartsWithFolded(item, to)) continue;
    std::string letters = to;
    if (Upper(item[0]) && letters[0] >= 'a' && letters[0] <= 'z')
      letters[0] = static_cast<char>(letters[0] - 'a' + 'A');
    return {"list.last", letters + item.substr(from.size())};
  }
  return {"list.last", item};
}

std::string Catalogue::FormatDate(const std::string& iso) const {
  if (iso.size() != 10) return iso;
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  return Format("date.long", {{"day", std::to_string(day)},
                              {"month", Get("date.month." + std::to_string(month))},
                              {"year", iso.substr(0, 4)}});
}

}  // namespace pnc::locale
