// draft: text utilities shared by readers and detectors: UTF-8 checks, whitespace, and the
// tokenizer that turns a sentence into the lowercase ASCII words the patterns match.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {
namespace {

// One code point at s[i]; advances i (base/utf8.h: invalid bytes are U+FFFD).
uint32_t Next(std::string_view s, size_t& i) { return base::NextUtf8(s, &i); }

// Folds Latin-1 and the Welsh circumflex letters to their base letter, so "hawl i ddileu" and
// "tynnu'ch cydsyniad yn ôl" match patterns written in ASCII.
char Fold(uint32_t cp) {
  if (cp < 0x80) return static_cast<char>(cp);
  static const char* kLatin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp == 0x174 || cp == 0x175) return 'w';
  if (cp == 0x176 || cp == 0x177 || cp == 0x178) return 'y';
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A: pairs of upper/lower case; a coarse table is enough for matching.
    static const char* kExtA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    size_t k = cp - 0x100;
    if (k < std::char_traits<char>::length(kExtA)) return kExtA[k];
  }
  return ' ';
}

bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2BC; }

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000;
}

// Splits "don't" → do not, "can't" → can not, "charity's" → charity, "tynnu'ch" → tynnu ch.
void PushWord(std::string word, std::vector<std::string>& out) {
  size_t ap = word.find('\'');
  while (ap != std::string::npos) {
    std::string head = word.substr(0, ap), tail = word.substr(ap + 1);
    if (tail == "t" && head.size() > 1 && head.back() == 'n') {
      if (head == "can") {
        out.push_back("can");
      } else if (head == "won") {
        out.push_back("will");
      } else if (head == "shan") {
        out.push_back("shall");
      } else {
        out.push_back(head.substr(0, head.size() - 1));
      }
      out.push_back("not");
      return;
    }
    if (tail == "s" || tail.empty()) {
      if (!head.empty()) out.push_back(head);
      return;
    }
    if (!head.empty()) out.push_back(head);
    word = tail;
    ap = word.find('\'');
  }
  if (word == "cannot") {
    out.push_back("can");
    out.push_back("not");
    return;
  }
  if (!word.empty()) out.push_back(word);
}

}  // namespace

// Characters a draft may hold that must not reach a report: control characters (an ESC starts
// a terminal escape sequence) and the bidi controls that reorder how a quoted line reads.
bool IsHidden(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    size_t start = i;
    uint32_t cp = Next(s, i);
    if (IsSpace(cp) || cp == 0xAD || cp == 0xFEFF) {
      space = cp != 0xAD && cp != 0xFEFF ? true : space;
      continue;
    }
    if (IsHidden(cp)) continue;  // every reader's text passes here
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    // A word that is only apostrophes is nothing.
    if (word.find_first_not_of('\'') != std::string::npos) PushWord(word, out);
    word.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = Next(text, i);
    if (IsApostrophe(cp)) {
      if (!word.empty()) word += '\'';
      continue;
    }
    char c = Fold(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
      continue;
    }
    flush();
    if (c == ',' || c == ';' || c == ':' || c == '|') {
      if (!out.empty() && out.back() != ",") out.push_back(",");
    } else if (c == '&' || cp == '+') {
      out.push_back(c == '&' ? "and" : "plus");
    }
  }
  flush();
  return out;
}

}  // namespace pnc::draft
