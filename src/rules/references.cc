// rules: ids are unique and well-formed, and every id referenced is defined.
#include <map>
#include <set>
#include <unordered_set>

#include "rules/context.h"
#include "source/loader.h"

namespace pnc::rules {
namespace {

// [a-z0-9][a-z0-9-]*, by hand: std::regex costs ~0.5 ms to compile, per instantiation of CheckIds.
bool IsId(const std::string& id) {
  auto ok = [](char c, bool first) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && c == '-'); };
  if (id.empty() || !ok(id[0], true)) return false;
  for (size_t i = 1; i < id.size(); ++i) {
    if (!ok(id[i], false)) return false;
  }
  return true;
}

// The well-formed id a malformed one was most likely meant to be: lowercase, with '-' where the
// source has '_', a space or '.', other characters dropped ("Case_Records" → "case-records");
// "" when nothing usable is left.
std::string IdFor(const std::string& id) {
  std::string out;
  for (char c : id) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == ' ' || c == '.' || c == '-') {
      if (!out.empty() && out.back() != '-') out.push_back('-');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return IsId(out) ? out : "";
}

template <typename T>
std::vector<std::string> CheckIds(const RuleContext& ctx, const std::vector<T>& list, const std::string& what) {
  std::map<std::string, std::string> seen;
  std::vector<std::string> ids;
  for (const auto& item : list) {
    if (item.id.empty()) continue;
    ids.push_back(item.id);
    if (!IsId(item.id)) {
      std::vector<std::string> hints;
      if (std::string fixed = IdFor(item.id); !fixed.empty()) {
        hints.push_back("did you mean '" + fixed + "'? (change every reference to it too)");
      }
      hints.push_back(item.id.find('_') != std::string::npos
                          ? "ids join words with '-', not '_': they become web anchors, e.g. \"case-records\""
                          : "ids become web anchors, e.g. \"case-records\"");
      ctx.Report("invalid-value", item.pointer + "/id",
                 "id '" + item.id + "' must be lowercase letters, digits and '-'", hints);
    }
    auto [it, fresh] = seen.emplace(item.id, item.pointer);
    if (!fresh) {
      ctx.Report("duplicate-id", item.pointer + "/id", what + " id '" + item.id + "' is already used at " + it->second);
    }
  }
  return ids;
}

// Linear in the references: an id set, and did-you-mean (which compares with every id) for the
// first few unknown ones only; the rest are counted in one diagnostic.
// Only well-formed ids are offered as a did-you-mean: an id that is itself invalid (a no-break
// space inside 'volun<U+00A0>teers') looks like the reference, and the correct references would be
// changed to match it (user test s27 F13).
struct IdSet {
  std::vector<std::string> list;
  std::unordered_set<std::string> set;
  std::vector<std::string> valid;  // the ids of `list` that are well-formed
  explicit IdSet(std::vector<std::string> ids) : list(std::move(ids)), set(list.begin(), list.end()) {
    for (const auto& id : list) {
      if (IsId(id)) valid.push_back(id);
    }
  }
};

void CheckRefs(const RuleContext& ctx, const std::vector<source::Ref>& refs, const IdSet& defined,
               const std::string& what) {
  constexpr size_t kShown = 10;
  const std::vector<std::string>& ids = defined.list;
  size_t unknown = 0;
  for (const auto& r : refs) {
    if (defined.set.count(r.id)) continue;
    if (++unknown > kShown) continue;
    std::string guess = source::DidYouMean(r.id, defined.valid);
    std::vector<std::string> hints;
    if (guess.empty() && defined.valid.size() < ids.size()) {
      std::vector<std::string> invalid;
      for (const auto& id : ids) {
        if (!IsId(id)) invalid.push_back(id);
      }
      if (std::string near = source::DidYouMean(r.id, invalid); !near.empty()) {
        hints.push_back("the " + what + " id '" + diag::Shorten(near) +
                        "' is close, but it is not a valid id itself: correct it where it is defined");
      }
    }
    if (guess.empty() && hints.empty()) {
      hints.push_back(ids.empty() ? "no " + what + " is defined yet"
                                  : "defined " + what + " ids: " + diag::JoinCapped(ids));
    }
    ctx.Report(
        "unknown-id", r.pointer,
        "unknown " + what + " '" + diag::Shorten(r.id) + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
        hints);
  }
  if (unknown > kShown) {
    std::string list = refs.front().pointer.substr(0, refs.front().pointer.rfind('/'));
    ctx.Report("unknown-id", list, std::to_string(unknown - kShown) + " more unknown " + what + " ids in this list",
               {"the first ten are shown above"});
  }
}

// The anchors pnc gives its own headings and elements (render/html.cc, templates/html/,
// notice/adult_*.cc, notice/child_builder.cc). A custom section with one of them as its id
// made two elements with one id: the summary's "#rights" and the PDF contents jumped to the
// wrong section. The driver re-checks every built document (driver/doc_limits.cc).
constexpr std::string_view kBuiltInIds[] = {
    "title",   "summary",   "contents",  "main",      "about",    "dpo",    "whose",      "what",    "sources", "why",
    "sharing", "transfers", "retention", "automated", "security", "rights", "complaints", "changes", "formats"};
