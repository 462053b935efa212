// diff: a free-text field that states what is done with people's data (a legitimate interest, a
// purpose's description, a decision's logic…) → a change that adds words is material, else minor.
// pnc cannot read the substance of a text; new words are where new processing would show
// ("…, including wealth screening of major donors"), so it asks for them to be read and
// acknowledged rather than calling them wording (user test s29 F4).
#include <algorithm>
#include <set>

#include "diff/comparer.h"

namespace pnc::diff {
namespace {

constexpr const char* kNewWords =
    "new words in what the notice states about the use of people's data: they may describe new processing, which "
    "people must be told of before it starts (Art 13(3), 14(4)); read it, and acknowledge it if the substance is "
    "unchanged";

// Words of four letters or more, lowercased, in the text's order; a final "s" dropped, so that
// "donor" and "donors" are one word. Shorter words ("and", "the", "our") are the joints of a
// sentence, not its content.
std::vector<std::string> ContentWords(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4) {
      if (word.back() == 's') word.pop_back();
      out.push_back(word);
    }
    word.clear();
  };
  for (char ch : text + " ") {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word.push_back(ch);
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c != '\'') {
      flush();
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> NewContentWords(const std::string& before, const std::string& after) {
  const std::vector<std::string> was = ContentWords(before);
  const std::set<std::string> old(was.begin(), was.end());
  std::vector<std::string> found;
  for (auto& w : ContentWords(after)) {
    if (!old.count(w) && std::find(found.begin(), found.end(), w) == found.end()) found.push_back(std::move(w));
  }
  return found;
}

void Comparer::Statement(const std::string& area, const std::string& id, const std::string& field,
                         const source::Text& x, const source::Text& y, const std::string& pointer) {
  if (All(x) == All(y)) return;
  // The default locale's text is what the translations follow; a translation only added (a locale the
  // old field did not have) is not a new statement. A field that had no text at all is new in every word.
  std::vector<std::string> words = NewContentWords(Plain(x, la_), Plain(y, lb_));
  const auto before = All(x), after = All(y);
  for (const auto& [locale, text] : after) {
    auto it = before.find(locale);
    if (it == before.end()) continue;
    for (auto& w : NewContentWords(it->second, text)) {
      if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(std::move(w));
    }
  }
  // A text only shortened, reordered, or changed in case or punctuation is wording.
  if (words.empty()) return Wording(area, id, field, x, y, pointer);
  std::string quoted;
  for (size_t i = 0; i < words.size() && i < 6; ++i) quoted += (quoted.empty() ? "'" : ", '") + words[i] + "'";
  if (words.size() > 6) quoted += ", …";
  const std::string reason = std::string(kNewWords) + " (new: " + quoted + ")";
  Add(area, id, field + "-changed", "", Plain(x, la_), Plain(y, lb_), y.pointer.empty() ? pointer : y.pointer,
      Class::kMaterial, reason.c_str());
}

}  // namespace pnc::diff
