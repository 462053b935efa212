// tests: the JSON Schema and the loader agree: every example and the kitchen-sink source (every key
// once) validate, the loader reports no unknown keys for them, and broken sources fail both.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "source/loader.h"

namespace pnc {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const valijson::Schema& Schema() {
  static valijson::Schema schema;
  static bool loaded = false;
  if (!loaded) {
    auto doc = nlohmann::json::parse(ReadAll(std::string(PNC_DEFAULT_DATA_DIR) + "/schema/pnc-notice.schema.json"));
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, schema);
    loaded = true;
  }
  return schema;
}

std::string Validate(const nlohmann::json& doc) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(Schema(), adapter, &results)) return "";
  std::string out;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string ctx;
    for (const auto& c : error.context) ctx += c;
    out += ctx + ": " + error.description + "\n";
  }
  return out;
}

std::vector<std::string> Sources() {
  std::vector<std::string> files = {std::string(PNC_TEST_DATA_DIR) + "/schema/kitchen-sink.json"};
  for (const auto& e : std::filesystem::directory_iterator(std::string(PNC_DEFAULT_DATA_DIR) + "/notices")) {
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  }
  return files;
}

}  // namespace

TEST_CASE("every example and the kitchen sink validate against the schema, and load without unknown keys") {
  for (const auto& path : Sources()) {
    CAPTURE(path);
    std::string text = ReadAll(path);
    auto doc = nlohmann::json::parse(text, nullptr, true, true);
    CHECK(Validate(doc) == "");
    diag::Sink sink;
    source::Load(path, text, &sink);
    for (const auto& d : sink.All()) CHECK_MESSAGE(d.rule != "unknown-key", d.message);
    for (const auto& d : sink.All()) CHECK_MESSAGE(d.rule != "type-mismatch", d.message);
  }
}

TEST_CASE("broken sources fail the schema as they fail the loader") {
  auto doc =
      nlohmann::json::parse(ReadAll(std::string(PNC_TEST_DATA_DIR) + "/schema/kitchen-sink.json"), nullptr, true, true);
  auto bad_key = doc;
  bad_key["controller"]["emial"] = "x";
  CHECK(Validate(bad_key) != "");
  auto bad_basis = doc;
  bad_basis["purposes"][0]["lawful_bases"][0] = "consnet";
  CHECK(Validate(bad_basis) != "");
  auto bad_date = doc;
  bad_date["notice"]["last_updated"] = "1 October 2026";
  CHECK(Validate(bad_date) != "");
  auto bad_lang = doc;  // a name in its own language names a language code, and nothing else
  bad_lang["controller"]["name"] = {{"text", "Pantri Ogwen"}, {"lang", "Welsh"}};
  CHECK(Validate(bad_lang) != "");
  auto no_lang = doc;
  no_lang["controller"]["name"] = {{"text", "Pantri Ogwen"}};
  CHECK(Validate(no_lang) != "");
}

}  // namespace pnc
