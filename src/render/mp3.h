#pragma once
// render: MP3 frames and ID3v2 chapters: the container side of the audio format.
#include <string>
#include <string_view>
#include <vector>

namespace pnc::render::mp3 {

/// The number of MPEG audio frames in `data` and the samples they hold, or false when `data` is
/// not a clean run of frames of one sample rate (a damaged cache entry).
bool CountFrames(std::string_view data, long* frames, long* samples, int* rate);

/// One chapter: its title and where it starts and ends, in milliseconds.
struct ChapterMark {
  std::string title;
  unsigned start_ms = 0, end_ms = 0;
};

/// An ID3v2.3 tag: title, artist (the organisation), language (ISO 639-2, e.g. "eng"), and a
/// table of contents (CTOC) of CHAP frames, which podcast apps, VLC and DAISY-less players show
/// as chapters.
std::string Id3Tag(const std::string& title, const std::string& artist, const std::string& language,
                   const std::vector<ChapterMark>& chapters);

}  // namespace pnc::render::mp3
