// rules: a children's version never drops a fact about children: every item that concerns a
// children data subject needs a child wording (UK GDPR Art 12(1), Recital 58; the ICO Children's
// code is guidance here, statutory only for online services). A child wording that no children's
// version will show is reported too, so nobody believes it is published.
#include "rules/context.h"
#include "source/observed.h"

namespace pnc::rules {
namespace {

// The youngest age band whose version shows an item limited by `limit` (its words must suit it).
std::string Youngest(const source::Model& m, const source::BandLimit& limit) {
  for (const auto& band : m.notice.child_bands) {
    if (limit.Allows(band)) return band;
  }
  return m.notice.child_band;
}

// `scope`: whom each item concerns in the children's versions (what they show); `full`: in the
// adult notice. An item children's versions leave out though it concerns children (criminal
// offence data whose subjects are not said) needs no child wording, and its wording is not unused.
template <typename T>
void Need(const RuleContext& ctx, const std::vector<T>& items, const std::vector<source::Groups>& scope,
          const std::vector<source::Groups>& full, const std::string& what) {
  const auto& m = ctx.model;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& item = items[i];
    if (item.child_by_band.present()) continue;  // wording per age band: checked band by band (bands.cc)
    if (item.child_by_band.refused) continue;    // refused whole by the loader, which said why
    const bool concerns = m.notice.child && ctx.scope.ConcernsChildren(scope[i]);
    if (concerns && !item.child.present()) {
      std::vector<std::string> hints;
      // Reached by children only through what it shares with other groups' purposes: it may be the
      // adults' alone (a volunteers' DBS result), and then child wording would publish staff matters
      // to children (user test F30). Whose it is comes first.
      // A section concerns everyone unless it says whom (user test s28 F12: a cookies section is the
      // website visitors'), so its hint offers the same.
      if (what != "purpose" && item.subjects.empty()) {
        std::string others;
        for (size_t g = 0; g < m.subjects.size() && g < scope[i].size(); ++g) {
          if (scope[i][g] && !ctx.scope.children[g])
            others += (others.empty() ? "\"" : ", \"") + m.subjects[g].id + "\"";
        }
        if (!others.empty())
          hints.push_back("if it is not about the children, say whose it is: \"data_subjects\": [" + others + "] (" +
                          (what == "section" ? "those of these groups it concerns" : "the groups it is about") +
                          "); it then leaves the children's versions");
      }
      hints.push_back("add \"child\": the same fact in words a child aged " + Youngest(m, item.age_bands) +
                      " understands");
      ctx.Report("missing-child-text", item.pointer, what + " '" + item.id + "' has no children's wording", hints);
    } else if (!concerns && !(m.notice.child && ctx.scope.ConcernsChildren(full[i])) && item.child.present() &&
               !(m.notice.child && !source::Any(ctx.scope.children))) {
      // (With a children's version but no children group, the scope rule says so once instead.)
      ctx.Report("unused-child-text", item.child.pointer,
                 "the children's wording of " + what + " '" + item.id + "' is never shown",
                 {m.notice.child ? what + " '" + item.id +
                                       "' does not concern a data subject group marked "
                                       "\"children\": true; remove \"child\", or correct its data subjects"
                                 : "the notice declares no children's version (notice.audiences)"});
    }
  }
}

}  // namespace

