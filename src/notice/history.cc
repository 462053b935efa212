// notice: the diffs between a source's versions (driver/history.cc) → "What changed in version N"
// for the adult notice (every change, one sentence each) and the children's version (only what
// changed in the guide itself: the items about children that came, went or read differently).
// Every sentence states a change the diff found, naming the item; nothing is inferred beyond it.
#include <algorithm>

#include "base/utf8.h"
#include "markdown/markdown.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

const std::string kFact = "/notice/previous";

// The sentences that send the reader to the section holding the new details.
const std::map<std::string, std::string> kSeeSection = {
    {"purpose.basis-changed", "section.why"},        {"purpose.condition-changed", "section.why"},
    {"purpose.requirement-changed", "section.why"},  {"transfer.safeguard-changed", "section.transfers"},
    {"controller.contact-changed", "section.about"}, {"dpo.designated", "section.about"},
    {"dpo.no-longer-designated", "section.about"},   {"dpo.contact-changed", "section.about"},
    {"right.now-applies", "section.rights"},         {"decision.condition-changed", "section.automated"},
    {"recipient.renamed", "section.sharing"},        {"purpose.renamed", "section.why"},
};

// A field of any version as plain text: this locale, else that version's own default locale.
std::string PlainOf(const Writer& w, const source::Model& m, const source::Text& t);

