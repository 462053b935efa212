// render: source Model + law data → the Article 30(1) record as tables (render/ropa.h). Every cell
// is a source fact or a legal reference from data/law.json; a fact the source does not give is
// left empty, never guessed.
#include "render/ropa.h"

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "law/rights.h"
#include "source/scope.h"

namespace pnc::render {
namespace {

using nlohmann::json;
using source::Model;
using source::Ref;
using source::Text;

struct Labels {
  std::map<std::string, std::string> text;
  std::string Get(const std::string& key, const std::map<std::string, std::string>& args = {}) const {
    auto it = text.find(key);
    std::string s = it == text.end() ? key : it->second;
    for (const auto& [k, v] : args) {
      for (size_t at = 0; (at = s.find("{" + k + "}", at)) != std::string::npos; at += v.size())
        s.replace(at, k.size() + 2, v);
    }
    return s;
  }
};

class Builder {
 public:
  Builder(const Model& m, const rules::LawData& law, const Labels& labels)
      : m_(m), law_(law), l_(labels), loc_(m.default_locale()), scope_(source::ComputeScope(m)) {}

  std::string T(const Text& t) const {
    if (const auto* tr = t.Get(loc_)) return tr->text;
    return "";
  }

  // Names of the items `refs` point to, joined with "; ".
  template <typename Item>
  std::string Names(const std::vector<Ref>& refs, const std::vector<Item>& items,
                    const std::function<std::string(const Item&)>& extra = {}) const {
    std::vector<std::string> out;
    for (const auto& r : refs) {
      for (const auto& i : items) {
        if (i.id != r.id) continue;
        std::string s = T_(i.name);
        if (extra) {
          std::string e = extra(i);
          if (!e.empty()) s += " (" + e + ")";
        }
        out.push_back(s);
      }
    }
    return Join(out);
  }
  std::string T_(const Text& t) const { return T(t); }

  static std::string Join(const std::vector<std::string>& parts) {
    std::string s;
    for (const auto& p : parts) {
      if (p.empty()) continue;
      s += (s.empty() ? "" : "; ") + p;
    }
    return s;
  }

  std::string ContactLine(const source::Contact& c) const {
    return Join({T(c.name), T(c.role), T(c.address), c.email, c.phone, c.website});
  }

  std::string Controller() const { return ContactLine(m_.controller.contact); }

  std::string Dpo() const {
    if (!m_.dpo) return "";
    if (m_.dpo->designated) return ContactLine(m_.dpo->contact);
    std::string who = Join({T(m_.dpo->contact.name), T(m_.dpo->contact.role)});
    return Join(
        {l_.Get("no-dpo", {{"who", who}}), T(m_.dpo->contact.address), m_.dpo->contact.email, m_.dpo->contact.phone});
  }

  std::string Joint() const {
    std::vector<std::string> out;
    for (const auto& j : m_.controller.joint_controllers)
      out.push_back(ContactLine(j) + (T(j.role).empty() ? "" : " — " + T(j.role)));
    return Join(out);
  }

  std::string Term(const std::vector<rules::LawTerm>& list, const std::string& id, const std::string& prefix) const {
    const rules::LawTerm* t = rules::LawData::Find(list, id);
    if (t == nullptr) return id;
    return id + " (" + prefix + t->reference + ")";
  }

  std::string Schedule1(const source::Condition& c) const {
    if (c.schedule_1.id.empty()) return "";
    const rules::LawTerm* t = rules::LawData::Find(law_.schedule_1, c.schedule_1.id);
    if (t == nullptr) return c.schedule_1.id;
    return l_.Get("sch1", {{"paragraph", t->paragraph}, {"title", t->title}});
  }

  // Recipients that receive data for purpose `id`; processors separately.
  std::pair<std::string, std::string> Recipients(const std::string& id) const {
    std::vector<std::string> all, processors;
    for (const auto& r : m_.recipients) {
      bool for_it = std::any_of(r.purposes.begin(), r.purposes.end(), [&](const Ref& p) { return p.id == id; });
      if (!for_it) continue;
      all.push_back(T(r.name));
      if (r.processor) processors.push_back(T(r.name));
    }
    return {Join(all), Join(processors)};
  }

