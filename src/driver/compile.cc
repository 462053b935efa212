// driver: one source's text → its documents: load, lint, check its locales' catalogues, read its
// earlier versions, build each NoticeDoc (adult and children's, per locale) and check their limits.
// Nothing is rendered or written here (build.cc).
#include <algorithm>
#include <set>

#include "driver/build.h"
#include "driver/doc_limits.h"
#include "driver/files.h"
#include "notice/builder.h"
#include "render/registry.h"
#include "rules/lint.h"
#include "rules/readability_checks.h"
#include "rules/welsh_register.h"
#include "source/limits.h"
#include "source/loader.h"

namespace pnc::driver {
namespace {

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
                          .band = "",
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

}  // namespace pnc::driver
