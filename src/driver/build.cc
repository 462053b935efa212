// driver: one source → its outputs. Everything is built in memory first; files are written only
// when the whole source compiled, so a failed build leaves earlier outputs untouched.
#include "driver/build.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "driver/isolate.h"
#include "driver/output_set.h"
#include "driver/written_files.h"
#include "notice/outputs.h"
#include "render/registry.h"
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

// Whether this format's renderer runs in a child process (driver/isolate.h).
bool Isolated(const render::Format& format) { return !format.library.empty() && IsolationWanted(); }

// Where an output of `source` is written: a failed render is reported there.
std::string OutPath(const Options& o, const std::string& source, const std::string& file) {
  return (std::filesystem::path(o.out_dir) / OutputFolder(source, o) / file).string();
}

void Render(const Options& o, const Resources& res, const source::Model& model, const History& history,
            const std::vector<notice::NoticeDoc>& docs, const std::string& source, SourceResult* r) {
  const bool dpv = std::count(o.formats.begin(), o.formats.end(), "dpv") > 0;
  render::RenderContext ctx{res.data_dir,
                            o.fragment,
                            o.paper,
                            &res.files,
                            o.braille_cells,
                            o.braille_lines,
                            o.braille_grade,
                            o.audio_cache,
                            &model,
                            &res.law,
                            dpv ? std::string(render::FindFormat("dpv")->file_name) : std::string()};
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

// An audio build with a speech cache it cannot use still builds, but speaks every piece again on
// every build (minutes per notice): say so once, rather than leave the slowness unexplained.
void CheckSpeechCache(const Options& o, Result* out) {
  if (!o.write || o.audio_cache.empty() || std::count(o.formats.begin(), o.formats.end(), "mp3") == 0) return;
  const std::filesystem::path dir = std::filesystem::path(o.audio_cache) / "speech";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string why = ec ? ec.message() : access(dir.c_str(), W_OK | X_OK) != 0 ? "it cannot be written" : "";
  if (why.empty()) return;
  auto d = diag::Make(diag::Severity::kWarning, "", "",
                      "cannot keep synthesised speech in '" + dir.string() + "' (" + why +
                          "), so every audio build speaks all its text again",
                      "");
  d.hints = {"give --cache-dir a folder you can write, or leave it out to use $XDG_CACHE_HOME/pnc or ~/.cache/pnc"};
  out->sink.Add(d);
}

}  // namespace

Result Run(const Options& o, const Resources& res) {
  Result out;
  const std::vector<std::string> sources = CheckSources(o, &out);
  if (!sources.empty()) CheckSpeechCache(o, &out);
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
