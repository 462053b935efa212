#pragma once
// init: StartingPoint + guide (data/init/guide.json) → the text of a new source, JSON with //
// comments (which the loader accepts). No I/O.
#include <string>

#include <nlohmann/json.hpp>

#include "init/starting_point.h"

namespace pnc::init {

/// The annotated source for `sp` (a blank start when `sp.draft` is empty). On a malformed guide
/// returns "" with `*error` set.
std::string WriteSource(const StartingPoint& sp, const nlohmann::json& guide, std::string* error);

}  // namespace pnc::init
