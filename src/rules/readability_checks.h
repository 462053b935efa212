#pragma once
// driver: readability diagnostics for the children's version (reading-level, long-sentence, jargon)
// and the per-section measures `pnc lint --readability` prints.
#include <string>

#include "diag/diagnostic.h"
#include "driver/resources.h"
#include "notice/notice_doc.h"
#include "source/model.h"

namespace pnc::driver {

/// Checks the children's document as a whole, and (when `per_text`) every `child` wording of the
/// source, against the targets for the document's age band and locale
/// (accessibility/readability/<locale>.json). Locales without readability data are not measured.
void CheckChildReadability(const source::Model& model, const notice::NoticeDoc& child, const Resources& res,
                           bool per_text, diag::Sink* sink);

/// The readability table of one built document ("" when its locale has no readability data).
std::string ReadabilityTable(const notice::NoticeDoc& doc, const std::string& band, const Resources& res);

}  // namespace pnc::driver
