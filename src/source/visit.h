#pragma once
// source: walks every free-text field of a Model (for translation, terminology and Markdown checks,
// and for the PO export).
#include <functional>
#include <string>

#include "source/model.h"

namespace pnc::source {

/// Calls `fn(text)` for every present free-text field, in source order.
void ForEachText(const Model& model, const std::function<void(const Text&)>& fn);

}  // namespace pnc::source
