// notice: Model → the children's version's lists of items: each item about children in its child
// wording (what we use, where it comes from, why, who we tell, how long we keep it), said under the
// groups it concerns where the guide is for several, and the groups the guide is for, with their
// ages. The sections around them are child_builder.cc's.
#include <algorithm>
#include <cctype>

#include "notice/sections.h"
#include "source/observed.h"

namespace pnc::notice {
namespace {

// True when `text` already gives the ages `a`: both its first and last age appear in it as numbers
// (a run of digits, so "Cubs (aged 8 to 10½)" gives 8 and 10, in any language). Ages written in
// words are not recognised: the guide then says them again, which is redundant but still true.
bool GivesAges(const std::string& text, const source::Ages& a) {
  std::vector<int> numbers;
  for (size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i <= 3) numbers.push_back(std::stoi(text.substr(i, j - i)));
    i = j;
  }
  auto has = [&](int n) { return std::find(numbers.begin(), numbers.end(), n) != numbers.end(); };
  return has(a.from) && has(a.to);
}

}  // namespace

// A children group as the guide names it: its child wording (else its name), then its ages in this
// band where the source gives them, on a line of their own (the wording may or may not end a sentence): after a
// line break in the wording's last paragraph, or in a paragraph of their own where that paragraph
// is in another language than the guide's (a fallback keeps its lang). Ages are said once: not
// again where the wording already gives this guide's ages (GivesAges). Where it gives the group's
// wider ages ("Children aged 5 to 11" in the 6-9 guide), the line says whom this guide is for,
// so the guide never claims to be for the 5- and 10-year-olds.
std::vector<Block> GroupBlocks(const Writer& w, const source::Subject& s) {
  const source::Text& child = w.Child(s);
  const source::Text& shown = child.present() ? child : s.name;
  std::vector<Block> out = w.Blocks(shown);
  const source::Translation* t = shown.Get(w.locale()) ? shown.Get(w.locale()) : shown.Get(w.model().default_locale());
  const std::string text = t ? t->text : "";
  // Only the ages this band's guide is for: a Cub of 10 is not told the 6-9 guide is theirs.
  if (const source::Ages a = s.ages.In(w.band(), w.model().notice.child_bands);
      a.present() && a.from <= a.to && !GivesAges(text, a)) {
    const std::string key = GivesAges(text, s.ages) ? "child.guide-" : "child.";
    // "Rhwng 5 ac 8 oed": the catalogue's joining words say which numbers take the vowel form.
    const bool vowel = key == "child." && w.cat().JoinLast(std::to_string(a.to), false).key == "list.last-vowel";
    Block ages = a.from == a.to ? w.P(key + "age", {{"age", std::to_string(a.from)}}, a.pointer)
                                : w.P(key + (vowel ? "ages-vowel" : "ages"),
                                      {{"from", std::to_string(a.from)}, {"to", std::to_string(a.to)}}, a.pointer);
    if (!out.empty() && out.back().kind == BlockKind::kParagraph && out.back().lang.empty()) {
      out.back().inlines.push_back({InlineKind::kLineBreak, "", "", {}, -1});
      for (auto& in : ages.inlines) out.back().inlines.push_back(std::move(in));
    } else {
      out.push_back(std::move(ages));
    }
  }
  return out;
}

// The children groups of this guide that it can name, in the source's order, each named (`names`,
// by Model::subjects) as "This guide is for" names it.
std::vector<size_t> GuideGroups(const Writer& w, std::vector<std::vector<Block>>* names) {
  const auto& m = w.model();
  const source::Groups& kids = w.scope().children;
  std::vector<size_t> guide;
  names->assign(m.subjects.size(), {});
  for (size_t g = 0; g < m.subjects.size() && g < kids.size(); ++g) {
    if (!kids[g]) continue;
    (*names)[g] = GroupBlocks(w, m.subjects[g]);
    if (!(*names)[g].empty()) guide.push_back(g);
  }
  return guide;
}