  std::set<std::string> RecipientIds(const std::string& purpose) const {
    std::set<std::string> out;
    for (const auto& r : m_.recipients) {
      for (const auto& p : r.purposes) {
        if (p.id == purpose) out.insert(r.id);
      }
    }
    return out;
  }

  // Transfers that reach a recipient of this purpose (a transfer naming no recipients concerns all).
  std::pair<std::string, std::string> Transfers(const std::string& purpose) const {
    if (!m_.transfers_stated) return {"", ""};
    if (m_.transfers.empty()) return {l_.Get("none"), ""};
    std::set<std::string> ids = RecipientIds(purpose);
    std::vector<std::string> where, how;
    for (const auto& t : m_.transfers) {
      bool concerns = t.recipients.empty() || std::any_of(t.recipients.begin(), t.recipients.end(),
                                                          [&](const Ref& r) { return ids.count(r.id) > 0; });
      if (!concerns) continue;
      where.push_back(T(t.destination));
      how.push_back(T(t.destination) + ": " + Term(law_.safeguards, t.safeguard.id, "") +
                    (T(t.detail).empty() ? "" : " — " + T(t.detail)));
    }
    if (where.empty()) return {l_.Get("none"), ""};
    return {Join(where), Join(how)};
  }

  // Retention records that keep this purpose's data about its people: the link the just-in-time
  // notices and the DPV export use (source::PurposeKeepsRecord), never a shared service alone.
  std::string Retention(const source::Purpose& p) const {
    std::vector<std::string> out;
    const size_t purpose = static_cast<size_t>(&p - m_.purposes.data());  // p is an element of m_.purposes
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(m_, scope_, purpose);
    for (size_t i = 0; i < m_.retention.size(); ++i) {
      const auto& r = m_.retention[i];
      if (kept[i] != source::Kept::kYes) continue;
      std::string period = Join({T(r.period), T(r.criteria)});
      out.push_back(l_.Get("all-records", {{"name", T(r.name)}, {"period", period}}));
    }
    if (out.empty()) return T(m_.retention_general);
    return Join(out);
  }

  std::string Rights(const source::Purpose& p) const {
    std::vector<std::string> out;
    for (const auto& r : law_.rights) {
      if (r.needs_decisions) continue;  // shown in the automated decision-making column
      // The rule the just-in-time notices use (erasure not under a legal obligation alone, Art 17(3)(b)).
      if (rules::PurposeHasRight(r, p)) out.push_back(r.id);
    }
    return Join(out);
  }

  std::string Decisions(const source::Purpose& p) const {
    if (!m_.decisions_stated) return "";
    std::vector<std::string> out;
    for (const auto& d : m_.decisions) {
      bool uses = std::any_of(d.categories.begin(), d.categories.end(), [&](const Ref& c) {
        return std::any_of(p.categories.begin(), p.categories.end(), [&](const Ref& pc) { return pc.id == c.id; });
      });
      if (uses) out.push_back(l_.Get("decision", {{"name", T(d.name)}, {"logic", T(d.logic)}}));
    }
    // "automated_decisions": "none" answers only for solely automated decisions with legal or similarly
    // significant effects (Art 22A): the column's heading also asks about profiling, which no source
    // fact answers, so the cell says which half it answers and leaves profiling unstated.
    return out.empty() ? l_.Get("no-decisions") : Join(out);
  }

  // Only the sources that can give this purpose's data about its people (source::SourcesFor): a
  // category everyone's purposes share does not make a referring court the source of donors' details.
  std::string Sources(const source::Purpose& p) const {
    const size_t purpose = static_cast<size_t>(&p - m_.purposes.data());  // p is an element of m_.purposes
    std::vector<std::string> out;
    for (size_t i : source::SourcesFor(m_, scope_, p.categories, scope_.purposes.at(purpose)))
      out.push_back(T(m_.sources[i].name));
    return Join(out);
  }

