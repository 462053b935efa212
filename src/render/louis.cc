// render: UTF-8 text ↔ ASCII braille through liblouis (one lock for the process: see louis.h).
#include "render/louis.h"

#include <liblouis/liblouis.h>

#include <mutex>
#include <vector>

namespace pnc::render::louis {
namespace {

std::mutex& Lock() {
  static std::mutex mu;
  return mu;
}

// liblouis logs table errors to stderr; pnc prints only from cli/, so its messages are dropped
// here and the failure is reported as a diagnostic instead.
void Quiet(logLevels, const char*) {}

void Setup() {
  static std::once_flag once;
  std::call_once(once, [] { lou_registerLogCallback(&Quiet); });
}

std::vector<widechar> Decode(const std::string& s) {
  std::vector<widechar> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    widechar cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string Encode(const widechar* w, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    unsigned cp = w[i];
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

using TranslateFn = int (*)(const char*, const widechar*, int*, widechar*, int*, formtype*, char*, int);

// liblouis stops when the output buffer is full and reports how much input it used; a contracted
// table can also lengthen text (capitals, numbers, indicators), so the buffer grows until all the
// input fits rather than being sized by a guess.
bool Run(TranslateFn fn, const std::string& tables, const std::string& text, std::string* out, std::string* error) {
  std::vector<widechar> in = Decode(text);
  if (in.empty()) {
    out->clear();
    return true;
  }
  std::lock_guard<std::mutex> lock(Lock());
  Setup();
  for (size_t cap = in.size() * 2 + 64; cap <= in.size() * 64 + 1024; cap *= 2) {
    std::vector<widechar> buf(cap);
    int inlen = static_cast<int>(in.size()), outlen = static_cast<int>(cap);
    if (!fn(tables.c_str(), in.data(), &inlen, buf.data(), &outlen, nullptr, nullptr, 0)) {
      *error = "liblouis cannot use the braille tables '" + tables +
               "' (is Debian's liblouis-data installed? scripts/install-deps.sh installs it)";
      return false;
    }
    if (inlen == static_cast<int>(in.size()) && outlen < static_cast<int>(cap)) {
      *out = Encode(buf.data(), outlen);
      return true;
    }
  }
  *error = "liblouis did not finish translating a text of " + std::to_string(text.size()) + " bytes";
  return false;
}

}  // namespace

bool Translate(const std::string& tables, const std::string& text, std::string* out, std::string* error) {
  return Run(&lou_translateString, tables, text, out, error);
}

bool BackTranslate(const std::string& tables, const std::string& braille, std::string* out, std::string* error) {
  return Run(&lou_backTranslateString, tables, braille, out, error);
}

}  // namespace pnc::render::louis
