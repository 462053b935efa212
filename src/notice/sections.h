#pragma once
// notice: the section builders of the adult notice, one group per file (internal to notice/).
#include <vector>

#include "notice/writer.h"

namespace pnc::notice {

/// The first layer: who, what, why, sharing, rights, complaints, in a few sentences.
std::vector<Block> Summary(const Writer& w);
/// Who we are, joint controllers, representative, DPO.
Section About(const Writer& w);
/// Whose information, what information, where it comes from.
std::vector<Section> DataSections(const Writer& w);
/// Why we use it, with the lawful basis and conditions per purpose.
Section Purposes(const Writer& w);
/// Sharing, transfers, retention, automated decisions, security, and the source's own sections.
std::vector<Section> SharingSections(const Writer& w);
/// Your rights, complaints, changes, other formats.
std::vector<Section> RightsSections(const Writer& w);
/// Names of the items with these ids (in the source's order).
template <typename T>
std::vector<std::string> NamesOf(const Writer& w, const std::vector<T>& items, const std::vector<source::Ref>& ids) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    for (const auto& r : ids) {
      if (r.id == item.id) out.push_back(w.Plain(item.name));
    }
  }
  return out;
}
/// A section with an id and a catalogue title.
Section MakeSection(const Writer& w, const std::string& id);

}  // namespace pnc::notice