void CheckChildText(const RuleContext& ctx) {
  const auto& m = ctx.model;
  const auto& s = ctx.scope;
  // What the children's versions show: a record children reach only loosely, and criminal offence
  // data they reach only with other groups, are left out (source::ComputeScope, children_view).
  const source::Scope shown = source::ComputeScope(m, "", true);
  Need(ctx, m.sources, shown.sources, s.sources, "source");
  Need(ctx, m.categories, shown.categories, s.categories, "data category");
  Need(ctx, m.purposes, s.purposes, s.purposes, "purpose");
  Need(ctx, m.recipients, s.recipients, s.recipients, "recipient");
  Need(ctx, m.retention, shown.retention, s.retention, "retention record");
  Need(ctx, m.decisions, shown.decisions, s.decisions, "automated decision");
  Need(ctx, m.sections, s.sections, s.sections, "section");
  // A form's just-in-time notice in a children's version is headed by its name: the adult one
  // ("Referral form", "Gift Aid declaration") unless the form gives one in a child's words (user
  // test s28 F4). A heading, not a fact, so a warning.
  for (const auto& f : m.forms) {
    if (f.child_by_band.present() || f.child_by_band.refused) continue;  // per band: bands.cc; refused: loader
    const bool concerns = m.notice.child && s.ConcernsChildren(source::FormGroups(m, s, f));
    if (concerns && !f.child.present()) {
      auto d = diag::Make(diag::Severity::kWarning, m.file, f.pointer,
                          "form '" + f.id +
                              "' has no children's wording, so the children's just-in-time notices are "
                              "headed by its adult name",
                          "missing-child-text");
      d.hints = {"add \"child\" to the form: what a child aged " + m.notice.child_band +
                 " would call it, in their words"};
      ctx.sink->Add(d);
    } else if (!concerns && f.child.present() && !(m.notice.child && !source::Any(s.children))) {
      ctx.Report("unused-child-text", f.child.pointer, "the children's wording of form '" + f.id + "' is never shown",
                 {m.notice.child ? "none of the form's purposes concerns a data subject group marked \"children\": "
                                   "true; remove \"child\""
                                 : "the notice declares no children's version (notice.audiences)"});
    }
  }
  // What happens if the data is not given (Art 13(2)(e)) is a fact about children too: the
  // children's version says it in the source's child wording of the consequence, or only that they
  // do not have to tell us. Asked as a warning: the adult notice carries the consequence.
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    const auto& p = m.purposes[i];
    if (source::ObservedOnly(m, p)) continue;  // no requirement is printed (purposes.cc warns of it)
    for (const auto& q : p.requirements) {
      if (q.child_by_band.present() || q.child_by_band.refused) continue;  // per band: bands.cc; refused: loader
      // An answer for other groups only (a list of answers, one per group) never reaches children.
      const bool concerns = m.notice.child && s.ConcernsChildren(source::AnswerGroups(m, s, i, q));
      if (concerns && q.consequence.present() && !q.child.present()) {
        auto d =
            diag::Make(diag::Severity::kWarning, m.file, q.consequence.pointer,
                       "purpose '" + p.id + "' says what happens if the data is not given, but not in a child's words",
                       "missing-child-text");
        d.hints = {"add \"child\" to the requirement: the consequence in words a child aged " +
                   Youngest(m, p.age_bands) + " understands; until then the children's version " +
                   (q.kind == "none" ? std::string("says only that they do not have to tell us")
                                     : std::string("does not mention it"))};
        ctx.sink->Add(d);
      } else if (!concerns && q.child.present() && !(m.notice.child && !source::Any(s.children))) {
        ctx.Report("unused-child-text", q.child.pointer,
                   "the children's wording of the requirement of purpose '" + p.id + "' is never shown",
                   {!m.notice.child ? "the notice declares no children's version (notice.audiences)"
                    : p.requirement_list
                        ? "this answer is not for a data subject group marked \"children\": true"
                        : "purpose '" + p.id + "' does not concern a data subject group marked \"children\": true"});
      }
    }
  }
  // Security concerns everyone; its children's wording is asked for where there is a children's version.
  if (m.notice.child && s.ConcernsChildren(s.all) && m.security.present() && !m.security_child.present() &&
      !m.security_child_by_band.present() &&
      !m.security_child_by_band.refused) {  // (per band: each band is checked by bands.cc; refused: the loader)
    ctx.Report("missing-child-text", m.security.pointer, "the security section has no children's wording",
               {"write \"security\": {\"body\": …, \"child\": \"how you keep their information safe, in words a "
                "child aged " +
                m.notice.child_band + " understands\"}"});
  }
  if (!m.notice.child) {
    const std::pair<const source::Text*, const char*> extra[] = {
        {&m.security_child, "the security section"},
        {m.complaints ? &m.complaints->child : nullptr, "the complaints section"}};
    for (const auto& [text, what] : extra) {
      if (text && text->present()) {
        ctx.Report("unused-child-text", text->pointer,
                   std::string("the children's wording of ") + what + " is never shown",
                   {"the notice declares no children's version (notice.audiences)"});
      }
    }
    for (const auto& subject : m.subjects) {
      if (subject.child.present()) {
        ctx.Report("unused-child-text", subject.child.pointer,
                   "the children's wording of data subject '" + subject.id + "' is never shown",
                   {"the notice declares no children's version (notice.audiences)"});
      }
    }
  } else {
    for (const auto& subject : m.subjects) {
      if (subject.child.present() && !subject.children) {
        ctx.Report("unused-child-text", subject.child.pointer,
                   "the children's wording of data subject '" + subject.id + "' is never shown",
                   {"only groups marked \"children\": true are named in the children's version"});
      }
    }
  }
}

}  // namespace pnc::rules
