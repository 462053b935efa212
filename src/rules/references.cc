// rules: ids are unique and well-formed, and every id referenced is defined.
#include <map>
#include <set>

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

template <typename T>
std::vector<std::string> CheckIds(const RuleContext& ctx, const std::vector<T>& list, const std::string& what) {
  std::map<std::string, std::string> seen;
  std::vector<std::string> ids;
  for (const auto& item : list) {
    if (item.id.empty()) continue;
    ids.push_back(item.id);
    if (!IsId(item.id)) {
      ctx.Report("invalid-value", item.pointer + "/id",
                 "id '" + item.id + "' must be lowercase letters, digits and '-'",
                 {"ids become web anchors, e.g. \"case-records\""});
    }
    auto [it, fresh] = seen.emplace(item.id, item.pointer);
    if (!fresh) {
      ctx.Report("duplicate-id", item.pointer + "/id",
                 what + " id '" + item.id + "' is already used at " + it->second);
    }
  }
  return ids;
}

void CheckRefs(const RuleContext& ctx, const std::vector<source::Ref>& refs, const std::vector<std::string>& ids,
               const std::string& what) {
  for (const auto& r : refs) {
    if (std::find(ids.begin(), ids.end(), r.id) != ids.end()) continue;
    std::string guess = source::DidYouMean(r.id, ids);
    std::vector<std::string> hints;
    if (guess.empty()) {
      std::string list;
      for (const auto& i : ids) list += (list.empty() ? "" : ", ") + i;
      hints.push_back(list.empty() ? "no " + what + " is defined yet" : "defined " + what + " ids: " + list);
    }
    ctx.Report("unknown-id", r.pointer, "unknown " + what + " '" + r.id + "'" +
                                            (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
               hints);
  }
}

}  // namespace

void CheckReferences(const RuleContext& ctx) {
  const auto& m = ctx.model;
  auto subjects = CheckIds(ctx, m.subjects, "data subject");
  auto sources = CheckIds(ctx, m.sources, "source");
  auto categories = CheckIds(ctx, m.categories, "data category");
  auto purposes = CheckIds(ctx, m.purposes, "purpose");
  auto recipients = CheckIds(ctx, m.recipients, "recipient");
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
  auto services = CheckIds(ctx, service_items, "service");
  for (const auto& p : m.purposes) CheckRefs(ctx, p.services, services, "service");
  for (const auto& r : m.retention) CheckRefs(ctx, r.services, services, "service");
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

  for (const auto& c : m.categories) CheckRefs(ctx, c.sources, sources, "source");
  for (const auto& p : m.purposes) {
    CheckRefs(ctx, p.subjects, subjects, "data subject");
    CheckRefs(ctx, p.categories, categories, "data category");
  }
  for (const auto& r : m.recipients) CheckRefs(ctx, r.purposes, purposes, "purpose");
  for (const auto& r : m.retention) CheckRefs(ctx, r.categories, categories, "data category");
  for (const auto& d : m.decisions) CheckRefs(ctx, d.categories, categories, "data category");
  for (const auto& t : m.transfers) CheckRefs(ctx, t.recipients, recipients, "recipient");
  std::vector<std::string> rights;
  for (const auto& r : ctx.law.rights) rights.push_back(r.id);
  CheckRefs(ctx, m.rights.omit, rights, "right");
}

}  // namespace pnc::rules
