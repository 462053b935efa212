// diff: a Diff → text for a person, JSON for tools, Markdown for a pull request or change log.
#include <nlohmann/json.hpp>
#include <string>

#include "diag/diagnostic.h"
#include "diff/diff.h"
#include "report/format.h"

namespace pnc::diff {
namespace {

// Values come from sources: long ones are cut (a paragraph is not needed to see what changed),
// control characters shown as escapes.
std::string Show(const std::string& s) { return report::Printable(diag::Shorten(s, 200)); }

std::string Subject(const Change& c) {
  std::string s = c.area;
  if (!c.id.empty()) s += " '" + Show(c.id) + "'";
  s += ": " + c.what;
  if (!c.other.empty()) s += " '" + Show(c.other) + "'";
  return s;
}

std::string Values(const Change& c) {
  if (c.before.empty() && c.after.empty()) return "";
  if (c.before.empty()) return "\"" + Show(c.after) + "\"";
  if (c.after.empty()) return "was \"" + Show(c.before) + "\"";
  return "\"" + Show(c.before) + "\" → \"" + Show(c.after) + "\"";
}

std::string Summary(const Diff& d) {
  int material = d.Count(Class::kMaterial), minor = d.Count(Class::kMinor);
  std::string s = std::to_string(d.changes.size()) + (d.changes.size() == 1 ? " change: " : " changes: ") +
                  std::to_string(material) + " material";
  if (material > 0) s += " (" + std::to_string(d.Unacknowledged()) + " not acknowledged)";
  return s + ", " + std::to_string(minor) + " minor";
}

// Markdown: text from sources cannot open markup (a link, emphasis, a table cell, raw HTML).
std::string Md(const std::string& s) {
  std::string out;
  for (char c : report::Printable(s)) {
    if (std::string_view("\\`*_[]<>|#!~&").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

// A material change under the same version number: people (and the notice's "what changed" list)
// could not tell the two versions apart.
std::string VersionWarning(const Diff& d) {
  return "the changes include material ones but notice.version is '" + Show(d.new_version) + "' in both versions";
}
std::string VersionHint(const Diff& d) {
  return "raise notice.version in " + Show(d.new_file) +
         " (and set notice.last_updated to the date the new version takes effect)";
}

std::string RenderHuman(const Diff& d) {
  std::string out = "comparing " + Show(d.old_file) + " (version " + Show(d.old_version) + ") with " +
                    Show(d.new_file) + " (version " + Show(d.new_version) + ")\n";
  if (d.changes.empty()) return out + "no changes to the facts the notice states\n";
  out += "\n";
  for (const auto& c : d.changes) {
    out += std::string(ClassName(c.cls)) + (c.cls == Class::kMaterial ? "  " : "     ") + Subject(c) + "\n";
    if (std::string v = Values(c); !v.empty()) out += "          " + v + "\n";
    out += "          why: " + c.reason + "\n";
    out += "          key: " + Show(c.key);
    if (c.cls == Class::kMaterial) out += c.acknowledged ? " (acknowledged)" : " (not acknowledged)";
    out += "\n";
  }
  for (const auto& k : d.stale_acknowledgements) {
    out += "note: notice.acknowledged_changes lists '" + Show(k) + "', which matches no change\n";
  }
  // The same-version warning is a diagnostic (the cli prints it on stderr with its place and rule).
  return out + "\n" + Summary(d) + "\n";
}

std::string RenderJson(const Diff& d) {
  using nlohmann::json;
  json changes = json::array();
  for (const auto& c : d.changes) {
    json j = {{"key", c.key}, {"class", ClassName(c.cls)}, {"area", c.area},
              {"id", c.id},   {"change", c.what},          {"reason", c.reason}};
    if (!c.other.empty()) j["about"] = c.other;
    if (!c.before.empty()) j["before"] = c.before;
    if (!c.after.empty()) j["after"] = c.after;
    if (!c.pointer.empty()) j["pointer"] = c.pointer;
    if (c.cls == Class::kMaterial) j["acknowledged"] = c.acknowledged;
    changes.push_back(j);
  }
  json out = {{"old", {{"file", d.old_file}, {"version", d.old_version}}},
              {"new", {{"file", d.new_file}, {"version", d.new_version}}},
              {"changes", changes},
              {"summary",
               {{"material", d.Count(Class::kMaterial)},
                {"minor", d.Count(Class::kMinor)},
                {"unacknowledged", d.Unacknowledged()}}}};
  if (!d.stale_acknowledgements.empty()) out["stale_acknowledgements"] = d.stale_acknowledgements;
  if (d.VersionUnchanged()) out["version_unchanged"] = true;
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string RenderMarkdown(const Diff& d) {
  std::string out =
      "## Changes from version " + Md(d.old_version) + " to version " + Md(d.new_version) + "\n\n" + Summary(d) + ".\n";
  if (d.VersionUnchanged()) out += "\n**Warning:** " + Md(VersionWarning(d)) + ": " + Md(VersionHint(d)) + ".\n";
  for (Class cls : {Class::kMaterial, Class::kMinor}) {
    if (d.Count(cls) == 0) continue;
    out +=
        cls == Class::kMaterial ? "\n### Material: tell people before the change takes effect\n\n" : "\n### Minor\n\n";
    for (const auto& c : d.changes) {
      if (c.cls != cls) continue;
      out += "- **" + Md(Subject(c)) + "**";
      if (std::string v = Values(c); !v.empty()) out += ": " + Md(v);
      out += "  \n  " + Md(c.reason) + " (key " + Md(c.key);
      if (cls == Class::kMaterial) out += c.acknowledged ? ", acknowledged" : ", not acknowledged";
      out += ")\n";
    }
  }
  return out;
}

}  // namespace pnc::diff
