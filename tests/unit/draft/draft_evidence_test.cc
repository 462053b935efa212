// draft tests: what may be a finding's evidence (user test s26). The regulator's details are never the
// organisation's or its DPO's, in any layout; each half of a bilingual page is judged on its own half;
// data received names a source, not a recipient; text the page hides is not yet said to anyone.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "draft/document.h"
#include "draft/language.h"
#include "draft_fixtures.h"
#include "draft_roundtrip.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

using Paragraphs = std::vector<std::pair<bool, std::string>>;  // (heading, text)

// A small notice of my own wording whose DPO has no contact details of its own; the regulator's
// address follows the DPO in the same paragraph.
const Paragraphs& RepairCafe() {
  static const Paragraphs p = {
      {true, "Privacy notice"},
      {false,
       "Elmfield Repair Cafe (\"we\") is a community group in Kendal and the controller of the details in this "
       "notice. Contact us at hello@elmfield-repair.org.uk or on 01539 700 111."},
      {true, "What we collect"},
      {false,
       "We collect your name and phone number when you book a repair slot, so that we can ring you when your "
       "lamp, kettle or bicycle is ready to collect."},
      {true, "Your rights"},
      {false,
       "You can ask for a copy of the details we hold about you. To ask, write to our Data Protection Officer. "
       "If you are unhappy with how we use your details you can complain to the Information Commissioner's "
       "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."},
  };
  return p;
}

// The lines of `text` wrapped at `width` columns.
std::vector<std::string> Lines(const std::string& text, size_t width) {
  std::vector<std::string> out;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string word = text.substr(i, j - i);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    i = j + 1;
  }
  if (!line.empty()) out.push_back(line);
  return out;
}

// The same notice in the layouts drafts arrive in: (file name, bytes).
std::vector<std::pair<std::string, std::string>> Layouts(const Paragraphs& paras) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string md;
  std::vector<std::pair<std::string, std::string>> docx;
  for (const auto& [heading, text] : paras) {
    md += (heading ? "## " : "") + text + "\n\n";
    docx.push_back({heading ? "Kop1" : "", text});
  }
  out.push_back({"notice.md", md});
  out.push_back({"notice.docx", MakeDocx(docx)});
  for (size_t width : {40, 50, 60, 72, 80}) {
    std::string wrapped, per_line;
    std::vector<std::pair<std::string, std::string>> docx_lines;
    for (const auto& [heading, text] : paras) {
      for (const auto& l : Lines(text, heading ? 1000 : width)) {
        wrapped += l + "\n";
        per_line += l + "\n\n";  // each line its own paragraph: a PDF or e-mail pasted into Word
        docx_lines.push_back({heading ? "Kop1" : "", l});
      }
      wrapped += "\n";
    }
    std::string w = std::to_string(width);
    out.push_back({"wrapped-" + w + ".txt", wrapped});
    out.push_back({"lines-" + w + ".txt", per_line});
    out.push_back({"lines-" + w + ".docx", MakeDocx(docx_lines)});
  }
  return out;
}

std::map<std::string, Status> Statuses(const DraftReport& r) {
  std::map<std::string, Status> out;
  for (const auto& e : r.elements) out[e.rule] = e.status;
  return out;
}

// The elements whose status differs between two reports, with both statuses.
std::string Differences(const DraftReport& a, const DraftReport& b) {
  std::string out;
  auto sa = Statuses(a), sb = Statuses(b);
  for (const auto& [rule, st] : sa) {
    if (sb[rule] != st)
      out += rule + ": " + std::string(StatusName(st)) + " / " + std::string(StatusName(sb[rule])) + "\n";
  }
  return out;
}

