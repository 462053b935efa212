// draft: the draft-lint entry points. Path + bytes → DraftReport (format detection, decoding,
// reading, segmentation, element detection, problems). Diagnostics and exit code: diagnostics.cc.
#include "draft/draft.h"

#include <algorithm>
#include <cctype>
#include <exception>
#include <memory>

#include "base/utf8.h"
#include "draft/document.h"
#include "draft/language.h"
#include "draft/limits.h"
#include "draft/matcher.h"
#include "draft/stated_date.h"
#include "draft/vocabulary.h"
#include "law/registry.h"

#ifndef PNC_DEFAULT_DATA_DIR
#define PNC_DEFAULT_DATA_DIR "."
#endif

namespace pnc::draft {
namespace {

std::string Extension(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  }
  int year = std::stoi(d.substr(0, 4)), month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// UTF-16 with a byte-order mark (what Windows Notepad calls "Unicode") → UTF-8; "" with `*bad`
// set to the byte offset of the first unpaired surrogate or odd trailing byte.
std::string Utf16ToUtf8(std::string_view b, bool big_endian, size_t* bad) {
  std::string out;
  auto unit = [&](size_t i) {
    auto lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
    return static_cast<uint32_t>(big_endian ? (lo << 8 | hi) : (hi << 8 | lo));
  };
  *bad = std::string_view::npos;
  if (b.size() % 2 != 0) {
    *bad = b.size() - 1;
    return "";
  }
  for (size_t i = 2; i + 1 < b.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xDC00 && u <= 0xDFFF) {
      *bad = i;
      return "";
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      uint32_t v = i + 3 < b.size() ? unit(i + 2) : 0;
      if (v < 0xDC00 || v > 0xDFFF) {
        *bad = i;
        return "";
      }
      u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
      i += 2;
    }
    base::AppendUtf8(u, &out);
  }
  return out;
}

// Text in UTF-16 or UTF-32 without a byte-order mark: every second (or fourth) byte of
// Latin-script text is NUL. Such a file cannot be told from binary data for certain, so it is
// refused with a message saying what it most likely is.
bool LooksLikeWideText(std::string_view b) {
  std::string_view head = b.substr(0, 4096);
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < head.size(); ++i) (i % 2 ? odd : even) += head[i] == '\0';
  size_t half = head.size() / 2;
  return half >= 8 && (even * 10 >= half * 8 || odd * 10 >= half * 8);
}

