#pragma once
// rules: the children's readability rules (reading-level, long-sentence, jargon) over a built
// children's document and the source's child wordings, and the per-section measures
// `pnc lint --readability` prints. Run by the driver once the documents are built.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/table.h"
#include "doc/notice_doc.h"
#include "readability/locale_data.h"
#include "readability/table.h"
#include "source/model.h"

namespace pnc::rules {

/// Readability data by locale code (accessibility/readability/<code>.json).
using ReadabilityData = std::map<std::string, readability::LocaleData>;

/// Checks the children's document as a whole, and every child wording it shows that is not yet in
/// `checked` (translation pointers; call for the bands youngest first, so a wording shown in several
/// versions is held to the youngest), against the targets for the document's age band and locale.
/// Locales without readability data are not measured. The glossary (NoticeDoc::glossary,
/// Section::glossary) is left out of the grade and its terms count as explained.
void CheckChildReadability(const source::Model& model, const notice::NoticeDoc& child, const ReadabilityData& data,
                           std::set<std::string>* checked, diag::Sink* sink);

/// The readability table of one built document of `file`, titled with the file, the version and
/// the targets it is measured against (a child's band, else adults'); no rows and a note when its
/// locale has no readability data.
diag::Table ReadabilityTable(const std::string& file, const notice::NoticeDoc& doc, const ReadabilityData& data);

/// Measured rows as a table: section, words, sent, avg, max, FK, SMOG, jargon; grades not measured
/// are "-"; a SMOG from fewer than 30 sentences is an estimate, explained in a note.
diag::Table MeasuresTable(std::string title, const std::vector<readability::TableRow>& rows);

}  // namespace pnc::rules
