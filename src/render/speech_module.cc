// render: pnc-speech.so: UTF-8 text → espeak-ng PCM → LAME MP3 frames (see speech_abi.h).
// espeak-ng keeps one synthesiser in global state, so one lock serialises every call.
#include <espeak-ng/speak_lib.h>
#include <lame/lame.h>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "render/speech_abi.h"

namespace {

std::mutex mu;
int sample_rate = 0;  // espeak-ng's output rate (22,050 Hz), 0 until initialised
std::vector<short>* pcm_sink = nullptr;

// espeak-ng hands synthesised audio to this callback in synchronous mode; returning 0 goes on.
int OnSamples(short* wav, int n, espeak_EVENT*) {
  if (wav && n > 0 && pcm_sink) pcm_sink->insert(pcm_sink->end(), wav, wav + n);
  return 0;
}

void Fail(char* error, size_t cap, const std::string& why) {
  if (cap) std::snprintf(error, cap, "%s", why.c_str());
}

bool Encode(const std::vector<short>& pcm, int kbps, std::string* mp3, std::string* why) {
  lame_global_flags* gf = lame_init();
  if (!gf) return *why = "LAME could not start", false;
  lame_set_in_samplerate(gf, sample_rate);
  lame_set_out_samplerate(gf, sample_rate);
  lame_set_num_channels(gf, 1);
  lame_set_mode(gf, MONO);
  lame_set_brate(gf, kbps);
  lame_set_VBR(gf, vbr_off);
  lame_set_bWriteVbrTag(gf, 0);       // no Xing/Info frame: pieces are joined, the tag would lie
  lame_set_disable_reservoir(gf, 1);  // every frame decodes on its own
  lame_set_quality(gf, 5);
  if (lame_init_params(gf) < 0) {
    lame_close(gf);
    return *why = "LAME refused its settings", false;
  }
  std::vector<unsigned char> buf(pcm.size() * 5 / 4 + 7200 + 16384);
  int n = lame_encode_buffer(gf, const_cast<short*>(pcm.data()), nullptr, static_cast<int>(pcm.size()), buf.data(),
                             static_cast<int>(buf.size()));
  if (n < 0) {
    lame_close(gf);
    return *why = "LAME failed to encode (" + std::to_string(n) + ")", false;
  }
  int m = lame_encode_flush(gf, buf.data() + n, static_cast<int>(buf.size()) - n);
  lame_close(gf);
  if (m < 0) return *why = "LAME failed to finish (" + std::to_string(m) + ")", false;
  mp3->assign(reinterpret_cast<const char*>(buf.data()), n + m);
  return true;
}

int Speak(const char* voice, const char* text, size_t len, int wpm, int kbps, int (*fn)(void*, const char*, size_t),
          void* ctx, char* error, size_t cap) {
  std::lock_guard<std::mutex> lock(mu);
  if (sample_rate == 0) {
    // espeakINITIALIZE_DONT_EXIT: without it espeak-ng calls exit() when its data is missing.
    sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sample_rate <= 0) {
      sample_rate = 0;
      Fail(error, cap, "espeak-ng could not start: is Debian's espeak-ng-data installed?");
      return 1;
    }
    espeak_SetSynthCallback(&OnSamples);
  }
  espeak_VOICE want;
  std::memset(&want, 0, sizeof want);
  want.languages = voice;
  if (espeak_SetVoiceByProperties(&want) != EE_OK) {
    Fail(error, cap, std::string("espeak-ng has no voice for '") + voice + "'");
    return 1;
  }
  espeak_SetParameter(espeakRATE, wpm, 0);
  std::vector<short> pcm;
  pcm_sink = &pcm;
  std::string copy(text, len);
  espeak_ERROR e = espeak_Synth(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
  if (e == EE_OK) e = espeak_Synchronize();
  pcm_sink = nullptr;
  if (e != EE_OK) {
    Fail(error, cap, "espeak-ng failed to speak (" + std::to_string(e) + ")");
    return 1;
  }
  std::string mp3, why;
  if (!Encode(pcm, kbps, &mp3, &why)) {
    Fail(error, cap, why);
    return 1;
  }
  if (fn(ctx, mp3.data(), mp3.size()) != 0) {
    Fail(error, cap, "the caller refused the audio");
    return 1;
  }
  return 0;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int pnc_speak_mp3_v1(const char* voice, const char* text, size_t len,
                                                                       int wpm, int kbps,
                                                                       int (*fn)(void*, const char*, size_t), void* ctx,
                                                                       char* error, size_t cap) {
  try {
    return Speak(voice, text, len, wpm, kbps, fn, ctx, error, cap);
  } catch (const std::bad_alloc&) {
    Fail(error, cap, "out of memory while speaking");
  } catch (...) {
    Fail(error, cap, "the speech module failed");
  }
  return 1;
}

extern "C" __attribute__((visibility("default"))) const char* pnc_speech_version_v1() {
  static std::string v = [] {
    const char* path = nullptr;
    return std::string("espeak-ng ") + espeak_Info(&path) + "; LAME " + get_lame_version();
  }();
  return v.c_str();
}