std::vector<Block> SectionFor(const Writer& w, const source::Groups& groups, const std::string& fact) {
  std::vector<std::vector<Block>> names;
  const std::vector<size_t> guide = GuideGroups(w, &names);
  std::vector<Block> out;
  bool all = true;
  for (size_t g : guide) {
    if (g < groups.size() && groups[g]) {
      for (const auto& b : names[g]) out.push_back(b);
    } else {
      all = false;
    }
  }
  if (guide.size() < 2 || all || out.empty()) return {};
  out.push_back(w.P(w.Banded("child.group.section"), {}, fact));
  return out;
}

// A children's list (GroupedLines, sections.h): split by group when the guide is for several children
// groups and a line concerns only some of them (user test s29 F1: a bereaved 6-year-old was told of
// notes about their illness, the NHS and data sent abroad, all the child patients' alone).
std::vector<Block> GroupedLines(const Writer& w, const std::string& section, const std::string& fact,
                                const std::vector<ChildLine>& lines, std::vector<Block> after,
                                std::vector<std::vector<Block>> group_after) {
  const auto& m = w.model();
  std::vector<std::vector<Block>> names;
  const std::vector<size_t> guide = GuideGroups(w, &names);
  group_after.resize(m.subjects.size());
  auto about = [](const ChildLine& l, size_t g) { return g < l.groups.size() && l.groups[g]; };
  // A line is every reader's when it concerns each group of the guide (or none the guide can name).
  auto everyones = [&](const ChildLine& l) {
    return std::all_of(guide.begin(), guide.end(), [&](size_t g) { return about(l, g); }) ||
           std::none_of(guide.begin(), guide.end(), [&](size_t g) { return about(l, g); });
  };
  const bool split = guide.size() > 1 &&
                     (std::any_of(lines.begin(), lines.end(), [&](const ChildLine& l) { return !everyones(l); }) ||
                      std::any_of(group_after.begin(), group_after.end(), [](const auto& b) { return !b.empty(); }));
  auto list = [](const std::vector<const ChildLine*>& of) {
    Block b;
    b.kind = BlockKind::kBulletList;
    for (const ChildLine* l : of) b.items.push_back(l->blocks);
    return b;
  };
  std::vector<Block> out;
  std::vector<const ChildLine*> common;
  for (const auto& l : lines) {
    if (!split || everyones(l)) common.push_back(&l);
  }
  if (!common.empty()) {
    out.push_back(w.P("child." + section + ".intro", {}, fact));
    out.push_back(list(common));
  }
  for (auto& b : after) out.push_back(std::move(b));
  if (!split) return out;
  // Each group as the guide names it, then "Are you one of them?" and the lines that are its own. A
  // line about several groups but not all is said under each of them, so every reader finds all of
  // theirs under their own group.
  for (size_t g : guide) {
    std::vector<const ChildLine*> theirs;
    std::vector<std::string> facts;
    for (const auto& l : lines) {
      if (everyones(l) || !about(l, g)) continue;
      theirs.push_back(&l);
      if (!l.pointer.empty()) facts.push_back(l.pointer);
    }
    if (theirs.empty() && group_after[g].empty()) continue;
    for (const auto& b : names[g]) out.push_back(b);
    if (!theirs.empty()) {
      const std::string key = "child.group." + section + (common.empty() ? "-first" : "");
      out.push_back(w.P(w.Banded(key), {}, m.subjects[g].pointer + "/children", facts));
      out.push_back(list(theirs));
    }
    for (auto& b : group_after[g]) out.push_back(std::move(b));
  }
  return out;
}

