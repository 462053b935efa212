#pragma once
// draft: the C interface of pnc-readers.so, the module that holds the two heavy container
// libraries (poppler for PDF, libzip for .docx). Plain C types only, and no exception crosses
// it in either direction: pnc links libgcc and libstdc++ statically and the module uses the
// shared ones, so an exception unwinding through the other side's frames would abort.
// Bump the _v2 suffix when a signature changes.
#include <stddef.h>

extern "C" {

/// One word of a PDF page as poppler lays it out, in points from the page's top-left corner.
/// Each page starts with a call whose `utf8` is NULL, so pages without words are counted too.
/// Returns 0 to go on; nonzero stops the reader, which then reports failure.
typedef int (*pnc_pdf_word_fn)(void* ctx, int page, const char* utf8, size_t len, double x, double y, double width,
                               double height, double font_size, int bold, int space_after);

/// Calls `fn` for every word of the first `max_pages` pages. 0 on success; otherwise a message
/// in `error` (at most `cap` bytes, NUL-terminated) and nonzero.
typedef int (*pnc_pdf_words_v2_fn)(const char* data, size_t size, int max_pages, pnc_pdf_word_fn fn, void* ctx,
                                   char* error, size_t cap);

/// What pnc_zip_entry_v2 found.
enum { PNC_ZIP_OK = 0, PNC_ZIP_MISSING = 1, PNC_ZIP_BAD_ARCHIVE = 2, PNC_ZIP_BAD_ENTRY = 3 };

/// Hands the uncompressed bytes of entry `name` to `fn` (once; a nonzero return is a failure).
/// Entries larger than `max_size` are refused as PNC_ZIP_BAD_ENTRY, so a zip bomb cannot
/// exhaust memory.
typedef int (*pnc_zip_entry_v2_fn)(const char* data, size_t size, const char* name, size_t max_size,
                                   int (*fn)(void* ctx, const char*, size_t), void* ctx, char* error, size_t cap);
}
