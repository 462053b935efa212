// tests: the source stage's messages for the slips of user test F19: a boolean written as a string
// has its fix, a line break in a name is called that (not an invisible character), an HTML tag in
// a name is an error at the tag rather than a name published without it, and a website with a user
// name and password in it is an error that repeats neither.
#include <doctest/doctest.h>

#include "report/format.h"
#include "rules/lint.h"
#include "source/loader.h"
#include "test_support.h"

namespace pnc {
namespace {

using nlohmann::json;

// The source's load and lint diagnostics in the human format: each with its hints.
std::string LintWith(const std::string& pointer, const json& value) {
  json s = test::BaseSource();
  s[json::json_pointer(pointer)] = value;
  test::Data();  // the placeholder words are set when the data is loaded
  diag::Sink sink;
  const std::string text = s.dump(2);  // the locator reads it until Locate below
  auto loaded = source::Load("t.json", text, &sink);
  if (loaded.parsed) {
    rules::LintOptions options{.catalogue = &test::Data().Catalogue("en")->messages(),
                               .english = test::Data().Catalogue("en")};
    rules::Lint(loaded.model, test::Data().law, options, &sink);
    source::Locate(loaded.locator, "t.json", &sink);
  }
  sink.Sort();
  return report::Render(sink, report::Format::kHuman);
}

}  // namespace

TEST_CASE("a boolean written as \"yes\" or \"no\" has the fix: true or false without quotes") {
  const std::string yes = LintWith("/data_categories/1/special_category", "yes");
  CAPTURE(yes);
  CHECK(yes.find("'special_category' must be true or false, not a string [type-mismatch]\n") != std::string::npos);
  CHECK(yes.find("hint: write true, without quotes") != std::string::npos);
  const std::string no = LintWith("/data_categories/1/special_category", "No");
  CHECK(no.find("hint: write false, without quotes") != std::string::npos);
}

TEST_CASE("a line break in a name is one line too many, at the break") {
  const std::string text = LintWith("/data_subjects/0/name", "Parents\nand carers");
  CAPTURE(text);
  CHECK(text.find("error: text holds a line break (U+000A), but a name must be one line [invalid-value]") !=
        std::string::npos);
  CHECK(text.find("which no reader can see") == std::string::npos);
  CHECK(text.find("hint: join the lines with a space") != std::string::npos);
  // The caret is at the break: the value's quote is at column 15, the break its 8th character.
  CHECK(text.find("t.json:32:23:") != std::string::npos);
}

TEST_CASE("an HTML tag in a name is an error at the tag, not a name published without it") {
  const std::string text = LintWith("/data_subjects/0/name", "Donors<script>alert(1)</script>");
  CAPTURE(text);
  CHECK(text.find("error: text holds the HTML tag '<script>', but a name is plain text [invalid-value]") !=
        std::string::npos);
  // Text between angle brackets that is no tag stays a name.
  CHECK(LintWith("/data_subjects/0/name", "Parents of under <5s").find("HTML tag") == std::string::npos);
  CHECK(LintWith("/data_subjects/0/name", "Parents 3 < 4 > 2").find("HTML tag") == std::string::npos);
}

TEST_CASE("a website with a user name and password is an error that does not repeat them") {
  const std::string text = LintWith("/controller/website", "https://user:secret@acme.charity/contact");
  CAPTURE(text);
  CHECK(text.find("error: web address 'https://…@acme.charity/contact' holds a user name or password before '@', "
                  "which the notice would publish [invalid-value]") != std::string::npos);
  // The message does not repeat the password (the excerpt below it shows the user's own line).
  CHECK(text.substr(0, text.find('\n')).find("secret") == std::string::npos);
  CHECK(LintWith("/controller/website", "https://acme.charity/@news").find("user name") == std::string::npos);
}

}  // namespace pnc
