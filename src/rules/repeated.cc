// rules: a source text that says again what pnc already prints beside it (the reply time, how to
// ask) makes the notice say it twice; the sentence is pointed out so one of the two can go.
// Compared in the default locale, sentence by sentence, by the words they share.
#include <set>

#include "rules/context.h"

namespace pnc::rules {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    cur.push_back(text[i]);
    bool end = text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                                   (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    if (end) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Words of three or more letters (bytes above 0x7F count as letters, so Welsh and Polish work).
std::set<std::string> Words(const std::string& sentence) {
  std::set<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3) out.insert(w);
    w.clear();
  };
  for (char c : sentence) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      w.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

bool Similar(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.size() < 4 || b.size() < 4) return false;
  size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return common * 10 >= (a.size() + b.size() - common) * 6;  // Jaccard ≥ 0.6
}

}  // namespace

void CheckRepeated(const RuleContext& ctx) {
  const auto* catalogue = ctx.options.catalogue;
  if (catalogue == nullptr) return;
  const auto& m = ctx.model;
  const std::pair<const source::Text*, std::vector<std::string>> fields[] = {
      {&m.rights.how_to_exercise, {"rights.", "right."}},
      {&m.rights.extra, {"rights.", "right."}},
      {m.complaints ? &m.complaints->how : nullptr, {"complaints."}},
      {&m.changes, {"changes."}},
  };
  for (const auto& [text, prefixes] : fields) {
    const source::Translation* tr = text ? text->Get(m.default_locale()) : nullptr;
    if (tr == nullptr) continue;
    for (const auto& sentence : Sentences(tr->text)) {
      const auto words = Words(sentence);
      for (const auto& [key, value] : *catalogue) {
        bool near = false;
        for (const auto& p : prefixes) near = near || key.rfind(p, 0) == 0;
        if (!near) continue;
        for (const auto& theirs : Sentences(value)) {
          if (!Similar(words, Words(theirs))) continue;
          ctx.Report(
              "repeated-wording", tr->pointer, "text repeats what pnc already prints: \"" + theirs + "\"",
              {"remove it from the source; to change pnc's own sentence, use \"wording\": {\"" + key + "\": …}"});
          goto next_sentence;
        }
      }
    next_sentence:;
    }
  }
}

}  // namespace pnc::rules
