#pragma once
// source: JSON text → typed Model, reporting syntax, type, unknown-key and missing-field problems
// with positions.
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "source/json_locator.h"
#include "source/model.h"

namespace pnc::source {

/// The result of loading one source.
struct Loaded {
  Model model;
  Locator locator;
  bool parsed = false;  // false: syntax/encoding error, the model is empty
};

/// Parses `text` (the contents of `file`) into a Model; problems go to `sink` with positions.
/// `text` must outlive the returned Locator.
Loaded Load(const std::string& file, std::string_view text, diag::Sink* sink);

/// Fills line, column and source line of every diagnostic in `sink` for `file` that has only a
/// pointer. Member keys are pointed at for unknown-key and duplicate-key diagnostics.
void Locate(const Locator& locator, const std::string& file, diag::Sink* sink);

/// A short, stable hash of a text (8 hex digits of FNV-1a 32), used to record what a translation
/// was made from.
std::string TextHash(std::string_view text);

/// The closest candidate to `word` within a small edit distance, or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace pnc::source
