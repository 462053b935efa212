// driver: `notice.previous` → the earlier versions of a source (from files or git), each loaded and
// diffed against the version after it. The chain is followed through each version's own
// `previous`, so nothing is recorded twice: every past version is the source that was published.
#include "driver/history.h"

#include <cctype>
#include <filesystem>
#include <set>

#include "base/address.h"
#include "base/utf8.h"
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

// The ids a source defines (groups, data, sources, purposes, recipients...): two versions of one
// organisation's notice share most of them, since pnc matches items by id from one version to the next.
std::set<std::string> Ids(const source::Model& m) {
  std::set<std::string> ids;
  for (const auto& x : m.subjects) ids.insert(x.id);
  for (const auto& x : m.services) ids.insert(x.id);
  for (const auto& x : m.sources) ids.insert(x.id);
  for (const auto& x : m.categories) ids.insert(x.id);
  for (const auto& x : m.purposes) ids.insert(x.id);
  for (const auto& x : m.recipients) ids.insert(x.id);
  for (const auto& x : m.retention) ids.insert(x.id);
  ids.erase("");
  return ids;
}

std::string LegalName(const source::Model& m) {
  const source::Translation* t = m.notice.locales.empty() ? nullptr : m.controller.contact.name.Get(m.default_locale());
  return t == nullptr ? "" : t->text;
}

// How a message names an organisation: its legal name and the numbers that identify it.
std::string Organisation(const source::Model& m) {
  std::string numbers;
  auto add = [&](const char* what, const std::string& n) {
    if (!n.empty()) numbers += std::string(numbers.empty() ? "" : ", ") + what + " " + diag::Shorten(n, 24);
  };
  add("charity", m.controller.charity_number);
  add("company", m.controller.company_number);
  add("ICO", m.controller.ico_registration);
  std::string name = LegalName(m);
  return "'" + diag::Shorten(name.empty() ? std::string("(no name)") : name, 60) + "'" +
         (numbers.empty() ? "" : " (" + numbers + ")");
}

// The site of an e-mail or web address, folded ("" when none): "info@x.org", "https://www.x.org/about"
// and "http://x.org" are one site.
std::string Site(const std::string& address) { return base::FoldedName(base::SiteOf(address)); }

// Why `older` cannot be an earlier version of `newer`'s notice, or "": its controller has another
// legal name and nothing that identifies an organisation in common (a charity, company or ICO
// number, an e-mail domain or a website). Anything in common, or the same name (or one extending
// the other: "Cwm Valley Hospice" → "Cwm Valley Hospice Limited"), makes it the same organisation,
// however its ids changed (a source restructured or scaffolded anew keeps its history).
std::string OtherOrganisation(const source::Model& older, const source::Model& newer) {
  const source::Controller &o = older.controller, &n = newer.controller;
  auto same = [](const std::string& p, const std::string& q) { return !p.empty() && p == q; };
  if (same(base::FoldedName(o.charity_number), base::FoldedName(n.charity_number)) ||
      same(base::FoldedName(o.company_number), base::FoldedName(n.company_number)) ||
      same(base::FoldedName(o.ico_registration), base::FoldedName(n.ico_registration)) ||
      same(Site(o.contact.email), Site(n.contact.email)) || same(Site(o.contact.website), Site(n.contact.website)))
    return "";
  const std::string x = base::FoldedName(LegalName(older)), y = base::FoldedName(LegalName(newer));
  if (x.empty() || y.empty() || x.find(y) != std::string::npos || y.find(x) != std::string::npos) return "";
  const std::set<std::string> a = Ids(older), b = Ids(newer);
  bool shared = false;
  for (const auto& id : a) shared = shared || b.count(id) > 0;
  return "its controller has another name and no registration number, e-mail domain or website in common with this "
         "source's" +
         std::string(shared ? "" : ", and the two share no ids");
}

// True when `newer` says its organisation was called, before a rename, what `older` calls it
// (controller.renamed_from, compared as folded names (base::FoldedName), with the older name in any of its locales).
bool RenamedFrom(const source::Model& older, const source::Model& newer) {
  const std::string from = base::FoldedName(newer.controller.renamed_from);
  if (from.empty()) return false;
  for (const auto& [code, t] : older.controller.contact.name.by_locale) {
    if (base::FoldedName(t.text) == from) return true;
  }
  return false;
}

