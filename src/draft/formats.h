#pragma once
// draft: the PDF and .docx container readers, loaded from pnc-readers.so on first use (see
// formats_module.cc for why they are a module).
#include <string>
#include <string_view>
#include <vector>

namespace pnc::draft {

/// One word on a PDF page, in points from the page's top-left corner.
struct PdfWord {
  std::string text;
  int page = 0;
  double x = 0, y = 0, width = 0, height = 0;
  double font_size = -1;  // < 0: the PDF gave no font information
  bool bold = false, space_after = false;
};

/// The words of the first `max_pages` pages and how many pages were read; false and `*error`
/// when the PDF (or the module) cannot be read. Reading stops (true, with `more_pages` or
/// `more_text` set) at the first page past `max_pages` or once `max_text` bytes were read.
struct PdfText {
  int pages = 0;
  std::vector<PdfWord> words;
  size_t text_bytes = 0;
  bool more_pages = false;  // the PDF has more than max_pages pages
  bool more_text = false;   // it holds more than max_text bytes of text
};
bool PdfWords(std::string_view pdf, int max_pages, size_t max_text, PdfText* out, std::string* error);

/// The uncompressed bytes of `name` in the zip archive `zip`, at most `max_size` bytes.
/// False with `*missing` when the archive has no such entry; false with `*error` otherwise.
bool ZipEntry(std::string_view zip, const char* name, size_t max_size, std::string* out, bool* missing,
              std::string* error);

}  // namespace pnc::draft