// Said once to every reader where a transfer concerns every children group of the guide, else under
// each group (user test s29 F1: a bereaved child was told their information goes abroad with the
// patients').
std::vector<std::vector<Block>> TransferLines(const Writer& w, std::vector<Block>* all) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  const size_t n = m.subjects.size();
  // A transfer about every group; one of them with a safeguard; one that rests on a derogation. Both
  // kinds are told where both are made: one derogation does not make the routine, safeguarded
  // transfers "only in special cases" (review s30 L44).
  std::string transfer, safe, exception;
  std::vector<std::string> theirs(n), their_safe(n), their_exception(n);  // the same, per group, for the others
  bool untied = false;  // a transfer naming no recipients may be about children or not: say neither
  for (size_t i = 0; i < m.transfers.size(); ++i) {
    untied = untied || m.transfers[i].recipients.empty();
    if (!scope.ConcernsChildren(scope.transfers[i])) continue;
    const source::Groups whose = source::Intersect(scope.transfers[i], scope.children);
    // An Art 49 derogation has no safeguard: "kept just as safe there" would be untrue.
    const std::string derogation = m.transfers[i].Derogation() ? m.transfers[i].safeguard.pointer : "";
    const std::string safeguarded = derogation.empty() ? m.transfers[i].pointer : "";
    if (whose == scope.children) {
      if (transfer.empty()) transfer = m.transfers[i].pointer;
      if (safe.empty()) safe = safeguarded;
      if (exception.empty()) exception = derogation;
      continue;
    }
    for (size_t g = 0; g < n && g < whose.size(); ++g) {
      if (!whose[g]) continue;
      if (theirs[g].empty()) theirs[g] = m.transfers[i].pointer;
      if (their_safe[g].empty()) their_safe[g] = safeguarded;
      if (their_exception[g].empty()) their_exception[g] = derogation;
    }
  }
  if (!safe.empty()) all->push_back(w.P("child.transfers.some", {}, safe));
  if (!exception.empty()) all->push_back(w.P("child.transfers.exception", {}, exception));
  std::vector<std::vector<Block>> groups(n);
  const bool some = std::any_of(theirs.begin(), theirs.end(), [](const std::string& t) { return !t.empty(); });
  if (!some) {
    if (transfer.empty() && m.transfers_stated && !untied)
      all->push_back(w.P("child.transfers.none", {}, m.transfers_pointer));
    return groups;
  }
  for (size_t g = 0; g < n && g < scope.children.size(); ++g) {
    if (!scope.children[g]) continue;
    // Each kind this group's data goes by, unless already said to every reader.
    const bool said_safe = !their_safe[g].empty() && safe.empty();
    if (said_safe) groups[g].push_back(w.P("child.group.transfers.some", {}, their_safe[g]));
    if (!their_exception[g].empty() && exception.empty()) {
      // After "Are you one of them? …" for this group, the second kind follows without asking again.
      groups[g].push_back(
          w.P(said_safe ? "child.transfers.exception" : "child.group.transfers.exception", {}, their_exception[g]));
    }
    if (theirs[g].empty() && transfer.empty() && m.transfers_stated && !untied) {
      groups[g].push_back(w.P("child.group.transfers.none", {}, m.transfers_pointer));
    }
  }
  return groups;
}

const source::Text& RecordChildName(const Writer& w, const source::Retention& r) {
  const source::Text& child_name = source::ChildFor(r.child_name, r.child_name_by_band, w.band());
  return child_name.present() ? child_name : r.name;
}

// "How long do we keep it?": each record about children, named by its child_name where the source
// gives one (else its name), so that "We keep it until you are 25" says what "it" is, then its child wording.
std::vector<ChildLine> KeepLines(const Writer& w) {
  const auto& m = w.model();
  std::vector<ChildLine> list;
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    if (!w.scope().ConcernsChildren(w.scope().retention[i])) continue;
    std::vector<Block> content = w.Blocks(w.Child(r));
    if (content.empty()) continue;
    // The name on a line of its own, then the wording: a wording of several paragraphs, or in
    // another language than the name (a fallback), never runs into it. The record's child_name,
    // else its name (README): "We keep them until you are 25." never stands without its "them".
    const source::Text& child_name = RecordChildName(w, r);
    if (child_name.present()) {
      Inline name;
      name.kind = InlineKind::kStrong;
      name.children = w.Inline(child_name);
      Block head;
      head.inlines = {name};
      head.lang = w.LangOf(child_name);
      if (const source::Translation* t =
              child_name.Get(w.locale()) ? child_name.Get(w.locale()) : child_name.Get(m.default_locale())) {
        head.origin = t->pointer;
      }
      head.origin_id = name.children.empty() ? -1 : name.children.front().origin;
      content.insert(content.begin(), std::move(head));
    }
    list.push_back({std::move(content), w.scope().retention[i], r.pointer});
  }
  return list;
}

