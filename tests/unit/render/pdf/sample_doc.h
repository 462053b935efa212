#pragma once
// Test helpers for the PDF renderer: NoticeDocs built in code, temp files and poppler tools.
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "doc/notice_doc.h"
#include "render/pdf/style.h"
#include "render/registry.h"
#include "test_support.h"

namespace pnc::render::pdf_test {

using notice::Block;
using notice::BlockKind;
using notice::Inline;
using notice::InlineKind;
using notice::Inlines;
using notice::NoticeDoc;
using notice::Section;

inline Inline Text(const std::string& s) {
  Inline i;
  i.text = s;
  return i;
}

inline Inline Wrap(InlineKind kind, Inlines children, const std::string& href = "") {
  Inline i;
  i.kind = kind;
  i.children = std::move(children);
  i.href = href;
  return i;
}

inline Block Para(Inlines inlines, const std::string& origin = "/p") {
  Block b;
  b.inlines = std::move(inlines);
  b.origin = origin;
  return b;
}

inline Block Para(const std::string& text, const std::string& origin = "/p") {
  return Para(Inlines{Text(text)}, origin);
}

inline Block List(BlockKind kind, const std::vector<std::string>& items) {
  Block b;
  b.kind = kind;
  for (const auto& item : items) b.items.push_back({Para(item)});
  return b;
}

/// The repository's data files, as the driver hands them to renderers.
inline const InputFiles* Files() { return &test::Data().files; }

/// The text of accessibility/large-print.json.
inline const std::string* Settings() { return Files()->Get(pdf::kSettingsFile); }

/// The driver's files with some replaced (a settings file written by a test).
class ReplacedFiles : public InputFiles {
 public:
  std::map<std::string, std::string> replaced;
  const std::string* Get(const std::string& name) const override {
    auto it = replaced.find(name);
    return it != replaced.end() ? &it->second : Files()->Get(name);
  }
};

inline RenderContext Ctx(const std::string& paper = "A4") {
  RenderContext ctx;
  ctx.data_dir = PNC_DEFAULT_DATA_DIR;
  ctx.paper = paper;
  ctx.files = Files();
  return ctx;
}

inline NoticeDoc BaseDoc() {
  NoticeDoc d;
  d.locale = "en-GB";
  d.title = "Privacy notice";
  d.organisation = "Bryn Hope Community Trust";
  d.version = "3";
  d.updated = "1 November 2026";
  d.updated_iso = "2026-11-01";
  d.labels = {{"contents", "Contents"},        {"page-of", "Page {page} of {pages}"},
              {"version", "Version"},          {"last-updated", "Last updated"},
              {"summary", "Summary"},          {"skip-link", "Skip to content"},
              {"languages", "Other languages"}};
  return d;
}

// Deterministic prose: sentence k of section s, distinct so order can be checked.
inline std::string Sentence(int s, int k) {
  static const char* kVerbs[] = {"explains", "describes", "sets out", "tells you", "records"};
  static const char* kObjects[] = {"how we keep your details safe", "why we need your address",
                                   "who can see your records", "how long we keep your data",
                                   "how to ask for a copy of your information"};
  return "Sentence " + std::to_string(k + 1) + " of part " + std::to_string(s + 1) + " " + kVerbs[(s + k) % 5] + " " +
         kObjects[(s * 3 + k) % 5] + ".";
}

inline std::string Paragraph(int s, int p, int sentences) {
  std::string out;
  for (int k = 0; k < sentences; ++k) out += (k ? " " : "") + Sentence(s, p * 10 + k);
  return out;
}

inline Block Table(int rows) {
  Block b;
  b.kind = BlockKind::kTable;
  b.origin = "/retention";
  b.table.header = {{Text("What we keep")}, {Text("How long")}, {Text("Why")}};
  for (int r = 0; r < rows; ++r) {
    b.table.rows.push_back({{Text("Record type " + std::to_string(r + 1))},
                            {Text(std::to_string(r + 2) + " years after you leave")},
                            {Text("The law says we must keep it for audits and claims")}});
  }
  return b;
}

inline Block Fields() {
  Block b;
  b.kind = BlockKind::kFields;
  b.origin = "/controller/contact";
  b.fields.push_back(
      {"Email", {Wrap(InlineKind::kLink, {Text("privacy@brynhope.org.uk")}, "mailto:privacy@brynhope.org.uk")}});
  b.fields.push_back({"Phone", {Wrap(InlineKind::kLink, {Text("01234 567890")}, "tel:+441234567890")}});
  b.fields.push_back({"Address", {Text("12 Chapel Street, Llanfair, LL12 3AB")}});
  return b;
}

// About 2,500 words by default: summary, eight sections with paragraphs, lists, a table long
// enough to break across pages, contact fields, a callout and links.
inline NoticeDoc LongDoc(int sections = 8, int table_rows = 40) {
  NoticeDoc d = BaseDoc();
  d.summary_title = "Summary";
  d.summary.push_back(Para("We collect your name and address to send you news. You can say no at any time."));
  d.summary.push_back(List(BlockKind::kBulletList, {"We never sell your data.", "You can ask us what we hold."}));
  for (int s = 0; s < sections; ++s) {
    Section sec;
    sec.id = "part-" + std::to_string(s + 1);
    sec.title = "Part " + std::to_string(s + 1) + ": how we use your information";
    sec.origin = "/sections/" + std::to_string(s);
    for (int p = 0; p < 4; ++p)
      sec.blocks.push_back(Para(Paragraph(s, p, 5), sec.origin + "/blocks/" + std::to_string(p)));
    if (s == 1) {
      sec.blocks.push_back(List(BlockKind::kOrderedList, {"Ask us for a copy.", "Ask us to correct it.",
                                                          "Ask us to delete it.", "Complain to the ICO."}));
      Block nested = List(BlockKind::kBulletList, {"Top level item with a nested list below."});
      nested.items[0].push_back(List(BlockKind::kBulletList, {"Nested one.", "Nested two."}));
      sec.blocks.push_back(nested);
    }
    if (s == 2) sec.blocks.push_back(Table(table_rows));
    if (s == 3) {
      Block callout =
          Para(Inlines{Wrap(InlineKind::kStrong, {Text("Your right to object.")}),
                       Text(" You can object to direct marketing at any time. Read more at "),
                       Wrap(InlineKind::kLink, {Text("our website")},
                            "https://www.brynhope.org.uk/privacy/your-rights/objecting-to-direct-marketing")});
      callout.role = "callout";
      sec.blocks.push_back(callout);
      sec.blocks.push_back(Fields());
    }
    Section child;
    child.id = sec.id + "-more";
    child.title = "More about part " + std::to_string(s + 1);
    child.origin = sec.origin + "/children/0";
    child.blocks.push_back(Para(Paragraph(s, 9, 4), child.origin));
    sec.children.push_back(child);
    d.sections.push_back(sec);
  }
  return d;
}

inline std::filesystem::path TempDir() {
  return std::filesystem::temp_directory_path() / ("pnc-pdf-test-" + std::to_string(::getpid()));
}

// Removes this process's temp files at exit; PNC_KEEP_TEMP=1 keeps the PDFs to look at.
struct TempDirCleaner {
  ~TempDirCleaner() {
    std::error_code ec;
    if (!std::getenv("PNC_KEEP_TEMP")) std::filesystem::remove_all(TempDir(), ec);
  }
};

inline std::string TempPath(const std::string& name) {
  static TempDirCleaner cleaner;  // destroyed at exit, after the last test used the directory
  std::filesystem::create_directories(TempDir());
  return (TempDir() / name).string();
}

inline std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

inline bool HasTool(const std::string& tool) {
  return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

inline std::string RunTool(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen((cmd + " 2>&1").c_str(), "r"), pclose);
  if (!p) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  return out;
}

// Collapses all white space to single spaces.
inline std::string Squash(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace pnc::render::pdf_test
