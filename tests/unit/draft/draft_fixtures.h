#pragma once
// draft tests: fixtures built in memory (a .docx via libzip, a PDF via libharu) and helpers.
#include <hpdf.h>
#include <zip.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "draft/draft.h"

namespace pnc::draft::testing {

inline DraftOptions Options(std::string date = "2026-11-23") {
  DraftOptions o;
  o.notice_date = std::move(date);
  o.data_dir = PNC_DEFAULT_DATA_DIR;
  return o;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const ElementResult* Element(const DraftReport& r, std::string_view rule) {
  for (const auto& e : r.elements) {
    if (e.rule == rule) return &e;
  }
  return nullptr;
}

inline Status StatusOf(const DraftReport& r, std::string_view rule) {
  const ElementResult* e = Element(r, rule);
  return e ? e->status : Status::kMissing;
}

/// A zip archive with the given (name, content) entries, built in memory.
inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  for (const auto& [name, data] : files) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_file_add(za, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(za);
  std::string out;
  if (zip_source_open(src) == 0) {
    zip_stat_t st;
    zip_source_stat(src, &st);
    out.resize(st.size);
    zip_source_read(src, out.data(), st.size);
    zip_source_close(src);
  }
  zip_source_free(src);
  zip_error_fini(&err);
  return out;
}

/// A minimal Word document: each (style, text) is one paragraph; style "" = body, "table:" rows
/// are written as a two-cell table row split at '|'.
inline std::string MakeDocx(const std::vector<std::pair<std::string, std::string>>& paras) {
  std::string body;
  for (const auto& [style, text] : paras) {
    if (style == "table") {
      size_t bar = text.find('|');
      body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + text.substr(0, bar) +
              "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + text.substr(bar + 1) +
              "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
      continue;
    }
    body += "<w:p>";
    if (!style.empty()) body += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    body += "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }
  std::string doc =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  std::string styles =
      "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
  return MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", doc}, {"word/styles.xml", styles}});
}

/// A PDF with one page per entry; each page is a list of (font size, line) drawn top-down, with a
/// running header and a "Page N of M" footer on every page.
inline std::string MakePdf(const std::vector<std::vector<std::pair<float, std::string>>>& pages) {
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_Font regular = HPDF_GetFont(pdf, "Helvetica", nullptr);
  HPDF_Font bold = HPDF_GetFont(pdf, "Helvetica-Bold", nullptr);
  int n = 0;
  for (const auto& lines : pages) {
    ++n;
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    float y = HPDF_Page_GetHeight(page) - 40;
    auto draw = [&](HPDF_Font f, float size, const std::string& text, float at) {
      HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, f, size);
      HPDF_Page_TextOut(page, 50, at, text.c_str());
      HPDF_Page_EndText(page);
    };
    draw(regular, 9, "Acme Family Trust - Privacy Notice", y);
    y -= 40;
    for (const auto& [size, text] : lines) {
      if (text.empty()) {
        y -= 14;
        continue;
      }
      draw(size > 12 ? bold : regular, size, text, y);
      y -= size * 1.4f;
    }
    draw(regular, 9, "Page " + std::to_string(n) + " of " + std::to_string(pages.size()), 30);
  }
  HPDF_SaveToStream(pdf);
  HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
  std::string out(size, '\0');
  HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
  out.resize(size);
  HPDF_Free(pdf);
  return out;
}

}  // namespace pnc::draft::testing
