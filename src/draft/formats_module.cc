// pnc-readers.so: poppler-cpp and libzip behind the C interface in formats_abi.h. Built as its
// own module because loading these two libraries and theirs (NSS, OpenJPEG, LCMS, libcrypto…)
// took 8–9 ms of every pnc run on the project machine, and only `pnc lint --draft` of a PDF or a
// .docx needs them. pnc loads it on first use (draft/formats.cc).
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "draft/formats_abi.h"

namespace {

void Quiet(const std::string&, void*) {}

int Fail(char* error, size_t cap, const std::string& message, int code = 1) {
  if (cap > 0) std::snprintf(error, cap, "%s", message.c_str());
  return code;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int pnc_pdf_words_v2(const char* data, size_t size, int max_pages,
                                                                       pnc_pdf_word_fn fn, void* ctx, char* error,
                                                                       size_t cap) {
  poppler::set_debug_error_function(Quiet, nullptr);
  try {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) return Fail(error, cap, "cannot open the PDF: damaged or not a PDF");
    if (doc->is_locked()) return Fail(error, cap, "cannot read the PDF: it is encrypted (password protected)");
    int pages = std::min(doc->pages(), max_pages);
    for (int p = 0; p < pages; ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      if (fn(ctx, p + 1, nullptr, 0, 0, 0, 0, 0, -1, 0, 0) != 0)
        return Fail(error, cap, "cannot read the PDF: out of memory");
      if (!page) continue;
      for (auto& box : page->text_list(poppler::page::text_list_include_font)) {
        poppler::rectf r = box.bbox();
        poppler::byte_array word = box.text().to_utf8();
        bool info = box.has_font_info();
        if (fn(ctx, p + 1, word.data(), word.size(), r.x(), r.y(), r.width(), r.height(),
               info ? box.get_font_size() : -1, info && box.get_font_name().find("Bold") != std::string::npos,
               box.has_space_after() ? 1 : 0) != 0) {
          return Fail(error, cap, "cannot read the PDF: out of memory");
        }
      }
    }
  } catch (const std::exception& e) {
    return Fail(error, cap, std::string("cannot read the PDF: ") + e.what());
  } catch (...) {
    if (cap > 0) std::snprintf(error, cap, "cannot read the PDF: out of memory or a failure in poppler");
    return 1;
  }
  return 0;
}

namespace {

int ZipEntry(const char* data, size_t size, const char* name, size_t max_size,
             int (*fn)(void* ctx, const char*, size_t), void* ctx, char* error, size_t cap) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(data, size, 0, &zerr);
  if (!src) {
    std::string why = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return Fail(error, cap, why, PNC_ZIP_BAD_ARCHIVE);
  }
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  if (!za) {
    std::string why = zip_error_strerror(&zerr);
    zip_source_free(src);
    zip_error_fini(&zerr);
    return Fail(error, cap, why, PNC_ZIP_BAD_ARCHIVE);
  }
  zip_error_fini(&zerr);
  std::unique_ptr<zip_t, decltype(&zip_discard)> hold(za, zip_discard);
  zip_int64_t idx = zip_name_locate(za, name, 0);
  if (idx < 0) return PNC_ZIP_MISSING;
  zip_stat_t st;
  if (zip_stat_index(za, static_cast<zip_uint64_t>(idx), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      st.size > max_size) {
    return Fail(error, cap, std::string("cannot read ") + name + " in the .docx (too large or damaged)",
                PNC_ZIP_BAD_ENTRY);
  }
  std::string bytes(st.size, '\0');  // before the entry is opened: if this throws, nothing leaks
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(za, static_cast<zip_uint64_t>(idx), 0),
                                                       zip_fclose);
  if (!f)
    return Fail(error, cap, std::string("cannot open ") + name + " in the .docx (damaged archive)", PNC_ZIP_BAD_ENTRY);
  zip_int64_t got = st.size ? zip_fread(f.get(), bytes.data(), st.size) : 0;
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) {
    return Fail(error, cap, std::string("cannot decompress ") + name + " in the .docx (damaged archive)",
                PNC_ZIP_BAD_ENTRY);
  }
  if (fn(ctx, bytes.data(), bytes.size()) != 0) {
    return Fail(error, cap, std::string("cannot read ") + name + " in the .docx: out of memory", PNC_ZIP_BAD_ENTRY);
  }
  return PNC_ZIP_OK;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int pnc_zip_entry_v2(const char* data, size_t size, const char* name,
                                                                       size_t max_size,
                                                                       int (*fn)(void* ctx, const char*, size_t),
                                                                       void* ctx, char* error, size_t cap) {
  try {
    return ZipEntry(data, size, name, max_size, fn, ctx, error, cap);
  } catch (...) {  // std::bad_alloc for a large entry, in this module's own runtime
    if (cap > 0) std::snprintf(error, cap, "cannot read %s in the .docx: out of memory", name);
    return PNC_ZIP_BAD_ENTRY;
  }
}
