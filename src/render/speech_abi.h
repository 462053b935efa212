#pragma once
// render: the C interface of pnc-speech.so, the module that holds espeak-ng and LAME. They are a
// module because libespeak-ng pulls in some 30 shared libraries (PulseAudio, ALSA, X11 through
// pcaudio) that would cost every pnc run start-up time, not only the builds that speak.
// Plain C types only and no exception crosses it (see draft/formats_abi.h for why).
// Bump the _v1 suffix when a signature changes.
#include <stddef.h>

extern "C" {

/// Speaks UTF-8 plain text (never SSML: source text is not markup) with the espeak-ng voice
/// `voice` ("en-gb", "cy") at `wpm` words a minute, encodes it as constant-bit-rate MPEG-2
/// layer III (22,050 Hz mono, `kbps`, no bit reservoir, so separately encoded pieces can be
/// joined frame by frame) and hands the bytes to `fn` once. 0 on success; otherwise a message in
/// `error` (at most `cap` bytes, NUL-terminated) and nonzero. Calls are serialised inside.
typedef int (*pnc_speak_mp3_v1_fn)(const char* voice, const char* text, size_t len, int wpm, int kbps,
                                   int (*fn)(void* ctx, const char*, size_t), void* ctx, char* error, size_t cap);

/// The synthesiser and encoder versions ("espeak-ng 1.51; LAME 3.100"), part of every cache key.
typedef const char* (*pnc_speech_version_v1_fn)(void);
}
