// source: Model + purpose → whether its data is given by the person or only observed about them.
#include "source/observed.h"

namespace pnc::source {
namespace {

// Calls `fn(source)` for each source of each data category the purpose uses (once per link).
template <typename Fn>
void ForEachSource(const Model& m, const Purpose& p, Fn fn) {
  for (const auto& ref : p.categories) {
    for (const auto& c : m.categories) {
      if (c.id != ref.id) continue;
      for (const auto& s : c.sources) {
        for (const auto& src : m.sources) {
          if (src.id == s.id) fn(src);
        }
      }
    }
  }
}

}  // namespace

bool GivenByPerson(const Model& model, const Purpose& purpose) {
  bool given = false;
  ForEachSource(model, purpose, [&](const DataSource& s) { given = given || (s.from_person && !s.observed); });
  return given;
}

bool ObservedOnly(const Model& model, const Purpose& purpose) {
  bool observed = false;
  ForEachSource(model, purpose, [&](const DataSource& s) { observed = observed || s.observed; });
  return observed && !GivenByPerson(model, purpose);
}

}  // namespace pnc::source
