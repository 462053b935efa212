#pragma once
// source: pnc's documented input limits (README "Input limits"). Each is far above what a real
// notice needs; past one, lint reports a `length-limit` error at the field instead of spending
// unbounded time or memory (or tripping a limit of the PDF format later).
#include <cstddef>

namespace pnc::source {

/// A source file, in bytes (the largest real notice source seen is ~30 KB).
inline constexpr size_t kMaxSourceBytes = 4u << 20;
/// Entries in any one list (purposes, data categories, ids referenced, locales…): 40 times the
/// longest list of a real notice seen. Some rules compare every pair of list items; this keeps
/// them well under a second.
inline constexpr size_t kMaxListEntries = 2000;
/// A title or name, in bytes: it becomes a PDF string (document title, author, bookmark), which
/// the PDF format and libharu cap at 65,535 bytes of UTF-16.
inline constexpr size_t kMaxNameBytes = 1000;
/// One free-text field in one language, in bytes (about 30,000 words).
inline constexpr size_t kMaxTextBytes = 200000;
// Blocks and links per built notice: driver/doc_limits.h.

}  // namespace pnc::source
