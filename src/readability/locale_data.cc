// readability: locale file JSON → LocaleData, collecting every problem as a LoadError value.
// nlohmann::json throws on wrong types, so every access below checks the type first.
#include "readability/locale_data.h"

#include <algorithm>
#include <array>
#include <set>

namespace pnc::readability {
namespace {

constexpr std::array<std::string_view, 5> kBands = {"6-9", "10-12", "13-15", "16-17", "adult"};

using json = nlohmann::json;

class Loader {
 public:
  explicit Loader(LocaleLoad* out) : out_(out) {}

  void Error(std::string pointer, std::string message) {
    out_->errors.push_back({std::move(pointer), std::move(message)});
  }

  // Reports keys of `object` that are not in `known`, so a misspelt key is not silently ignored.
  void CheckKeys(const json& object, const std::string& pointer, std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : object.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string list;
        for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        Error(pointer + "/" + key, "unknown key '" + key + "'; the keys are " + list);
      }
    }
  }

  std::vector<std::string> Strings(const json& parent, const std::string& key, const std::string& pointer,
                                   bool required) {
    std::vector<std::string> out;
    auto it = parent.find(key);
    if (it == parent.end()) {
      if (required) Error(pointer, "missing '" + key + "'");
      return out;
    }
    if (!it->is_array()) {
      Error(pointer + "/" + key, "expected an array of strings");
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
        Error(pointer + "/" + key + "/" + std::to_string(i), "expected a non-empty string");
        continue;
      }
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  std::vector<std::string> BandIds(const json& parent, const std::string& key, const std::string& pointer,
                                   bool required) {
    std::vector<std::string> ids = Strings(parent, key, pointer, required);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (std::find(kBands.begin(), kBands.end(), ids[i]) == kBands.end()) {
        Error(pointer + "/" + key + "/" + std::to_string(i), "unknown band '" + ids[i] + "'");
      }
    }
    return ids;
  }

  void Bands(const json& root, bool grade_measured) {
    auto it = root.find("bands");
    if (it == root.end() || !it->is_object()) {
      Error(it == root.end() ? "" : "/bands", "expected 'bands', an object keyed by band");
      return;
    }
    for (const auto& [key, value] : it->items()) {
      if (std::find(kBands.begin(), kBands.end(), key) == kBands.end()) {
        Error("/bands/" + key, "unknown band '" + key + "'; the bands are 6-9, 10-12, 13-15, " + "16-17, adult");
      }
    }
    for (std::string_view id : kBands) {
      std::string pointer = "/bands/" + std::string(id);
      auto band = it->find(std::string(id));
      if (band == it->end()) {
        Error("/bands", "missing band '" + std::string(id) + "'");
        continue;
      }
      if (!band->is_object()) {
        Error(pointer, "expected an object");
        continue;
      }
      CheckKeys(*band, pointer, {"max_grade", "max_sentence_words", "why"});
      Band b;
      b.id = id;
      auto words = band->find("max_sentence_words");
      if (words == band->end()) {
        Error(pointer, "missing 'max_sentence_words'");
      } else if (!words->is_number_integer() || words->get<long long>() <= 0) {
        Error(pointer + "/max_sentence_words", "expected a positive integer");
      } else {
        b.max_sentence_words = static_cast<int>(std::min(words->get<long long>(), 1000LL));
      }
      auto grade = band->find("max_grade");
      bool has_grade = grade != band->end() && !grade->is_null();
      if (grade_measured && !has_grade) {
        Error(pointer, "missing 'max_grade'");
      } else if (!grade_measured && has_grade) {
        Error(pointer + "/max_grade", "'max_grade' needs a 'grade_formula' for the locale");
      } else if (has_grade && (!grade->is_number() || grade->get<double>() <= 0)) {
        Error(pointer + "/max_grade", "expected a positive number");
      } else if (has_grade) {
        b.max_grade = grade->get<double>();
      }
      out_->data.bands.push_back(std::move(b));
    }
  }

