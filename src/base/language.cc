// base: text → "cy", "en" or "" by its function words (base/language.h).
#include "base/language.h"

#include <set>

namespace pnc::base {
namespace {

// Short words that occur in almost every sentence of one language and rarely in the other.
// Ambiguous ones ("a", "i", "am", "pan") are left out.
const std::set<std::string>& Welsh() {
  static const std::set<std::string> k = {
      "yr", "y", "ac", "yn", "eich", "ein", "ni", "chi", "o", "ar", "gan", "gyda", "mae", "ydym", "rydym", "rydyn",
      "byddwn", "wedi", "hyn", "hwn", "hon", "neu", "ond", "os", "sy", "sydd", "nid", "dim", "ei", "eu", "fel", "drwy",
      "er", "ble", "pam", "beth", "pwy", "yw", "ydy", "oes", "gallwch", "gennych", "hefyd", "gwybodaeth", "wybodaeth",
      "ydyn", "rhaid", "dros", "amdanoch", "arnom", "ichi", "inni", "gyfer", "mwyn",
      // the article and pronouns after a vowel ("yw'r", "ni'n", "i'w") are their own tokens
      "r", "n", "w"};
  return k;
}

const std::set<std::string>& English() {
  static const std::set<std::string> k = {"the",         "and",   "of",   "to",  "we",    "you",  "your", "our", "is",
                                          "are",         "for",   "with", "in",  "it",    "this", "that", "be",  "will",
                                          "can",         "or",    "by",   "on",  "if",    "us",   "have", "has", "not",
                                          "from",        "as",    "at",   "an",  "which", "who",  "what", "how", "when",
                                          "information", "about", "do",   "may", "they",  "their"};
  return k;
}

}  // namespace

std::string WordsLanguage(const std::vector<std::string>& words) {
  int cy = 0, en = 0;
  for (const auto& t : words) {
    cy += Welsh().count(t) ? 1 : 0;
    en += English().count(t) ? 1 : 0;
  }
  if (cy >= 2 && cy * 2 > en * 3) return "cy";
  if (en >= 2 && en * 2 > cy * 3) return "en";
  return "";
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') {
      word += static_cast<char>(u - 'A' + 'a');
    } else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

}  // namespace pnc::base
