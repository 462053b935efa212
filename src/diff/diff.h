#pragma once
// diff: two Models of one notice → the changes between them, by item id, each classed as
// material or minor with the reason (ICO guidance on the right to be informed).
#include <string>
#include <vector>

#include "law/law_data.h"
#include "source/model.h"

namespace pnc::diff {

/// How much a change matters to the people the notice is for.
enum class Class {
  kMaterial,  // people must be told before it takes effect (a new use, new data, new people, …)
  kMinor,     // wording, less processing, a shorter period, contact details
};

/// One change between two versions of a source.
struct Change {
  std::string key;      // stable id: "purpose:emails:added", "purpose:courses:category-added:send"
  std::string area;     // "purpose", "category", "subject", "source", "recipient", "transfer",
                        // "retention", "decision", "controller", "dpo", "right", "joint-controller"
  std::string id;       // the item's id ("" for a single thing such as the controller)
  std::string what;     // "added", "removed", "category-added", "period-longer", …
  std::string other;    // the id the change is about (a category, a basis), or ""
  std::string before;   // the old value in the default locale ("" = none)
  std::string after;    // the new value in the default locale ("" = none)
  std::string pointer;  // where the change is in the new source ("" when removed: in the old)
  Class cls = Class::kMinor;
  std::string reason;         // why it is material or minor
  bool acknowledged = false;  // listed in the new source's notice.acknowledged_changes
};

/// Everything `pnc diff` reports.
struct Diff {
  std::string old_file, new_file;
  std::string old_version, new_version;
  std::vector<Change> changes;
  std::vector<std::string> stale_acknowledgements;  // acknowledged keys that match no change
  /// Material changes not acknowledged in the new version.
  int Unacknowledged() const;
  int Count(Class c) const;
  /// There are material changes but both sources give the same notice.version.
  bool VersionUnchanged() const;
};

/// Compares two sources item by item. `law` gives the rights that apply to each.
Diff Compare(const source::Model& old_model, const source::Model& new_model, const rules::LawData& law);

/// "material" or "minor".
const char* ClassName(Class c);

/// A retention period in days read from text such as "6 years", "18 months after the course ends",
/// "two weeks"; -1 when the text names no single period pnc can read. `rest`, when given, gets the
/// text with the period taken out (lowercased), so "6 years after you leave" and "7 years after the
/// course" are not compared as if only the number had changed.
long PeriodDays(const std::string& text, std::string* rest = nullptr);

/// The warning (lowercase, no position) and its hint when d.VersionUnchanged(): the cli reports them
/// as a diagnostic at the new source's notice.version; Markdown states them too.
std::string VersionWarning(const Diff& d);
std::string VersionHint(const Diff& d);

/// The diff as text for a person, as JSON (one object), or as Markdown (for a pull request).
std::string RenderHuman(const Diff& d);
std::string RenderJson(const Diff& d);
std::string RenderMarkdown(const Diff& d);

}  // namespace pnc::diff