constexpr std::string_view kBuiltInPrefixes[] = {"purpose-", "decision-", "child-"};

// Why `id` would clash with a built-in anchor, or "".
std::string BuiltInClash(const std::string& id) {
  for (auto b : kBuiltInIds) {
    if (id == b) return "is also the anchor of the built-in '" + id + "' heading";
  }
  for (auto p : kBuiltInPrefixes) {
    if (id.rfind(p, 0) == 0) return "starts with '" + std::string(p) + "', which pnc uses for its own anchors";
  }
  if (id.size() > 5 && id.compare(id.size() - 5, 5, "-icon") == 0)
    return "ends with '-icon', which pnc uses for pictograms";
  return "";
}

}  // namespace

void CheckSectionIds(const RuleContext& ctx) {
  std::set<std::string> taken;
  for (const auto& s : ctx.model.sections) taken.insert(s.id);
  for (const auto& s : ctx.model.sections) {
    std::string clash = BuiltInClash(s.id);
    if (clash.empty()) continue;
    std::string suggestion = "extra-" + s.id;
    for (int n = 2; taken.count(suggestion) || !BuiltInClash(suggestion).empty(); ++n) {
      suggestion = "extra-" + s.id + "-" + std::to_string(n);
    }
    ctx.Report(
        "section-id", s.pointer + "/id", "section id '" + s.id + "' " + clash,
        {"links to it and the PDF contents would reach the wrong section; use another id, e.g. '" + suggestion + "'"});
  }
}

void CheckReferences(const RuleContext& ctx) {
  const auto& m = ctx.model;
  IdSet subjects(CheckIds(ctx, m.subjects, "data subject"));
  IdSet sources(CheckIds(ctx, m.sources, "source"));
  IdSet categories(CheckIds(ctx, m.categories, "data category"));
  IdSet purposes(CheckIds(ctx, m.purposes, "purpose"));
  IdSet recipients(CheckIds(ctx, m.recipients, "recipient"));
  CheckIds(ctx, m.retention, "retention record");
  CheckIds(ctx, m.decisions, "automated decision");
  std::vector<source::Item> section_items, service_items;
  for (const auto& s : m.sections) {
    source::Item item;
    item.id = s.id;
    item.pointer = s.pointer;
    section_items.push_back(item);
  }
  CheckIds(ctx, section_items, "section");
  for (const auto& s : m.services) {
    source::Item item;
    item.id = s.id;
    item.pointer = s.pointer;
    service_items.push_back(item);
  }
  IdSet services(CheckIds(ctx, service_items, "service"));
  for (const auto& p : m.purposes) CheckRefs(ctx, p.services, services, "service");
  for (const auto& r : m.retention) CheckRefs(ctx, r.services, services, "service");
  // A service nothing names: the notice would tell its users it is covered and say nothing about it
  // (user test F32).
  for (const auto& sv : m.services) {
    bool named = false;
    for (const auto& p : m.purposes) named = named || RuleContext::Uses(p.services, sv.id);
    for (const auto& r : m.retention) named = named || RuleContext::Uses(r.services, sv.id);
    if (!named)
      ctx.Report("purposes", sv.pointer,
                 "service '" + sv.id +
                     "' is named by no purpose or retention record, so the notice would say it covers a service it "
                     "says nothing about",
                 {"add '" + sv.id + "' to the services of the purposes and records that concern it, or remove it"});
  }
  // Items that narrow whom they concern name data subject groups.
  auto narrowing = [&](const auto& items) {
    for (const auto& item : items) CheckRefs(ctx, item.subjects, subjects, "data subject");
  };
  narrowing(m.sources);
  narrowing(m.categories);
  narrowing(m.recipients);
  narrowing(m.retention);
  narrowing(m.decisions);
  narrowing(m.sections);
  CheckSectionIds(ctx);

  for (const auto& c : m.categories) CheckRefs(ctx, c.sources, sources, "source");
  for (const auto& p : m.purposes) {
    CheckRefs(ctx, p.subjects, subjects, "data subject");
    for (const auto& q : p.requirements) CheckRefs(ctx, q.subjects, subjects, "data subject");
    CheckRefs(ctx, p.categories, categories, "data category");
  }
  for (const auto& r : m.recipients) CheckRefs(ctx, r.purposes, purposes, "purpose");
  for (const auto& r : m.retention) {
    CheckRefs(ctx, r.categories, categories, "data category");
    CheckRefs(ctx, r.purposes, purposes, "purpose");
  }
  for (const auto& d : m.decisions) CheckRefs(ctx, d.categories, categories, "data category");
  for (const auto& t : m.transfers) CheckRefs(ctx, t.recipients, recipients, "recipient");
  CheckIds(ctx, m.forms, "form");
  for (const auto& f : m.forms) CheckRefs(ctx, f.purposes, purposes, "purpose");
  std::vector<std::string> rights;
  for (const auto& r : ctx.law.rights) rights.push_back(r.id);
  CheckRefs(ctx, m.rights.omit, IdSet(rights), "right");
}

}  // namespace pnc::rules
