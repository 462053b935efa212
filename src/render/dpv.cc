// render: source Model → notice.jsonld in DPV 2.3 terms. Only what the source states is said:
// a category is dpv:PersonalData (dpv:SpecialCategoryPersonalData, pd:Criminal where the source
// flags it), never mapped to a finer pd: class by guessing from its name. The UK has no DPV
// extension for its lawful bases (legal-gb defines the laws and the ICO only), and eu-gdpr's
// articles are EU law: bases are DPV's jurisdiction-neutral core concepts, under legal-gb's laws,
// and what DPV lacks (Art 6(1)(ea), the Art 9 and Art 10 conditions) pnc's own subclasses of
// dpv:LegalBasis, defined in the document.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "law/law_data.h"
#include "law/rights.h"
#include "render/dpv.h"
#include "source/model.h"
#include "source/scope.h"

namespace pnc::render {
namespace {

using nlohmann::json;
using source::Ref;

// pnc's lawful basis ids → DPV 2.3 core legal bases. The recognised legitimate interests of UK
// GDPR Art 6(1)(ea) have no DPV concept, and are not dpv:LegitimateInterest: they need no balancing
// test and bring no portability (review s28 L11). They are pnc's own class (kOwnClasses).
const std::map<std::string, std::string>& Bases() {
  static const std::map<std::string, std::string> m = {
      {"consent", "dpv:Consent"},
      {"contract", "dpv:Contract"},
      {"legal-obligation", "dpv:LegalObligation"},
      {"vital-interests", "dpv:VitalInterest"},
      {"public-task", "dpv:PublicInterest"},
      {"legitimate-interests", "dpv:LegitimateInterest"},
      {"recognised-legitimate-interests", "pnc:RecognisedLegitimateInterest"},
  };
  return m;
}

// pnc's own legal bases, each a subclass of dpv:LegalBasis defined in the document where used: the
// UK's Art 6(1)(ea), and the Art 9(2) and Art 10 conditions DPV's core has no concept for.
struct OwnClass {
  const char* id;
  const char* label;
  const char* comment;
};
constexpr OwnClass kOwnClasses[] = {
    {"pnc:RecognisedLegitimateInterest", "Recognised legitimate interest",
     "UK GDPR Article 6(1)(ea) and Annex 1 (Data (Use and Access) Act 2025 s.70), from 5 February 2026: "
     "processing necessary for a condition in Annex 1, with no balancing test"},
    {"pnc:SpecialCategoryCondition", "Condition for special category data",
     "A condition of UK GDPR Article 9(2), with the Data Protection Act 2018 Schedule 1 condition where it needs one"},
    {"pnc:CriminalOffenceCondition", "Condition for criminal offence data",
     "UK GDPR Article 10: a condition of Data Protection Act 2018 Schedule 1 (s.10(5))"},
};

json Id(const std::string& id) { return json{{"@id", id}}; }

class Writer {
 public:
  Writer(const source::Model& m, const rules::LawData& law)
      : m_(m), law_(law), loc_(m.default_locale()), scope_(source::ComputeScope(m)) {}

  std::string T(const source::Text& t) const {
    const auto* tr = t.Get(loc_);
    return tr ? tr->text : "";
  }

  // One language-tagged value per locale the notice is published in (a JSON-LD array), so a
  // bilingual charity's record carries both; a proper name, the same in every locale, once.
  json Label(const source::Text& t) const {
    json out = json::array();
    if (!t.proper_name) {
      for (const auto& loc : m_.notice.locales) {
        if (const auto* tr = t.Get(loc)) out.push_back({{"@value", tr->text}, {"@language", loc}});
      }
    }
    if (out.size() > 1) return out;
    return json{{"@value", T(t)}, {"@language", loc_}};
  }

