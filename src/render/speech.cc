// render: spoken text → MP3 frames. Loads pnc-speech.so once per process ($PNC_SPEECH_MODULE if
// set, else next to the running executable) and keeps each synthesised piece in a cache folder,
// so a rebuild after a one-line change speaks one piece again.
#include "render/speech.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <vector>

#include "base/module_path.h"
#include "render/mp3.h"
#include "render/speech_abi.h"

namespace pnc::render::speech {
namespace {

constexpr const char* kModule = "pnc-speech.so";
constexpr int kWordsPerMinute = 165;  // a little slower than espeak-ng's 175: legal text, read to be understood
constexpr int kKbps = 32;             // mono speech at 22,050 Hz: espeak-ng is not hi-fi; ~14 MB an hour
constexpr size_t kMaxEntry = 64u << 20;

struct Module {
  pnc_speak_mp3_v1_fn speak = nullptr;
  std::string version;
  std::string error;
};

const Module& Load() {
  static Module m;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string path = base::ModulePath(kModule, "PNC_SPEECH_MODULE");
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      m.error = std::string("cannot load pnc's speech module (") + kModule + "): " + dlerror() +
                "; build it with pnc (it needs Debian's libespeak-ng-dev and libmp3lame-dev), or set PNC_SPEECH_MODULE";
      return;
    }
    auto speak = reinterpret_cast<pnc_speak_mp3_v1_fn>(dlsym(handle, "pnc_speak_mp3_v1"));
    auto version = reinterpret_cast<pnc_speech_version_v1_fn>(dlsym(handle, "pnc_speech_version_v1"));
    if (!speak || !version) {
      m.error = path + " is not the speech module of this pnc (rebuild pnc and " + kModule + " together)";
      return;
    }
    m.speak = speak;
    m.version = version();
  });
  return m;
}

uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string Hex(uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[i] = digits[v & 15];
  return s;
}

// A cache entry is the full key, a NUL, then the MP3 frames: the file name is only a hash, so an
// entry is used only when its key matches exactly and its frames parse.
bool ReadEntry(const std::string& path, const std::string& key, std::string* mp3) {
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  std::string data;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) <= kMaxEntry) {
    data.resize(st.st_size);
    size_t got = 0;
    while (got < data.size()) {
      ssize_t n = read(fd, data.data() + got, data.size() - got);
      if (n <= 0) break;
      got += n;
    }
    data.resize(got);
  }
  close(fd);
  if (data.size() <= key.size() || data.compare(0, key.size(), key) != 0 || data[key.size()] != '\0') return false;
  long frames = 0, samples = 0;
  int rate = 0;
  std::string_view frames_view(data.data() + key.size() + 1, data.size() - key.size() - 1);
  if (!mp3::CountFrames(frames_view, &frames, &samples, &rate)) return false;
  mp3->assign(frames_view);
  return true;
}

// Written to a temporary name and renamed, so parallel builds never see half an entry. A cache
// that cannot be written is not an error: the audio is still built.
void WriteEntry(const std::string& dir, const std::string& path, const std::string& key, const std::string& mp3) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string tmp = path + ".XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) return;
  std::string data = key + '\0' + mp3;
  size_t put = 0;
  while (put < data.size()) {
    ssize_t n = write(fd, data.data() + put, data.size() - put);
    if (n <= 0) break;
    put += n;
  }
  bool ok = put == data.size() && close(fd) == 0;
  if (!ok || rename(tmp.c_str(), path.c_str()) != 0) unlink(tmp.c_str());
}

}  // namespace

std::string Version(std::string* error) {
  const Module& m = Load();
  if (!m.speak) *error = m.error;
  return m.version;
}

bool Speak(const std::string& voice, const std::string& text, const std::string& cache_dir, std::string* mp3,
           bool* cached, std::string* error) {
  const Module& m = Load();
  *cached = false;
  if (!m.speak) {
    *error = m.error;
    return false;
  }
  const std::string key = "pnc speech 1\n" + m.version + "\nvoice " + voice + "\nwpm " +
                          std::to_string(kWordsPerMinute) + "\nkbps " + std::to_string(kKbps) + "\n" + text;
  const std::string dir = cache_dir.empty() ? "" : (std::filesystem::path(cache_dir) / "speech").string();
  const std::string path = dir.empty() ? "" : (std::filesystem::path(dir) / (Hex(Fnv1a(key)) + ".mp3seg")).string();
  if (!path.empty() && ReadEntry(path, key, mp3)) {
    *cached = true;
    return true;
  }
  char buf[512] = "";
  auto sink = [](void* ctx, const char* data, size_t size) {
    static_cast<std::string*>(ctx)->assign(data, size);
    return 0;
  };
  if (m.speak(voice.c_str(), text.data(), text.size(), kWordsPerMinute, kKbps, sink, mp3, buf, sizeof buf) != 0) {
    *error = buf;
    return false;
  }
  if (!path.empty()) WriteEntry(dir, path, key, *mp3);
  return true;
}

namespace {

// "0123456789abcdef.mp3seg", or the same with mkstemp's ".XXXXXX" tail (a build killed mid-write).
bool IsPiece(const std::string& name) {
  constexpr size_t kHash = 16;
  const std::string ext = ".mp3seg";
  if (name.size() < kHash + ext.size() || name.compare(kHash, ext.size(), ext) != 0) return false;
  for (size_t i = 0; i < kHash; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(name[i]))) return false;
  }
  const size_t rest = name.size() - kHash - ext.size();
  return rest == 0 || (rest == 7 && name[kHash + ext.size()] == '.');
}

// Visits each piece of the cache (regular files only; links and folders are not followed).
template <typename Fn>
bool EachPiece(const std::string& cache_dir, std::string* error, Fn fn) {
  const std::filesystem::path dir = std::filesystem::path(cache_dir) / "speech";
  std::error_code ec;
  auto st = std::filesystem::symlink_status(dir, ec);
  if (ec || st.type() == std::filesystem::file_type::not_found) return true;  // nothing cached yet
  if (st.type() != std::filesystem::file_type::directory) {
    *error = dir.string() + " is not a folder";
    return false;
  }
  std::filesystem::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code fec;
    if (!it->is_regular_file(fec) || it->is_symlink(fec) || !IsPiece(it->path().filename().string())) continue;
    fn(it->path(), it->file_size(fec));
  }
  if (ec) {
    *error = dir.string() + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

bool CacheInfo(const std::string& cache_dir, CacheStats* stats, std::string* error) {
  *stats = {};
  return EachPiece(cache_dir, error, [&](const std::filesystem::path&, uintmax_t size) {
    ++stats->entries;
    stats->bytes += size;
  });
}

bool CleanCache(const std::string& cache_dir, CacheStats* removed, std::string* error) {
  *removed = {};
  std::vector<std::pair<std::filesystem::path, uintmax_t>> pieces;
  if (!EachPiece(cache_dir, error, [&](const std::filesystem::path& p, uintmax_t size) {
        pieces.push_back({p, size});
      })) {
    return false;
  }
  for (const auto& [path, size] : pieces) {
    if (unlink(path.c_str()) != 0) {
      if (errno == ENOENT) continue;  // another clean, or a build renaming its piece
      *error = path.string() + ": " + std::strerror(errno);
      return false;
    }
    ++removed->entries;
    removed->bytes += size;
  }
  rmdir((std::filesystem::path(cache_dir) / "speech").c_str());  // only if empty; a failure is fine
  return true;
}

}  // namespace pnc::render::speech
