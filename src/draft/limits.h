#pragma once
// draft: the documented input limits of `pnc lint --draft` (README "Input limits"). A long
// privacy notice is ~100 KB of text; these are a hundred times that. Past one, the draft is
// refused with a message naming the limit (exit 4), never read in part.
#include <cstddef>

namespace pnc::draft {

/// A draft file, in bytes (a .docx or PDF may hold images).
inline constexpr size_t kMaxDraftFileBytes = 64u << 20;
/// Text read from one draft, in bytes: 12 MB lints in about 4 s on a 2-core machine.
inline constexpr size_t kMaxDraftTextBytes = 12u << 20;
/// Lines of a text, Markdown or HTML draft.
inline constexpr size_t kMaxDraftLines = 1000000;
/// Paragraphs, headings, list items and table rows of one draft.
inline constexpr size_t kMaxDraftBlocks = 200000;
/// Pages of a PDF draft.
inline constexpr int kMaxDraftPages = 2000;

}  // namespace pnc::draft
