#pragma once
// render: NoticeDoc → MP3 with ID3v2 chapters (one per section), from the spoken script.
#include "render/registry.h"

namespace pnc::render {

/// Renders `doc` read aloud: the spoken script (speech_script.h) synthesised piece by piece
/// through the cache in ctx.audio_cache, joined, and tagged with a chapter per script chapter.
/// A locale without a voice is skipped with a note.
bool RenderMp3(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

}  // namespace pnc::render