// Why the current source's renamed_from cannot be right for its previous version `older`, or "".
std::string WrongRename(const source::Model& older, const source::Model& current, const std::string& written) {
  const std::string& from = current.controller.renamed_from;
  if (from.empty()) return "";
  const std::string quoted = "'" + diag::Shorten(from, 60) + "'";
  if (base::FoldedName(from) == base::FoldedName(LegalName(current))) {
    return "controller.renamed_from " + quoted + " is this source's own name, not its name in the previous version '" +
           written + "', which is for " + Organisation(older);
  }
  if (RenamedFrom(older, current)) return "";
  return "controller.renamed_from " + quoted + " matches no name in the previous version '" + written +
         "', which is for " + Organisation(older) + "; this source is for " + Organisation(current);
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
    bool read = where.rev.empty() ? ReadFile(where.file, &v->text, &error, source::kMaxSourceBytes,
                                             "a previous version", /*offer_stdin=*/false)
                                  : GitShow(where.file, where.rev, &v->text, &error, source::kMaxSourceBytes);
    if (!read) {
      // The message quotes the path as the source wrote it, not as resolved from the working directory.
      if (where.rev.empty()) {
        const std::string resolved = "'" + where.file + "'";
        if (size_t at_path = error.find(resolved); at_path != std::string::npos)
          error.replace(at_path, resolved.size(), "'" + value + "'");
      }
      sink->Add(Problem(path, at, "the previous version named by " + later + " cannot be read: " + error, fix_path));
      return {};
    }
    if (where.rev.empty()) v->file = where.file;
    diag::Sink own;
    v->loaded = source::Load(v->name, v->text, &own);
    const std::string written = where.rev.empty() ? value : v->name;  // as the source wrote it
    if (!v->loaded.parsed) {
      // Not JSON at all: the parser's message would quote the file's first characters, which are
      // not the source's to show (a previous path can name any file the user can read).
      sink->Add(Problem(
          path, at, "the previous version '" + written + "' named by " + later + " is not a pnc source: it is not JSON",
          "name the file that holds the version of this source published before this one"));
      return {};
    }
    if (own.Errors() > 0) {
      std::string first;
      for (const auto& d : own.All()) {
        if (d.severity == diag::Severity::kError && first.empty()) first = d.message;
      }
      sink->Add(Problem(path, at,
                        "the previous version '" + written + "' named by " + later + " is not a valid pnc source" +
                            (first.empty() ? "" : " (" + diag::Shorten(first, 160) + ")"),
                        "run 'pnc lint " + (where.rev.empty() ? where.file : std::string("on that version")) +
                            "', or name the file that holds the version published before this one"));
      return {};
    }
    const source::Model& newer = h.versions.empty() ? current : h.versions.back()->loaded.model;
    if (h.versions.empty()) {
      if (std::string wrong = WrongRename(v->loaded.model, current, written); !wrong.empty()) {
        sink->Add(Problem(path, current.controller.renamed_from_pointer, wrong,
                          "write the legal name the organisation had in that version ('" +
                              diag::Shorten(LegalName(v->loaded.model), 60) +
                              "'), or remove renamed_from if it has not renamed itself since"));
        return {};
      }
    }
    // A rename the newer version states makes the older one this organisation's, whatever else changed.
    if (std::string why = RenamedFrom(v->loaded.model, newer) ? "" : OtherOrganisation(v->loaded.model, newer);
        !why.empty()) {
      sink->Add(Problem(path, at,
                        "the previous version '" + written + "' named by " + later +
                            " looks like another organisation's notice: " + why + "; it is for " +
                            Organisation(v->loaded.model) + ", this source for " + Organisation(newer),
                        "name the file that holds the notice this organisation published before this one, or "
                        "remove 'previous' to build without a 'What changed' section (if the organisation renamed "
                        "itself, say so: \"controller\": {\"renamed_from\": \"" +
                            diag::Shorten(LegalName(v->loaded.model), 60) + "\"})"));
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