  json Graph() {
    json graph = json::array();
    json controller = {
        {"@id", "_:controller"}, {"@type", "dpv:DataController"}, {"dpv:hasName", T(m_.controller.contact.name)}};
    json contact = json::array();
    for (const std::string* v :
         {&m_.controller.contact.email, &m_.controller.contact.phone, &m_.controller.contact.website}) {
      if (!v->empty()) contact.push_back(*v);
    }
    if (!contact.empty()) controller["dpv:hasContact"] = contact;
    if (!T(m_.controller.contact.address).empty()) controller["dpv:hasAddress"] = T(m_.controller.contact.address);
    if (m_.dpo && m_.dpo->designated) {
      json dpo = {{"@id", "_:dpo"}, {"@type", "dpv:DataProtectionOfficer"}};
      std::string name = T(m_.dpo->contact.name).empty() ? T(m_.dpo->contact.role) : T(m_.dpo->contact.name);
      if (!name.empty()) dpo["dpv:hasName"] = name;
      json c = json::array();
      for (const std::string* v : {&m_.dpo->contact.email, &m_.dpo->contact.phone}) {
        if (!v->empty()) c.push_back(*v);
      }
      if (!c.empty()) dpo["dpv:hasContact"] = c;
      graph.push_back(dpo);
      controller["dpv:hasDataProtectionOfficer"] = Id("_:dpo");
    }
    graph.push_back(controller);

    json notice = {{"@id", "_:notice"},
                   {"@type", "dpv:PrivacyNotice"},
                   {"dct:title", Label(m_.notice.title)},
                   {"dct:modified", {{"@value", m_.notice.date}, {"@type", "xsd:date"}}},
                   {"dpv:hasApplicableLaw", json::array({Id("legal-gb:law-GDPR"), Id("legal-gb:law-DPA")})},
                   {"dpv:hasAuthority", Id("legal-gb:DPA-GB")},
                   {"dpv:hasJurisdiction", Id("loc:GB")},
                   {"dpv:hasDataController", Id("_:controller")}};
    graph.push_back(notice);

    for (const auto& s : m_.subjects) {
      json n = {{"@id", "_:subject-" + s.id},
                {"@type", s.children ? json::array({"dpv:DataSubject", "dpv:Child"}) : json("dpv:DataSubject")},
                {"rdfs:label", Label(s.name)}};
      graph.push_back(n);
    }
    for (const auto& c : m_.categories) {
      json types = json::array({c.special ? "dpv:SpecialCategoryPersonalData" : "dpv:PersonalData"});
      if (c.criminal) types.push_back("pd:Criminal");
      json n = {{"@id", "_:data-" + c.id}, {"@type", types}, {"rdfs:label", Label(c.name)}};
      json sources = json::array();
      for (const auto& r : c.sources) sources.push_back(Id("_:source-" + r.id));
      if (!sources.empty()) n["dpv:hasDataSource"] = sources;
      graph.push_back(n);
    }
    for (const auto& s : m_.sources)
      graph.push_back({{"@id", "_:source-" + s.id}, {"@type", "dpv:DataSource"}, {"rdfs:label", Label(s.name)}});
    for (const auto& r : m_.recipients) {
      json n = {{"@id", "_:recipient-" + r.id},
                {"@type", r.processor ? "dpv:DataProcessor" : "dpv:Recipient"},
                {"rdfs:label", Label(r.name)}};
      json countries = json::array();
      for (size_t i = 0; i < m_.transfers.size(); ++i) {
        const auto& t = m_.transfers[i];
        bool to_it = std::any_of(t.recipients.begin(), t.recipients.end(), [&](const Ref& x) { return x.id == r.id; });
        if (to_it) countries.push_back(Id("_:transfer-" + std::to_string(i + 1)));
      }
      if (!countries.empty()) n["dpv:hasThirdCountry"] = countries;
      graph.push_back(n);
    }
    for (size_t i = 0; i < m_.transfers.size(); ++i) {
      const auto& t = m_.transfers[i];
      json n = {{"@id", "_:transfer-" + std::to_string(i + 1)},
                {"@type", "dpv:ThirdCountry"},
                {"rdfs:label", Label(t.destination)}};
      const rules::LawTerm* term = rules::LawData::Find(law_.safeguards, t.safeguard.id);
      json safeguard = {{"@type", "dpv:SafeguardForDataTransfer"}, {"rdfs:label", t.safeguard.id}};
      if (term) safeguard["rdfs:comment"] = term->reference;
      n["dpv:hasTechnicalOrganisationalMeasure"] = safeguard;
      graph.push_back(n);
    }
    for (const auto& p : m_.purposes) graph.push_back(Process(p));
    for (const auto& c : kOwnClasses) {
      if (!used_.count(c.id)) continue;
      graph.push_back({{"@id", c.id},
                       {"@type", "rdfs:Class"},
                       {"rdfs:subClassOf", Id("dpv:LegalBasis")},
                       {"rdfs:label", c.label},
                       {"rdfs:comment", c.comment}});
    }
    for (const auto& d : m_.decisions) {
      json n = {{"@id", "_:decision-" + d.id},
                {"@type", "dpv:Process"},
                {"dpv:hasContext", {{"@type", "dpv:AutomatedDecisionMaking"}, {"rdfs:label", Label(d.name)}}},
                {"dpv:hasDataController", Id("_:controller")},
                {"dpv:hasNotice", Id("_:notice")}};
      json data = json::array();
      for (const auto& r : d.categories) data.push_back(Id("_:data-" + r.id));
      if (!data.empty()) n["dpv:hasPersonalData"] = data;
      graph.push_back(n);
    }
    return graph;
  }

