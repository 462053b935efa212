// driver: data directory → Resources (law.json, regulator.json, lint-vocabulary.json, help.json, locales/*.json,
// placeholders.json (set for the source loader), and the input files the output formats declare).
#include "driver/resources.h"

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "driver/files.h"
#include "source/placeholder.h"

namespace pnc::driver {
namespace {

bool ReadJson(const std::string& path, nlohmann::json* out, diag::Sink* sink) {
  std::string text, error;
  if (!ReadFile(path, &text, &error)) {
    sink->Add(diag::Make(diag::Severity::kError, path, "", error + " (is the data directory right? see --data-dir)",
                         "internal"));
    return false;
  }
  try {
    *out = nlohmann::json::parse(text, nullptr, true, true);
  } catch (const nlohmann::json::exception& e) {
    sink->Add(
        diag::Make(diag::Severity::kError, path, "", std::string("malformed data file: ") + e.what(), "internal"));
    return false;
  }
  return true;
}

}  // namespace

// A translated catalogue is held to the English one's placeholders when it is loaded, so a user's
// new or edited catalogue fails the build with the key to fix rather than printing "{nosuch}".
// Called with catalogues_mu_ held; the English catalogue is parsed and cached here if need be.
std::string Resources::CheckAgainstEnglishLocked(const std::string& code, const locale::Catalogue& cat) const {
  if (code == "en") return "";
  auto cached = catalogues_.find("en");
  if (cached == catalogues_.end()) {
    auto path = catalogue_paths.find("en");
    if (path == catalogue_paths.end() || catalogue_errors_.count("en")) return "";  // reported for en itself
    diag::Sink sink;
    nlohmann::json j;
    auto en = std::make_unique<locale::Catalogue>();
    if (!ReadJson(path->second, &j, &sink) || !en->Parse("en", j).empty()) return "";  // reported for en itself
    cached = catalogues_.emplace("en", std::move(en)).first;
  }
  return cat.CheckPlaceholders(*cached->second);
}

const locale::Catalogue* Resources::Catalogue(const std::string& code, std::string* error) const {
  auto path = catalogue_paths.find(code);
  if (path == catalogue_paths.end()) return nullptr;
  std::lock_guard<std::mutex> lock(catalogues_mu_);
  if (auto it = catalogues_.find(code); it != catalogues_.end()) return it->second.get();
  if (!catalogue_errors_.count(code)) {
    diag::Sink sink;
    nlohmann::json j;
    auto cat = std::make_unique<locale::Catalogue>();
    if (!ReadJson(path->second, &j, &sink)) {
      catalogue_errors_[code] = sink.All().front().message;
    } else if (std::string err = cat->Parse(code, j); !err.empty()) {
      catalogue_errors_[code] = "malformed catalogue: " + err;
    } else if (std::string bad = CheckAgainstEnglishLocked(code, *cat); !bad.empty()) {
      catalogue_errors_[code] = "malformed catalogue: " + bad;
    } else {
      return (catalogues_[code] = std::move(cat)).get();
    }
  }
  if (error) *error = catalogue_errors_[code];
  return nullptr;
}

std::map<std::string, const locale::Catalogue*> Resources::AllCatalogues() const {
  std::map<std::string, const locale::Catalogue*> out;
  for (const auto& [code, path] : catalogue_paths) {
    std::string error;
    const locale::Catalogue* cat = Catalogue(code, &error);
    if (!cat) throw std::runtime_error(path + ": " + error);
    out[code] = cat;
  }
  return out;
}

bool LoadResources(const std::string& data_dir, Resources* out, diag::Sink* sink) {
  out->data_dir = data_dir;
  nlohmann::json law, regulator, vocabulary, help;
  if (!ReadJson(data_dir + "/data/law.json", &law, sink) ||
      !ReadJson(data_dir + "/data/regulator.json", &regulator, sink) ||
      !ReadJson(data_dir + "/data/lint-vocabulary.json", &vocabulary, sink) ||
      !ReadJson(data_dir + "/data/help.json", &help, sink)) {
    return false;
  }
  if (std::string err = rules::ParseLawData(law, regulator, vocabulary, &out->law); !err.empty()) {
    sink->Add(
        diag::Make(diag::Severity::kError, data_dir + "/data/law.json", "", "malformed data file: " + err, "internal"));
    return false;
  }
  if (std::string err = rules::ParseHelpData(help, &out->law); !err.empty()) {
    sink->Add(diag::Make(diag::Severity::kError, data_dir + "/data/help.json", "", "malformed data file: " + err,
                         "internal"));
    return false;
  }
  // The words a source's values are checked against for placeholders, set once per process.
  nlohmann::json placeholders;
  source::PlaceholderWords words;
  if (!ReadJson(data_dir + "/data/placeholders.json", &placeholders, sink)) return false;
  if (std::string err = source::ParsePlaceholderWords(placeholders, &words); !err.empty()) {
    sink->Add(diag::Make(diag::Severity::kError, data_dir + "/data/placeholders.json", "",
                         "malformed data file: " + err, "internal"));
    return false;
  }
  source::SetPlaceholderWords(std::move(words));
  for (const auto& path : ListFiles(data_dir + "/locales", ".json")) {
    out->catalogue_paths[std::filesystem::path(path).stem().string()] = path;
  }
  // English is the fallback of every other catalogue, so it is checked now.
  std::string error;
  if (!out->Catalogue("en", &error)) {
    sink->Add(diag::Make(diag::Severity::kError, data_dir + "/locales/en.json", "",
                         error.empty() ? "the English catalogue is missing" : error, "internal"));
    return false;
  }
  for (const auto& path : ListFiles(data_dir + "/accessibility/readability", ".json")) {
    nlohmann::json j;
    if (!ReadJson(path, &j, sink)) return false;
    readability::LocaleLoad load = readability::LoadLocale(j);
    for (const auto& e : load.errors) {
      sink->Add(
          diag::Make(diag::Severity::kError, path, e.pointer, "malformed readability data: " + e.message, "internal"));
    }
    if (!load.errors.empty()) return false;
    out->readability[std::filesystem::path(path).stem().string()] = std::move(load.data);
  }
  return out->files.Load(data_dir, sink);
}

}  // namespace pnc::driver
