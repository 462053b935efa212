// driver: one source → its outputs. Everything is built in memory first; files are written only
// when the whole source compiled, so a failed build leaves earlier outputs untouched.
#include "driver/build.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "driver/files.h"
#include "notice/builder.h"
#include "render/html.h"
#include "render/registry.h"
#include "rules/lint.h"
#include "source/loader.h"

namespace pnc::driver {
namespace {

struct SourceResult {
  diag::Sink sink;
  bool file_error = false;
  bool internal_error = false;
  std::vector<std::pair<std::string, std::string>> outputs;
  std::vector<std::vector<std::string>> depends;
};

void CheckLocales(const source::Model& m, const Resources& res, diag::Sink* sink) {
  std::string available;
  for (const auto& [code, cat] : res.catalogues) available += (available.empty() ? "" : ", ") + code;
  for (size_t i = 0; i < m.notice.locales.size(); ++i) {
    const std::string& code = m.notice.locales[i];
    const locale::Catalogue* cat = res.Catalogue(code);
    std::string at = m.notice.locales_pointer.empty() ? "/notice" : m.notice.locales_pointer + "/" + std::to_string(i);
    if (cat == nullptr) {
      auto d = diag::Make(diag::Severity::kError, m.file, at, "no catalogue for locale '" + code + "'", "invalid-value");
      d.hints = {"available locales: " + available + "; to add one, add locales/" + code + ".json"};
      sink->Add(d);
    } else if (cat->review().status != "reviewed") {
      auto d = diag::Make(diag::Severity::kWarning, m.file, at,
                          "the '" + code + "' catalogue has not been reviewed by a fluent speaker", "unreviewed-catalogue");
      d.hints = {"have locales/" + code + ".json reviewed and record it in meta.review"};
      sink->Add(d);
    }
  }
}

std::string OutPath(const Options& o, const std::string& stem, const std::string& name) {
  return (std::filesystem::path(o.out_dir) / stem / name).string();
}

void Render(const Options& o, const Resources& res, const std::vector<notice::NoticeDoc>& docs,
            const std::string& source, SourceResult* r) {
  render::RenderContext ctx{res.data_dir, o.fragment, o.paper, &res.templates};
  for (const auto& format : render::AllFormats()) {
    if (!o.formats.empty() && std::find(o.formats.begin(), o.formats.end(), format.name) == o.formats.end()) continue;
    for (const auto& doc : docs) {
      std::string bytes;
      if (!format.render(doc, ctx, &bytes, &r->sink)) continue;
      std::string name = (doc.audience == "child" ? "child." : "notice.") + doc.locale + "." + std::string(format.extension);
      r->outputs.push_back({OutPath(o, doc.stem, name), std::move(bytes)});
      r->depends.push_back({source, res.data_dir + "/locales/" + doc.locale + ".json"});
    }
  }
  if (!o.bilingual.empty() && (o.formats.empty() || std::count(o.formats.begin(), o.formats.end(), "html"))) {
    std::vector<const notice::NoticeDoc*> order;
    std::string name = "notice";
    for (const auto& code : o.bilingual) {
      for (const auto& doc : docs) {
        if (doc.locale == code && doc.audience == "adult") order.push_back(&doc);
      }
      name += (name == "notice" ? "." : "-") + code;
    }
    if (order.size() == o.bilingual.size()) {
      std::string bytes;
      if (render::RenderBilingualHtml(order, ctx, &bytes, &r->sink)) {
        r->outputs.push_back({OutPath(o, docs.front().stem, name + ".html"), std::move(bytes)});
        r->depends.push_back({source});
      }
    } else {
      r->sink.Add(diag::Make(diag::Severity::kError, source, "/notice/locales",
                             "--bilingual names a locale this notice is not published in", "invalid-value"));
    }
  }
}

SourceResult CompileOne(const std::string& path, const Options& o, const Resources& res) {
  SourceResult r;
  std::string text, error;
  if (!ReadFile(path, &text, &error, 16u << 20)) {
    r.sink.Add(diag::Make(diag::Severity::kError, path, "", error, ""));
    r.file_error = true;
    return r;
  }
  source::Loaded loaded = source::Load(path, text, &r.sink);
  if (!loaded.parsed) return r;
  const source::Model& m = loaded.model;
  rules::LintOptions lint{o.strict, o.allow_fallback};
  rules::Lint(m, res.law, lint, &r.sink);
  CheckLocales(m, res, &r.sink);
  source::Locate(loaded.locator, path, &r.sink);
  if (r.sink.Errors() > 0) return r;

  std::vector<notice::Alternate> alternates;
  for (const auto& code : m.notice.locales) {
    alternates.push_back({code, res.Catalogue(code)->name(), "notice." + code + ".html", false});
  }
  std::vector<notice::NoticeDoc> docs;
  for (const auto& code : m.notice.locales) {
    notice::BuildInput in{m, res.law, *res.Catalogue(code), alternates};
    docs.push_back(notice::BuildNotice(in, &r.sink));
    if (m.notice.child) {
      auto child_alternates = alternates;
      for (auto& a : child_alternates) a.href = "child." + a.locale + ".html";
      notice::BuildInput child_in{m, res.law, *res.Catalogue(code), child_alternates};
      docs.push_back(notice::BuildChildNotice(child_in, &r.sink));
    }
  }
  for (auto& d : docs) d.stem = Stem(path);
  for (const auto& code : m.notice.locales) {
    for (const auto& key : res.Catalogue(code)->Missing()) {
      r.sink.Add(diag::Make(diag::Severity::kError, res.data_dir + "/locales/" + code + ".json", "",
                            "catalogue has no message '" + key + "'", "internal"));
      r.internal_error = true;
    }
  }
  Render(o, res, docs, path, &r);
  source::Locate(loaded.locator, path, &r.sink);
  if (r.sink.Errors() > 0) r.outputs.clear();
  return r;
}

}  // namespace

std::string Stem(const std::string& source_path) { return std::filesystem::path(source_path).stem().string(); }

Result Run(const Options& o, const Resources& res) {
  std::vector<SourceResult> results(o.sources.size());
  std::atomic<size_t> next{0};
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = std::min<int>(jobs, static_cast<int>(o.sources.size()));
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < o.sources.size();) {
      results[i] = CompileOne(o.sources[i], o, res);
      if (o.write && !results[i].outputs.empty()) {
        std::string error;
        if (!WriteFilesAtomic(results[i].outputs, &error)) {
          results[i].sink.Add(diag::Make(diag::Severity::kError, o.sources[i], "", error, ""));
          results[i].file_error = true;
          results[i].outputs.clear();
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < jobs; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  Result out;
  for (auto& r : results) {
    out.sink.Merge(r.sink);
    out.file_error = out.file_error || r.file_error;
    out.internal_error = out.internal_error || r.internal_error;
    if (!o.write) continue;
    for (size_t i = 0; i < r.outputs.size(); ++i) {
      out.written.push_back(r.outputs[i].first);
      out.depends.push_back(r.depends[i]);
    }
  }
  out.sink.Sort();
  return out;
}

}  // namespace pnc::driver
