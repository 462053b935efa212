#pragma once
// driver: the per-document limits of README "Input limits": blocks and links of one built
// notice. They bound the time and memory of rendering (a PDF holds ~10 KB of objects per table
// row) and keep the PDF within its format's array limits.
#include <string>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"

namespace pnc::driver {

/// Blocks (paragraphs, headings, list items, table rows, fields) in one version of a notice.
inline constexpr size_t kMaxBlocksPerNotice = 20000;
/// Links in one version of a notice (each is a PDF link annotation).
inline constexpr size_t kMaxLinksPerNotice = 5000;

/// Counts `doc`'s blocks and links; past a limit, reports a length-limit error in `file` at the
/// field where the limit was crossed and returns false (the document is then not rendered).
bool CheckDocLimits(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink);

/// Every heading anchor of `doc` is unique and differs from the page's own (title, summary,
/// contents, main): the section-id rule checks sources against a list of pnc's anchors, and
/// this checks what was actually built. A clash is reported at the section's source field (or as
/// an internal error when only pnc's own sections clash); false then.
bool CheckDocAnchors(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink);

/// Every in-page link ("#rights") of `doc` written in the source (its Markdown or a `wording`
/// override) reaches an anchor of `doc`; one that reaches none is an error `link-target` at its
/// field, with the nearest anchor suggested. False when one is reported.
bool CheckDocLinks(const notice::NoticeDoc& doc, const std::string& file, diag::Sink* sink);

}  // namespace pnc::driver