  std::string Categories(const source::Purpose& p) const {
    return Names<source::Category>(p.categories, m_.categories, [&](const source::Category& c) {
      return Join({c.special ? l_.Get("special") : "", c.criminal ? l_.Get("criminal") : ""});
    });
  }

  std::string Cell(const std::string& column, const source::Purpose& p) const {
    if (column == "controller") return Controller();
    if (column == "dpo") return Dpo();
    if (column == "joint") return Joint();
    if (column == "function") {
      std::vector<std::string> names;
      for (const auto& r : p.services) {
        for (const auto& s : m_.services) {
          if (s.id == r.id) names.push_back(T(s.name));
        }
      }
      return Join(names);
    }
    if (column == "purpose") return Join({T(p.name), T(p.description)});
    if (column == "subjects") {
      const std::vector<Ref>& who = p.subjects;
      if (who.empty()) {
        std::vector<std::string> all;
        for (const auto& s : m_.subjects)
          all.push_back(T(s.name) + (s.children ? " (" + l_.Get("children") + ")" : ""));
        return Join(all);
      }
      return Names<source::Subject>(who, m_.subjects,
                                    [&](const source::Subject& s) { return s.children ? l_.Get("children") : ""; });
    }
    if (column == "categories") return Categories(p);
    if (column == "recipients") return Recipients(p.id).first;
    if (column == "processors") return Recipients(p.id).second;
    if (column == "countries") return Transfers(p.id).first;
    if (column == "safeguards") return Transfers(p.id).second;
    if (column == "retention") return Retention(p);
    if (column == "security") return T(m_.security);
    if (column == "basis") {
      std::vector<std::string> out;
      for (const auto& b : p.bases) {
        std::string s = Term(law_.bases, b.id, "Art ");
        if (b.id == "recognised-legitimate-interests" && !p.recognised_condition.id.empty()) {
          s += ": " + Term(law_.recognised, p.recognised_condition.id, "");
        }
        if (b.id == "legal-obligation" && !T(p.legal_obligation).empty()) s += ": " + T(p.legal_obligation);
        if (b.id == "public-task" && !T(p.public_task).empty()) s += ": " + T(p.public_task);
        out.push_back(s);
      }
      return Join(out);
    }
    if (column == "article9") return p.special.id.id.empty() ? "" : Term(law_.article_9, p.special.id.id, "Art ");
    // Art 10: criminal offence data is processed as domestic law authorises, which DPA 2018 s 10(5) makes a
    // Schedule 1 condition; with none stated the cell stays empty (lint asks for it).
    if (column == "article10") {
      const std::string condition = Schedule1(p.criminal);
      return condition.empty() ? "" : l_.Get("art10", {{"condition", condition}});
    }
    if (column == "schedule1") return Join({Schedule1(p.special), Schedule1(p.criminal)});
    if (column == "interests") return T(p.legitimate_interest);
    if (column == "rights") return Rights(p);
    if (column == "automated") return Decisions(p);
    if (column == "source") return Sources(p);
    return "";
  }

  std::string Policy() const {
    if (!m_.controller.appropriate_policy_document.empty()) return m_.controller.appropriate_policy_document;
    return m_.controller.appropriate_policy_document_held ? l_.Get("policy-held") : "";
  }

  std::string SpecialCell(const std::string& column, const source::Purpose& p) const {
    if (column == "purpose") return T(p.name);
    if (column == "categories") {
      std::vector<Ref> flagged;
      for (const auto& r : p.categories) {
        for (const auto& c : m_.categories) {
          if (c.id == r.id && (c.special || c.criminal)) flagged.push_back(r);
        }
      }
      return Names<source::Category>(flagged, m_.categories, [&](const source::Category& c) {
        return Join({c.special ? l_.Get("special") : "", c.criminal ? l_.Get("criminal") : ""});
      });
    }
    if (column == "policy")
      return (p.special.schedule_1.id.empty() && p.criminal.schedule_1.id.empty()) ? "" : Policy();
    return Cell(column, p);
  }

