#pragma once
// source: pnc's documented input limits (README "Input limits"). Each is far above what a real
// notice needs; past one, lint reports a `length-limit` error at the field instead of spending
// unbounded time or memory (or tripping a limit of the PDF format later).
#include <cstddef>

namespace pnc::source {

/// A source file, in bytes.
inline constexpr size_t kMaxSourceBytes = 16u << 20;
/// Entries in any one list (purposes, data categories, ids referenced, locales…).
inline constexpr size_t kMaxListEntries = 10000;
/// A title or name, in bytes: it becomes a PDF string (document title, author, bookmark), which
/// the PDF format and libharu cap at 65,535 bytes of UTF-16.
inline constexpr size_t kMaxNameBytes = 1000;
/// One free-text field in one language, in bytes (about 30,000 words).
inline constexpr size_t kMaxTextBytes = 200000;
/// Links in one free-text field (each is a link annotation in the PDF).
inline constexpr size_t kMaxLinksPerText = 1000;
/// Blocks (paragraphs, headings, list items, table rows) in one free-text field.
inline constexpr size_t kMaxBlocksPerText = 5000;

}  // namespace pnc::source