 private:
  // "id (prefix + reference)" for a law term, "" for none, the id alone for an unknown one.
  static std::string Term(const std::vector<rules::LawTerm>& list, const std::string& id, const std::string& prefix) {
    if (id.empty()) return "";
    const rules::LawTerm* t = rules::LawData::Find(list, id);
    return t == nullptr ? id : id + " (" + prefix + t->reference + ")";
  }

  // An instance of one of pnc's own classes, labelled; `comment` ("" = none) says which condition.
  json Own(const std::string& type, const std::string& label, const std::string& comment) const {
    used_.insert(type);
    json n = {{"@type", type}, {"rdfs:label", label}};
    if (!comment.empty()) n["rdfs:comment"] = comment;
    return n;
  }

  json Process(const source::Purpose& p) const {
    json types = json::array({"dpv:Purpose"});
    if (p.direct_marketing) types.push_back("dpv:DirectMarketing");
    json purpose = {{"@id", "_:purpose-" + p.id}, {"@type", types}, {"rdfs:label", Label(p.name)}};
    if (!T(p.description).empty()) purpose["rdfs:comment"] = Label(p.description);
    json n = {{"@id", "_:process-" + p.id},
              {"@type", "dpv:Process"},
              {"dpv:hasPurpose", purpose},
              {"dpv:hasDataController", Id("_:controller")},
              {"dpv:hasNotice", Id("_:notice")}};
    json data = json::array(), subjects = json::array(), bases = json::array(), recipients = json::array();
    for (const auto& r : p.categories) data.push_back(Id("_:data-" + r.id));
    // No data_subjects on a purpose: it concerns every group (source/scope.h).
    if (p.subjects.empty()) {
      for (const auto& s : m_.subjects) subjects.push_back(Id("_:subject-" + s.id));
    } else {
      for (const auto& r : p.subjects) subjects.push_back(Id("_:subject-" + r.id));
    }
    for (const auto& b : p.bases) {
      auto it = Bases().find(b.id);
      if (it == Bases().end()) continue;
      json basis = Id(it->second);
      // Art 6(1)(ea) with the Annex 1 condition the purpose names (Art 13(1)(c); ICO: say which).
      if (b.id == "recognised-legitimate-interests") {
        basis =
            Own(it->second, "UK GDPR Article 6(1)(ea)", Term(law_.recognised, p.recognised_condition.id, "UK GDPR "));
      }
      if (std::find(bases.begin(), bases.end(), basis) == bases.end()) bases.push_back(basis);
    }
    // The Art 9 condition (and its Sch 1 paragraph) and the Art 10 one, as the record states them.
    if (!p.special.id.id.empty()) {
      bases.push_back(Own("pnc:SpecialCategoryCondition", Term(law_.article_9, p.special.id.id, "UK GDPR Article "),
                          Term(law_.schedule_1, p.special.schedule_1.id, "")));
    }
    if (!p.criminal.schedule_1.id.empty()) {
      bases.push_back(Own("pnc:CriminalOffenceCondition", "UK GDPR Article 10",
                          Term(law_.schedule_1, p.criminal.schedule_1.id, "")));
    }
    for (const auto& r : m_.recipients) {
      if (std::any_of(r.purposes.begin(), r.purposes.end(), [&](const Ref& x) { return x.id == p.id; })) {
        recipients.push_back(Id("_:recipient-" + r.id));
      }
    }
    if (!data.empty()) n["dpv:hasPersonalData"] = data;
    if (!subjects.empty()) n["dpv:hasDataSubject"] = subjects;
    if (!bases.empty()) n["dpv:hasLegalBasis"] = bases;
    if (!recipients.empty()) n["dpv:hasRecipient"] = recipients;
    json storage = json::array();
    // The records that keep this purpose's data about its people (the one link, source/scope.h).
    const size_t index = static_cast<size_t>(&p - m_.purposes.data());  // p is an element of m_.purposes
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(m_, scope_, index);
    for (size_t i = 0; i < m_.retention.size(); ++i) {
      const auto& r = m_.retention[i];
      if (kept[i] != source::Kept::kYes) continue;
      const source::Text& text = T(r.period).empty() ? r.criteria : r.period;
      if (!T(text).empty()) storage.push_back({{"@type", "dpv:StorageDuration"}, {"rdfs:label", Label(text)}});
    }
    if (!storage.empty()) n["dpv:hasStorageCondition"] = storage;
    json rights = json::array();
    for (const auto& r : law_.rights) {
      if (r.needs_decisions) continue;
      if (rules::PurposeHasRight(r, p))  // as the just-in-time notices and the Article 30 record say them
        rights.push_back({{"@type", "dpv:DataSubjectRight"}, {"rdfs:label", r.id}});
    }
    if (!rights.empty()) n["dpv:hasRight"] = rights;
    return n;
  }

  const source::Model& m_;
  const rules::LawData& law_;
  mutable std::set<std::string> used_;  // pnc's own classes the document uses, defined once at its end
  std::string loc_;
  source::Scope scope_;
};

}  // namespace

bool RenderDpv(const notice::NoticeDoc&, const RenderContext& ctx, std::string* out, diag::Sink* sink) {
  if (ctx.model == nullptr || ctx.law == nullptr) {
    sink->Add(
        diag::Make(diag::Severity::kError, "", "", "the DPV renderer needs the source and the law data", "internal"));
    return false;
  }
  json doc = {{"@context",
               {{"dpv", "https://w3id.org/dpv#"},
                {"pd", "https://w3id.org/dpv/pd#"},
                {"pnc", "https://pnc.example/vocab#"},
                {"legal-gb", "https://w3id.org/dpv/legal/gb#"},
                {"loc", "https://w3id.org/dpv/loc#"},
                {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
                {"dct", "http://purl.org/dc/terms/"},
                {"xsd", "http://www.w3.org/2001/XMLSchema#"}}},
              {"@graph", Writer(*ctx.model, *ctx.law).Graph()}};
  *out = doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  return true;
}

}  // namespace pnc::render
