#pragma once
// render: NoticeDoc → Braille Ready Format (BRF), through liblouis.
#include <string>
#include <vector>

#include "render/registry.h"

namespace pnc::render {

/// One paragraph-level piece of print text, before translation, with its UKAAF layout.
struct BrailleLine {
  enum class Kind { kTitle, kCentred, kHeading, kMinorHeading, kParagraph, kItem, kBox, kBlank };
  Kind kind = Kind::kParagraph;
  std::string text;  // UTF-8 print text, a span in another language between MarkedText's language marks
  std::string lang;  // the block's language ("" = the document's)
  int level = 0;     // kItem: nesting depth (0 = top)
  int section = -1;  // kHeading of a top-level section: its index in the contents
};

/// The print text of `doc` in reading order, laid out as UK braille transcription does:
/// centred section headings, cell-5 sub-headings, indented paragraphs, 1-3 lists, tables and
/// label/value pairs read row by row, boxed call-outs, links written out in full.
std::vector<BrailleLine> BrailleLines(const notice::NoticeDoc& doc);

/// The liblouis table list for `locale` at `grade` (1 or 2), BRF display; "" when pnc has no
/// braille table for the language. `*unverified` is set for a table its authors have not checked.
std::string BrailleTables(const std::string& locale, int grade, bool* unverified);

/// Renders `doc` as BRF: ctx.braille_cells × ctx.braille_lines pages, page numbers and running
/// heads on line 1, a contents page first. A locale without a table is skipped with a note.
bool RenderBrf(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

}  // namespace pnc::render
