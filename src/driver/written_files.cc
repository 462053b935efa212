// driver: Options + documents → the names of the files a build writes (per format, audience, locale
// and age band, the bilingual page, the once-per-source records) and of its output folders, known
// before anything is rendered.
#include "driver/written_files.h"

#include <algorithm>
#include <filesystem>

#include "driver/build.h"

namespace pnc::driver {

// The file name of one output: "notice.en.html"; under --fragment a format may write another
// extension ("notice.en.fragment.html"), so a fragment never replaces the full page.
std::string OutName(const Options& o, const std::string& base, const render::Format& format) {
  if (!format.file_name.empty()) return std::string(format.file_name);  // once per source
  return base + "." + std::string(render::ExtensionOf(format, o.fragment));
}

// The formats this build writes: those asked for with --format, else those written by default.
std::vector<const render::Format*> Formats(const Options& o) {
  std::vector<const render::Format*> out;
  for (const auto& format : render::AllFormats()) {
    bool asked = std::find(o.formats.begin(), o.formats.end(), format.name) != o.formats.end();
    if (o.formats.empty() ? format.by_default : asked) out.push_back(&format);
  }
  return out;
}

// The kinds of output file this build writes (output_set.h): the others in out/<stem>/ are kept.
std::vector<std::string> OwnedKinds(const Options& o) {
  std::vector<std::string> kinds;
  for (const render::Format* format : Formats(o))
    kinds.push_back("." + std::string(render::ExtensionOf(*format, o.fragment)));
  return kinds;
}

bool ForAudience(const render::Format& format, const std::string& audience) {
  return format.audiences & (audience == "child" ? render::kChildren : render::kAdults);
}

// The adult documents of the --bilingual locales, in that order; fewer when the notice is not
// published in one of them.
std::vector<const notice::NoticeDoc*> BilingualOrder(const Options& o, const std::vector<notice::NoticeDoc>& docs) {
  std::vector<const notice::NoticeDoc*> order;
  for (const auto& code : o.bilingual) {
    for (const auto& doc : docs) {
      if (doc.locale == code && doc.audience == "adult") order.push_back(&doc);
    }
  }
  return order;
}

std::string BilingualBase(const Options& o) {
  std::string name = "notice";
  for (const auto& code : o.bilingual) name += (name == "notice" ? "." : "-") + code;
  return name;
}

// Known before any file is rendered: the "Other formats" section names only these (a failed
// render fails the source, so nothing named goes missing).
std::vector<notice::OutputFile> WrittenFiles(const Options& o, const std::vector<notice::NoticeDoc>& docs) {
  std::vector<notice::OutputFile> out;
  const bool bilingual = !o.bilingual.empty() && BilingualOrder(o, docs).size() == o.bilingual.size();
  for (const render::Format* format : Formats(o)) {
    if (o.fragment && !format->fragment_extension.empty()) continue;  // fragments are embedded elsewhere
    if (!format->file_name.empty()) {
      out.push_back({std::string(format->file_name), std::string(format->name), {}, "", ""});
      continue;
    }
    for (const auto& doc : docs) {
      // A document in a language the format has no table or voice for is not written (its renderer
      // says so), so no other file may offer it.
      if (ForAudience(*format, doc.audience) && render::WritesLocale(*format, doc.locale))
        out.push_back(
            {OutName(o, doc.file_base, *format), std::string(format->name), {doc.locale}, doc.audience, doc.band});
    }
    const bool every_locale = std::all_of(o.bilingual.begin(), o.bilingual.end(),
                                          [&](const std::string& l) { return render::WritesLocale(*format, l); });
    if (bilingual && format->render_bilingual && ForAudience(*format, "adult") && every_locale)
      out.push_back({OutName(o, BilingualBase(o), *format), std::string(format->name), o.bilingual, "adult", ""});
  }
  return out;
}

std::string FileOf(const Options& o, const notice::NoticeDoc& doc, bool just_in_time) {
  if (just_in_time && doc.jit.empty()) return "";  // the renderers write nothing for it
  for (const render::Format* format : Formats(o)) {
    if (format->file_name.empty() && format->just_in_time == just_in_time && ForAudience(*format, doc.audience) &&
        render::WritesLocale(*format, doc.locale))
      return OutName(o, doc.file_base, *format);
  }
  return "";
}

std::string Stem(const std::string& source_path) { return std::filesystem::path(source_path).stem().string(); }

std::string OutputFolder(const std::string& source_path, const Options& o) {
  return Stem(source_path) + (o.preview ? kPreviewSuffix : "");
}

std::string StemProblem(const std::string& stem) {
  const std::string named = "the output folder named after this file would be ";
  if (stem.empty()) return named + "empty";
  if (stem == "." || stem == "..") return named + "'" + stem + "', outside the --out folder";
  if (stem[0] == '.') return named + "'" + stem + "', a hidden name (it starts with '.')";
  const std::string suffix = kPreviewSuffix;
  if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
    return named + "'" + stem + "', the name of the --preview drafts of '" +
           stem.substr(0, stem.size() - suffix.size()) + ".json'";
  }
  for (unsigned char c : stem) {
    if (c == '/' || c == '\\') return named + "'" + stem + "', which holds a path separator";
    if (c < 0x20 || c == 0x7F) return named + "a name with a control character in it";
  }
  return "";
}

}  // namespace pnc::driver
