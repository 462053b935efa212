// draft: finds and loads pnc-readers.so once per process: $PNC_READERS_MODULE if set (and only
// there), else next to the running executable, else in the build tree it was built in.
#include "draft/formats.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "draft/formats_abi.h"

namespace pnc::draft {
namespace {

constexpr const char* kModule = "pnc-readers.so";

struct Module {
  pnc_pdf_words_v1_fn pdf_words = nullptr;
  pnc_zip_entry_v1_fn zip_entry = nullptr;
  std::string error;  // why it could not be loaded
};

std::vector<std::string> Candidates() {
  if (const char* env = std::getenv("PNC_READERS_MODULE"); env && *env) return {env};
  std::vector<std::string> out;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) out.push_back((exe.parent_path() / kModule).string());
  out.push_back(std::string(PNC_MODULE_DIR) + "/" + kModule);
  return out;
}

const Module& Load() {
  static Module module;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string tried;
    for (const auto& path : Candidates()) {
      // Never unloaded: the functions stay valid for the life of the process.
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        tried += (tried.empty() ? "" : "; ") + std::string(dlerror());
        continue;
      }
      module.pdf_words = reinterpret_cast<pnc_pdf_words_v1_fn>(dlsym(handle, "pnc_pdf_words_v1"));
      module.zip_entry = reinterpret_cast<pnc_zip_entry_v1_fn>(dlsym(handle, "pnc_zip_entry_v1"));
      if (module.pdf_words && module.zip_entry) return;
      tried += (tried.empty() ? "" : "; ") + path + ": not a pnc " + kModule + " (version 1)";
      module.pdf_words = nullptr;
      module.zip_entry = nullptr;
    }
    module.error = std::string("pnc's PDF and .docx reader (") + kModule +
                   ") is not installed next to pnc: " + tried;
  });
  return module;
}

}  // namespace

bool PdfWords(std::string_view pdf, int max_pages, PdfText* out, std::string* error) {
  const Module& m = Load();
  if (!m.pdf_words) {
    *error = m.error;
    return false;
  }
  char buf[512] = "";
  auto on_word = [](void* ctx, int page, const char* utf8, size_t len, double x, double y, double w,
                    double h, double size, int bold, int space_after) {
    auto* text = static_cast<PdfText*>(ctx);
    if (!utf8) {
      text->pages = std::max(text->pages, page);
      return;
    }
    text->words.push_back({std::string(utf8, len), page, x, y, w, h, size, bold != 0, space_after != 0});
  };
  if (m.pdf_words(pdf.data(), pdf.size(), max_pages, on_word, out, buf, sizeof buf) != 0) {
    *error = buf;
    return false;
  }
  return true;
}

bool ZipEntry(std::string_view zip, const char* name, size_t max_size, std::string* out,
              bool* missing, std::string* error) {
  *missing = false;
  const Module& m = Load();
  if (!m.zip_entry) {
    *error = m.error;
    return false;
  }
  char buf[512] = "";
  auto on_bytes = [](void* ctx, const char* data, size_t size) {
    static_cast<std::string*>(ctx)->assign(data, size);
  };
  switch (m.zip_entry(zip.data(), zip.size(), name, max_size, on_bytes, out, buf, sizeof buf)) {
    case PNC_ZIP_OK:
      return true;
    case PNC_ZIP_MISSING:
      *missing = true;
      return false;
    case PNC_ZIP_BAD_ARCHIVE:
      *error = std::string("cannot open the .docx: not a valid zip archive (") + buf + ")";
      return false;
    default:
      *error = buf;
      return false;
  }
}

}  // namespace pnc::draft
