#pragma once
// rules: the children's readability rules (reading-level, long-sentence, jargon) over a built
// children's document and the source's child wordings, and the per-section measures
// `pnc lint --readability` prints. Run by the driver once the documents are built.
#include <map>
#include <string>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "readability/locale_data.h"
#include "source/model.h"

namespace pnc::rules {

/// Readability data by locale code (accessibility/readability/<code>.json).
using ReadabilityData = std::map<std::string, readability::LocaleData>;

/// Checks the children's document as a whole, and (when `per_text`) every child wording of the
/// source, against the targets for the document's age band and locale. Locales without
/// readability data are not measured. The glossary (NoticeDoc::glossary, Section::glossary) is
/// left out of the grade and its terms count as explained.
void CheckChildReadability(const source::Model& model, const notice::NoticeDoc& child, const ReadabilityData& data,
                           bool per_text, diag::Sink* sink);

/// The readability table of one built document ("" when its locale has no readability data).
std::string ReadabilityTable(const notice::NoticeDoc& doc, const std::string& band, const ReadabilityData& data);

}  // namespace pnc::rules
