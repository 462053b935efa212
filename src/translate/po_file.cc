// translate: Entries ↔ PO files via libgettextpo. libgettextpo reports errors through callbacks
// that must not return on fatal errors, so a fatal error unwinds with longjmp back to the caller.
#include "translate/po_file.h"

#include <gettext-po.h>

#include <cctype>
#include <csetjmp>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace pnc::translate {
namespace {

thread_local std::jmp_buf* fatal_jump = nullptr;
thread_local std::string* last_error = nullptr;

void XError(int severity, po_message_t, const char* filename, size_t lineno, size_t, int, const char* text) {
  if (last_error && last_error->empty() && severity != PO_SEVERITY_WARNING) {
    std::string where = filename ? std::string(filename) : "";
    if (filename && lineno != static_cast<size_t>(-1)) where += ":" + std::to_string(lineno);
    *last_error = (where.empty() ? "" : where + ": ") + (text ? text : "malformed PO file");
    while (!last_error->empty() && last_error->back() == '\n') last_error->pop_back();
  }
  if (severity == PO_SEVERITY_FATAL_ERROR && fatal_jump) std::longjmp(*fatal_jump, 1);
}

void XError2(int severity, po_message_t m1, const char* f1, size_t l1, size_t c1, int ml1, const char* t1, po_message_t,
             const char*, size_t, size_t, int, const char*) {
  XError(severity, m1, f1, l1, c1, ml1, t1);
}

const po_xerror_handler kHandler = {XError, XError2};

std::string Str(const char* s) { return s ? s : ""; }

// The line (1-based) of the first string escape that stands for a NUL character ("\0", "\000",
// "\x00"), or 0. libgettextpo hands strings back as C strings, so such a translation would be
// cut short at the NUL without a word: "Ysgrif\0ennydd" would be imported as "Ysgrif".
int NulEscapeLine(const std::string& bytes) {
  int line = 1;
  bool in_string = false, comment = false, line_start = true;
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '\n') {
      ++line;
      in_string = comment = false;
      line_start = true;
      continue;
    }
    if (line_start && c == '#') comment = true;
    line_start = false;
    if (comment) continue;
    if (c == '"') {
      in_string = !in_string;
    } else if (in_string && c == '\\' && i + 1 < bytes.size()) {
      char n = bytes[i + 1];
      size_t j = i + 1;
      unsigned value = 1;
      if (n >= '0' && n <= '7') {
        value = 0;
        for (; j < bytes.size() && j < i + 4 && bytes[j] >= '0' && bytes[j] <= '7'; ++j)
          value = value * 8 + (bytes[j] - '0');
      } else if (n == 'x' && j + 1 < bytes.size() && std::isxdigit(static_cast<unsigned char>(bytes[j + 1]))) {
        value = 0;  // stays 0 only while every hex digit is '0'
        for (++j; j < bytes.size() && std::isxdigit(static_cast<unsigned char>(bytes[j])); ++j) {
          if (bytes[j] != '0') value = 1;
        }
      } else {
        j = i + 2;
      }
      if (value == 0) return line;
      i = j - 1;
    }
  }
  return 0;
}

}  // namespace

std::string WritePo(const std::string& path, const std::string& project, const std::string& locale,
                    const std::vector<Entry>& entries) {
  std::string error;
  last_error = &error;
  po_file_t file = po_file_create();
  po_message_iterator_t it = po_message_iterator(file, nullptr);
  po_message_t header = po_message_create();
  po_message_set_msgid(header, "");
  // Revision date and translator stay as gettext's template placeholders: pnc output has no clock.
  std::string h = "Project-Id-Version: " + project +
                  "\nPO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
                  "Last-Translator: \nLanguage-Team: \nLanguage: " +
                  locale +
                  "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
                  "X-Generator: pnc\n";
  po_message_set_msgstr(header, h.c_str());
  po_message_insert(it, header);
  for (const auto& e : entries) {
    po_message_t m = po_message_create();
    po_message_set_msgctxt(m, e.context.c_str());
    po_message_set_msgid(m, e.source.c_str());
    po_message_set_msgstr(m, e.target.c_str());
    if (e.fuzzy) po_message_set_fuzzy(m, 1);
    if (!e.comment.empty()) po_message_set_extracted_comments(m, (e.comment + "\n").c_str());
    po_message_insert(it, m);
  }
  po_message_iterator_free(it);
  std::jmp_buf jump;
  fatal_jump = &jump;
  if (setjmp(jump) == 0) po_file_write(file, path.c_str(), &kHandler);
  fatal_jump = nullptr;
  po_file_free(file);
  last_error = nullptr;
  return error;
}

std::string ReadPo(const std::string& path, std::vector<Entry>* entries, std::string* language) {
  {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (int line = NulEscapeLine(bytes.str()); line > 0) {
      return path + ":" + std::to_string(line) +
             ": a string holds an escape for the NUL character (\\0 or \\x00), which would cut the text "
             "short; delete it";
    }
  }
  std::string error;
  last_error = &error;
  std::jmp_buf jump;
  fatal_jump = &jump;
  po_file_t file = nullptr;
  if (setjmp(jump) == 0) file = po_file_read(path.c_str(), &kHandler);
  fatal_jump = nullptr;
  last_error = nullptr;
  if (file == nullptr) return error.empty() ? "cannot read PO file '" + path + "'" : error;
  if (const char* header = po_file_domain_header(file, nullptr)) {
    if (char* lang = po_header_field(header, "Language")) {
      *language = lang;
      std::free(lang);
    }
    // Sources are UTF-8; libgettextpo hands back the file's own bytes, so other charsets are refused.
    if (char* type = po_header_field(header, "Content-Type")) {
      std::string t = type;
      std::free(type);
      for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      size_t at = t.find("charset=");
      std::string charset = at == std::string::npos ? "" : t.substr(at + 8);
      if (!charset.empty() && charset != "utf-8" && charset != "utf8" && charset != "charset") {
        po_file_free(file);
        return path + ": the PO file is in '" + charset + "', not UTF-8; convert it with: msgconv --to-code=UTF-8 " +
               path + " -o " + path;
      }
    }
  }
  po_message_iterator_t it = po_message_iterator(file, nullptr);
  while (po_message_t m = po_next_message(it)) {
    if (po_message_is_obsolete(m) || Str(po_message_msgid(m)).empty()) continue;
    entries->push_back({Str(po_message_msgctxt(m)), Str(po_message_msgid(m)), Str(po_message_msgstr(m)),
                        po_message_is_fuzzy(m) != 0, Str(po_message_extracted_comments(m))});
  }
  po_message_iterator_free(it);
  po_file_free(file);
  return error;
}

}  // namespace pnc::translate
