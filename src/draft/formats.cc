// draft: finds and loads pnc-readers.so once per process: $PNC_READERS_MODULE if set (and only
// there), else next to the running executable, else in ../lib/pnc/ from it (an installed pnc).
#include "draft/formats.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "base/module_path.h"
#include "draft/formats_abi.h"

namespace pnc::draft {
namespace {

constexpr const char* kModule = "pnc-readers.so";

struct Module {
  pnc_pdf_words_v2_fn pdf_words = nullptr;
  pnc_zip_entry_v2_fn zip_entry = nullptr;
  std::string error;  // why it could not be loaded
};

// Opens `path` and finds both entry points; "" on success, else why not.
std::string Open(const std::string& path, Module* m) {
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) return dlerror();
  auto pdf = reinterpret_cast<pnc_pdf_words_v2_fn>(dlsym(handle, "pnc_pdf_words_v2"));
  auto zip = reinterpret_cast<pnc_zip_entry_v2_fn>(dlsym(handle, "pnc_zip_entry_v2"));
  if (!pdf || !zip) {
    dlclose(handle);
    return path + " is not the reader module of this pnc (rebuild pnc and " + kModule + " together)";
  }
  // Never unloaded: the functions stay valid for the life of the process.
  m->pdf_words = pdf;
  m->zip_entry = zip;
  return "";
}

const Module& Load() {
  static Module module;
  static std::once_flag once;
  std::call_once(once, [] {
    const char* env = std::getenv("PNC_READERS_MODULE");
    std::string path = base::ModulePath(kModule, "PNC_READERS_MODULE");
    if (env && *env) {
      if (std::string why = Open(path, &module); !why.empty()) {
        module.error = "cannot load the PDF and .docx reader named by PNC_READERS_MODULE: " + why;
      }
      return;
    }
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      module.error = std::string("pnc's PDF and .docx reader (") + kModule + ") is not installed next to pnc (" + path +
                     "); build it with pnc, or set PNC_READERS_MODULE";
    } else if (std::string why = Open(path, &module); !why.empty()) {
      module.error = "cannot load pnc's PDF and .docx reader: " + why;
    }
  });
  return module;
}

}  // namespace

bool PdfWords(std::string_view pdf, int max_pages, size_t max_text, PdfText* out, std::string* error) {
  const Module& m = Load();
  if (!m.pdf_words) {
    *error = m.error;
    return false;
  }
  char buf[512] = "";
  // Runs inside the module's frames: it must not throw (see formats_abi.h).
  // The module is asked for one page more than wanted: reaching it tells that the PDF is longer,
  // and the callback stops the module there (a nonzero return). Likewise past `max_text`.
  struct Context {
    PdfText* text;
    int max_pages;
    size_t max_text;
  } ctx{out, max_pages, max_text};
  auto on_word = [](void* c, int page, const char* utf8, size_t len, double x, double y, double w, double h,
                    double size, int bold, int space_after) noexcept -> int {
    try {
      auto* ctx = static_cast<Context*>(c);
      PdfText* text = ctx->text;
      if (!utf8) {
        if (page > ctx->max_pages) {
          text->more_pages = true;
          return 1;
        }
        text->pages = std::max(text->pages, page);
        return 0;
      }
      if ((text->text_bytes += len + 1) > ctx->max_text) {
        text->more_text = true;
        return 1;
      }
      text->words.push_back({std::string(utf8, len), page, x, y, w, h, size, bold != 0, space_after != 0});
      return 0;
    } catch (...) {
      return 1;
    }
  };
  if (m.pdf_words(pdf.data(), pdf.size(), max_pages + 1, on_word, &ctx, buf, sizeof buf) != 0 && !out->more_pages &&
      !out->more_text) {
    *error = buf;
    return false;
  }
  return true;
}

bool ZipEntry(std::string_view zip, const char* name, size_t max_size, std::string* out, bool* missing,
              std::string* error) {
  *missing = false;
  const Module& m = Load();
  if (!m.zip_entry) {
    *error = m.error;
    return false;
  }
  char buf[512] = "";
  auto on_bytes = [](void* ctx, const char* data, size_t size) noexcept -> int {
    try {
      static_cast<std::string*>(ctx)->assign(data, size);
      return 0;
    } catch (...) {
      return 1;
    }
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