bool LooksLikeHtml(std::string_view text) {
  std::string head;
  for (char c : text.substr(0, 2048)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t first = head.find_first_not_of(" \t\r\n");
  if (first != std::string::npos &&
      (head.compare(first, 14, "<!doctype html") == 0 || head.compare(first, 5, "<html") == 0)) {
    return true;
  }
  return head.find("<body") != std::string::npos ||
         (head.find("<p>") != std::string::npos && head.find("</p>") != std::string::npos) ||
         (head.find("<h1") != std::string::npos && head.find("</h1>") != std::string::npos) ||
         (head.find("<h2") != std::string::npos && head.find("</h2>") != std::string::npos);
}

// Detects the format by content first, then by extension, and reads it.
Extracted Read(std::string_view path, std::string_view bytes) {
  Extracted err;
  std::string ext = Extension(path);
  if (bytes.empty()) {
    err.error = "the file is empty";
    return err;
  }
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    if (ext == "odt") {
      err.error = "OpenDocument (.odt) files are not supported: save the notice as .docx, PDF or text";
      return err;
    }
    return ReadDocx(bytes);
  }
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ReadPdf(bytes);
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4)) {
    err.error = "legacy Word .doc files are not supported: save the notice as .docx or PDF";
    return err;
  }
  if (ext == "pdf") {
    err.format = "pdf";
    err.error = "the file is named .pdf but is not a PDF (no %PDF header)";
    return err;
  }
  if (ext == "docx") {
    err.format = "docx";
    err.error = "the file is named .docx but is not a zip archive (damaged or not a Word file)";
    return err;
  }
  if (bytes.substr(0, 5) == "{\\rtf") {
    err.error = "RTF files are not supported: save the notice as .docx, PDF or text";
    return err;
  }
  std::string text;
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    err.format = "text";
    err.error = "the file is UTF-32 text, which pnc does not read: save it as UTF-8";
    return err;
  }
  if (bytes.substr(0, 2) == std::string_view("\xFF\xFE", 2) || bytes.substr(0, 2) == std::string_view("\xFE\xFF", 2)) {
    size_t bad;
    text = Utf16ToUtf8(bytes, bytes[0] == '\xFE', &bad);
    if (bad != std::string_view::npos) {
      err.format = "text";
      err.error = "the file starts as UTF-16 text but is not valid UTF-16 (byte " + std::to_string(bad + 1) +
                  "): save it as UTF-8";
      return err;
    }
  } else {
    text = std::string(bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0));
  }
  if (text.find('\0') != std::string::npos) {
    err.error = LooksLikeWideText(bytes)
                    ? "the file looks like UTF-16 or UTF-32 text without a byte-order mark: save it as UTF-8"
                    : "binary file: not text, Markdown, HTML, .docx or PDF";
    return err;
  }
  if (text.size() > kMaxDraftTextBytes && ext != "html" && ext != "htm" && ext != "xhtml") {
    err.format = "text";
    err.error = "the file holds " + std::to_string(text.size() >> 20) + " MB of text, more than the " +
                std::to_string(kMaxDraftTextBytes >> 20) +
                " MB pnc reads; a privacy notice is far shorter: is it the right file?";
    return err;
  }
  if (size_t lines = std::count(text.begin(), text.end(), '\n'); lines > kMaxDraftLines) {
    err.format = "text";
    err.error = "the file has " + std::to_string(lines) + " lines, more than the " + std::to_string(kMaxDraftLines) +
                " pnc reads";
    return err;
  }
  if (size_t bad = FindInvalidUtf8(text); bad != std::string::npos) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
    err.format = "text";
    err.error = "not valid UTF-8 (line " + std::to_string(line) + ", byte " + std::to_string(bad + 1) +
                "): save the file as UTF-8";
    return err;
  }
  if (ext == "html" || ext == "htm" || ext == "xhtml" || LooksLikeHtml(text)) return ReadHtml(text);
  if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd") return ReadMarkdown(text);
  return ReadPlainText(text);
}

}  // namespace

