// tests: unconfirmed facts stop a build; --preview builds a draft whose every output, and every
// page of every PDF, is marked "Draft: not yet confirmed" and names what is unconfirmed. Wording
// overrides replace catalogue sentences in every output and locale.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "notice/explain.h"
#include "render/pdf.h"
#include "test_support.h"

namespace pnc {
namespace {

std::string WithUnconfirmed() {
  auto s = test::BaseSource();
  s["purposes"][0]["unconfirmed"] = "check the lawful basis with our DPO";
  s["transfers"] = {{"destinations", "none"}, {"unconfirmed", "ask the IT supplier where backups are held"}};
  s["notice"]["audiences"] = {"adult", "child"};
  s["notice"]["child_age_bands"] = {"10-12", "13-15"};
  s["data_subjects"].push_back({{"id", "kids"}, {"name", "Children"}, {"children", true}});
  s["purposes"].push_back({{"id", "club"},
                           {"name", "Club"},
                           {"data_subjects", {"kids"}},
                           {"data_categories", {"games"}},
                           {"lawful_bases", {"legitimate-interests"}},
                           {"legitimate_interest", "Running the club."},
                           {"requirement", {{"type", "none"}}},
                           {"child", "To run the club."}});
  s["data_categories"].push_back({{"id", "games"}, {"name", "Games"}, {"sources", {"you"}}, {"child", "Your games."}});
  s["sources"][0]["child"] = "You.";
  s["retention"]["records"].push_back({{"id", "games"},
                                       {"name", "Games"},
                                       {"data_categories", {"games"}},
                                       {"period", "1 year"},
                                       {"child", "One year."}});
  return s.dump(2);
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++n;
  return n;
}

}  // namespace

TEST_CASE("unconfirmed facts stop the build; a preview marks every output and page as a draft") {
  const std::string text = WithUnconfirmed();
  auto refused = test::CompileSource("t.json", {}, &text);
  CHECK(refused->docs.empty());
  std::set<std::string> errors;
  for (const auto& d : refused->sink.All()) {
    if (d.severity == diag::Severity::kError) errors.insert(d.rule + " " + d.message);
  }
  CHECK(errors ==
        std::set<std::string>{
            "unconfirmed purpose 'support' is not confirmed: check the lawful basis with our DPO",
            "unconfirmed the statement on transfers is not confirmed: ask the IT supplier where backups are held"});

  driver::Options preview;
  preview.preview = true;
  auto draft = test::CompileSource("t.json", preview, &text);
  REQUIRE(draft->sink.Errors() == 0);
  CHECK(draft->sink.Warnings() >= 2);
  REQUIRE(draft->docs.size() == 3);  // the adult notice and two age bands
  const std::string banner = test::Data().Catalogue("en")->Get("preview.banner");
  render::RenderContext ctx{test::Data().data_dir, false, "A4", &test::Data().files};
  for (const auto& doc : draft->docs) {
    CAPTURE(doc.file_base);
    CHECK(doc.draft == banner);
    const std::string html = test::HtmlOf(doc);
    CHECK(Count(html, "<p class=\"pnc-draft\" role=\"note\"><strong>" + banner + "</strong></p>") == 2);
    // A children's guide lists only the unconfirmed facts about what it shows (user test s27 F22):
    // purpose 'support' is not about children, so only the adult notice lists its note.
    const bool child = doc.file_base.rfind("child", 0) == 0;
    CHECK((html.find("check the lawful basis with our DPO") != std::string::npos) == !child);
    CHECK(html.find("ask the IT supplier where backups are held") != std::string::npos);
    // Explain names the draft mark and each unconfirmed fact with its place.
    auto items = notice::Explain(doc);
    REQUIRE_FALSE(items.empty());
    CHECK(items.front().text == banner);
    diag::Sink sink;
    std::string layout = render::PdfLayoutDump(doc, ctx, &sink);
    REQUIRE_FALSE(layout.empty());
    std::istringstream lines(layout);
    std::set<int> pages, marked;
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#' || !std::isdigit(static_cast<unsigned char>(line[0]))) continue;
      int page = std::stoi(line);
      pages.insert(page);
      if (line.size() >= banner.size() && line.compare(line.size() - banner.size(), banner.size(), banner) == 0) {
        marked.insert(page);
      }
    }
    CHECK(pages.size() > 1);
    CHECK(marked == pages);
  }
}

TEST_CASE("a notice with nothing unconfirmed carries no draft mark, even with --preview") {
  const std::string text = test::BaseSource().dump(2);
  driver::Options preview;
  preview.preview = true;
  auto c = test::CompileSource("t.json", preview, &text);
  REQUIRE(c->docs.size() == 1);
  CHECK(c->docs[0].draft.empty());
  CHECK(test::HtmlOf(c->docs[0]).find("pnc-draft\"") == std::string::npos);
}

TEST_CASE("wording overrides replace catalogue sentences, keep placeholders, and are translated") {
  auto s = test::BaseSource();
  s["notice"]["locales"] = {"en", "cy"};
  s["wording"] = {{"summary.share", {{"en", "We pass it on to:"}, {"cy", "Rydym yn ei throsglwyddo i:"}}},
                  {"summary.who", "{org} looks after the information described here."}};
  // Only the English of summary.who: a missing translation, like any other text.
  std::string lint = test::LintJson(s);
  CHECK(lint.find("error: text has no 'cy' translation [missing-translation]") != std::string::npos);
  s["wording"]["summary.who"] = {{"en", "{org} looks after the information described here."},
                                 {"cy", "{org} sy'n gofalu am yr wybodaeth a ddisgrifir yma."}};
  diag::Sink sink;
  auto en = test::Build(s, "en", &sink);
  auto cy = test::Build(s, "cy", &sink);
  std::string en_text, cy_text;
  for (const auto& i : notice::Explain(en)) en_text += i.text + "\n";
  for (const auto& i : notice::Explain(cy)) cy_text += i.text + "\n";
  CHECK(en_text.find("We pass it on to:\n") != std::string::npos);
  CHECK(en_text.find("Acme Family Centre looks after the information described here.\n") != std::string::npos);
  CHECK(en_text.find(test::Data().Catalogue("en")->Get("summary.share")) == std::string::npos);
  CHECK(cy_text.find("Rydym yn ei throsglwyddo i:\n") != std::string::npos);
  // Explain names the override as the source's own wording, at its place in the source.
  for (const auto& i : notice::Explain(en)) {
    if (i.text != "We pass it on to:") continue;
    const auto& o = en.origins[i.origin];
    CHECK(o.overridden);
    CHECK(o.key == "summary.share");
    CHECK(o.pointer == "/wording/summary.share/en");
  }
  s["wording"]["summary.who"] = {{"en", "We look after it."}, {"cy", "Rydym yn gofalu amdani."}};
  CHECK(test::LintJson(s).find("error: the wording for 'summary.who' leaves out {org} [wording]") != std::string::npos);
}

}  // namespace pnc
