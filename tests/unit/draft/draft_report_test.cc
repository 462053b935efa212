// draft tests: reports as diagnostics, printed by report::Render as human, JSON and SARIF; exit
// codes; the shared seeds as golden outlines (PNC_ACCEPT=1 rewrites tests/drafts/seeds/*.outline.txt).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "draft_fixtures.h"
#include "report/format.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;
using nlohmann::json;

namespace {

std::vector<DraftReport> Sample() {
  std::string text =
      "Privacy notice\n\nAcme Trust (charity 1234567) is the data controller. Email dp@acme.org.\n\n"
      "We comply with the Data Protection Act 1998.\n\nYou may share data with third parties.\n\n"
      "How long we keep records depends on the type of record.\n";
  return {LintDraft("docs/my notice.txt", text, Options()), LintDraft("broken.pdf", "nope", Options())};
}

// What `pnc lint --draft` prints: the reports as diagnostics through the one report printer.
std::string Printed(const std::vector<DraftReport>& reports, pnc::report::Format format) {
  pnc::diag::Sink sink;
  AddDiagnostics(reports, &sink);
  return pnc::report::Render(sink, format);
}

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft human report: groups, evidence, references") {
    std::string out = Printed(Sample(), pnc::report::Format::kHuman);
    CHECK(out.find("docs/my notice.txt: text, judged by the law on 2026-11-23, undated:") != std::string::npos);
    CHECK(out.find("  present:\n    controller-identity (UK GDPR Art 13(1)(a), 14(1)(a))") != std::string::npos);
    CHECK(out.find("  missing:\n") != std::string::npos);
    CHECK(out.find("  doubtful:\n") != std::string::npos);
    CHECK(out.find("docs/my notice.txt:3: \"Acme Trust (charity 1234567) is the data controller.\"") !=
          std::string::npos);
    CHECK(out.find("warning: cites the Data Protection Act 1998") != std::string::npos);
    CHECK(out.find("[terminology-current]") != std::string::npos);
    CHECK(out.find("broken.pdf: error: the file is named .pdf but is not a PDF") != std::string::npos);
    CHECK(out.find("2 files: 1 with missing elements, 1 unreadable") != std::string::npos);
  }

  TEST_CASE("draft findings are diagnostics: a subject per report, verdicts with status and evidence") {
    auto reports = Sample();
    pnc::diag::Sink sink;
    AddDiagnostics(reports, &sink);
    REQUIRE(sink.Subjects().size() == 2);
    CHECK(sink.Subjects()[0].file == "docs/my notice.txt");
    CHECK(sink.Subjects()[0].format == "text");
    CHECK(sink.Subjects()[1].error.find("not a PDF") != std::string::npos);
    size_t verdicts = 0, problems = 0;
    for (const auto& d : sink.All()) {
      CHECK(d.file == "docs/my notice.txt");  // the unreadable file has no findings
      if (!d.status) {
        ++problems;
        REQUIRE(d.evidence.size() == 1);
        CHECK(d.pos.line == d.evidence[0].line);
        continue;
      }
      ++verdicts;
      if (*d.status == Status::kMissing) CHECK(d.pos.line == 0);  // nowhere in the draft
      if (*d.status == Status::kPresent) {
        CHECK(d.severity == pnc::diag::Severity::kNote);
        CHECK_FALSE(d.evidence.empty());
        CHECK(d.pos.line == d.evidence[0].line);
      }
      if (*d.status == Status::kDoubtful) CHECK(d.severity == pnc::diag::Severity::kWarning);
    }
    CHECK(verdicts == reports[0].elements.size());
    CHECK(problems == reports[0].problems.size());
    CHECK(pnc::diag::ExitCodeFor(DraftOutcome(reports)) == 4);
    // Short lines list only what asks for action: no present or not-applicable verdicts.
    std::string brief = pnc::report::Render(sink, pnc::report::Format::kShort);
    CHECK(brief.find("missing: ") != std::string::npos);
    CHECK(brief.find("present: ") == std::string::npos);
  }

  TEST_CASE("draft exit codes") {
    auto reports = Sample();
    CHECK(DraftExitCode(reports) == 4);
    CHECK(DraftExitCode({reports[0]}) == 1);
    DraftReport clean = reports[0];
    for (auto& e : clean.elements) e.status = Status::kPresent;
    CHECK(DraftExitCode({clean}) == 0);
    clean.elements[0].status = Status::kDoubtful;
    CHECK(DraftExitCode({clean}) == 0);
  }

  TEST_CASE("draft json report follows data/draft/report.schema.json") {
    json j = json::parse(Printed(Sample(), pnc::report::Format::kJson));
    json schema = json::parse(ReadFile(std::string(PNC_DEFAULT_DATA_DIR) + "/data/draft/report.schema.json"));
    CHECK(j["version"] == 1);
    REQUIRE(j["reports"].size() == 2);
    for (const auto& key : schema["$defs"]["report"]["required"])
      CHECK(j["reports"][0].contains(key.get<std::string>()));
    for (const auto& key : schema["$defs"]["element"]["required"]) {
      CHECK(j["reports"][0]["elements"][0].contains(key.get<std::string>()));
    }
    for (const auto& key : schema["$defs"]["problem"]["required"]) {
      CHECK(j["reports"][0]["problems"][0].contains(key.get<std::string>()));
    }
    CHECK(j["reports"][0]["error"].is_null());
    CHECK(j["reports"][1]["error"].is_string());
    CHECK(j["reports"][0]["summary"]["problems"] == 1);
    std::set<std::string> statuses;
    for (const auto& s : schema["$defs"]["element"]["properties"]["status"]["enum"]) statuses.insert(s);
    for (const auto& e : j["reports"][0]["elements"]) CHECK(statuses.count(e["status"].get<std::string>()));
  }

  TEST_CASE("draft sarif report has the SARIF 2.1.0 shape") {
    json s = json::parse(Printed(Sample(), pnc::report::Format::kSarif));
    CHECK(s["version"] == "2.1.0");
    CHECK(s["$schema"].get<std::string>().find("sarif") != std::string::npos);
    REQUIRE(s["runs"].size() == 1);
    const json& run = s["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "pnc");
    std::set<std::string> ids;
    for (const auto& rule : run["tool"]["driver"]["rules"]) {
      CHECK(rule["id"].is_string());
      CHECK(rule["shortDescription"]["text"].is_string());
      CHECK(rule["properties"]["legalReference"].is_string());  // as the source lint writes it (report::SarifRules)
      ids.insert(rule["id"]);
    }
    REQUIRE_FALSE(run["results"].empty());
    bool missing = false;
    for (const auto& res : run["results"]) {
      CHECK(ids.count(res["ruleId"].get<std::string>()));
      CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<int>()]["id"] == res["ruleId"]);
      std::string level = res["level"];
      CHECK((level == "error" || level == "warning" || level == "note"));
      CHECK(res["message"]["text"].is_string());
      const json& loc = res["locations"][0]["physicalLocation"];
      CHECK(loc["artifactLocation"]["uri"] == "docs/my%20notice.txt");
      // A missing element has no place in the draft: the result is about the file, without a region.
      if (res["properties"]["status"] == "missing") {
        missing = true;
        CHECK_FALSE(loc.contains("region"));
      } else {
        CHECK(loc["region"]["startLine"].get<int>() >= 1);
      }
    }
    CHECK(missing);
    CHECK(run["invocations"][0]["executionSuccessful"] == false);
    CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error");
  }

  // The seeds' reports as statuses and evidence lines only: the notices' sentences stay out of the
  // project (they are read from ../shared, which may be absent).
  std::string Outline(const DraftReport& r) {
    std::string out;
    for (const auto& e : r.elements) {
      out += e.rule + " " + std::string(StatusName(e.status));
      for (const auto& ev : e.evidence) out += " " + std::to_string(ev.line);
      out += "\n";
    }
    for (const auto& p : r.problems) out += "problem " + p.rule + " " + std::to_string(p.evidence.line) + "\n";
    return out;
  }

  TEST_CASE("draft seeds: golden outlines (statuses and lines)") {
    namespace fs = std::filesystem;
    fs::path seeds = fs::path(PNC_TEST_DATA_DIR) / ".." / ".." / "shared" / "seeds";
    if (!fs::exists(seeds)) {
      MESSAGE("shared seeds not found (../shared/seeds); skipped");
      return;
    }
    bool accept = std::getenv("PNC_ACCEPT") && std::string(std::getenv("PNC_ACCEPT")) == "1";
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(seeds)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    CHECK_FALSE(files.empty());
    for (const auto& f : files) {
      CAPTURE(f.string());
      std::string name = f.stem().string();
      DraftReport r = LintDraft("seeds/" + name + ".txt", ReadFile(f.string()), Options());
      std::string got = Outline(r);
      fs::path expected = fs::path(PNC_TEST_DATA_DIR) / "drafts" / "seeds" / (name + ".outline.txt");
      if (accept) {
        fs::create_directories(expected.parent_path());
        std::ofstream(expected, std::ios::binary) << got;
        continue;
      }
      REQUIRE(fs::exists(expected));
      CHECK(got == ReadFile(expected.string()));
    }
  }
}