// Who the guide is for: the children groups this band's guide is for (their age bands and ages),
// in their own child wording where they have one, each followed by its `extra` lines. One group is said in the
// lead-in's sentence
// ("This guide is for: children like you."), several are a list.
std::vector<Block> ForWhom(const Writer& w, std::vector<std::vector<Block>> extra) {
  const auto& m = w.model();
  std::vector<std::vector<Block>> groups;
  std::string fact;
  for (size_t i = 0; i < m.subjects.size(); ++i) {
    const auto& s = m.subjects[i];
    if (!w.scope().children[i]) continue;  // (a children group of another age band is not this guide's)
    if (fact.empty()) fact = s.pointer + "/children";
    std::vector<Block> g = GroupBlocks(w, s);
    if (g.empty()) continue;
    if (i < extra.size()) {
      for (auto& b : extra[i]) g.push_back(std::move(b));
    }
    groups.push_back(std::move(g));
  }
  if (groups.empty()) return {};
  Block lead = w.P("child.for", {}, fact);
  if (groups.size() > 1) {
    Block list;
    list.kind = BlockKind::kBulletList;
    list.items = std::move(groups);
    return {std::move(lead), std::move(list)};
  }
  std::vector<Block> one = std::move(groups.front());
  // The wording joins the lead-in when it is one paragraph in the guide's language (a fallback
  // keeps its own lang on a paragraph of its own).
  if (one.front().kind == BlockKind::kParagraph && one.front().lang.empty()) {
    lead.inlines.push_back(Txt(" ").front());
    for (auto& in : one.front().inlines) lead.inlines.push_back(std::move(in));
    one.erase(one.begin());
  }
  one.insert(one.begin(), std::move(lead));
  return one;
}

std::vector<const source::Requirement*> ChildAnswers(const Writer& w, size_t i) {
  const auto& m = w.model();
  std::vector<const source::Requirement*> out;
  if (source::ObservedOnly(m, m.purposes[i])) return out;  // observed data (CCTV) is not theirs to give
  for (const auto& q : m.purposes[i].requirements) {       // only the answers for children (one per group)
    if (w.scope().ConcernsChildren(source::AnswerGroups(m, w.scope(), i, q))) out.push_back(&q);
  }
  return out;
}

// One purpose about children in its child wording, then, where the source says so, that a parent or
// carer says yes for a child under 13 (Art 8(1)), that the child does not have to tell us (Art 13(2)(e):
// requirement "none") or that taking part depends on it ("condition"), and what happens if they don't,
// in the source's child wording: each its own paragraph.
std::vector<Block> ChildPurposeItem(const Writer& w, size_t i) {
  std::vector<Block> content = w.Blocks(w.Child(w.model().purposes[i]));
  if (content.empty()) return content;
  // Art 8(1), DPA 2018 s.9 (review s29 L23, user test s29 F13): a child under 13 among this guide's
  // readers is told that a parent or carer says yes to the online service, not that they did.
  if (std::string at = ParentalConsentAt(w, i); !at.empty())
    content.push_back(w.P(w.Banded("child.consent.parental"), {}, at, {w.model().purposes[i].online_service_pointer}));
  for (const source::Requirement* q : ChildAnswers(w, i)) {
    if (q->kind == "none" || q->kind == "condition")
      content.push_back(w.P(w.Banded("child.requirement." + q->kind), {}, q->pointer + "/type"));
    const source::Text& consequence = source::ChildFor(q->child, q->child_by_band, w.band());
    for (auto& b : w.Blocks(consequence)) content.push_back(std::move(b));
  }
  return content;
}

// "Why do we use it?": each purpose about children, as ChildPurposeItem says it.
std::vector<ChildLine> PurposeLines(const Writer& w) {
  std::vector<ChildLine> list;
  for (size_t i = 0; i < w.model().purposes.size(); ++i) {
    if (!w.scope().ConcernsChildren(w.scope().purposes[i])) continue;
    std::vector<Block> content = ChildPurposeItem(w, i);
    if (!content.empty()) list.push_back({std::move(content), w.scope().purposes[i], w.model().purposes[i].pointer});
  }
  return list;
}

}  // namespace pnc::notice
