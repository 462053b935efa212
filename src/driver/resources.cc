// driver: data directory → Resources (law.json, regulator.json, lint-vocabulary.json, help.json, locales/*.json,
// placeholders.json (set for the source loader), and the input files the output formats declare).
#include "driver/resources.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "driver/files.h"
#include "source/json_locator.h"
#include "source/placeholder.h"

namespace pnc::driver {
namespace {

// JSON with comments; false and nlohmann's message when it is not.
bool ParseJson(const std::string& text, nlohmann::json* out, std::string* error) {
  try {
    *out = nlohmann::json::parse(text, nullptr, true, true);
  } catch (const nlohmann::json::exception& e) {
    *error = e.what();
    return false;
  }
  return true;
}

// One of pnc's own data files: a failure is pnc's (rule internal).
bool ReadJson(const std::string& path, nlohmann::json* out, diag::Sink* sink) {
  std::string text, error;
  if (!ReadFile(path, &text, &error)) {
    sink->Add(diag::Make(diag::Severity::kError, path, "", error + " (is the data directory right? see --data-dir)",
                         "internal"));
    return false;
  }
  // Room for the parsed tree, asked for before parsing: nlohmann::json's destructor allocates, so a
  // parse that runs out of memory half-way terminates the process instead of throwing bad_alloc.
  // The block is freed at once; the heap keeps it (cli/memory.cc) for the parser to use.
  if (void* room = std::malloc(text.size() * 24 + (1u << 20))) {
    std::free(room);
  } else {
    sink->Add(diag::Make(diag::Severity::kError, path, "", "out of memory reading this data file", "internal"));
    return false;
  }
  if (!ParseJson(text, out, &error)) {
    sink->Add(diag::Make(diag::Severity::kError, path, "", "malformed data file: " + error, "internal"));
    return false;
  }
  return true;
}

std::string Braced(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
  return out.empty() ? std::string("no placeholder") : out;
}

// One input error per message of `path` (catalogue `code`) whose placeholders differ from en.json's,
// at the first placeholder that differs (else at the message), with the edit that fixes it. The
// catalogue is the user's input (a charity's own locales/xx.json): pnc's own are held to en.json
// by the catalogue-hygiene tests, so a mismatch found at run time is a user's edit.
std::vector<diag::Diagnostic> PlaceholderFindings(const std::string& path, const std::string& text,
                                                  const std::vector<locale::Catalogue::Mismatch>& mismatches) {
  source::Locator locator;
  source::ScanError scan_error;
  std::vector<source::ScanError> duplicates;
  const bool located = locator.Scan(text, &scan_error, &duplicates);
  std::vector<diag::Diagnostic> out;
  for (const auto& m : mismatches) {
    std::set<std::string> extra, missing;
    std::set_difference(m.mine.begin(), m.mine.end(), m.theirs.begin(), m.theirs.end(),
                        std::inserter(extra, extra.end()));
    std::set_difference(m.theirs.begin(), m.theirs.end(), m.mine.begin(), m.mine.end(),
                        std::inserter(missing, missing.end()));
    auto d = diag::Make(
        diag::Severity::kError, path, "/messages/" + source::EscapePointerToken(m.key),
        "message '" + m.key + "' uses " + Braced(m.mine) + ", but en.json's '" + m.key + "' uses " + Braced(m.theirs),
        "catalogue-placeholders");
    if (extra.size() == 1 && missing.size() == 1) {
      d.hints.push_back("rename {" + *extra.begin() + "} to {" + *missing.begin() + "}");
    } else {
      if (!extra.empty())
        d.hints.push_back("remove " + Braced(extra) + ": pnc has no value for it here and would print it as written");
      if (!missing.empty())
        d.hints.push_back("add " + Braced(missing) + ": without it the sentence leaves out the fact pnc puts there");
    }
    d.hints.push_back(
        "keep exactly the placeholders of en.json: translate the words around the braces, not the "
        "names in them");
    if (located) {
      if (auto span = locator.Value(d.pointer)) {
        size_t at = span->begin;
        if (!extra.empty()) {
          const std::string_view raw = std::string_view(text).substr(span->begin, span->end - span->begin);
          if (size_t found = raw.find("{" + *extra.begin() + "}"); found != std::string_view::npos) at += found;
        }
        d.pos = locator.PositionOf(at);
        d.source_line = locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

// Where to fix a catalogue the user edited: a translation, or the English catalogue of a data
// directory given with --data-dir (pnc's own are parsed by the catalogue tests, so a broken en.json
// there is an edit too).
std::string CatalogueHint(const std::string& code) {
  if (code == "en")
    return "this is the English catalogue of the data directory (see --data-dir), the text every locale falls back "
           "to: fix it there, or point --data-dir at an unedited copy of pnc's data";
  return "this is the catalogue of locale '" + code +
         "', a JSON file like pnc's locales/en.json (locales/README.md describes it): fix it there";
}

}  // namespace

// A catalogue that is not well-formed JSON (comments allowed) is a user's edit, as a wrong
// placeholder is: an input error at the line and column, with the fix, as a source's would be
// (review L10: the English one too, not exit 70). Called with catalogues_mu_ held; returns the
// message ("" when the file scans).
std::string Resources::SyntaxFinding(const std::string& path, const std::string& code, const std::string& text) const {
  source::Locator locator;
  source::ScanError scan;
  std::vector<source::ScanError> duplicates;
  if (locator.Scan(text, &scan, &duplicates)) return "";
  diag::Diagnostic d = diag::Make(diag::Severity::kError, path, "", scan.message, scan.rule);
  d.pos = locator.PositionOf(scan.offset);
  if (d.pos.line > 0) d.source_line = locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
  if (!scan.hint.empty()) d.hints.push_back(scan.hint);
  d.hints.push_back(CatalogueHint(code));
  catalogue_findings_[code] = {d};
  return "malformed catalogue: " + scan.message;
}

// A catalogue of the wrong shape (no "meta", "messages" a list, a message that is a number) is a
// user's edit too: an input error at the value at fault, with the fix. Called with catalogues_mu_ held.
void Resources::ShapeFinding(const std::string& path, const std::string& code, const std::string& text,
                             const locale::ParseProblem& problem) const {
  diag::Diagnostic d = diag::Make(diag::Severity::kError, path, problem.pointer, problem.message, problem.rule);
  source::Locator locator;
  source::ScanError scan;
  std::vector<source::ScanError> duplicates;
  if (locator.Scan(text, &scan, &duplicates)) {
    if (auto span = locator.Value(problem.pointer)) {
      d.pos = locator.PositionOf(span->begin);
      d.source_line = locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    }
  }
  if (!problem.hint.empty()) d.hints.push_back(problem.hint);
  d.hints.push_back(CatalogueHint(code));
  catalogue_findings_[code] = {d};
}

std::vector<diag::Diagnostic> Resources::InputFindings(const std::string& code) const {
  std::lock_guard<std::mutex> lock(catalogues_mu_);
  auto it = catalogue_findings_.find(code);
  return it == catalogue_findings_.end() ? std::vector<diag::Diagnostic>{} : it->second;
}

// A translated catalogue is held to the English one's placeholders when it is loaded, so a user's
// new or edited catalogue fails the build with the key to fix rather than printing "{nosuch}".
// Called with catalogues_mu_ held; the English catalogue is parsed and cached here if need be.
std::string Resources::CheckAgainstEnglishLocked(const std::string& code, const locale::Catalogue& cat,
                                                 const std::string& text) const {
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
  const std::vector<locale::Catalogue::Mismatch> mismatches = cat.PlaceholderMismatches(*cached->second);
  if (mismatches.empty()) return "";
  catalogue_findings_[code] = PlaceholderFindings(catalogue_paths.at(code), text, mismatches);
  return cat.CheckPlaceholders(*cached->second);
}

const locale::Catalogue* Resources::Catalogue(const std::string& code, std::string* error) const {
  auto path = catalogue_paths.find(code);
  if (path == catalogue_paths.end()) return nullptr;
  std::lock_guard<std::mutex> lock(catalogues_mu_);
  if (auto it = catalogues_.find(code); it != catalogues_.end()) return it->second.get();
  if (!catalogue_errors_.count(code)) {
    nlohmann::json j;
    std::string text, read_error;
    auto cat = std::make_unique<locale::Catalogue>();
    if (!ReadFile(path->second, &text, &read_error, 64u << 20, "a locale catalogue")) {
      catalogue_errors_[code] = read_error + " (is the data directory right? see --data-dir)";
      // A catalogue that cannot be read is a file error (exit 4, a finding with no rule), as a source's is.
      catalogue_findings_[code] = {diag::Make(diag::Severity::kError, path->second, "", read_error, "")};
    } else if (!ParseJson(text, &j, &read_error)) {
      // Only a catalogue that does not parse is scanned for its place: scanning every catalogue on
      // every run cost a one-notice build ~15% of its instructions (bench).
      if (std::string finding = SyntaxFinding(path->second, code, text); !finding.empty()) {
        catalogue_errors_[code] = finding;  // an input error at its line and column (catalogue_findings_)
      } else {
        // What the scanner accepts and nlohmann refuses (a number too large for a double) is the user's too.
        catalogue_errors_[code] = "malformed data file: " + read_error;
        catalogue_findings_[code] = {
            diag::Make(diag::Severity::kError, path->second, "", "cannot parse: " + read_error, "json-syntax")};
      }
    } else if (locale::ParseProblem problem; !cat->Parse(code, j, &problem).empty()) {
      ShapeFinding(path->second, code, text, problem);  // an input error at the value (catalogue_findings_)
      catalogue_errors_[code] = "malformed catalogue: " + problem.message;
    } else if (std::string bad = CheckAgainstEnglishLocked(code, *cat, text); !bad.empty()) {
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
    // An edited en.json is an input error at its place (exit 1; 4 when unreadable); a data directory
    // without one is a broken installation (exit 70).
    std::vector<diag::Diagnostic> findings = out->InputFindings("en");
    for (auto& d : findings) sink->Add(std::move(d));
    if (!findings.empty()) return false;
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