  void Jargon(const json& root, const std::vector<std::string>& default_bands) {
    auto it = root.find("jargon");
    if (it == root.end() || !it->is_array()) {
      Error(it == root.end() ? "" : "/jargon", "expected 'jargon', an array of entries");
      return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      std::string pointer = "/jargon/" + std::to_string(i);
      if (!item.is_object()) {
        Error(pointer, "expected an object");
        continue;
      }
      CheckKeys(item, pointer, {"term", "plain", "glossary", "forms", "bands", "why"});
      JargonEntry entry;
      for (auto [key, field] : {std::pair{"term", &entry.term}, std::pair{"plain", &entry.plain}}) {
        auto f = item.find(key);
        if (f == item.end() || !f->is_string() || f->get_ref<const std::string&>().empty()) {
          Error(pointer + (f == item.end() ? "" : std::string("/") + key),
                std::string("expected '") + key + "', a non-empty string");
        } else {
          *field = f->get<std::string>();
        }
      }
      auto glossary = item.find("glossary");
      if (glossary != item.end() && !glossary->is_boolean()) {
        Error(pointer + "/glossary", "expected true or false");
      } else if (glossary != item.end()) {
        entry.glossary = glossary->get<bool>();
      }
      entry.forms = Strings(item, "forms", pointer, false);
      entry.bands = item.contains("bands") ? BandIds(item, "bands", pointer, false) : default_bands;
      if (!entry.term.empty() && !seen.insert(FoldCase(entry.term)).second) {
        Error(pointer + "/term", "duplicate term '" + entry.term + "'");
      }
      out_->data.jargon.push_back(std::move(entry));
    }
  }

  void Load(const json& root) {
    if (!root.is_object()) {
      Error("", "expected an object");
      return;
    }
    CheckKeys(root, "",
              {"locale", "notes", "grade_formula", "bands", "abbreviations", "syllable_exceptions", "inflections",
               "initial_mutations", "jargon_default_bands", "jargon"});
    LocaleData& data = out_->data;
    auto locale = root.find("locale");
    if (locale == root.end() || !locale->is_string() || locale->get<std::string>().empty()) {
      Error(locale == root.end() ? "" : "/locale", "expected 'locale', a language tag");
    } else {
      data.locale = locale->get<std::string>();
    }
    auto formula = root.find("grade_formula");
    if (formula == root.end() || (!formula->is_null() && *formula != "flesch-kincaid")) {
      Error(formula == root.end() ? "" : "/grade_formula", "expected 'grade_formula': \"flesch-kincaid\" or null");
    } else {
      data.grade_measured = !formula->is_null();
    }
    Bands(root, data.grade_measured);
    auto abbreviations = root.find("abbreviations");
    if (abbreviations == root.end() || !abbreviations->is_object()) {
      Error(abbreviations == root.end() ? "" : "/abbreviations", "expected 'abbreviations', an object");
    } else {
      CheckKeys(*abbreviations, "/abbreviations", {"never_final", "may_be_final"});
      data.abbreviations.never_final = Strings(*abbreviations, "never_final", "/abbreviations", true);
      data.abbreviations.may_be_final = Strings(*abbreviations, "may_be_final", "/abbreviations", true);
    }
    auto exceptions = root.find("syllable_exceptions");
    if (exceptions != root.end()) {
      if (!exceptions->is_object()) {
        Error("/syllable_exceptions", "expected an object of word: syllables");
      } else {
        for (const auto& [word, count] : exceptions->items()) {
          if (!count.is_number_integer() || count.get<long long>() <= 0 || count.get<long long>() > 20) {
            Error("/syllable_exceptions/" + word, "expected a syllable count from 1 to 20");
          } else if (FoldCase(word) != word) {
            Error("/syllable_exceptions/" + word, "expected a lowercase word");
          } else {
            data.syllable_exceptions[word] = static_cast<int>(count.get<long long>());
          }
        }
      }
    }
    data.inflections = Strings(root, "inflections", "", false);
    auto mutations = root.find("initial_mutations");
    if (mutations != root.end() && !mutations->is_boolean()) {
      Error("/initial_mutations", "expected true or false");
    } else if (mutations != root.end()) {
      data.initial_mutations = mutations->get<bool>();
    }
    std::vector<std::string> defaults = BandIds(root, "jargon_default_bands", "", true);
    Jargon(root, defaults);
  }

 private:
  LocaleLoad* out_;
};

}  // namespace

std::span<const std::string_view> RequiredBands() { return kBands; }

LocaleLoad LoadLocale(const nlohmann::json& json) {
  LocaleLoad out;
  Loader loader(&out);
  try {
    loader.Load(json);
  } catch (const nlohmann::json::exception& e) {
    // Every access is type-checked above; this only guards against a missed case.
    out.errors.push_back({"", std::string("cannot read the locale file: ") + e.what()});
  }
  return out;
}

const Band* FindBand(const LocaleData& locale, std::string_view id) {
  for (const Band& band : locale.bands) {
    if (band.id == id) return &band;
  }
  return nullptr;
}

std::string BandPhrase(std::string_view band_id) {
  if (band_id == "adult") return "adults";
  return "ages " + std::string(band_id);
}

}  // namespace pnc::readability
