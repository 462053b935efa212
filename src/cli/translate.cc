// cli: pnc translate export / import: source ↔ gettext PO file for translators.
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "driver/build.h"
#include "driver/files.h"
#include "report/format.h"
#include "source/limits.h"
#include "source/loader.h"
#include "translate/merge.h"

namespace pnc::cli {
namespace {

// libgettextpo writes only to a file name, and would follow a link or leave a half-written file
// on a full disk. So it writes into a private temporary folder; pnc then reads the bytes back
// and writes them atomically (driver::WriteFileAtomic). "" on success, else the problem.
std::string ExportPo(const std::string& out, const std::string& project, const std::string& locale,
                     const std::vector<translate::Entry>& entries, bool follow_symlinks) {
  std::error_code ec;
  std::string base = std::filesystem::temp_directory_path(ec).string();
  std::string dir = (base.empty() ? "/tmp" : base) + "/pnc-po-XXXXXX";
  if (mkdtemp(dir.data()) == nullptr) return "cannot create a temporary folder in '" + base + "'";
  std::string temp = dir + "/export.po", bytes, error;
  std::string problem = translate::WritePo(temp, project, locale, entries);
  if (problem.empty() && !driver::ReadFile(temp, &bytes, &error, size_t{1} << 30, "a PO file")) problem = error;
  std::filesystem::remove_all(dir, ec);
  if (!problem.empty()) return "cannot write '" + out + "': " + problem;
  if (!driver::WriteFileAtomic(out, bytes, &error, follow_symlinks)) return error;
  return "";
}

// Prints `sink` in --diagnostic-format (machine formats on standard output, like build and lint)
// and returns `code`.
int Report(const Command& cmd, const diag::Sink& sink, int code) {
  std::string text = report::Render(sink, cmd.diagnostic_format);
  if (cmd.diagnostic_format == report::Format::kJson || cmd.diagnostic_format == report::Format::kSarif) {
    std::cout << text;
  } else {
    std::cerr << text;
  }
  return code;
}

// One finding as the only diagnostic of the run.
int Fail(const Command& cmd, const std::string& file, std::string message, int code,
         std::vector<std::string> hints = {}, const std::string& rule = "") {
  diag::Sink sink;
  auto d = diag::Make(diag::Severity::kError, file, "", std::move(message), rule);
  d.hints = std::move(hints);
  sink.Add(std::move(d));
  return Report(cmd, sink, code);
}

// The merged source failed to load. An error inside a translated field comes from the PO file, not
// from pnc: it is reported at the PO entry (by its msgctxt, the field's pointer), since its line in the
// merged text exists in no file, and is an input error (exit 1). Anything else is pnc's (exit 70).
int ReportBadMerge(const Command& cmd, const std::vector<diag::Diagnostic>& found,
                   const std::vector<translate::Entry>& entries) {
  diag::Sink out;
  bool all_from_po = true;
  for (diag::Diagnostic d : found) {
    if (d.severity != diag::Severity::kError) continue;
    const std::string prefix = d.pointer;
    auto entry = std::find_if(entries.begin(), entries.end(), [&](const translate::Entry& e) {
      return !e.context.empty() && prefix.compare(0, e.context.size(), e.context) == 0 &&
             (prefix.size() == e.context.size() || prefix[e.context.size()] == '/');
    });
    if (entry == entries.end()) {
      all_from_po = false;
      out.Add(std::move(d));
      continue;
    }
    d.file = cmd.po_file;
    d.pos = {};
    d.pointer.clear();
    d.source_line.clear();
    d.caret_column = 0;
    d.message = "the translation with msgctxt '" + entry->context + "': " + d.message;
    d.hints.push_back("correct the msgstr of that entry in the PO file and import it again");
    out.Add(std::move(d));
  }
  out.Add(diag::Make(diag::Severity::kError, cmd.po_file, "",
                     "not merged: with these translations the source would not load; nothing was written",
                     all_from_po ? "" : "internal"));
  return Report(cmd, out, all_from_po ? kExitInputErrors : kExitInternal);
}

}  // namespace

int RunTranslate(const Command& cmd) {
  const std::string& path = cmd.files.front();
  std::string text, error;
  if (!driver::ReadFile(path, &text, &error, source::kMaxSourceBytes)) return Fail(cmd, "", error, kExitFile);
  diag::Sink sink;
  source::Loaded loaded = source::Load(path, text, &sink);
  if (!loaded.parsed || sink.Errors() > 0) return Report(cmd, sink, kExitInputErrors);
  const auto& locales = loaded.model.notice.locales;
  if (!locales.empty() && cmd.locale == locales.front()) {
    // The default locale is the source's own text: there is nothing to translate into it.
    std::string others;
    for (size_t i = 1; i < locales.size(); ++i) others += (i > 1 ? ", " : "") + locales[i];
    return Fail(cmd, path, "'" + cmd.locale + "' is this notice's default locale: its text is the source itself",
                kExitUsage,
                {others.empty() ? "add a translation locale to notice.locales after '" + cmd.locale + "', then give it"
                                : "give a translation locale: " + others});
  }
  if (std::find(locales.begin() + 1, locales.end(), cmd.locale) == locales.end()) {
    return Fail(cmd, path, "locale '" + cmd.locale + "' is not declared in notice.locales", kExitInputErrors,
                {"add \"" + cmd.locale + "\" to notice.locales, after the default locale '" + locales.front() + "'"});
  }
  if (cmd.verb == "translate-export") {
    std::string out = cmd.output.empty() ? driver::Stem(path) + "." + cmd.locale + ".po" : cmd.output;
    auto entries = translate::ExportEntries(loaded.model, cmd.locale);
    if (std::string err = ExportPo(out, "pnc " + driver::Stem(path), cmd.locale, entries, cmd.options.follow_symlinks);
        !err.empty()) {
      return Fail(cmd, "", err, kExitFile);
    }
    int done = static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                              [](const translate::Entry& e) { return !e.target.empty() && !e.fuzzy; }));
    int fuzzy = static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [](const translate::Entry& e) { return e.fuzzy; }));
    std::cerr << out << ": " << entries.size() << " entries: " << done << " translated, " << fuzzy << " fuzzy, "
              << entries.size() - done - fuzzy << " untranslated\n";
    return kExitOk;
  }
  std::vector<translate::Entry> entries;
  std::string language, po_bytes;
  // A FIFO or device would block or never end inside libgettextpo: only regular files are read.
  if (!driver::ReadFile(cmd.po_file, &po_bytes, &error, 64u << 20, "a PO file")) return Fail(cmd, "", error, kExitFile);
  if (std::string err = translate::ReadPo(cmd.po_file, &entries, &language); !err.empty()) {
    return Fail(cmd, "", err, kExitInputErrors);
  }
  // Tools write "cy_GB" or "cy-GB" for Welsh; the language part is what must match.
  std::string lang_part = language.substr(0, language.find_first_of("_-"));
  if (!language.empty() && language != cmd.locale && lang_part != cmd.locale) {
    return Fail(cmd, cmd.po_file, "the PO file is for '" + language + "', not '" + cmd.locale + "'", kExitInputErrors);
  }
  auto result = translate::ImportEntries(text, loaded, cmd.locale, entries);
  // The merged text must still load cleanly before it replaces the source.
  diag::Sink check;
  source::Load(path, result.text, &check);
  if (check.Errors() > 0) return ReportBadMerge(cmd, check.All(), entries);
  if (result.imported > 0 && !driver::WriteFileAtomic(path, result.text, &error, cmd.options.follow_symlinks)) {
    return Fail(cmd, "", error, kExitFile);
  }
  std::cerr << path << ": imported " << result.imported << " translations, " << result.unchanged << " unchanged, "
            << result.untranslated << " untranslated, " << result.skipped.size() << " skipped\n";
  for (const auto& s : result.skipped) std::cerr << "  skipped " << s << "\n";
  return kExitOk;
}

}  // namespace pnc::cli
