// driver: `notice.previous` → the earlier versions of a source (from files or git), each loaded and
// diffed against the version after it. The chain is followed through each version's own
// `previous`, so nothing is recorded twice: every past version is the source that was published.
#include "driver/history.h"

#include <filesystem>
#include <set>

#include "driver/files.h"
#include "driver/git_show.h"
#include "source/limits.h"

namespace pnc::driver {
namespace {

namespace fs = std::filesystem;

// Where a version was read from: a file in the work tree (rev "") or a file at a git revision.
struct Where {
  std::string file;
  std::string rev;
  std::string Name() const { return rev.empty() ? file : file + "@" + rev; }
  std::string Key() const {
    std::error_code ec;
    std::string canonical = fs::weakly_canonical(fs::absolute(file, ec), ec).string();
    return rev + "\n" + (ec ? file : canonical);
  }
};

// The place `value` (a `previous` field of the version at `holder`) names, or "" with a problem.
std::string Resolve(const Where& holder, const std::string& value, Where* out) {
  if (value.rfind("git:", 0) == 0) {
    out->file = holder.file;
    out->rev = value.substr(4);
    if (out->rev.empty()) return "'git:' names no revision";
    return "";
  }
  fs::path p(value);
  if (p.is_absolute())
    return "'" + value + "' is an absolute path; write it relative to the source, so the source can move";
  fs::path dir = holder.file == "-" ? fs::path(".") : fs::path(holder.file).parent_path();
  out->file = (dir / p).lexically_normal().string();
  out->rev = holder.rev;  // a version read from git names its previous file as it was at that revision
  return "";
}

// The fix for each kind of problem: an error is only useful with one.
diag::Diagnostic Problem(const std::string& path, const std::string& pointer, const std::string& message,
                         const std::string& hint) {
  auto d = diag::Make(diag::Severity::kError, path, pointer, message, "invalid-value");
  d.hints = {hint};
  return d;
}

}  // namespace

History ReadHistory(const std::string& path, const source::Model& current, const rules::LawData& law,
                    diag::Sink* sink) {
  History h;
  if (current.notice.previous.empty()) return h;
  const std::string at = current.notice.previous_pointer.empty() ? "/notice" : current.notice.previous_pointer;
  const std::string fix_path =
      "'previous' is a path relative to this source (e.g. \"history/acme-v1.json\") or \"git:REV\" (this file at a git "
      "revision, e.g. \"git:v1.0\"); remove it to build without a 'What changed' section";
  Where holder{path, ""};
  std::set<std::string> seen = {holder.Key()};
  std::set<std::string> numbers = {current.notice.version};
  std::string value = current.notice.previous;
  std::string later = "this source";  // how the message names the version that holds `value`
  while (!value.empty() && h.versions.size() < kMaxHistory) {
    Where where;
    if (std::string problem = Resolve(holder, value, &where); !problem.empty()) {
      sink->Add(Problem(path, at, "the previous version named by " + later + " cannot be used: " + problem, fix_path));
      return {};
    }
    auto v = std::make_unique<PastVersion>();
    v->name = where.Name();
    if (!seen.insert(where.Key()).second) {
      sink->Add(Problem(
          path, at,
          "the versions go round in a circle: " + later + " names '" + v->name + "', which is already in the history",
          "each version's 'previous' must name an older version; remove 'previous' from the oldest one"));
      return {};
    }
    std::string error;
    bool read = where.rev.empty()
                    ? ReadFile(where.file, &v->text, &error, source::kMaxSourceBytes, "a previous version")
                    : GitShow(where.file, where.rev, &v->text, &error, source::kMaxSourceBytes);
    if (!read) {
      sink->Add(Problem(path, at, "the previous version named by " + later + " cannot be read: " + error, fix_path));
      return {};
    }
    if (where.rev.empty()) v->file = where.file;
    diag::Sink own;
    v->loaded = source::Load(v->name, v->text, &own);
    if (!v->loaded.parsed || own.Errors() > 0) {
      std::string first;
      for (const auto& d : own.All()) {
        if (d.severity == diag::Severity::kError && first.empty()) first = d.message;
      }
      sink->Add(Problem(path, at,
                        "the previous version '" + v->name + "' named by " + later + " is not a valid pnc source" +
                            (first.empty() ? "" : " (" + diag::Shorten(first, 160) + ")"),
                        "run 'pnc lint " + (where.rev.empty() ? where.file : std::string("on that version")) +
                            "', or name the file that holds the version published before this one"));
      return {};
    }
    const std::string& number = v->loaded.model.notice.version;
    if (!numbers.insert(number).second) {
      sink->Add(Problem(path, at,
                        "the previous version '" + v->name + "' has the version number '" + diag::Shorten(number, 40) +
                            "', which a later version already has",
                        "give each published version its own notice.version, or name the version published before"));
      return {};
    }
    later = "version " + diag::Shorten(number, 40) + " ('" + v->name + "')";
    value = v->loaded.model.notice.previous;
    holder = where;
    h.versions.push_back(std::move(v));
  }
  for (size_t i = 0; i < h.versions.size(); ++i) {
    const source::Model& newer = i == 0 ? current : h.versions[i - 1]->loaded.model;
    h.diffs.push_back(diff::Compare(h.versions[i]->loaded.model, newer, law));
  }
  return h;
}

}  // namespace pnc::driver
