// draft: run-in headings, for the line reader (read_text.cc). A line → its opening bold label, the
// heading a writer set in the paragraph's first words instead of on a line of its own.
#include "draft/run_in_heading.h"

#include <cctype>

namespace pnc::draft {

size_t BoldRunInLabel(std::string_view t, std::string* label) {
  if (t.size() < 6 || !((t[0] == '*' && t[1] == '*') || (t[0] == '_' && t[1] == '_'))) return 0;
  const std::string_view marker = t.substr(0, 2);
  size_t close = t.find(marker, 2);
  if (close == std::string_view::npos || close == 2) return 0;
  std::string_view inner = t.substr(2, close - 2);
  if (inner.front() == ' ' || inner.back() == ' ' || !std::isupper(static_cast<unsigned char>(inner.front()))) {
    return 0;
  }
  size_t end = close + 2;
  // The label's own punctuation may sit inside the markers ("**Why.**") or after them ("**Why**:").
  char last = inner.back();
  if (std::string_view(".:?!").find(last) == std::string_view::npos) {
    if (end >= t.size() || std::string_view(".:?!").find(t[end]) == std::string_view::npos) return 0;
    last = t[end++];
  } else {
    inner.remove_suffix(1);
  }
  // A label is a few words, not a sentence set in bold.
  int words = 1;
  for (char c : inner) {
    if (c == ' ') ++words;
    if (c == '*' || c == '_' || c == '.') return 0;
  }
  if (inner.empty() || words > 8) return 0;
  while (end < t.size() && t[end] == ' ') ++end;
  // A question keeps its mark ("Worried about something?"): the heading reader knows questions.
  *label = std::string(inner);
  if (last == '?') *label += '?';
  return end;
}

size_t QuestionRunIn(std::string_view t, std::string* label) {
  if (t.empty() || !std::isupper(static_cast<unsigned char>(t[0]))) return 0;
  size_t q = t.find("? ");
  if (q == std::string_view::npos || q > 80) return 0;
  std::string_view question = t.substr(0, q);
  // One sentence of a few words: nothing ends before the question mark.
  if (question.find_first_of(".!:;*_") != std::string_view::npos) return 0;
  int words = 1;
  for (char c : question) words += c == ' ' ? 1 : 0;
  if (words > 8) return 0;
  size_t body = q + 2;
  while (body < t.size() && t[body] == ' ') ++body;
  if (body >= t.size() || !std::isupper(static_cast<unsigned char>(t[body]))) return 0;
  // An answer, not a second question ("Do we share it? And with whom?" is one question in two): the
  // first sentence after the question ends in a full stop, or runs on past what the caller passed.
  size_t end = t.find_first_of(".!?", body);
  if (end != std::string_view::npos && t[end] == '?') return 0;
  *label = std::string(t.substr(0, q + 1));
  return body;
}

}  // namespace pnc::draft
