// tests: driver/resources: a translated catalogue whose placeholders differ from the English one's is
// refused when it is loaded (user test: a new locale with "{nosuchorg}" printed the braces as text).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "driver/resources.h"
#include "test_support.h"

namespace pnc {
namespace {

// A Resources whose "cy" catalogue is the shipped one with summary.who replaced by `who`.
std::string LoadCyWith(const nlohmann::json& who, const std::string& dir_name) {
  const auto& data = test::Data();
  nlohmann::json cy;
  std::ifstream(data.catalogue_paths.at("cy")) >> cy;
  cy["messages"]["summary.who"] = who;
  auto dir = std::filesystem::temp_directory_path() / dir_name;
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cy.json") << cy.dump();
  driver::Resources res;
  res.catalogue_paths = {{"en", data.catalogue_paths.at("en")}, {"cy", (dir / "cy.json").string()}};
  std::string error;
  const locale::Catalogue* cat = res.Catalogue("cy", &error);
  std::filesystem::remove_all(dir);
  return cat ? "" : error;
}

}  // namespace

TEST_CASE("a translated catalogue keeps en's placeholders, or it is refused with the key to fix") {
  CHECK(LoadCyWith("{nosuchorg} sy'n gyfrifol.", "pnc-res-test-1") ==
        "malformed catalogue: message 'summary.who' uses the placeholders {nosuchorg}, but en.json's uses "
        "{org}: keep exactly the placeholders of en.json (translate the words around them, not the names in "
        "braces)");
  // Dropping a placeholder drops a fact (the organisation's name): refused too.
  CHECK(LoadCyWith("Rydym yn gyfrifol.", "pnc-res-test-2") ==
        "malformed catalogue: message 'summary.who' uses the placeholders none, but en.json's uses {org}: keep "
        "exactly the placeholders of en.json (translate the words around them, not the names in braces)");
  CHECK(LoadCyWith("{org} sy'n gyfrifol.", "pnc-res-test-3") == "");
  // A value that is not a text names its key, not the JSON library's type error.
  CHECK(LoadCyWith(42, "pnc-res-test-4") ==
        "malformed catalogue: message 'summary.who' must be a text in double quotes, not a number");
  CHECK(LoadCyWith(nullptr, "pnc-res-test-5") ==
        "malformed catalogue: message 'summary.who' must be a text in double quotes, not null");
}

}  // namespace pnc

namespace pnc {

// A user's own translation (a charity's locales/xx.json) with the wrong placeholders is the user's
// input: one error per message at its place in the file, naming the key, the placeholder that
// differs and the fix, and not pnc's fault (exit 1, not 70).
TEST_CASE("a user's catalogue with the wrong placeholders gives input errors at the key") {
  const auto& data = test::Data();
  nlohmann::json cy;
  std::ifstream(data.catalogue_paths.at("cy")) >> cy;
  cy["messages"]["summary.who"] = "Mae {organisation} yn gyfrifol.";
  auto dir = std::filesystem::temp_directory_path() / "pnc-res-test-6";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cy.json") << cy.dump(2);
  driver::Resources res;
  res.catalogue_paths = {{"en", data.catalogue_paths.at("en")}, {"cy", (dir / "cy.json").string()}};
  CHECK(res.InputFindings("cy").empty());  // not loaded yet
  std::string error;
  CHECK(res.Catalogue("cy", &error) == nullptr);
  const std::vector<diag::Diagnostic> found = res.InputFindings("cy");
  std::filesystem::remove_all(dir);
  REQUIRE(found.size() == 1);
  const diag::Diagnostic& d = found[0];
  CHECK(d.file == (dir / "cy.json").string());
  CHECK(d.rule == "catalogue-placeholders");
  CHECK(d.severity == diag::Severity::kError);
  CHECK(d.message == "message 'summary.who' uses {organisation}, but en.json's 'summary.who' uses {org}");
  CHECK(d.hints.at(0) == "rename {organisation} to {org}");
  CHECK(d.pos.line > 1);
  // The caret is under the placeholder that differs.
  CHECK(d.source_line.substr(static_cast<size_t>(d.caret_column - 1), 14) == "{organisation}");
  // English is the reference: it has no findings, and pnc's own catalogues have none.
  CHECK(res.InputFindings("en").empty());
  for (const auto& [code, path] : data.catalogue_paths) CHECK(data.InputFindings(code).empty());
}

}  // namespace pnc
