#pragma once
// render: the processing a source describes → W3C Data Privacy Vocabulary (DPV 2.3) as JSON-LD.
#include <string>

#include "diag/diagnostic.h"
#include "render/registry.h"

namespace pnc::render {

/// notice.jsonld: the controller, each purpose as a dpv:Process (purpose, personal data, data
/// subjects, legal bases, recipients, storage, rights, transfers), under UK law (legal-gb).
bool RenderDpv(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

}  // namespace pnc::render
