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

/// What the speech cache holds: pieces and their bytes.
struct CacheStats {
  long entries = 0;
  unsigned long long bytes = 0;
};

/// Counts the pieces under `cache_dir` (its "speech" folder); a cache that does not exist yet is
/// empty. False (and `*error`) when the folder cannot be read.
bool CacheInfo(const std::string& cache_dir, CacheStats* stats, std::string* error);

/// Deletes every piece under `cache_dir` (and pieces half-written by a build that was killed),
/// then the "speech" folder if nothing else is in it. Only pnc's own files are touched
/// ("speech/<16 hex digits>.mp3seg", regular files, never through links): --cache-dir may name a
/// folder that holds other things. `*removed` counts what went.
bool CleanCache(const std::string& cache_dir, CacheStats* removed, std::string* error);

}  // namespace pnc::render::speech
