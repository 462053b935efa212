// notice: Model → sharing, transfers, retention, automated decisions, security and the source's
// own sections.
#include "notice/sections.h"
#include "rules/law_data.h"

namespace pnc::notice {
namespace {

Block RecipientList(const Writer& w, bool processors) {
  Block list;
  list.kind = BlockKind::kBulletList;
  for (const auto& r : w.model().recipients) {
    if (r.processor != processors) continue;
    Inlines head;
    head.push_back({InlineKind::kStrong, "", "", w.Inline(r.name)});
    std::vector<Block> item = {Para(head, r.name.pointer)};
    for (auto& b : w.Blocks(r.description)) item.push_back(b);
    auto purposes = NamesOf(w, w.model().purposes, r.purposes);
    if (!purposes.empty()) item.push_back(w.P("sharing.for", {{"purposes", w.cat().JoinList(purposes)}}));
    list.items.push_back(item);
  }
  return list;
}

}  // namespace

std::vector<Section> SharingSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;

  Section share = MakeSection(w, "sharing");
  bool any_processor = false, any_other = false;
  for (const auto& r : m.recipients) (r.processor ? any_processor : any_other) = true;
  if (!any_other && !any_processor) share.blocks.push_back(w.P("sharing.none"));
  if (any_other) {
    share.blocks.push_back(w.P("sharing.intro"));
    share.blocks.push_back(RecipientList(w, false));
  }
  if (any_processor) {
    share.blocks.push_back(w.P("sharing.processors"));
    share.blocks.push_back(RecipientList(w, true));
  }
  out.push_back(share);

  Section tr = MakeSection(w, "transfers");
  if (m.transfers.empty()) {
    tr.blocks.push_back(w.P("transfers.none"));
  } else {
    tr.blocks.push_back(w.P("transfers.intro"));
    Block list;
    list.kind = BlockKind::kBulletList;
    for (const auto& t : m.transfers) {
      Inlines head;
      head.push_back({InlineKind::kStrong, "", "", w.Inline(t.destination)});
      std::vector<Block> item = {Para(head, t.destination.pointer)};
      if (const rules::LawTerm* sg = rules::LawData::Find(w.law().safeguards, t.safeguard.id)) {
        item.push_back(w.P("safeguard." + sg->id));
      }
      for (auto& b : w.Blocks(t.detail)) item.push_back(b);
      list.items.push_back(item);
    }
    tr.blocks.push_back(list);
  }
  out.push_back(tr);

  Section ret = MakeSection(w, "retention");
  for (auto& b : w.Blocks(m.retention_general)) ret.blocks.push_back(b);
  Block table;
  table.kind = BlockKind::kTable;
  table.table.header = {Txt(w.T("retention.record")), Txt(w.T("retention.period"))};
  for (const auto& r : m.retention) {
    Inlines record = w.Inline(r.name);
    Inlines period = r.period.present() ? w.Inline(r.period) : Inlines{};
    if (r.criteria.present()) {
      if (!period.empty()) period.push_back(Txt(" ")[0]);
      for (auto& i : w.Inline(r.criteria)) period.push_back(i);
    }
    table.table.rows.push_back({record, period});
  }
  if (!table.table.rows.empty()) ret.blocks.push_back(table);
  out.push_back(ret);

  Section adm = MakeSection(w, "automated");
  if (m.decisions.empty()) {
    adm.blocks.push_back(w.P("automated.none"));
  } else {
    adm.blocks.push_back(w.P("automated.intro"));
    for (const auto& d : m.decisions) {
      Section sub;
      sub.id = "decision-" + d.id;
      sub.title = w.Plain(d.name);
      sub.origin = d.name.pointer;
      sub.blocks = w.Blocks(d.description);
      std::vector<Field> fields = {Writer::F(w.T("automated.logic"), w.Inline(d.logic)),
                                   Writer::F(w.T("automated.consequences"), w.Inline(d.consequences)),
                                   Writer::F(w.T("automated.safeguards"), w.Inline(d.safeguards))};
      // Special category data: the Art 22B condition the source names (worded by the notice's date).
      if (rules::LawData::Find(w.law().automated_special, d.special.id.id)) {
        fields.push_back(Writer::F(w.T("automated.special"), w.I("automated.special." + d.special.id.id)));
      }
      sub.blocks.push_back(Fields(fields));
      for (auto& b : w.Blocks(d.special.detail)) sub.blocks.push_back(b);
      adm.children.push_back(sub);
    }
  }
  out.push_back(adm);

  if (m.security.present()) {
    Section sec = MakeSection(w, "security");
    sec.blocks = w.Blocks(m.security);
    out.push_back(sec);
  }
  for (const auto& x : m.sections) {
    Section s;
    s.id = x.id;
    s.title = w.Plain(x.title);
    s.origin = x.title.pointer;
    s.blocks = w.Blocks(x.body);
    out.push_back(s);
  }
  return out;
}

}  // namespace pnc::notice
