#pragma once
// translate: gettext PO files through GNU gettext's libgettextpo (no hand-written PO parser).
#include <string>
#include <vector>

namespace pnc::translate {

/// One translatable field.
struct Entry {
  std::string context;  // msgctxt: the field's JSON pointer
  std::string source;   // msgid: the default-locale text
  std::string target;   // msgstr: the translation ("" = untranslated)
  bool fuzzy = false;   // the translation was made from an earlier source text
  std::string comment;  // extracted comment for translators
};

/// Writes `entries` as a PO file for `locale` at `path`; returns "" or an error message.
std::string WritePo(const std::string& path, const std::string& project, const std::string& locale,
                    const std::vector<Entry>& entries);

/// Reads a PO file; returns "" or an error message naming the file and line.
std::string ReadPo(const std::string& path, std::vector<Entry>* entries, std::string* language);

}  // namespace pnc::translate
