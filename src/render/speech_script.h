#pragma once
// render: NoticeDoc → the spoken script: what the synthesiser is asked to say, in chapters.
#include <map>
#include <string>
#include <vector>

#include "render/registry.h"

namespace pnc::render {

/// One thing to say, in one language (each block's `lang` picks the voice).
struct Utterance {
  std::string lang;  // BCP 47 code
  std::string text;  // plain text, already in spoken form (addresses, numbers spelled out)
};

/// One chapter of the audio: the summary, then each top-level section.
struct Chapter {
  std::string title;
  std::vector<Utterance> utterances;
};

/// The spoken script of `doc`. Headings are announced with their section number, lists and
/// tables are introduced and read item by item, and email and web addresses and phone numbers
/// are written as a person says them. Fixed words come from the catalogue (`doc.labels`).
std::vector<Chapter> SpeechScript(const notice::NoticeDoc& doc);

/// `text` as spoken: "dpo@example.org" → "dpo at example dot org", "https://ico.org.uk/concerns"
/// → "ico dot org dot uk slash concerns", "0303 123 1113" → "0 3 0 3, 1 2 3, 1 1 1 3".
std::string Spoken(const std::string& text, const std::map<std::string, std::string>& labels);

/// The espeak-ng voice for a locale ("en" → "en-gb", "cy" → "cy"), or "" when pnc has none.
std::string VoiceFor(const std::string& locale);

/// The script as golden text: "## title" per chapter, then "[lang] text" per utterance.
bool RenderSpeechScript(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink);

}  // namespace pnc::render
