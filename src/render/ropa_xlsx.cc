// render: the Article 30 record → an XLSX workbook (libxlsxwriter), one sheet per record type.
// libxlsxwriter 1.1 writes only to a named file: the workbook goes to an anonymous memory file
// (memfd), read back whole, so nothing is left in a shared temporary folder.
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xlsxwriter.h>
#include <ctime>

#include "base/utf8.h"
#include "render/ropa.h"

namespace pnc::render {
namespace {

// Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
std::string SheetName(const std::string& title) {
  std::string s;
  for (char c : title) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) s.push_back(c);
  }
  return s.substr(0, 31);
}

// Excel holds at most 32,767 characters in a cell; cut at a UTF-8 character boundary.
std::string Cut(const std::string& s) {
  constexpr size_t kMaxCell = 32767;
  if (s.size() <= kMaxCell) return s;
  return s.substr(0, base::Utf8CharStart(s, kMaxCell));
}

// The notice's date at midnight UTC: the workbook's creation time, so the same source gives the
// same bytes (libxlsxwriter stamps the current time otherwise).
time_t Created(const std::string& iso) {
  struct tm t = {};
  if (iso.size() != 10 || strptime(iso.c_str(), "%Y-%m-%d", &t) == nullptr) return 315532800;  // 1980-01-01
  return timegm(&t);
}

bool Write(const Ropa& ropa, const std::string& date, const char* path, std::string* error) {
  lxw_workbook* wb = workbook_new(path);
  if (wb == nullptr) {
    *error = "cannot start the workbook";
    return false;
  }
  lxw_doc_properties props = {};
  props.created = Created(date);
  workbook_set_properties(wb, &props);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_text_wrap(head);
  format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* cell = workbook_add_format(wb);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  for (const auto& sheet : ropa.sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(sheet.title).c_str());
    if (ws == nullptr) continue;
    for (size_t c = 0; c < sheet.columns.size(); ++c) {
      worksheet_set_column(ws, c, c, 32, nullptr);
      worksheet_write_string(ws, 0, c, sheet.columns[c].c_str(), head);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
        // Strings only, never formulas: a source's text is data. Excel cells hold 32,767 characters.
        std::string v = Cut(sheet.rows[r][c]);
        if (v.empty()) continue;
        worksheet_write_string(ws, r + 1, c, v.c_str(), cell);
      }
    }
  }
  lxw_error e = workbook_close(wb);
  if (e != LXW_NO_ERROR) {
    *error = lxw_strerror(e);
    return false;
  }
  return true;
}

}  // namespace

bool RenderRopaXlsx(const notice::NoticeDoc&, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  if (ctx.model == nullptr || ctx.law == nullptr || ctx.files == nullptr ||
      ctx.files->Get("templates/ropa/columns.json") == nullptr) {
    sink->Add(diag::Make(diag::Severity::kError, "", "",
                         "the ROPA renderer needs the source, the law data and templates/ropa/columns.json",
                         "internal"));
    return false;
  }
  Ropa ropa;
  if (!BuildRopa(*ctx.model, *ctx.law, *ctx.files->Get("templates/ropa/columns.json"), &ropa, sink)) return false;
  int fd = memfd_create("pnc-ropa", MFD_CLOEXEC);
  std::string error;
  if (fd < 0) {
    sink->Add(diag::Make(diag::Severity::kError, "", "", "cannot write the ROPA workbook: no memory file", "internal"));
    return false;
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  bool ok = Write(ropa, ctx.model->notice.date, path.c_str(), &error);
  struct stat st;
  if (ok && fstat(fd, &st) == 0) {
    out->resize(static_cast<size_t>(st.st_size));
    ok = pread(fd, out->data(), out->size(), 0) == static_cast<ssize_t>(out->size());
  } else {
    ok = false;
  }
  close(fd);
  if (!ok) {
    sink->Add(diag::Make(diag::Severity::kError, "", "",
                         "cannot write the ROPA workbook: " + (error.empty() ? "read back failed" : error),
                         "internal"));
    out->clear();
  }
  return ok;
}

}  // namespace pnc::render
