// notice: Model → sharing, transfers, retention, automated decisions, security and the source's
// own sections.
#include <algorithm>

#include "law/law_data.h"
#include "notice/sections.h"

namespace pnc::notice {
namespace {

Block RecipientList(const Writer& w, bool processors) {
  Block list;
  list.kind = BlockKind::kBulletList;
  const auto& m = w.model();
  for (size_t i = 0; i < m.recipients.size(); ++i) {
    const auto& r = m.recipients[i];
    if (r.processor != processors) continue;
    std::vector<Block> extra;
    auto purposes = TextsOf(m.purposes, r.purposes);
    if (!purposes.empty()) {
      // One purpose takes the singular where a language has one (Welsh "at y diben hwn", not "… hyn").
      const char* key = purposes.size() == 1 ? "sharing.for-one" : "sharing.for";
      for (auto& b : w.ListSentence(key, "purposes", purposes, r.pointer + "/purposes")) {
        extra.push_back(std::move(b));
      }
    }
    for (auto& b : GroupsLine(w, w.scope().recipients[i], r.pointer)) extra.push_back(std::move(b));
    list.items.push_back(ItemEntry(w, r, extra));
  }
  return list;
}

// Whose records they are, where a record does not concern every group (none otherwise).
source::Groups RecordGroups(const Writer& w, size_t i) {
  const auto& groups = w.scope().retention[i];
  if (w.model().subjects.size() < 2 || w.scope().IsAll(groups) || !source::Any(groups)) return {};
  return groups;
}

// The schedule as one record a block: the record's name as a sub-heading, then how long, its
// services and whose it is as fields, a long list of services or groups bulleted under its label
// (Writer::ListField). Used when a record's list is too long for a table cell, which holds running
// text only.
std::vector<Block> RecordFields(const Writer& w) {
  const auto& m = w.model();
  std::vector<Block> out;
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    Block name = Heading(w.Inline(r.name));
    name.lang = w.LangOf(r.name);
    name.origin = r.name.pointer;
    out.push_back(std::move(name));
    std::vector<Field> fields;
    Inlines period = r.period.present() ? w.Inline(r.period) : Inlines{};
    if (r.criteria.present()) {
      if (!period.empty()) period.push_back(Txt(" ")[0]);
      for (auto& in : w.Inline(r.criteria)) period.push_back(in);
    }
    if (!period.empty()) fields.push_back(w.F("retention.period", period));
    if (auto services = TextsOf(m.services, r.services); !services.empty())
      fields.push_back(
          w.ListField("why.services", services, "the names of the record's services", r.pointer + "/services"));
    if (const source::Groups groups = RecordGroups(w, i); !groups.empty())
      fields.push_back(
          w.ListField("why.subjects", GroupTexts(w, groups), "the names of the record's data subjects", r.pointer));
    if (!fields.empty()) out.push_back(Fields(std::move(fields)));
  }
  return out;
}

Section Retention(const Writer& w) {
  const auto& m = w.model();
  Section ret = MakeSection(w, "retention");
  for (auto& b : w.Blocks(m.retention_general)) ret.blocks.push_back(b);
  // A table while every record's services and groups read as running text in their cell.
  for (size_t i = 0; i < m.retention.size(); ++i) {
    if (IsLongList(NamesOf(w, m.services, m.retention[i].services)) || IsLongList(GroupNames(w, RecordGroups(w, i)))) {
      for (auto& b : RecordFields(w)) ret.blocks.push_back(std::move(b));
      return ret;
    }
  }
  Block table;
  table.kind = BlockKind::kTable;
  table.table.header = {w.I("retention.record"), w.I("retention.period")};
  for (size_t i = 0; i < m.retention.size(); ++i) {
    const auto& r = m.retention[i];
    Inlines record = w.Inline(r.name);
    // Whose records and which services, where the record does not concern everything.
    auto services = NamesOf(w, m.services, r.services);
    if (!services.empty()) {
      record.push_back({InlineKind::kLineBreak, "", "", {}, -1});
      for (auto& in : w.I("retention.services", {{"services", w.Join(services)}}, r.pointer + "/services")) {
        record.push_back(in);
      }
    }
    if (const source::Groups groups = RecordGroups(w, i); !groups.empty()) {
      record.push_back({InlineKind::kLineBreak, "", "", {}, -1});
      for (auto& in : w.I("scope.groups", {{"groups", w.Join(GroupNames(w, groups))}}, r.pointer)) {
        record.push_back(in);
      }
    }
    Inlines period = r.period.present() ? w.Inline(r.period) : Inlines{};
    if (r.criteria.present()) {
      if (!period.empty()) period.push_back(Txt(" ")[0]);
      for (auto& i : w.Inline(r.criteria)) period.push_back(i);
    }
    table.table.rows.push_back({record, period});
  }
  if (!table.table.rows.empty()) ret.blocks.push_back(table);
  return ret;
}

}  // namespace

