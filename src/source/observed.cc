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

bool ObtainedElsewhere(const Model& model, const Purpose& purpose) {
  for (const auto& ref : purpose.categories) {
    for (const auto& c : model.categories) {
      if (c.id != ref.id) continue;
      bool named = false, given = false;
      for (const auto& s : c.sources) {
        for (const auto& src : model.sources) {
          if (src.id != s.id) continue;
          named = true;
          given = given || (src.from_person && !src.observed);
        }
      }
      if (named && !given) return true;
    }
  }
  return false;
}

}  // namespace pnc::source
