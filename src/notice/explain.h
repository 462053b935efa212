#pragma once
// notice: NoticeDoc → its text in reading order, each piece with its origin: what `pnc explain`
// prints. It walks the same document the renderers get; there is no second builder.
#include <string>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::notice {

/// One piece of visible text: a heading, a run of a paragraph from one origin, a list item's
/// text, a table cell, a field's label or value.
struct ExplainItem {
  std::string text;
  int origin = -1;  // index into NoticeDoc::origins; -1 when the text has none (a pnc bug)
};

/// Every piece of text of `doc` in reading order: a preview's draft mark, the title and meta line,
/// the summary, then the sections depth first. Page furniture (contents, "Back to contents",
/// language names, pictogram descriptions) is left out: it repeats what is here or names no fact.
std::vector<ExplainItem> Explain(const NoticeDoc& doc);

/// Every piece of text of `doc`'s just-in-time notices (NoticeDoc::jit, what `--format jit`
/// writes) in order: each notice's title, then its blocks. Empty when the build made none.
std::vector<ExplainItem> ExplainJit(const NoticeDoc& doc);

}  // namespace pnc::notice
