// draft: answers to headings. Matcher + the detectors' results → `missing` elements the draft answers
// as a reply to its own heading or field label ("Why?" / "So that we can …", "Outside the UK:" /
// "No - …", "Automated decisions: none are made."): the heading asks, the fragment under it answers.
#include <algorithm>
#include <string>
#include <vector>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

// What answers a heading: the heading's topic ("topic.<topic>", or a field label's words matching it)
// and the concept its fragment must match ("answer.aim": an aim with no subject, "answer.no": a reply
// that nothing of the kind happens, "answer.route": a complaint taken "to the Service Lead", one of the
// organisation's own people).
struct HeadingAnswer {
  const char* rule;
  const char* topic;
  const char* answer;
};
constexpr HeadingAnswer kAnswers[] = {
    {"purposes", "purposes", "answer.aim"},
    {"recipients", "recipients", "answer.no"},
    {"international-transfers", "transfers", "answer.no"},
    {"automated-decisions", "adm", "answer.no"},
    {"right-complain-controller", "complaints", "answer.route"},
};

// The heading or label sentence `s` answers with `answer`, when it answers one about `topic`; -1
// otherwise. A field label is answered by its own value ("Automated decisions: none are made."); a
// heading by the first sentence of its own section (not an enclosing one: "Your data" over everything
// does not make each paragraph under it an answer).
int Answers(const Matcher& m, int s, const std::string& topic, const std::string& answer) {
  const Sentence& sen = m.sentence(s);
  // "Complaints: to the Service Lead; acknowledged within a month" is read as a label and the list run
  // into it: the label's first item is its value, as a field's is.
  if (sen.joined && sen.lead_in >= 0 && s == sen.lead_in + 1) {
    const Sentence& lead = m.sentence(sen.lead_in);
    const size_t n = lead.tokens.size();
    if (lead.heading || n == 0 || n > 4 || lead.text.back() != ':' || sen.tokens.size() <= n) return -1;
    std::vector<std::string> label(lead.tokens.begin(), lead.tokens.end());
    std::vector<std::string> value(sen.tokens.begin() + static_cast<long>(n), sen.tokens.end());
    return m.Matches(label, "topic." + topic) && m.Matches(value, answer) ? s : -1;
  }
  if (sen.heading || sen.table_row || sen.list_item || sen.joined) return -1;
  if (sen.label > 0 && sen.label < static_cast<int>(sen.tokens.size())) {
    std::vector<std::string> label(sen.tokens.begin(), sen.tokens.begin() + sen.label);
    std::vector<std::string> value(sen.tokens.begin() + sen.label, sen.tokens.end());
    while (!value.empty() && value.front() == ",") value.erase(value.begin());
    if (m.Matches(label, "topic." + topic)) return m.Matches(value, answer) ? s : -1;
  }
  const Section& sec = m.doc().sections[sen.section];
  if (sec.heading.empty() || !m.Matches(sec.tokens, "topic." + topic) || !m.Has(s, answer)) return -1;
  for (int h = s - 1; h >= 0; --h) {
    if (m.sentence(h).heading) return m.sentence(h).section == sen.section ? h : -1;
    if (!m.sentence(h).joined) return -1;
  }
  return -1;
}

}  // namespace

void ApplyHeadingAnswers(const Matcher& m, std::vector<ElementResult>& out) {
  for (auto& e : out) {
    // (A doubtful answer may rest on the heading itself: "Sent abroad?" mentions a transfer, "Automated
    // decisions:" such decisions, and the fragment under it says there are none.)
    if (e.status != Status::kMissing && e.status != Status::kDoubtful) continue;
    for (const HeadingAnswer& a : kAnswers) {
      if (e.rule != a.rule) continue;
      for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
        int heading = Answers(m, s, a.topic, a.answer);
        if (heading < 0) continue;
        e = MakeElement(m, e.rule, Status::kPresent, "",
                        heading == s ? std::vector<int>{s} : std::vector<int>{heading, s});
        break;
      }
    }
  }
}

}  // namespace pnc::draft
