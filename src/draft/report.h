#pragma once
// draft: report writers, one per output format (human text, JSON, SARIF 2.1.0).
#include <string>
#include <vector>

#include "draft/draft.h"

namespace pnc::draft {

/// Grouped per file: present, missing, doubtful, wrong or outdated, not applicable.
std::string FormatHuman(const std::vector<DraftReport>& reports);
/// JSON per data/draft/report.schema.json.
std::string FormatJson(const std::vector<DraftReport>& reports);
/// SARIF 2.1.0: missing/doubtful elements and problems as results.
std::string FormatSarif(const std::vector<DraftReport>& reports);

}  // namespace pnc::draft
