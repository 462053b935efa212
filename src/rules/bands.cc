// rules: age bands. An item limited to some children's versions (`age_bands`) concerns children in
// each band it names, and wording given per band (`child_by_band`) covers every version that shows
// the item and no other (Art 12(1): each child is told what concerns them, in words for their age).
#include <algorithm>
#include <functional>

#include "rules/context.h"
#include "source/observed.h"
#include "source/reader.h"

namespace pnc::rules {
namespace {

// The scope of each declared band's children's version, in the notice's band order.
struct Bands {
  const std::vector<std::string>& ids;
  std::vector<source::Scope> scopes;
};

void CheckLimit(const RuleContext& ctx, const Bands& bands, const source::BandLimit& limit, bool children,
                const std::function<bool(size_t)>& in_band, const std::string& what, const std::string& linked_by) {
  if (limit.pointer.empty()) return;
  if (!children) {
    ctx.Report("scope", limit.pointer,
               what + " is limited to age bands, but it concerns no data subject group marked \"children\": true",
               {"\"age_bands\" chooses which children's versions show an item about children: remove it, or "
                "correct the item's data subjects"});
    return;
  }
  for (const auto& ref : limit.bands) {
    for (size_t b = 0; b < bands.ids.size(); ++b) {
      if (bands.ids[b] != ref.id || in_band(b)) continue;
      ctx.Report("scope", ref.pointer,
                 what + " is limited to ages " + ref.id + ", but in that children's version it concerns no children",
                 {linked_by + " (or their data subject groups) are limited to other age bands: remove '" + ref.id +
                  "' here, or add it to theirs"});
    }
  }
}

// `key` names the field ("child_by_band"), `noun` what it holds ("wording", "name", "heading").
void CheckByBand(const RuleContext& ctx, const Bands& bands, const source::BandTexts& texts,
                 const std::function<bool(size_t)>& in_band, const std::string& what, diag::Severity missing,
                 const std::string& key = "child_by_band", const std::string& noun = "wording") {
  if (!texts.present()) return;
  for (size_t b = 0; b < bands.ids.size(); ++b) {
    const std::string& band = bands.ids[b];
    auto it = texts.by_band.find(band);
    const bool shown = in_band(b);
    // An entry the loader refused for its misspelt band was this band's: that error is the cause.
    const bool misnamed = texts.misnamed.count(band) > 0 || texts.misnamed.count("*") > 0;
    if (shown && it == texts.by_band.end() && !misnamed) {
      auto d = diag::Make(missing, ctx.model.file, texts.pointer,
                          what + " has no children's " + noun + " for ages " + band + ", and that version shows it",
                          "missing-child-text");
      d.hints = {"add \"" + band + "\" to \"" + key + "\": " + (noun == "wording" ? "the same fact" : "its " + noun) +
                 " in words a child aged " + band + " understands"};
      ctx.sink->Add(d);
    } else if (!shown && it != texts.by_band.end()) {
      ctx.Report("unused-child-text", it->second.pointer,
                 "the children's " + noun + " of " + what + " for ages " + band + " is never shown",
                 {what + " is not in the children's version for ages " + band +
                  " (its age bands, or those of the items it is linked to); remove \"" + band + "\" here"});
    }
  }
}

// Every item of one list: its age bands, and its wording per band.
// A per-band name of each item (`child_name_by_band`, `child_title_by_band`), asked for the bands
// the item reaches; a missing band falls back to the one name, so it is a warning.
template <typename T>
void CheckNames(const RuleContext& ctx, const Bands& bands, const std::vector<T>& items,
                std::vector<source::Groups> source::Scope::*groups, source::BandTexts T::*names,
                const std::string& kind, const std::string& key, const std::string& noun) {
  for (size_t i = 0; i < items.size(); ++i) {
    auto in_band = [&](size_t b) {
      const auto& g = bands.scopes[b].*groups;
      return i < g.size() && bands.scopes[b].ConcernsChildren(g[i]);
    };
    CheckByBand(ctx, bands, items[i].*names, in_band, kind + " '" + items[i].id + "'", diag::Severity::kWarning, key,
                noun);
  }
}

template <typename T>
void CheckList(const RuleContext& ctx, const Bands& bands, const std::vector<T>& items,
               std::vector<source::Groups> source::Scope::*groups, const std::string& kind,
               const std::string& linked_by) {
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    const std::string what = kind + " '" + item.id + "'";
    auto in_band = [&](size_t b) {
      const auto& g = bands.scopes[b].*groups;
      return i < g.size() && bands.scopes[b].ConcernsChildren(g[i]);
    };
    const auto& all = ctx.scope.*groups;
    const bool children = ctx.model.notice.child && i < all.size() && ctx.scope.ConcernsChildren(all[i]);
    CheckLimit(ctx, bands, item.age_bands, children, in_band, what, linked_by);
    CheckByBand(ctx, bands, item.child_by_band, in_band, what, diag::Severity::kError);
  }
}

// Whether some purpose that concerns group `id` also concerns a group that is not children (a
// purpose naming no groups concerns every group).
bool AdultsShareAPurpose(const source::Model& m, const std::string& id) {
  auto adult = [&](const std::string& sid) {
    for (const auto& g : m.subjects) {
      if (g.id == sid) return !g.children;
    }
    return false;
  };
  for (const auto& p : m.purposes) {
    bool concerns = p.subjects.empty(), with_adults = false;
    for (const auto& r : p.subjects) {
      concerns = concerns || r.id == id;
      with_adults = with_adults || adult(r.id);
    }
    if (p.subjects.empty()) {
      for (const auto& g : m.subjects) with_adults = with_adults || !g.children;
    }
    if (concerns && with_adults) return true;
  }
  return false;
}

}  // namespace