// A period as a phrase inside a sentence: without the full stop that ends it in the source.
std::string Phrase(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string PlainOf(const Writer& w, const source::Model& m, const source::Text& t) {
  const source::Translation* tr = t.Get(w.locale());
  if (tr == nullptr && !m.notice.locales.empty()) tr = t.Get(m.default_locale());
  if (tr == nullptr && !t.by_locale.empty()) tr = &t.by_locale.begin()->second;
  if (tr == nullptr) return "";
  std::vector<markdown::Issue> issues;  // the version was built when it was published: names only here
  return markdown::PlainText(markdown::ToInlines(tr->text, &issues));
}

template <typename T>
const T* ById(const std::vector<T>& items, const std::string& id) {
  for (const auto& i : items) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

// The item of `area` with `id` in `m`, or nullptr (transfers and joint controllers have no item).
const source::Item* FindItem(const source::Model& m, const std::string& area, const std::string& id) {
  if (area == "purpose") return ById(m.purposes, id);
  if (area == "category") return ById(m.categories, id);
  if (area == "subject") return ById(m.subjects, id);
  if (area == "source") return ById(m.sources, id);
  if (area == "recipient") return ById(m.recipients, id);
  if (area == "retention") return ById(m.retention, id);
  if (area == "decision") return ById(m.decisions, id);
  return nullptr;
}

// What a change is about, named in this locale from the version that has it (the newer one,
// the older one for what was removed). Transfers are matched by destination and joint
// controllers by name in the default locale (diff/compare.cc), so the same match finds them here.
std::string NameIn(const Writer& w, const source::Model& m, const std::string& area, const std::string& id) {
  if (const source::Item* item = FindItem(m, area, id)) return PlainOf(w, m, item->name);
  if (area == "transfer") {
    for (const auto& t : m.transfers) {
      if (PlainOf(w, m, t.destination) == id ||
          (t.destination.Get(m.default_locale()) && t.destination.Get(m.default_locale())->text == id)) {
        return PlainOf(w, m, t.destination);
      }
    }
  }
  if (area == "joint-controller") {
    for (const auto& j : m.controller.joint_controllers) {
      const auto* tr = j.name.Get(m.default_locale());
      if (tr != nullptr && tr->text == id) return PlainOf(w, m, j.name);
    }
  }
  return id;
}

// The area of the id a ref change names ("category-added" on a purpose names a category).
std::string OtherArea(const diff::Change& c) {
  if (c.what.rfind("category-", 0) == 0) return "category";
  if (c.what.rfind("subject-", 0) == 0) return "subject";
  if (c.what.rfind("source-", 0) == 0) return "source";
  if (c.what.rfind("purpose-", 0) == 0) return "purpose";
  if (c.what.rfind("recipient-", 0) == 0) return "recipient";
  return "";
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The sentences of one version's changes, in the diff's order (material first).
std::vector<Inlines> Sentences(const Writer& w, const HistoryStep& step) {
  const source::Model& older = *step.older;
  const source::Model& newer = *step.newer;
  std::vector<Inlines> out;
  std::vector<std::string> reworded, restated, other;
  bool contact = false, dpo_contact = false;
  auto add_once = [](std::vector<std::string>* list, const std::string& name) {
    if (std::find(list->begin(), list->end(), name) == list->end()) list->push_back(name);
  };
  auto say = [&](const std::string& key, std::map<std::string, std::string> args = {}) {
    // A sentence that points to a section names it by its own title in this locale.
    if (auto it = kSeeSection.find(key); it != kSeeSection.end()) args["section"] = w.T(it->second);
    out.push_back(w.I("history." + key, args, kFact));
  };
  for (const diff::Change& c : step.diff->changes) {
    const bool gone = c.what == "removed" || EndsWith(c.what, "-removed") || c.what == "no-longer-applies";
    const std::string name = NameIn(w, gone && c.what == "removed" ? older : newer, c.area, c.id);
    std::string other_name;
    if (!c.other.empty()) other_name = NameIn(w, gone ? older : newer, OtherArea(c), c.other);
    const std::string& a = c.area;
    const std::string& x = c.what;
    if (a == "right") {
      std::string title =
          c.id == "object-marketing" ? w.T("right.object-marketing.title") : w.T("right." + c.id + ".title");
      say(x == "now-applies" ? "right.now-applies" : "right.no-longer-applies", {{"name", title}});
    } else if (a == "controller" && x == "name-changed") {
      // The name may have changed in another language only (a new Welsh name): this notice's own
      // name is compared, and a name that is the same here is not said to have changed.
      const std::string was = PlainOf(w, older, older.controller.contact.name);
      const std::string now = PlainOf(w, newer, newer.controller.contact.name);
      if (base::FoldedName(was) == base::FoldedName(now)) continue;
      // A rename the source states (controller.renamed_from, matched against the older version's
      // name by driver/history.cc) is said as one: the old name and the new.
      if (!newer.controller.renamed_from.empty()) {
        say("controller.renamed", {{"old", was}, {"name", now}});
      } else {
        say("controller.name-changed", {{"name", now}});
      }
    } else if (a == "controller") {
      contact = true;
    } else if (a == "dpo" && (x == "designated" || x == "no-longer-designated")) {
      say("dpo." + x);
    } else if (a == "dpo") {
      dpo_contact = true;
    } else if (x == "added" || x == "removed") {
      say(a + "." + x, {{"name", name}});
    } else if (a == "purpose" &&
               (x == "category-added" || x == "category-removed" || x == "subject-added" || x == "subject-removed")) {
      say("purpose." + x, {{"name", name}, {"other", other_name}});
    } else if (a == "purpose" && (x == "basis-added" || x == "basis-removed")) {
      // One sentence per purpose, however many bases came and went: the section names them.
      bool first = true;
      for (const auto& d : step.diff->changes) {
        if (&d == &c) break;
        if (d.area == "purpose" && d.id == c.id && (d.what == "basis-added" || d.what == "basis-removed"))
          first = false;
      }
      if (first) say("purpose.basis-changed", {{"name", name}});
    } else if (a == "purpose" && (x == "recognised-condition-changed" || x == "special-condition-changed" ||
                                  x == "criminal-condition-changed")) {
      say("purpose.condition-changed", {{"name", name}});
    } else if (a == "purpose" &&
               (x == "direct-marketing-added" || x == "direct-marketing-removed" || x == "requirement-changed")) {
      say("purpose." + x, {{"name", name}});
    } else if (a == "category" &&
               (x == "now-special" || x == "now-criminal" || x == "no-longer-special" || x == "no-longer-criminal")) {
      say("category." + x, {{"name", name}});
    } else if (a == "category" && (x == "source-added" || x == "source-removed")) {
      say("category." + x, {{"name", name}, {"other", other_name}});
    } else if (a == "subject" && x == "now-children") {
      say("subject.now-children", {{"name", name}});
    } else if (a == "recipient" && (x == "purpose-added" || x == "purpose-removed")) {
      say("recipient." + x, {{"name", name}, {"other", other_name}});
    } else if (a == "recipient" && (x == "no-longer-processor" || x == "now-processor")) {
      say("recipient." + x, {{"name", name}});
    } else if (a == "transfer" && x == "safeguard-changed") {
      say("transfer.safeguard-changed", {{"name", name}});
    } else if (a == "transfer" && (x == "recipient-added" || x == "recipient-removed")) {
      say("transfer." + x, {{"name", name}, {"other", other_name}});
    } else if (a == "retention" && (x == "period-longer" || x == "period-shorter" || x == "period-changed")) {
      const auto* now = ById(newer.retention, c.id);
      const auto* before = ById(older.retention, c.id);
      say("retention." + x, {{"name", name},
                             {"after", Phrase(now ? PlainOf(w, newer, now->period) : c.after)},
                             {"before", Phrase(before ? PlainOf(w, older, before->period) : c.before)}});
    } else if (a == "retention" && x == "criteria-changed") {
      say("retention.criteria-changed", {{"name", name}});
    } else if (a == "source" && (x == "now-observed" || x == "no-longer-observed" || x == "no-longer-from-person" ||
                                 x == "now-from-person")) {
      say("source." + x, {{"name", name}});
    } else if ((a == "retention" || a == "decision") && (x == "category-added" || x == "category-removed")) {
      say(a + "." + x, {{"name", name}, {"other", other_name}});
    } else if (a == "decision" && x == "special-condition-changed") {
      // Its Art 22B condition added, replaced or removed: never a rewording, whichever way it went.
      say("decision.condition-changed", {{"name", name}});
    } else if ((a == "recipient" || a == "purpose") && x == "name-changed" && c.cls == diff::Class::kMaterial) {
      // A new name that names another organisation ("… and the police") is not a rewording.
      say(a + ".renamed", {{"name", name}, {"before", NameIn(w, older, a, c.id)}});
    } else if (EndsWith(x, "-changed") && c.cls == diff::Class::kMaterial && x != "name-changed") {
      // A statement about the use of data that gained words (diff/statement.cc): not a rewording.
      add_once(&restated, name);
    } else if (EndsWith(x, "-changed") && c.cls != diff::Class::kMaterial) {
      add_once(&reworded, name);  // the wording of a field: name, description, logic, detail, …
    } else {
      add_once(&other, name);  // a kind of change this list does not know yet (history_test holds it to none)
    }
  }
  if (contact) say("controller.contact-changed");
  if (dpo_contact) say("dpo.contact-changed");
  if (!other.empty()) say("other", {{"names", w.Join(other)}});
  if (!restated.empty()) say("restated", {{"names", w.Join(restated)}});
  if (!reworded.empty()) say("reworded", {{"names", w.Join(reworded)}});
  return out;
}

Inlines VersionHeading(const Writer& w, const std::string& key, const source::Model& newer) {
  return w.I(key, {{"version", newer.notice.version}}, kFact);
}

// Items of one list the children's guide shows: id → child wording, for those about children.
template <typename T>
std::vector<std::pair<std::string, std::string>> ForChildren(const Writer& w, const source::Model& m,
                                                             const source::Scope& scope, const std::vector<T>& items,
                                                             const std::vector<source::Groups>& groups) {
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < items.size() && i < groups.size(); ++i) {
    if (!scope.ConcernsChildren(groups[i])) continue;
    std::string text = PlainOf(w, m, w.Child(items[i]));
    out.push_back({items[i].id, text.empty() ? PlainOf(w, m, items[i].name) : text});
  }
  return out;
}

}  // namespace

std::vector<Block> HistoryBlocks(const Writer& w) {
  std::vector<Block> out;
  for (const HistoryStep& step : w.history()) {
    out.push_back(Heading(VersionHeading(w, "history.title", *step.newer)));
    out.push_back(w.P("history.intro",
                      {{"version", step.newer->notice.version},
                       {"date", w.Date(step.newer->notice.date)},
                       {"previous", step.older->notice.version}},
                      kFact));
    std::vector<Inlines> sentences = Sentences(w, step);
    if (sentences.empty()) {
      out.push_back(w.P("history.none", {}, kFact));
    } else {
      out.push_back(Bullets(std::move(sentences)));
    }
  }
  return out;
}

std::vector<Block> ChildHistoryBlocks(const Writer& w) {
  std::vector<Block> out;
  for (const HistoryStep& step : w.history()) {
    const source::Model& older = *step.older;
    const source::Model& newer = *step.newer;
    // Each version's scope for this guide's age band: an item of another band changed nothing here.
    const source::Scope so = source::ComputeScope(older, w.band()), sn = source::ComputeScope(newer, w.band());
    std::vector<std::pair<std::string, std::string>> before, after;
    auto gather = [&](auto member, auto scope_member) {
      for (auto& e : ForChildren(w, older, so, older.*member, so.*scope_member)) before.push_back(e);
      for (auto& e : ForChildren(w, newer, sn, newer.*member, sn.*scope_member)) after.push_back(e);
    };
    // The lists the children's guide shows, in its order; ids are unique within a list, so
    // each list is compared on its own (a purpose and a category may share an id).
    std::vector<Inlines> came, went, reads;
    auto compare = [&](size_t from_b, size_t from_a) {
      for (size_t i = from_a; i < after.size(); ++i) {
        auto it = std::find_if(before.begin() + from_b, before.end(),
                               [&](const auto& e) { return e.first == after[i].first; });
        if (it == before.end()) {
          came.push_back(Writer::Text(
              after[i].second, w.Derived("an item about children that the previous version did not have", kFact)));
        } else if (it->second != after[i].second) {
          reads.push_back(
              Writer::Text(after[i].second,
                           w.Derived("an item about children whose words changed since the previous version", kFact)));
        }
      }
      for (size_t i = from_b; i < before.size(); ++i) {
        auto it = std::find_if(after.begin() + from_a, after.end(),
                               [&](const auto& e) { return e.first == before[i].first; });
        if (it == after.end()) {
          went.push_back(Writer::Text(
              before[i].second,
              w.Derived("an item about children in the previous version that this one no longer has", kFact)));
        }
      }
    };
    auto one = [&](auto member, auto scope_member) {
      size_t b = before.size(), a = after.size();
      gather(member, scope_member);
      compare(b, a);
    };
    one(&source::Model::categories, &source::Scope::categories);
    one(&source::Model::sources, &source::Scope::sources);
    one(&source::Model::purposes, &source::Scope::purposes);
    one(&source::Model::recipients, &source::Scope::recipients);
    one(&source::Model::retention, &source::Scope::retention);
    one(&source::Model::decisions, &source::Scope::decisions);
    // How long things are kept changed for a record about children (the diff's period changes).
    bool keep = false;
    for (const diff::Change& c : step.diff->changes) {
      if (c.area != "retention" || c.what.rfind("period-", 0) != 0) continue;
      for (size_t i = 0; i < newer.retention.size(); ++i) {
        if (newer.retention[i].id == c.id && i < sn.retention.size() && sn.ConcernsChildren(sn.retention[i]))
          keep = true;
      }
    }
    if (came.empty() && went.empty() && reads.empty() && !keep) continue;
    out.push_back(Heading(VersionHeading(w, "child.history.title", newer)));
    if (!came.empty()) {
      out.push_back(w.P("child.history.new", {}, kFact));
      out.push_back(Bullets(std::move(came)));
    }
    if (!went.empty()) {
      out.push_back(w.P("child.history.gone", {}, kFact));
      out.push_back(Bullets(std::move(went)));
    }
    if (!reads.empty()) {
      out.push_back(w.P("child.history.changed", {}, kFact));
      out.push_back(Bullets(std::move(reads)));
    }
    if (keep) out.push_back(w.P("child.history.keep", {{"section", w.T("child.q.keep")}}, kFact));
  }
  return out;
}

}  // namespace pnc::notice