  std::string ControllerCell(const std::string& column) const {
    const auto& c = m_.controller;
    if (column == "name") return T(c.contact.name);
    if (column == "address") return T(c.contact.address);
    if (column == "email") return c.contact.email;
    if (column == "phone") return c.contact.phone;
    if (column == "website") return c.contact.website;
    if (column == "ico") return c.ico_registration;
    if (column == "charity") return c.charity_number;
    if (column == "company") return c.company_number;
    if (column == "dpo") return Dpo();
    if (column == "representative") return c.representative ? ContactLine(*c.representative) : "";
    return "";
  }

  bool UsesFlagged(const source::Purpose& p) const {
    if (p.special.present() || p.criminal.present()) return true;
    for (const auto& r : p.categories) {
      for (const auto& c : m_.categories) {
        if (c.id == r.id && (c.special || c.criminal)) return true;
      }
    }
    return false;
  }

 private:
  const Model& m_;
  const rules::LawData& law_;
  const Labels& l_;
  std::string loc_;
  source::Scope scope_;
};

bool Columns(const json& spec, const char* name, std::vector<std::pair<std::string, std::string>>* out) {
  if (!spec.contains(name) || !spec[name].is_array()) return false;
  for (const auto& c : spec[name]) {
    if (!c.is_object() || !c.contains("id") || !c.contains("title") || !c["id"].is_string() || !c["title"].is_string())
      return false;
    out->push_back({c["id"].get<std::string>(), c["title"].get<std::string>()});
  }
  return true;
}

}  // namespace

bool BuildRopa(const Model& m, const rules::LawData& law, const std::string& columns_json, Ropa* out,
               diag::Sink* sink) {
  json spec = json::parse(columns_json, nullptr, false);
  std::vector<std::pair<std::string, std::string>> record, special, controller;
  Labels labels;
  bool ok = spec.is_object() && Columns(spec, "record", &record) && Columns(spec, "special", &special) &&
            Columns(spec, "controller", &controller) && spec.contains("sheets") && spec["sheets"].is_object() &&
            spec.contains("labels") && spec["labels"].is_object();
  if (ok) {
    for (const auto& [k, v] : spec["labels"].items()) {
      if (v.is_string()) labels.text[k] = v.get<std::string>();
    }
    for (const char* s : {"record", "special", "controller"}) ok = ok && spec["sheets"].value(s, json()).is_string();
  }
  if (!ok) {
    sink->Add(diag::Make(
        diag::Severity::kError, "templates/ropa/columns.json", "",
        "malformed: needs 'sheets', 'labels' and 'record', 'special', 'controller' column lists of {id, title}",
        "internal"));
    return false;
  }
  Builder b(m, law, labels);
  auto sheet = [&](const char* key, const std::vector<std::pair<std::string, std::string>>& cols) {
    Sheet s;
    s.title = spec["sheets"][key].get<std::string>();
    for (const auto& c : cols) s.columns.push_back(c.second);
    return s;
  };
  Sheet r = sheet("record", record), sp = sheet("special", special), c = sheet("controller", controller);
  for (const auto& p : m.purposes) {
    std::vector<std::string> row;
    for (const auto& col : record) row.push_back(b.Cell(col.first, p));
    r.rows.push_back(row);
    if (!b.UsesFlagged(p)) continue;
    row.clear();
    for (const auto& col : special) row.push_back(b.SpecialCell(col.first, p));
    sp.rows.push_back(row);
  }
  std::vector<std::string> row;
  for (const auto& col : controller) row.push_back(b.ControllerCell(col.first));
  c.rows.push_back(row);
  out->sheets = {r, sp, c};
  return true;
}

}  // namespace pnc::render
