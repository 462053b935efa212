#pragma once
// render: the only code that calls liblouis. liblouis keeps compiled tables in global state and
// is not thread-safe, so every call here holds one process-wide lock.
#include <string>

namespace pnc::render::louis {

/// Translates UTF-8 print text with `tables` (a liblouis table list, e.g.
/// "en-us-brf.dis,en-ueb-g2.ctb") into ASCII braille (BRF cells). False with `*error` when a table
/// is missing or broken.
bool Translate(const std::string& tables, const std::string& text, std::string* out, std::string* error);

/// Back-translates ASCII braille into UTF-8 print text (for tests and checks).
bool BackTranslate(const std::string& tables, const std::string& braille, std::string* out, std::string* error);

}  // namespace pnc::render::louis