namespace {

// Reads and segments the draft; sets r.error (and returns false) when it cannot be read.
bool Prepare(std::string_view path, std::string_view bytes, const DraftOptions& opts, DraftReport& r,
             std::shared_ptr<const Vocabulary>& vocab, Document& doc, bool split_languages) {
  r.path = std::string(path);
  r.notice_date = opts.notice_date;
  if (!opts.notice_date.empty() && !ValidDate(opts.notice_date)) {
    r.error = "invalid notice date '" + opts.notice_date + "': expected YYYY-MM-DD";
    return false;
  }
  std::string err;
  vocab = LoadVocabulary(opts.data_dir.empty() ? PNC_DEFAULT_DATA_DIR : opts.data_dir, &err);
  if (!vocab) {
    r.error = err;
    return false;
  }
  Extracted ex = Read(path, bytes);
  r.format = ex.format;
  if (!ex.error.empty()) {
    r.error = ex.error;
    return false;
  }
  // Markup and containers can hold more text than their size suggests: checked after reading.
  size_t text_bytes = 0;
  for (const auto& b : ex.blocks) text_bytes += b.text.size() + 1;
  if (text_bytes > kMaxDraftTextBytes || ex.blocks.size() > kMaxDraftBlocks) {
    r.error = text_bytes > kMaxDraftTextBytes
                  ? "the " + ex.format + " holds more than " + std::to_string(kMaxDraftTextBytes >> 20) +
                        " MB of text, more than pnc reads; a privacy notice is far shorter: is it the right file?"
                  : "the " + ex.format + " has more than " + std::to_string(kMaxDraftBlocks) +
                        " paragraphs, list items and table rows, more than pnc reads";
    return false;
  }
  if (ex.format == "text" || ex.format == "pdf") DropPageFurniture(ex.blocks);
  if (ex.blocks.empty()) {
    r.error = "no text found in the " + (ex.format.empty() ? std::string("file") : ex.format);
    return false;
  }
  if (split_languages) {
    MarkLanguagePassages(&ex.blocks);
    ex.blocks = SplitBilingualBlocks(std::move(ex.blocks));
  }
  doc = Segment(std::move(ex.blocks), ex.page_first_line);
  return true;
}

void Evaluate(const Document& doc, const Vocabulary& vocab, const DraftOptions& opts, DraftReport& r) {
  Matcher m(doc, vocab);
  r.elements = EvaluateElements(m, opts.notice_date);
  r.problems = FindProblems(m, vocab, opts.notice_date);
  r.stated = FindStatedDate(m, opts.notice_date);
  // An element the law added after the date the draft gives itself: the notice needs updating,
  // which says more to a DPO than "missing" alone.
  for (auto& e : r.elements) {
    const rules::RuleInfo* info = rules::FindRule(e.rule);
    if (e.status == Status::kMissing && info && PredatesRule(r.stated.date, std::string(info->in_force))) {
      e.reason += "; required since " + std::string(info->in_force) + ", after the date the draft gives itself (" +
                  r.stated.date + ", line " + std::to_string(r.stated.evidence.line) + "): the notice needs updating";
    }
  }
}

DraftReport Failed(DraftReport r, const std::exception& e) {
  r.elements.clear();
  r.problems.clear();
  r.error = std::string("internal error while reading the draft: ") + e.what();
  return r;
}

}  // namespace

DraftReport LintDraft(std::string_view path, std::string_view bytes, const DraftOptions& opts) {
  DraftReport r;
  try {
    std::shared_ptr<const Vocabulary> vocab;
    Document doc;
    if (Prepare(path, bytes, opts, r, vocab, doc, false)) Evaluate(doc, *vocab, opts, r);
  } catch (const std::exception& e) {
    return Failed(r, e);
  }
  return r;
}

std::vector<DraftReport> LintDraftPerLanguage(std::string_view path, std::string_view bytes, const DraftOptions& opts) {
  DraftReport r;
  try {
    std::shared_ptr<const Vocabulary> vocab;
    Document doc;
    if (!Prepare(path, bytes, opts, r, vocab, doc, true)) return {r};
    std::vector<std::string> langs = DocumentLanguages(doc);
    if (langs.size() < 2) {
      Evaluate(doc, *vocab, opts, r);
      return {r};
    }
    // Welsh first: bilingual notices usually put it first, and the Welsh Language Standards ask it.
    std::sort(langs.begin(), langs.end(), [](const std::string& a, const std::string& b) {
      return (a == "cy") != (b == "cy") ? a == "cy" : a < b;
    });
    std::vector<DraftReport> out;
    for (const auto& lang : langs) {
      DraftReport part = r;
      part.language = lang;
      Evaluate(FilterLanguage(doc, lang), *vocab, opts, part);
      out.push_back(std::move(part));
    }
    return out;
  } catch (const std::exception& e) {
    return {Failed(r, e)};
  }
}

std::vector<Evidence> DraftSentences(std::string_view path, std::string_view bytes, const DraftOptions& opts,
                                     std::string* error) {
  DraftReport r;
  std::vector<Evidence> out;
  try {
    std::shared_ptr<const Vocabulary> vocab;
    Document doc;
    if (!Prepare(path, bytes, opts, r, vocab, doc, false)) {
      *error = r.error;
      return {};
    }
    // Joined sentences too: a label and its value ("Registered charity number" / "1176543" in a
    // definition list) are read together only there.
    for (const auto& s : doc.sentences) out.push_back({s.line, s.page, s.page_line, s.text});
  } catch (const std::exception& e) {
    *error = std::string("internal error while reading the draft: ") + e.what();
    return {};
  }
  return out;
}

}  // namespace pnc::draft