std::vector<Section> SharingSections(const Writer& w) {
  const auto& m = w.model();
  std::vector<Section> out;

  Section share = MakeSection(w, "sharing");
  const source::Recipient* first_processor = nullptr;
  const source::Recipient* first_other = nullptr;
  for (const auto& r : m.recipients) {
    if (r.processor && !first_processor) first_processor = &r;
    if (!r.processor && !first_other) first_other = &r;
  }
  if (!first_other && !first_processor && m.recipients_stated)
    share.blocks.push_back(w.P("sharing.none", {}, m.recipients_pointer));
  if (first_other) {
    share.blocks.push_back(w.P("sharing.intro", {}, first_other->pointer));
    share.blocks.push_back(RecipientList(w, false));
  }
  if (first_processor) {
    share.blocks.push_back(w.P("sharing.processors", {}, first_processor->pointer + "/processor"));
    share.blocks.push_back(RecipientList(w, true));
  }
  out.push_back(share);

  Section tr = MakeSection(w, "transfers");
  if (m.transfers.empty()) {
    if (m.transfers_stated) tr.blocks.push_back(w.P("transfers.none", {}, m.transfers_pointer));
  } else {
    // Whose data each transfer carries, from its recipients (source/scope.h), as every other section
    // says: a patient must not read that their data goes abroad when only donors' does. A transfer
    // that names no recipients may carry anyone's data: no line, and whose-data asks.
    std::vector<std::vector<Block>> whose(m.transfers.size());
    for (size_t i = 0; i < m.transfers.size(); ++i) {
      const auto& t = m.transfers[i];
      if (TextsOf(m.recipients, t.recipients).empty() || i >= w.scope().transfers.size()) continue;
      whose[i] = GroupsLine(w, w.scope().transfers[i], t.pointer + "/recipients");
    }
    const auto some = std::find_if(whose.begin(), whose.end(), [](const auto& b) { return !b.empty(); });
    // "how it stays protected" only when every transfer has a safeguard (an Art 49 derogation has none).
    const bool exception =
        std::any_of(m.transfers.begin(), m.transfers.end(), [](const source::Transfer& t) { return t.Derogation(); });
    const std::string suffix = exception ? "-exception" : "";
    if (some == whose.end()) {
      tr.blocks.push_back(w.P("transfers.intro" + suffix, {}, m.transfers.front().pointer));
    } else {
      tr.blocks.push_back(
          w.P("transfers.intro-groups" + suffix, {}, m.transfers[some - whose.begin()].pointer + "/recipients"));
    }
    Block list;
    list.kind = BlockKind::kBulletList;
    for (size_t i = 0; i < m.transfers.size(); ++i) {
      const auto& t = m.transfers[i];
      Inlines head;
      head.push_back({InlineKind::kStrong, "", "", w.Inline(t.destination), -1});
      std::vector<Block> item = {Para(head, t.destination.pointer)};
      if (const rules::LawTerm* sg = rules::LawData::Find(w.law().safeguards, t.safeguard.id)) {
        item.push_back(w.P("safeguard." + sg->id, {}, t.safeguard.pointer));
      }
      for (auto& b : w.Blocks(t.detail)) item.push_back(b);
      // After the safeguard, which a reader (and pnc lint --draft) takes with the destination.
      if (auto names = TextsOf(m.recipients, t.recipients); !names.empty()) {
        for (auto& b : w.ListSentence("transfers.recipients", "recipients", names, t.pointer + "/recipients"))
          item.push_back(std::move(b));
      }
      for (auto& b : whose[i]) item.push_back(std::move(b));
      list.items.push_back(item);
    }
    tr.blocks.push_back(list);
  }
  out.push_back(tr);

  out.push_back(Retention(w));

  Section adm = MakeSection(w, "automated");
  if (m.decisions.empty()) {
    if (m.decisions_stated) adm.blocks.push_back(w.P("automated.none", {}, m.decisions_pointer));
  } else {
    adm.blocks.push_back(w.P("automated.intro", {}, m.decisions.front().pointer));
    for (const auto& d : m.decisions) {
      Section sub;
      sub.id = "decision-" + d.id;
      sub.title = w.Plain(d.name);
      sub.title_lang = w.LangOf(d.name);
      sub.origin = d.name.pointer;
      sub.title_origin = w.Src(d.name.pointer);
      sub.blocks = w.Blocks(d.description);
      std::vector<Field> fields = {w.F("automated.logic", w.Inline(d.logic)),
                                   w.F("automated.consequences", w.Inline(d.consequences)),
                                   w.F("automated.safeguards", w.Inline(d.safeguards))};
      // Special category data: the Art 22B condition the source names (worded by the notice's date).
      if (rules::LawData::Find(w.law().automated_special, d.special.id.id)) {
        fields.push_back(
            w.F("automated.special", w.I("automated.special." + d.special.id.id, {}, d.special.id.pointer)));
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
  for (size_t i = 0; i < m.sections.size(); ++i) {
    const auto& x = m.sections[i];
    Section s;
    s.id = x.id;
    s.title = w.Plain(x.title);
    s.title_lang = w.LangOf(x.title);
    s.origin = x.title.pointer;
    s.title_origin = w.Src(x.title.pointer);
    s.blocks = GroupsLine(w, w.scope().sections[i], x.pointer);
    for (auto& b : w.Blocks(x.body)) s.blocks.push_back(std::move(b));
    out.push_back(s);
  }
  return out;
}

}  // namespace pnc::notice
