#pragma once
// source: walks every free-text field of a Model (for translation, terminology and Markdown checks,
// and for the PO export).
#include <functional>
#include <string>

#include "source/model.h"

namespace pnc::source {

/// Calls `fn(text)` for every present free-text field, in source order.
void ForEachText(const Model& model, const std::function<void(const Text&)>& fn);

/// Calls `fn(text)` for every present children's wording (a `child` field: what a children's
/// version prints in place of an item, a requirement's consequence, a section or the complaints
/// route), in source order.
void ForEachChildText(const Model& model, const std::function<void(const Text&)>& fn);

}  // namespace pnc::source