void CheckBands(const RuleContext& ctx) {
  const auto& m = ctx.model;
  Bands bands{m.notice.child_bands, {}};
  for (const auto& band : bands.ids) bands.scopes.push_back(source::ComputeScope(m, band));
  using S = source::Scope;
  // A version whose band no children group is in would be a guide for nobody.
  for (size_t b = 0; b < bands.ids.size() && m.notice.child && source::Any(ctx.scope.children); ++b) {
    if (source::Any(bands.scopes[b].children)) continue;
    ctx.Report("scope", m.notice.child_pointer,
               "the children's version for ages " + bands.ids[b] + " is for no data subject group",
               {"every group marked \"children\": true is limited to other age bands (its \"age_bands\" or \"ages\"): "
                "add '" +
                bands.ids[b] + "' to a group's age bands, or remove the band from notice.child_age_bands"});
  }
  for (size_t i = 0; i < m.subjects.size(); ++i) {
    const auto& s = m.subjects[i];
    const std::string what = "data subject '" + s.id + "'";
    auto in_band = [&](size_t b) { return bands.scopes[b].children[i]; };
    if (!s.children && !s.age_bands.pointer.empty()) {
      ctx.Report("scope", s.age_bands.pointer,
                 what + " is limited to age bands, but it is not marked \"children\": true",
                 {"\"age_bands\" says which children's versions are for a group of children: mark the group "
                  "\"children\": true, or remove \"age_bands\""});
    }
    // Ages a Children's code band would hold but the notice declares no version for: those
    // children read a version written for other ages. (Ages no declared band reaches at all are
    // the loader's error; a group limited by "age_bands" has chosen its versions.)
    if (s.children && s.ages.present() && m.notice.child && s.age_bands.pointer.empty()) {
      std::string undeclared, quoted, shown;
      for (const auto& band : source::KnownBands()) {
        if (!s.ages.Overlaps(band)) continue;
        const bool declared = std::find(bands.ids.begin(), bands.ids.end(), band) != bands.ids.end();
        std::string& into = declared ? shown : undeclared;
        into += (into.empty() ? "" : ", ") + band;
        if (!declared) quoted += (quoted.empty() ? "'" : ", '") + band + "'";
      }
      if (!undeclared.empty() && !shown.empty()) {
        auto d = diag::Make(diag::Severity::kWarning, m.file, s.ages.pointer,
                            what + " is aged " + std::to_string(s.ages.from) + " to " + std::to_string(s.ages.to) +
                                ", but the notice has no children's version for ages " + undeclared +
                                ": those children are given the version for ages " + shown,
                            "scope");
        d.hints = {"add " + quoted +
                   " to notice.child_age_bands for a version in words for their age, or narrow "
                   "'ages' to the ages the notice's versions are for"};
        ctx.sink->Add(d);
      }
    }
    // Guides are written from age 6: younger children are told through their parents or carers, in
    // the adult notice. When no adult group is on the group's purposes, nothing speaks to them.
    if (s.children && s.ages.present() && m.notice.child && s.ages.from < 6 && s.ages.to >= 6 &&
        !AdultsShareAPurpose(m, s.id)) {
      const std::string young = s.ages.from == 5 ? "aged 5" : "aged " + std::to_string(s.ages.from) + " to 5";
      auto d = diag::Make(diag::Severity::kWarning, m.file, s.ages.pointer,
                          what + " is aged " + std::to_string(s.ages.from) + " to " + std::to_string(s.ages.to) +
                              ", but children's versions start at age 6 and no adult group is on its purposes: "
                              "nothing pnc writes speaks to its children " +
                              young + " or to their parents or carers",
                          "scope");
      d.hints = {
          "add their parents or carers as a data subject group on the same purposes, so the adult notice "
          "speaks to them; or start 'ages' at 6 if no younger child takes part"};
      ctx.sink->Add(d);
    }
    if (s.children) {
      CheckByBand(ctx, bands, s.child_by_band, in_band, what, diag::Severity::kError);
    } else if (s.child_by_band.present()) {
      ctx.Report("unused-child-text", s.child_by_band.pointer, "the children's wording of " + what + " is never shown",
                 {"only groups marked \"children\": true are named in the children's version"});
    }
  }
  CheckList(ctx, bands, m.sources, &S::sources, "source", "the data categories that name it");
  CheckList(ctx, bands, m.categories, &S::categories, "data category", "the purposes that use it");
  CheckList(ctx, bands, m.purposes, &S::purposes, "purpose", "its data subject groups");
  CheckList(ctx, bands, m.recipients, &S::recipients, "recipient", "the purposes it serves");
  CheckList(ctx, bands, m.retention, &S::retention, "retention record", "its data categories");
  CheckList(ctx, bands, m.decisions, &S::decisions, "automated decision", "its data categories");
  CheckList(ctx, bands, m.sections, &S::sections, "section", "its data subject groups");
  // A record's name and a section's heading per band follow their item; a missing band falls back
  // to the one name or heading (`child_name`, the adult title), so it is asked as a warning.
  CheckNames(ctx, bands, m.retention, &S::retention, &source::Retention::child_name_by_band, "retention record",
             "child_name_by_band", "name");
  CheckNames(ctx, bands, m.sections, &S::sections, &source::ExtraSection::child_title_by_band, "section",
             "child_title_by_band", "heading");
  // A form's name per band heads its children's just-in-time notice in each version one of its
  // purposes is in; a missing band falls back to the adult name, so it is a warning.
  for (const auto& f : m.forms) {
    auto in_band = [&](size_t b) {
      return bands.scopes[b].ConcernsChildren(source::FormGroups(m, bands.scopes[b], f));
    };
    CheckByBand(ctx, bands, f.child_by_band, in_band, "form '" + f.id + "'", diag::Severity::kWarning, "child_by_band",
                "name");
  }
  // Every children's version shows the security and complaints wording: security's is asked for
  // (an error, as its one `child` wording is), the complaints' is an extra (a warning).
  auto every_band = [&](size_t) { return m.notice.child; };
  CheckByBand(ctx, bands, m.security_child_by_band, every_band, "the security section", diag::Severity::kError);
  if (m.complaints) {
    CheckByBand(ctx, bands, m.complaints->child_by_band, every_band, "the complaints section",
                diag::Severity::kWarning);
  }
  // A requirement's consequence in a child's words follows its purpose's versions; asked as a
  // warning, like the one `child` wording (the adult notice carries the consequence).
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (source::ObservedOnly(m, p)) continue;  // no requirement is printed (purposes.cc warns of it)
    for (const auto& q : p.requirements) {
      // (An answer for other groups only never reaches a children's guide.)
      auto in_band = [&](size_t b) {
        return bands.scopes[b].ConcernsChildren(source::AnswerGroups(m, bands.scopes[b], i, q));
      };
      CheckByBand(ctx, bands, q.child_by_band, in_band, "the requirement of purpose '" + p.id + "'",
                  diag::Severity::kWarning);
    }
  }
}

}  // namespace pnc::rules
