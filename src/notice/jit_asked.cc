// notice: a just-in-time notice's purposes → how it speaks of what the person is asked for: "Why we ask
// for it" or "Why we use it", and whether they must give it (Art 13(2)(e)), from where the data comes.
#include <algorithm>

#include "notice/sections.h"
#include "source/observed.h"

namespace pnc::notice {

// User test s27 F25: "Why we ask for it" was said of camera images and of estimates of wealth taken
// from public records. Data the source says comes from elsewhere is used, not asked for.
std::string JitWhyKey(const Writer& w, const std::vector<size_t>& purposes, const std::string& key) {
  const auto& m = w.model();
  const bool elsewhere = std::any_of(purposes.begin(), purposes.end(),
                                     [&](size_t i) { return source::ObtainedElsewhere(m, m.purposes[i]); });
  return elsewhere ? key + "-use" : key;
}

// Whether the person must give the data and what happens if not, in the full notice's sentences
// (requirement.*, "For {groups}:" where the answer differs per group), one item per purpose, named when
// the notice has several. Only data the person gives has an answer: a purpose whose data is observed
// (CCTV) or, as the source says, all obtained elsewhere gets none. Where a purpose also uses data
// obtained elsewhere (wealth estimates from public records beside the supporter's own details), the
// question names what it is about: the information we ask you for.
std::vector<Block> JitRequirementLines(const Writer& w, const std::vector<size_t>& purposes, const std::string& at) {
  const auto& m = w.model();
  std::vector<Inlines> items;
  bool mixed = false;
  for (size_t i : purposes) {
    const source::Purpose& p = m.purposes[i];
    const bool given = source::GivenByPerson(m, p), elsewhere = source::ObtainedElsewhere(m, p);
    if (source::ObservedOnly(m, p) || p.requirements.empty() || (!given && elsewhere)) continue;
    mixed = mixed || elsewhere;
    const bool per_group = p.requirements.size() > 1 || p.requirement_list;
    Inlines item;
    if (purposes.size() > 1) item = w.I("jit.requirement-purpose", {{"purpose", w.Plain(p.name)}}, p.pointer);
    for (const auto& q : p.requirements) {
      Inlines one = RequirementAnswer(w, i, q);
      if (per_group && !item.empty()) {  // each group's answer on a line of its own
        item.push_back({InlineKind::kLineBreak, "", "", {}, -1});
        for (auto& in : one) item.push_back(std::move(in));
      } else {
        Append(&item, std::move(one));
      }
    }
    items.push_back(std::move(item));
  }
  if (items.empty()) return {};
  return {w.P(mixed ? "jit.requirement-asked" : "why.requirement", {}, at), Bullets(items)};
}

}  // namespace pnc::notice
