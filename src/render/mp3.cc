// render: MPEG audio frame counting and the ID3v2.3 chapter tag (CTOC + CHAP, id3.org
// "ID3v2 Chapter Frame Addendum"). Written here because Debian's ID3 libraries either only read
// tags (libid3tag) or write them to files, not to the bytes pnc switches into out/ atomically (TagLib).
#include "render/mp3.h"

#include <cstdint>

#include "base/utf8.h"

namespace pnc::render::mp3 {
namespace {

void Be32(std::string* s, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) s->push_back(static_cast<char>((v >> shift) & 0xFF));
}

// A text frame's body: encoding 1 (UTF-16 with BOM) so Welsh ŵ and ŷ survive in every player.
std::string Utf16(const std::string& utf8) {
  std::string out = "\xFF\xFE";
  for (char16_t u : base::Utf16FromUtf8(utf8)) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>(u >> 8));
  }
  out += std::string("\0\0", 2);
  return out;
}

std::string Frame(const char* id, const std::string& body) {
  std::string f(id, 4);
  Be32(&f, static_cast<uint32_t>(body.size()));
  f += std::string("\0\0", 2);
  return f + body;
}

std::string TextFrame(const char* id, const std::string& text) {
  return Frame(id, std::string(1, '\x01') + Utf16(text));
}

}  // namespace

bool CountFrames(std::string_view data, long* frames, long* samples, int* rate) {
  static const int kRates[3][3] = {{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000}};
  static const int kKbps[2][16] = {{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0},
                                   {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0}};
  *frames = 0;
  *samples = 0;
  *rate = 0;
  size_t at = 0;
  while (at + 4 <= data.size()) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(data[at + k]); };
    if (b(0) != 0xFF || (b(1) & 0xE0) != 0xE0) return false;
    int version = (b(1) >> 3) & 3;  // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    int layer = (b(1) >> 1) & 3;    // 1: layer III
    int bitrate = b(2) >> 4, rate_index = (b(2) >> 2) & 3, padding = (b(2) >> 1) & 1;
    if (version == 1 || layer != 1 || bitrate == 0 || bitrate == 15 || rate_index == 3) return false;
    int row = version == 3 ? 0 : version == 2 ? 1 : 2;
    int hz = kRates[row][rate_index];
    int kbps = kKbps[version == 3 ? 0 : 1][bitrate];
    int per_frame = version == 3 ? 1152 : 576;
    size_t size = static_cast<size_t>(per_frame / 8 * kbps * 1000 / hz + padding);
    if (*rate != 0 && *rate != hz) return false;
    *rate = hz;
    if (size < 4 || at + size > data.size()) return false;
    at += size;
    ++*frames;
    *samples += per_frame;
  }
  return at == data.size() && *frames > 0;
}

std::string Id3Tag(const std::string& title, const std::string& artist, const std::string& language,
                   const std::vector<ChapterMark>& chapters) {
  std::string frames =
      TextFrame("TIT2", title) + TextFrame("TPE1", artist) + Frame("TLAN", std::string(1, '\0') + language);
  // CTOC: one top-level, ordered table listing every chapter by its element id.
  std::string toc = std::string("toc", 3) + '\0';
  toc.push_back('\x03');  // flags: top-level, ordered
  toc.push_back(static_cast<char>(chapters.size() & 0xFF));
  for (size_t i = 0; i < chapters.size(); ++i) toc += "ch" + std::to_string(i + 1) + '\0';
  frames += Frame("CTOC", toc);
  for (size_t i = 0; i < chapters.size(); ++i) {
    std::string chap = "ch" + std::to_string(i + 1) + '\0';
    Be32(&chap, chapters[i].start_ms);
    Be32(&chap, chapters[i].end_ms);
    Be32(&chap, 0xFFFFFFFF);  // byte offsets unknown: players use the times
    Be32(&chap, 0xFFFFFFFF);
    chap += TextFrame("TIT2", chapters[i].title);
    frames += Frame("CHAP", chap);
  }
  std::string tag = "ID3";
  tag += std::string("\x03\x00\x00", 3);  // version 2.3, no flags
  uint32_t size = static_cast<uint32_t>(frames.size());
  for (int shift = 21; shift >= 0; shift -= 7) tag.push_back(static_cast<char>((size >> shift) & 0x7F));  // syncsafe
  return tag + frames;
}

}  // namespace pnc::render::mp3
