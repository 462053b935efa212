#pragma once
// source: walks every free-text field of a Model (for translation, terminology and Markdown checks,
// and for the PO export).
#include <functional>
#include <string>

#include "source/model.h"
#include "source/scope.h"

namespace pnc::source {

/// Calls `fn(text)` for every present free-text field, in source order.
void ForEachText(const Model& model, const std::function<void(const Text&)>& fn);

/// Calls `fn(text)` for every present children's wording the children's version for `band` shows
/// (an item's `child`, or its `child_by_band` entry for the band; a requirement's consequence, a
/// record's child name, a section, the security and complaints routes), given that version's
/// `scope` (ComputeScope(model, band)), in source order.
void ForEachChildText(const Model& model, const Scope& scope, const std::string& band,
                      const std::function<void(const Text&)>& fn);

}  // namespace pnc::source
