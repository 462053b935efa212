#pragma once
// render: spoken text → MP3 frames, through pnc-speech.so (loaded on first use) and a cache.
#include <string>

namespace pnc::render::speech {

/// The synthesiser and encoder versions, or "" (and `*error`) when the module cannot be loaded.
std::string Version(std::string* error);

/// MP3 frames of `text` said by `voice`. A piece already in `cache_dir` (keyed by the text,
/// voice, settings and versions, and checked byte for byte against its key on reading) is not
/// synthesised again; `*cached` says which happened. `cache_dir` "" caches nothing.
bool Speak(const std::string& voice, const std::string& text, const std::string& cache_dir, std::string* mp3,
           bool* cached, std::string* error);

}  // namespace pnc::render::speech