std::string DpoQuotes(const DraftReport& r) {
  std::string out;
  if (const ElementResult* e = Element(r, "dpo-contact")) {
    for (const auto& ev : e->evidence) out += std::to_string(ev.line) + ": " + ev.text + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft evidence: the regulator's address is not the DPO's, in every layout of one text") {
    auto layouts = Layouts(RepairCafe());
    DraftReport md = LintDraft(layouts[0].first, layouts[0].second, Options());
    REQUIRE(md.error.empty());
    CHECK(StatusOf(md, "dpo-contact") == Status::kMissing);
    for (const auto& [name, bytes] : layouts) {
      CAPTURE(name);
      DraftReport r = LintDraft(name, bytes, Options());
      REQUIRE(r.error.empty());
      CAPTURE(DpoQuotes(r));
      CHECK(StatusOf(r, "dpo-contact") == Status::kMissing);
      CHECK(StatusOf(r, "controller-identity") == Status::kPresent);
      // Form invariance: the same answers as the Markdown, element by element.
      CHECK(Differences(md, r) == "");
    }
  }

  TEST_CASE("draft evidence: no detail of the regulator's in data/regulator.json is a DPO's contact") {
    auto reg = ReadJson(std::string(PNC_DEFAULT_DATA_DIR) + "/data/regulator.json");
    std::vector<std::string> details;
    for (const char* list : {"regulators", "pending"}) {
      for (const auto& e : reg[list]) {
        details.push_back(e["helpline"].get<std::string>());
        for (const char* key : {"website", "complaints_url"}) {
          for (const auto& [lang, url] : e[key].items()) details.push_back(url.get<std::string>());
        }
        for (const auto& a : e["postal_addresses"]) details.push_back(a["text"].get<std::string>());
      }
    }
    // Earlier details that old notices still print.
    details.push_back("01625 545 745");
    details.push_back("casework@ico.org.uk");
    REQUIRE(details.size() >= 8);
    for (const auto& d : details) {
      CAPTURE(d);
      std::string text =
          "# Privacy notice\n\nBramble Lane Allotments is the controller of your details; email "
          "plots@bramble-lane.org.uk.\n\n## Your rights\n\nOur Data Protection Officer answers questions about "
          "your rights.\n\n" +
          d + "\n";
      DraftReport r = LintDraft("regulator.md", text, Options());
      REQUIRE(r.error.empty());
      CHECK(StatusOf(r, "dpo-contact") == Status::kMissing);
    }
    // An address the vocabulary does not know, carried on from the line that names the regulator
    // (a move announced after this file was written).
    std::string moved =
        "Privacy notice\n\nBramble Lane Allotments is the controller of your details; email "
        "plots@bramble-lane.org.uk.\n\nTo use your rights, write to our Data Protection Officer.\n\nYou can "
        "complain to the Information Commissioner's Office,\n\n12 Example Quay, Manchester M3 9ZZ.\n";
    CHECK(StatusOf(LintDraft("moved.txt", moved, Options()), "dpo-contact") == Status::kMissing);
    // The organisation's own address after its DPO still counts.
    std::string own =
        "Privacy notice\n\nBramble Lane Allotments is the controller of your details.\n\nTo use your rights, "
        "write to our Data Protection Officer,\n\n4 Bramble Lane, Kendal LA9 4ZZ.\n";
    CHECK(StatusOf(LintDraft("own.txt", own, Options()), "dpo-contact") == Status::kPresent);
  }

  TEST_CASE("draft evidence: each half of pnc's bilingual page is judged on its own lines") {
    auto all = BuildAllNotices();
    int pages = 0;
    for (const auto& cy : all) {
      for (const auto& en : all) {
        if (cy.locale != "cy" || en.locale != "en" || cy.child || en.child ||
            cy.label.substr(0, cy.label.find(' ')) != en.label.substr(0, en.label.find(' '))) {
          continue;
        }
        std::string html = BilingualHtml({&cy.doc, &en.doc});
        CAPTURE(en.label);
        // The line where the English article opens: Welsh above it, English from it on.
        size_t at = html.find("<article", html.find("<article") + 1);
        REQUIRE(at != std::string::npos);
        REQUIRE(html.find("lang=\"en\"", at) < html.find('>', at));
        int en_line = 1 + static_cast<int>(std::count(html.begin(), html.begin() + at, '\n'));
        auto reports = LintDraftPerLanguage("page.html", html, Options());
        REQUIRE(reports.size() == 2);
        ++pages;
        for (const DraftReport& r : reports) {
          CAPTURE(r.language);
          auto own = [&](int line) { return r.language == "en" ? line >= en_line : line < en_line; };
          for (const auto& e : r.elements) {
            for (const auto& ev : e.evidence) {
              CAPTURE(e.rule);
              CAPTURE(ev.text);
              CHECK(own(ev.line));
            }
          }
          for (const auto& p : r.problems) CHECK(own(p.evidence.line));
          if (!r.stated.date.empty()) CHECK(own(r.stated.evidence.line));
        }
      }
    }
    CHECK(pages >= 1);
  }

  TEST_CASE("draft evidence: markup that declares two languages decides what function words cannot") {
    std::string html =
        "<html lang=\"cy\"><body>\n"
        "<article lang=\"cy\">\n<h1>Hysbysiad preifatrwydd</h1>\n"
        "<p>Rydym yn cadw eich manylion er mwyn rhedeg y clwb.</p>\n<p>Rydym yn rhannu eich enw gyda'r "
        "gynghrair.</p>\n<p>Rydym yn cadw'r wybodaeth am ddwy flynedd.</p>\n<p>Gallwch ofyn am gopi o'r "
        "wybodaeth.</p>\n"
        "<p>Diweddarwyd: 3 Mawrth 2026</p>\n<p>Clwb Beicio Aberdyfi, Stryd y Cei, LL35 0ZZ</p>\n</article>\n"
        "<article lang=\"en\">\n<h1>Privacy notice</h1>\n"
        "<p>We keep your details to run the club.</p>\n<p>We share your name with the league.</p>\n<p>We keep "
        "the information for two years.</p>\n<p>You can ask for a copy of the information.</p>\n"
        "</article>\n</body></html>\n";
    Document doc = Segment(ReadHtml(html).blocks);
    Document en = FilterLanguage(doc, "en");
    for (const Sentence& s : en.sentences) {
      CAPTURE(s.text);
      CHECK(s.line >= 12);  // nothing of the Welsh article: not its dated line, address or heading
    }
    // One language declared throughout (a CMS's default) says nothing: function words decide, and a
    // line of neither language stays in both.
    std::string one = html;
    for (std::string tag : {"<article lang=\"cy\">", "<article lang=\"en\">"}) {
      one.replace(one.find(tag), tag.size(), "<article>");
    }
    Document d1 = Segment(ReadHtml(one).blocks);
    bool address = false;
    for (const Sentence& s : FilterLanguage(d1, "en").sentences) {
      address = address || s.text.find("Stryd y Cei") != std::string::npos;
    }
    CHECK(address);
  }

  TEST_CASE("draft evidence: data received from a referrer is a source, not a recipient") {
    std::string base =
        "# Privacy notice\n\nHillside Pantry is the controller of your details; email help@hillside-pantry.org.uk."
        "\n\n## What we collect\n\nWhen a support worker refers you to the pantry we receive your name, your "
        "address and the size of your household.\n\nWe ask before we take photos at our cooking sessions.\n";
    DraftReport r = LintDraft("pantry.md", base, Options());
    CHECK(StatusOf(r, "recipients") == Status::kMissing);
    // Published, but not where: partial evidence.
    DraftReport p = LintDraft("pantry.md", base + "\nWe ask for consent before we publish photos.\n", Options());
    CHECK(StatusOf(p, "recipients") == Status::kDoubtful);
    // A real sharing sentence is present, and it is what the evidence quotes first.
    DraftReport s = LintDraft("pantry.md",
                              base +
                                  "\n## Who sees it\n\nWe use Gift Aid forms to claim Gift Aid from HMRC.\n\n"
                                  "We pass your name and address to the council when you ask us to.\n",
                              Options());
    REQUIRE(StatusOf(s, "recipients") == Status::kPresent);
    const ElementResult* e = Element(s, "recipients");
    REQUIRE_FALSE(e->evidence.empty());
    CHECK(e->evidence[0].text == "We pass your name and address to the council when you ask us to.");
  }

  TEST_CASE("draft evidence: text the page hides is doubtful; an accordion's text is not hidden") {
    std::string head =
        "<html lang=\"en\"><head><style>.gone { display: none } @media print { .screen { display:none } }"
        "</style></head><body><h1>Privacy notice</h1><p>Fenwick Choir (\"we\") is the data controller; email "
        "us at sing@fenwick-choir.org.uk.</p>\n";
    struct Case {
      std::string markup;
      Status want;
    };
    for (const Case& c : std::vector<Case>{
             {"<div hidden><p>You can ask us to correct details that are wrong.</p></div>", Status::kDoubtful},
             {"<p style=\"color: red; display : none\">You can ask us to correct details that are wrong.</p>",
              Status::kDoubtful},
             {"<p aria-hidden=\"true\">You can ask us to correct details that are wrong.</p>", Status::kDoubtful},
             {"<p class=\"small gone\">You can ask us to correct details that are wrong.</p>", Status::kDoubtful},
             {"<details><summary>Your rights</summary><p>You can ask us to correct details that are wrong.</p>"
              "</details>",
              Status::kPresent},
             {"<p class=\"screen\">You can ask us to correct details that are wrong.</p>", Status::kPresent},
             {"<p hidden=\"until-found\">You can ask us to correct details that are wrong.</p>", Status::kPresent},
             {"<div hidden><p>You can ask us to correct details that are wrong.</p></div><p>You can ask us to "
              "correct details that are wrong.</p>",
              Status::kPresent},
         }) {
      CAPTURE(c.markup);
      DraftReport r = LintDraft("hidden.html", head + c.markup + "\n</body></html>\n", Options());
      REQUIRE(r.error.empty());
      const ElementResult* e = Element(r, "right-rectification");
      REQUIRE(e != nullptr);
      CHECK(e->status == c.want);
      if (c.want == Status::kDoubtful) CHECK(e->reason.find("hides") != std::string::npos);
    }
    // A hidden word inside a shown paragraph is not read; a paragraph after a hidden one is shown.
    Extracted ex = ReadHtml("<p>Shown <span hidden>secret</span>text.</p><div hidden><p>Gone.</p></div><p>Back.</p>");
    REQUIRE(ex.blocks.size() == 3);
    CHECK(ex.blocks[0].text == "Shown text.");
    CHECK_FALSE(ex.blocks[0].hidden);
    CHECK(ex.blocks[1].hidden);
    CHECK_FALSE(ex.blocks[2].hidden);
  }
}
