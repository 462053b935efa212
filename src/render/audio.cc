// render: NoticeDoc → MP3 bytes: spoken script → cached MP3 pieces → one stream with an ID3v2
// CTOC/CHAP chapter list. Chapter times are counted from the frames themselves, so they match
// what a player decodes.
#include "render/audio.h"

#include "render/mp3.h"
#include "render/speech.h"
#include "render/speech_script.h"

namespace pnc::render {
namespace {

// ISO 639-2 (what ID3's TLAN holds) for the languages pnc speaks.
std::string Iso6392(const std::string& locale) {
  std::string lang = locale.substr(0, locale.find('-'));
  return lang == "cy" ? "cym" : lang == "en" ? "eng" : "und";
}

}  // namespace

bool RenderMp3(const notice::NoticeDoc& doc, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  if (VoiceFor(doc.locale).empty()) {
    sink->Add(diag::Make(diag::Severity::kNote, "", "",
                         "no audio written for '" + doc.locale + "': pnc has English and Welsh voices only", ""));
    return false;
  }
  std::vector<Chapter> script = SpeechScript(doc);
  std::string frames;
  std::vector<mp3::ChapterMark> marks;
  long total_samples = 0;
  int rate = 0;
  for (const auto& chapter : script) {
    mp3::ChapterMark mark{chapter.title, 0, 0};
    mark.start_ms = rate ? static_cast<unsigned>(total_samples * 1000 / rate) : 0;
    for (const auto& u : chapter.utterances) {
      std::string voice = VoiceFor(u.lang);
      if (voice.empty()) voice = VoiceFor(doc.locale);
      std::string piece, error;
      bool cached = false;
      if (!speech::Speak(voice, u.text, ctx.audio_cache, &piece, &cached, &error)) {
        sink->Add(diag::Make(diag::Severity::kError, "", "", "cannot build the audio: " + error, "internal"));
        return false;
      }
      long n = 0, samples = 0;
      int hz = 0;
      if (!mp3::CountFrames(piece, &n, &samples, &hz) || (rate && hz != rate)) {
        sink->Add(diag::Make(diag::Severity::kError, "", "", "the speech module returned damaged audio", "internal"));
        return false;
      }
      rate = hz;
      total_samples += samples;
      frames += piece;
    }
    mark.end_ms = rate ? static_cast<unsigned>(total_samples * 1000 / rate) : 0;
    if (mark.end_ms > mark.start_ms) marks.push_back(mark);
  }
  if (frames.empty()) return false;
  *out = mp3::Id3Tag(doc.title, doc.organisation, Iso6392(doc.locale), marks) + frames;
  return true;
}

}  // namespace pnc::render
