// draft tests: the structural pass (src/draft/README.md): run-in headings (a bold label or a short question
// opening a paragraph), field labels and headings whose topic frames the words after them, answers to
// headings ("Outside the UK: No"), and a name with its address on a letterhead or footer line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "draft/document.h"
#include "draft/run_in_heading.h"
#include "draft_fixtures.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

using Strings = std::vector<std::string>;

// The headings (with their levels) a plain text is read with.
std::vector<std::pair<std::string, int>> Headings(const std::string& text) {
  std::vector<std::pair<std::string, int>> out;
  for (const Block& b : ReadPlainText(text).blocks) {
    if (b.heading) out.push_back({b.text, b.heading});
  }
  return out;
}

// Whether a heading of the text holds `words`.
bool HasHeading(const std::string& text, const std::string& words) {
  for (const auto& [heading, level] : Headings(text)) {
    if (heading.find(words) != std::string::npos) return true;
  }
  return false;
}

Status Lint(const std::string& text, const std::string& rule) {
  return StatusOf(LintDraft("structural.txt", text, Options()), rule);
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("structural: a bold label opening a line is a run-in heading") {
    std::string label;
    CHECK(BoldRunInLabel("**Why.** So that we can ring you.", &label) == 9);
    CHECK(label == "Why");
    CHECK(BoldRunInLabel("**How long**: until you leave.", &label) == 14);
    CHECK(label == "How long");
    CHECK(BoldRunInLabel("__Worried about something?__ Tell us.", &label) > 0);
    CHECK(label == "Worried about something?");
    CHECK(BoldRunInLabel("**Who else sees it.**", &label) == 21);  // a label alone on its line
    // Bold words without a label's closing mark, a bold sentence, bold in lowercase, bold mid-line.
    CHECK(BoldRunInLabel("**Never** share your password.", &label) == 0);
    CHECK(BoldRunInLabel("**We will never sell your details to anyone at all, ever.** Promise.", &label) == 0);
    CHECK(BoldRunInLabel("**note:** read this.", &label) == 0);
    CHECK(BoldRunInLabel("We **never** sell it.", &label) == 0);
    CHECK(BoldRunInLabel("**e.g.** a name", &label) == 0);
  }

  TEST_CASE("structural: a short question opening a line, with its answer after it, is a run-in heading") {
    std::string label;
    CHECK(QuestionRunIn("Worried about something? Speak to the secretary.", &label) == 25);
    CHECK(label == "Worried about something?");
    // A second question is not an answer; a long question is a sentence; a lowercase answer continues it.
    CHECK(QuestionRunIn("Do we share personal information with others? And how do we check them?", &label) == 0);
    CHECK(QuestionRunIn("Have you ever wondered what happens to the forms you fill in when you join? We did.",
                        &label) == 0);
    CHECK(QuestionRunIn("Why? because we must.", &label) == 0);
    CHECK(QuestionRunIn("We keep it. Why? So we can ring you.", &label) == 0);
  }

  TEST_CASE("structural: run-in headings sit one level under the text's own heading, with their words under them") {
    auto h = Headings(
        "## Acme Chapel - Data Protection\n\n**Why.** So that we can send the magazine.\n\n"
        "**How long.** Until you leave.\n\nWorried about something? Speak to the secretary.\n");
    REQUIRE(h.size() == 4);
    CHECK(h[0] == std::pair<std::string, int>{"Acme Chapel - Data Protection", 2});
    CHECK(h[1] == std::pair<std::string, int>{"Why", 3});
    CHECK(h[2] == std::pair<std::string, int>{"How long", 3});
    CHECK(h[3] == std::pair<std::string, int>{"Worried about something?", 3});
    // A second question wrapped onto the next line is still a second question, not an answer.
    CHECK_FALSE(HasHeading("Do we share your details with others? And what steps are\ntaken to check them?\n",
                           "Do we share your details with others?"));
    // Bold inside a line that continues a paragraph is emphasis, not a heading.
    CHECK_FALSE(HasHeading("We keep your name and\n**never** sell it.\n", "never"));
  }

  TEST_CASE("structural: the bold run-in notice reads its headings' topics (the Bethel form)") {
    const std::string text =
        "## Acme Chapel, Porthtown - Data Protection\n\n"
        "**What we keep.** The chapel keeps names, addresses and phone numbers of members.\n\n"
        "**Why.** So that we can send out the weekly email and organise the rotas.\n\n"
        "**On what basis.** We hold your details with your consent, which you give on the joining slip.\n\n"
        "**How long.** Your details stay on the list until you leave the chapel.\n\n"
        "**Your rights.** You can ask to see what we have and to be taken off the list at any time.\n\n"
        "**Worried about something?** Speak to the chapel secretary after a service.\n\n"
        "*Acme Baptist Chapel, 4 Fore Street, Porthtown TR19 9ZZ - June 2024*\n";
    CHECK(Lint(text, "controller-identity") == Status::kPresent);
    CHECK(Lint(text, "purposes") == Status::kPresent);
    CHECK(Lint(text, "lawful-basis") == Status::kPresent);
    CHECK(Lint(text, "retention") == Status::kPresent);
    CHECK(Lint(text, "right-erasure") == Status::kPresent);
    CHECK(Lint(text, "right-complain-controller") == Status::kPresent);
    // Without the markers the same words are one paragraph each, no heading: "So that we can …" alone is no
    // purpose, "Until you leave" no retention.
    std::string plain = text;
    for (size_t at; (at = plain.find("**")) != std::string::npos;) plain.erase(at, 2);
    for (const char* h : {"What we keep. ", "Why. ", "On what basis. ", "How long. "}) {
      plain.erase(plain.find(h), std::string(h).size());
    }
    CHECK(Lint(plain, "purposes") == Status::kMissing);
  }

  TEST_CASE("structural: answers to headings and labels") {
    const std::string head =
        "Acme Youth Club privacy notice\n\nAcme Youth Club, 1 Elm Road, Oakfield OK1 1AA, "
        "info@acme.org.uk, is the data controller.\n\n";
    CHECK(Lint(head + "Outside the UK:\nNo - the forms are paper, kept in the office.\n", "international-transfers") ==
          Status::kPresent);
    CHECK(Lint(head + "Automated decisions: none are made.\n", "automated-decisions") == Status::kPresent);
    CHECK(Lint(head + "Why:\nTo run the Friday club and its outings.\n", "purposes") == Status::kPresent);
    // The answer must be the heading's own: "No" under another heading, or a heading's topic with another
    // fragment, answers nothing.
    CHECK(Lint(head + "Questions:\nNo - just ask a leader.\n", "international-transfers") == Status::kMissing);
    CHECK(Lint(head + "Outside the UK:\nSome of our members live abroad.\n", "international-transfers") !=
          Status::kPresent);
    CHECK(Lint(head + "Why:\nWe were asked to write this by our insurers.\n", "purposes") == Status::kMissing);
  }

  TEST_CASE("structural: a name with its postal address on a letterhead or footer line names the controller") {
    const std::string body =
        "We keep names and phone numbers so that we can ring members about fixtures.\n\n"
        "Email secretary@acmebowls.org.uk with any questions.\n\n";
    CHECK(Lint("Data protection\n\n" + body + "Acme Bowls Club, Green Lane, Oakfield OK1 1AA\n",
               "controller-identity") == Status::kPresent);
    CHECK(Lint("Acme Valley Lunch Friends, 2 Mill Row, Oakfield OK1 1AB\n\n" + body, "controller-identity") ==
          Status::kPresent);
    // A street alone, a person, or a name and address in the body (a venue) names no controller.
    CHECK(Lint("Data protection\n\n" + body + "1 Green Lane, Oakfield OK1 1AA\n", "controller-identity") !=
          Status::kPresent);
    CHECK(Lint("Data protection\n\n" + body + "Jane Smith, Green Lane, Oakfield OK1 1AA\n", "controller-identity") !=
          Status::kPresent);
    CHECK(Lint("Data protection\n\nWe meet at Oakfield Community Centre, Green Lane, Oakfield OK1 1AA.\n\n" + body +
                   "More about data protection is on the ICO's website.\n\nThank you.\n\nSee you soon.\n",
               "controller-identity") != Status::kPresent);
  }
}
