// source: Unicode normalisation of a parsed source's texts (NFC).
#pragma once

#include <nlohmann/json.hpp>

namespace pnc::source {

/// Rewrites every string value of `v` (not its keys) in Unicode normalisation form C, so that a
/// letter typed as a base letter and a combining accent ("w" + U+0302, as text pasted from macOS or
/// some web pages arrives) is the one precomposed letter ("ŵ") every font and reader expects.
/// ASCII-only strings are left untouched without a call into the library.
void NormaliseTexts(nlohmann::json* v);

}  // namespace pnc::source
