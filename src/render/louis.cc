// render: UTF-8 text ↔ ASCII braille through liblouis (one lock for the process: see louis.h).
#include "render/louis.h"

#include <liblouis/liblouis.h>

#include <mutex>
#include <vector>

#include "base/utf8.h"

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

// liblouis's widechar is 32 bits wide here (liblouis.h): one code point each.
std::vector<widechar> Decode(const std::string& s) {
  std::u32string cps = base::DecodeUtf8(s);
  return std::vector<widechar>(cps.begin(), cps.end());
}

std::string Encode(const widechar* w, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) base::AppendUtf8(static_cast<char32_t>(w[i]), &out);
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
