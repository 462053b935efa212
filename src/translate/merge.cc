// translate: Model ↔ PO entries; imports are text splices at the positions the locator recorded,
// applied from the end of the file backwards so earlier offsets stay valid.
#include "translate/merge.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "source/visit.h"

namespace pnc::translate {
namespace {

struct Edit {
  size_t begin, end;
  std::string replacement;
};

std::string Quote(const std::string& s) { return nlohmann::json(s).dump(-1, ' ', false); }

std::string TranslationJson(const std::string& target, const std::string& hash) {
  return "{\"text\": " + Quote(target) + ", \"from\": \"" + hash + "\"}";
}

// A note for translators: where the text appears, and who reads it.
std::string Describe(const source::Model& model, const std::string& pointer) {
  std::string field = pointer.substr(pointer.rfind('/') + 1);
  std::string note = "field: " + pointer;
  const size_t by_band = pointer.rfind("_by_band/");
  if (by_band != std::string::npos) {
    // The text of one age band's version (`child_by_band`, `child_title_by_band`…): that band's words.
    note += "\nchildren's version, ages " + pointer.substr(by_band + 9) + ": short sentences and everyday words";
  } else if (field == "child" || field == "child_title" || field == "child_name") {
    note += "\nchildren's version, ages " + model.notice.child_band + ": short sentences and everyday words";
  } else if (field == "name" || field == "title" || field == "destination") {
    note += "\na name or heading, shown in lists and headings";
  } else if (field == "role") {
    note += "\na job title or role (such as Data Protection Officer): translate it";
  } else if (field == "address") {
    note += "\na postal address: keep names of people and places as they are written locally";
  }
  return note;
}

}  // namespace

std::vector<Entry> ExportEntries(const source::Model& model, const std::string& locale) {
  std::vector<Entry> out;
  const std::string& base = model.default_locale();
  source::ForEachText(model, [&](const source::Text& t) {
    const source::Translation* original = t.Get(base);
    if (original == nullptr || original->text.empty()) return;
    // A name or address written once as a plain string is the same in every locale (lint asks for
    // no translation of it, README "Translations"): a translator is not asked for one either.
    if (t.proper_name) return;
    Entry e{t.pointer, original->text, "", false, Describe(model, t.pointer)};
    if (const source::Translation* tr = t.Get(locale)) {
      e.target = tr->text;
      e.fuzzy = !tr->from.empty() && tr->from != source::TextHash(original->text);
      if (e.fuzzy) e.comment += "\nthe English text changed after this translation was made: check it";
    }
    out.push_back(e);
  });
  return out;
}

ImportResult ImportEntries(const std::string& text, const source::Loaded& loaded, const std::string& locale,
                           const std::vector<Entry>& entries) {
  ImportResult result;
  const std::string& base = loaded.model.default_locale();
  std::map<std::string, const source::Text*> fields;
  source::ForEachText(loaded.model, [&](const source::Text& t) { fields[t.pointer] = &t; });
  std::vector<Edit> edits;
  for (const auto& e : entries) {
    auto it = fields.find(e.context);
    if (it == fields.end()) {
      result.skipped.push_back(e.context + ": no such field in the source");
      continue;
    }
    if (e.target.empty()) {
      ++result.untranslated;
      continue;
    }
    if (e.fuzzy) {
      result.skipped.push_back(e.context + ": marked fuzzy; check it and remove the fuzzy flag");
      continue;
    }
    const source::Text& field = *it->second;
    const source::Translation* original = field.Get(base);
    if (original == nullptr || original->text != e.source) {
      result.skipped.push_back(e.context + ": the " + base + " text changed since the PO file was made");
      continue;
    }
    const std::string hash = source::TextHash(original->text);
    const source::Translation* existing = field.Get(locale);
    if (existing && existing->text == e.target && existing->from == hash) {
      ++result.unchanged;
      continue;
    }
    auto span = loaded.locator.Value(field.pointer);
    if (!span) {
      result.skipped.push_back(e.context + ": the field could not be located in the source text");
      continue;
    }
    std::string raw = text.substr(span->begin, span->end - span->begin);
    if (text[span->begin] == '"') {
      // A plain string becomes {"en": <the original literal, byte for byte>, "cy": {…}}.
      edits.push_back({span->begin, span->end,
                       "{\"" + base + "\": " + raw + ", \"" + locale + "\": " + TranslationJson(e.target, hash) + "}"});
    } else if (existing) {
      auto at = loaded.locator.Value(existing->pointer);
      if (at) edits.push_back({at->begin, at->end, TranslationJson(e.target, hash)});
    } else {
      // Insert a new member after the last one, before the closing brace.
      size_t close = span->end - 1;
      size_t last = close;
      while (last > span->begin && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
      edits.push_back({last, last, ", \"" + locale + "\": " + TranslationJson(e.target, hash)});
    }
    ++result.imported;
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
  result.text = text;
  for (const auto& ed : edits) result.text.replace(ed.begin, ed.end - ed.begin, ed.replacement);
  return result;
}

}  // namespace pnc::translate
