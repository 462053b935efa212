#pragma once
// translate: a source's translatable fields → PO entries, and translated entries → the source text
// edited in place (comments, key order and formatting untouched).
#include <string>
#include <vector>

#include "source/loader.h"
#include "translate/po_file.h"

namespace pnc::translate {

/// The PO entries for `locale`: one per free-text field, translated/fuzzy/untranslated as it stands.
std::vector<Entry> ExportEntries(const source::Model& model, const std::string& locale);

/// What an import did.
struct ImportResult {
  std::string text;                  // the new source text
  int imported = 0;                  // translations written
  int unchanged = 0;                 // already there, same text and provenance
  int untranslated = 0;              // entries with no translation yet
  std::vector<std::string> skipped;  // "/pointer: why" for entries that could not be imported
};

/// Merges translated, non-fuzzy entries into `text` (the source the model was loaded from). Each
/// translation is written as {"text": …, "from": <hash of the current default-locale text>}.
ImportResult ImportEntries(const std::string& text, const source::Loaded& loaded, const std::string& locale,
                           const std::vector<Entry>& entries);

}  // namespace pnc::translate
