// driver: one source → its outputs. Everything is built in memory first; files are written only
// when the whole source compiled, so a failed build leaves earlier outputs untouched.
#include "driver/build.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "driver/doc_limits.h"
#include "driver/files.h"
#include "driver/isolate.h"
#include "driver/output_set.h"
#include "notice/builder.h"
#include "notice/outputs.h"
#include "render/registry.h"
#include "rules/lint.h"
#include "rules/readability_checks.h"
#include "rules/welsh_register.h"
#include "source/limits.h"
#include "source/loader.h"

namespace pnc::driver {
namespace {

struct SourceResult {
  diag::Sink sink;
  bool file_error = false;
  bool internal_error = false;
  std::string stem;
  std::vector<std::pair<std::string, std::string>> outputs;  // file name in out/<stem>/ → bytes
  std::string version;  // the notice's version, which names its archive folder (--archive)
  std::vector<std::vector<std::string>> depends;
};

// False when one of pnc's own catalogues is broken (an internal error, not the source's fault); a
// user's translation with the wrong placeholders, syntax or shape is reported as input errors
// instead, and one that cannot be read sets `*file_error`.
bool CheckLocales(const source::Model& m, const Resources& res, diag::Sink* sink, bool* file_error) {
  std::string available;
  for (const auto& [code, path] : res.catalogue_paths) available += (available.empty() ? "" : ", ") + code;
  bool ok = true;
  for (size_t i = 0; i < m.notice.locales.size(); ++i) {
    const std::string& code = m.notice.locales[i];
    std::string error;
    const locale::Catalogue* cat = res.Catalogue(code, &error);
    std::string at = m.notice.locales_pointer.empty() ? "/notice" : m.notice.locales_pointer + "/" + std::to_string(i);
    if (cat == nullptr && !error.empty()) {
      // A user's translation with the wrong placeholders, syntax or shape is an input error (exit 1)
      // at its place, one that cannot be read a file error (exit 4, no rule); anything else wrong
      // with pnc's data is pnc's fault (exit 70).
      std::vector<diag::Diagnostic> findings = res.InputFindings(code);
      for (auto& d : findings) {
        if (d.rule.empty()) *file_error = true;
        sink->Add(std::move(d));
      }
      if (findings.empty()) {
        sink->Add(diag::Make(diag::Severity::kError, res.catalogue_paths.at(code), "", error, "internal"));
        ok = false;
      }
    } else if (cat == nullptr) {
      auto d =
          diag::Make(diag::Severity::kError, m.file, at, "no catalogue for locale '" + code + "'", "invalid-value");
      d.hints = {"available locales: " + available + "; to add one, add locales/" + code + ".json"};
      sink->Add(d);
    } else if (cat->review().status != "reviewed") {
      // Said for a charity, not for pnc's developers: what is unchecked (pnc's own sentences, not
      // the source's) and what to do before publishing.
      auto d = diag::Make(diag::Severity::kWarning, m.file, at,
                          "the sentences pnc adds in '" + code + "' (" + cat->name() +
                              ") were machine-translated and have not been checked by a fluent speaker",
                          "unreviewed-catalogue");
      d.hints = {"ask a fluent speaker of " + cat->name() +
                     " to read the whole notice before you publish it: headings, the explanations of the law "
                     "and the rights section are pnc's wording, not yours",
                 "when pnc's " + cat->name() + " wording has been reviewed, pnc records it in locales/" + code +
                     ".json (meta.review) and this warning stops"};
      sink->Add(d);
    }
  }
  return ok;
}

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

}  // namespace

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

namespace {

// Whether this format's renderer runs in a child process (driver/isolate.h).
bool Isolated(const render::Format& format) { return !format.library.empty() && IsolationWanted(); }

// Where an output of `source` is written: a failed render is reported there.
std::string OutPath(const Options& o, const std::string& source, const std::string& file) {
  return (std::filesystem::path(o.out_dir) / OutputFolder(source, o) / file).string();
}

}  // namespace

std::string FileOf(const Options& o, const notice::NoticeDoc& doc, bool just_in_time) {
  if (just_in_time && doc.jit.empty()) return "";  // the renderers write nothing for it
  for (const render::Format* format : Formats(o)) {
    if (format->file_name.empty() && format->just_in_time == just_in_time && ForAudience(*format, doc.audience) &&
        render::WritesLocale(*format, doc.locale))
      return OutName(o, doc.file_base, *format);
  }
  return "";
}

namespace {

void Render(const Options& o, const Resources& res, const source::Model& model, const History& history,
            const std::vector<notice::NoticeDoc>& docs, const std::string& source, SourceResult* r) {
  render::RenderContext ctx{res.data_dir,    o.fragment,      o.paper,       &res.files, o.braille_cells,
                            o.braille_lines, o.braille_grade, o.audio_cache, &model,     &res.law};
  if (std::count(o.formats.begin(), o.formats.end(), "dpv"))
    ctx.linked_data = std::string(render::FindFormat("dpv")->file_name);
  std::vector<notice::OutputFile> outputs;
  if (o.write) outputs = WrittenFiles(o, docs);  // lint writes nothing, so offers nothing
  for (const render::Format* format : Formats(o)) {
    if (!o.write && !format->in_lint) continue;
    const std::vector<std::string> inputs = res.files.PathsOf(*format);
    for (const auto& doc : docs) {
      if (!format->file_name.empty() && &doc != &docs.front()) break;  // per source: once
      if (!ForAudience(*format, doc.audience)) continue;
      std::string bytes;
      std::string file = OutName(o, doc.file_base, *format);
      const notice::NoticeDoc shown = notice::WithOutputs(doc, outputs, file);
      auto render = [&](std::string* b, diag::Sink* s) { return format->render(shown, ctx, b, s); };
      if (!(Isolated(*format) ? RenderIsolated(render, OutPath(o, source, file), format->library, &bytes, &r->sink)
                              : render(&bytes, &r->sink)))
        continue;
      r->outputs.push_back({file, std::move(bytes)});
      std::vector<std::string> deps = {source, res.data_dir + "/locales/" + doc.locale + ".json"};
      deps.insert(deps.end(), inputs.begin(), inputs.end());
      for (const auto& v : history.versions) {
        if (!v->file.empty()) deps.push_back(v->file);  // an earlier version read from git is not a file
      }
      r->depends.push_back(deps);
    }
  }
  if (o.bilingual.empty()) return;
  // One bilingual document per format that can render one (the adult notice: a children's
  // version is one language at a time).
  const std::vector<const notice::NoticeDoc*> order = BilingualOrder(o, docs);
  const std::string name = BilingualBase(o);
  std::vector<std::string> deps = {source};
  for (const auto& code : o.bilingual) deps.push_back(res.data_dir + "/locales/" + code + ".json");
  bool wrong_locale = false;
  for (const render::Format* format : Formats(o)) {
    if (format->render_bilingual == nullptr || !ForAudience(*format, "adult")) continue;
    if (order.size() != o.bilingual.size()) {
      wrong_locale = true;
      continue;
    }
    const std::string file = OutName(o, name, *format);
    std::vector<notice::NoticeDoc> shown;
    for (const notice::NoticeDoc* d : order) shown.push_back(notice::WithOutputs(*d, outputs, file));
    std::vector<const notice::NoticeDoc*> halves;
    for (const auto& d : shown) halves.push_back(&d);
    std::string bytes;
    auto render = [&](std::string* b, diag::Sink* s) { return format->render_bilingual(halves, ctx, b, s); };
    if (!(Isolated(*format) ? RenderIsolated(render, OutPath(o, source, file), format->library, &bytes, &r->sink)
                            : render(&bytes, &r->sink)))
      continue;
    r->outputs.push_back({file, std::move(bytes)});
    std::vector<std::string> inputs = res.files.PathsOf(*format);
    r->depends.push_back(deps);
    r->depends.back().insert(r->depends.back().end(), inputs.begin(), inputs.end());
  }
  if (wrong_locale && o.sources.size() > 1) {
    // Over several sources, --bilingual is for those published in both languages: the others
    // are built as usual (issue 16), with a warning so the skipped page is not a surprise.
    r->sink.Add(diag::Make(diag::Severity::kWarning, source, "/notice/locales",
                           "no bilingual page for this notice: it is not published in every --bilingual locale",
                           "invalid-value"));
  } else if (wrong_locale) {
    // Name exactly which locale is the problem, and what the notice (and pnc) can offer instead.
    std::vector<std::string> published, missing;
    for (const auto& doc : docs) {
      if (doc.audience == "adult") published.push_back(doc.locale);
    }
    for (const auto& code : o.bilingual) {
      if (std::find(published.begin(), published.end(), code) == published.end()) missing.push_back(code);
    }
    std::string names;
    for (const auto& code : missing) names += (names.empty() ? "'" : "' and '") + code;
    auto d = diag::Make(diag::Severity::kError, source, "/notice/locales",
                        "--bilingual names " + names + "', which this notice is not published in", "invalid-value");
    std::string offered;
    for (const auto& code : published) offered += (offered.empty() ? "" : ", ") + code;
    d.hints.push_back("this notice is published in: " + offered + " (notice.locales); --bilingual takes two of them");
    for (const auto& code : missing) {
      if (res.catalogue_paths.count(code) == 0) {
        std::string known;
        for (const auto& [c, path] : res.catalogue_paths) known += (known.empty() ? "" : ", ") + c;
        d.hints.push_back("pnc has no catalogue for '" + code + "'; it has: " + known);
      } else {
        d.hints.push_back("to publish in '" + code + "', add it to notice.locales and translate the source");
      }
    }
    r->sink.Add(d);
  }
}

SourceResult CompileOne(const std::string& path, const Options& o, const Resources& res) {
  SourceResult r;
  Compiled c;
  Compile(path, o, res, &c);
  r.file_error = c.file_error;
  r.internal_error = c.internal_error;
  if (c.sink.Errors() == 0 && !c.docs.empty()) {
    r.version = c.loaded.model.notice.version;
    if (std::string problem = StemProblem(r.version); o.archive && o.write && !problem.empty()) {
      // The version names a folder of the archive: it must be one name inside it.
      auto d = diag::Make(diag::Severity::kError, path, "/notice/version",
                          "--archive cannot keep this version: its number would name the folder archive/" +
                              diag::Shorten(r.version, 40) + "/",
                          "invalid-value");
      d.hints = {"write the version as a plain name such as \"2.1\" or \"2026-1\" (no '/', no leading '.')"};
      r.sink.Add(d);
    }
    Render(o, res, c.loaded.model, c.history, c.docs, path, &r);
    // Renderers know origins (JSON pointers), not files: their findings are about this source.
    diag::Sink named;
    for (diag::Diagnostic d : r.sink.All()) {
      // A renderer's note without a rule is about the file it writes ("notice.cy.brf uses an
      // unverified table", "no braille written for 'ar'"): lint writes nothing, so it says nothing.
      if (!o.write && d.severity == diag::Severity::kNote && d.rule.empty()) continue;
      if (d.file.empty()) d.file = path;
      named.Add(std::move(d));
    }
    r.sink = named;
    source::Locate(c.loaded.locator, path, &r.sink);
  }
  c.sink.Merge(r.sink);
  r.sink = c.sink;
  // An "internal" finding (a renderer, a template, pnc's data) is pnc's fault: exit 70, not 1.
  for (const auto& d : r.sink.All()) r.internal_error = r.internal_error || d.rule == "internal";
  if (r.sink.Errors() > 0 || (o.werror && r.sink.Warnings() > 0)) r.outputs.clear();
  return r;
}

}  // namespace

void Compile(const std::string& path, const Options& o, const Resources& res, Compiled* out) {
  std::string error;
  if (!ReadFile(path, &out->text, &error, source::kMaxSourceBytes)) {
    out->sink.Add(diag::Make(diag::Severity::kError, path, "", error, ""));
    out->file_error = true;
    return;
  }
  CompileText(path, o, res, out);
}

void CompileText(const std::string& path, const Options& o, const Resources& res, Compiled* out) {
  diag::Sink& sink = out->sink;
  out->loaded = source::Load(path, out->text, &sink);
  if (!out->loaded.parsed) return;
  const source::Model& m = out->loaded.model;
  const locale::Catalogue* english = res.Catalogue("en");
  const locale::Catalogue* first = res.Catalogue(m.default_locale());
  if (first == nullptr) first = english;
  rules::LintOptions lint{.strict = o.strict,
                          .allow_fallback = o.allow_fallback,
                          .as_of = o.as_of,
                          .preview = o.preview,
                          .catalogue = first ? &first->messages() : nullptr,
                          .english = english};
  rules::Lint(m, res.law, lint, &sink);
  if (!CheckLocales(m, res, &sink, &out->file_error)) out->internal_error = true;
  source::Locate(out->loaded.locator, path, &sink);
  if (sink.Errors() > 0) return;
  out->history = ReadHistory(path, m, res.law, &sink);
  if (sink.Errors() > 0) {
    source::Locate(out->loaded.locator, path, &sink);
    return;
  }
  std::vector<notice::HistoryStep> steps;
  for (size_t i = 0; i < out->history.versions.size(); ++i) {
    steps.push_back({&out->history.versions[i]->loaded.model, i == 0 ? &m : &out->history.versions[i - 1]->loaded.model,
                     &out->history.diffs[i]});
  }

  // One children's version per age band; the band is in the file name when there are several.
  auto base = [&](const std::string& audience, const std::string& band, const std::string& code) {
    if (audience == "adult") return "notice." + code;
    return m.notice.child_bands.size() > 1 ? "child." + band + "." + code : "child." + code;
  };
  const bool jit = std::any_of(o.formats.begin(), o.formats.end(), [](const std::string& f) {
    const render::Format* format = render::FindFormat(f);
    return format && format->just_in_time;
  });
  std::vector<notice::Alternate> alternates;
  for (const auto& code : m.notice.locales) {
    alternates.push_back({code, res.Catalogue(code)->name(), base("adult", "", code) + ".html", false});
  }
  std::set<std::string> readability_checked;  // child wordings already held to a band's targets
  std::set<std::string> register_reported;    // Welsh child wordings already reported for mixing 'ti' and 'chi'
  for (const auto& code : m.notice.locales) {
    notice::BuildInput in{.model = m,
                          .law = res.law,
                          .catalogue = *res.Catalogue(code),
                          .alternates = alternates,
                          .as_of = o.as_of,
                          .english = english,
                          .fallback = first,
                          .preview = o.preview,
                          .history = steps,
                          .jit = jit};
    out->docs.push_back(notice::BuildNotice(in, &sink));
    out->docs.back().file_base = base("adult", "", code);
    if (!m.notice.child) continue;
    for (size_t b = 0; b < m.notice.child_bands.size(); ++b) {
      const std::string& band = m.notice.child_bands[b];
      auto child_alternates = alternates;
      for (auto& a : child_alternates) a.href = base("child", band, a.locale) + ".html";
      notice::BuildInput child_in{.model = m,
                                  .law = res.law,
                                  .catalogue = *res.Catalogue(code),
                                  .alternates = child_alternates,
                                  .as_of = o.as_of,
                                  .english = english,
                                  .fallback = first,
                                  .band = band,
                                  .preview = o.preview,
                                  .history = steps,
                                  .jit = jit};
      out->docs.push_back(notice::BuildChildNotice(child_in, &sink));
      out->docs.back().file_base = base("child", band, code);
      // Each child wording is held to the youngest band that shows it; each version as a whole to its own.
      rules::CheckChildReadability(m, out->docs.back(), res.readability, &readability_checked, &sink);
      rules::CheckWelshRegister(m, out->docs.back(), *res.Catalogue(code), &register_reported, &sink);
    }
  }
  for (auto& d : out->docs) {
    CheckDocLimits(d, path, &sink);
    CheckDocAnchors(d, path, &sink);
    CheckDocLinks(d, path, &sink);
  }
  for (const auto& code : m.notice.locales) {
    for (const auto& key : res.Catalogue(code)->Missing()) {
      sink.Add(diag::Make(diag::Severity::kError, res.data_dir + "/locales/" + code + ".json", "",
                          "catalogue has no message '" + key + "'", "internal"));
      out->internal_error = true;
    }
  }
  source::Locate(out->loaded.locator, path, &sink);
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

namespace {

// Sources named twice (the same file) are compiled once; two sources with one stem would race
// for one output folder, so a build refuses them before compiling anything.
std::vector<std::string> CheckSources(const Options& o, Result* out) {
  std::vector<std::string> sources;
  std::set<std::pair<dev_t, ino_t>> files;
  std::set<std::string> paths;
  std::map<std::string, std::string> stems;
  for (const auto& path : o.sources) {
    struct stat st;
    bool regular = path != "-" && stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    if (regular ? !files.insert({st.st_dev, st.st_ino}).second : !paths.insert(path).second) continue;
    sources.push_back(path);
    if (!o.write) continue;
    std::string stem = Stem(path);
    if (std::string problem = StemProblem(stem); !problem.empty()) {
      auto d = diag::Make(diag::Severity::kError, path, "", problem, "");
      d.hints = {"rename the source: its name without '.json' names its folder in --out, e.g. 'acme.json' → out/acme/"};
      out->sink.Add(d);
      out->usage_error = true;
      continue;
    }
    auto [it, fresh] = stems.emplace(stem, path);
    if (!fresh) {
      auto d = diag::Make(diag::Severity::kError, path, "",
                          "'" + path + "' and '" + it->second + "' would both write " +
                              (std::filesystem::path(o.out_dir) / OutputFolder(path, o)).string() + "/",
                          "");
      d.hints = {"rename one of them, or build them in separate runs with different --out folders"};
      out->sink.Add(d);
      out->usage_error = true;
    }
  }
  if (out->usage_error) sources.clear();
  return sources;
}

}  // namespace

Result Run(const Options& o, const Resources& res) {
  Result out;
  const std::vector<std::string> sources = CheckSources(o, &out);
  std::vector<SourceResult> results(sources.size());
  std::atomic<size_t> next{0};
  std::mutex failure_mu, progress_mu;
  size_t done = 0;
  std::exception_ptr failure;
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(sources.size())));
  const std::vector<std::string> owned = OwnedKinds(o);
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < sources.size();) {
      results[i] = CompileOne(sources[i], o, res);
      results[i].stem = OutputFolder(sources[i], o);
      if (o.write && !results[i].outputs.empty()) {
        std::string error;
        if (!WriteOutputSet({o.out_dir, results[i].stem, results[i].outputs, owned, o.follow_symlinks,
                             o.archive ? results[i].version : ""},
                            &error)) {
          results[i].sink.Add(diag::Make(diag::Severity::kError, sources[i], "", error, ""));
          results[i].file_error = true;
          results[i].outputs.clear();
        }
      }
      // Only the names are needed from here on: holding every output's bytes until the end made
      // a 1,000-notice build peak at ~470 MB instead of one source's worth per job.
      for (auto& output : results[i].outputs) std::string().swap(output.second);
      if (o.progress) {
        std::lock_guard<std::mutex> lock(progress_mu);
        o.progress(++done, sources.size());
      }
    }
  };
  // An exception on a worker thread (out of memory, a bug) must reach the main thread: escaping
  // the thread would call std::terminate. The other workers stop taking sources.
  auto worker = [&] {
    try {
      work();
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mu);
      if (!failure) failure = std::current_exception();
      next = sources.size();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < jobs; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  for (size_t s = 0; s < results.size(); ++s) {
    SourceResult& r = results[s];
    out.sink.Merge(r.sink);
    out.file_error = out.file_error || r.file_error;
    out.internal_error = out.internal_error || r.internal_error;
    if (!o.write) continue;
    for (size_t i = 0; i < r.outputs.size(); ++i) {
      out.written.push_back((std::filesystem::path(o.out_dir) / r.stem / r.outputs[i].first).string());
      out.depends.push_back(r.depends[i]);
    }
  }
  out.sink.Sort();
  return out;
}

}  // namespace pnc::driver
