// rules: data/law.json + data/regulator.json → LawData. Malformed data is an internal error the
// driver reports with the file name (exit 70 territory: pnc's own data, not the user's source).
#include "rules/law_data.h"

#include <algorithm>

namespace pnc::rules {
namespace {

using nlohmann::json;

std::vector<LawTerm> Terms(const json& list, const char* ref_key, const char* flag_key) {
  std::vector<LawTerm> out;
  for (const auto& t : list) {
    LawTerm term;
    term.id = t.at("id").get<std::string>();
    term.reference = t.value(ref_key, "");
    term.in_force = t.value("in_force", "");
    term.paragraph = t.value("paragraph", "");
    term.flag = t.value(flag_key, false);
    if (t.contains("for")) term.for_conditions = t["for"].get<std::vector<std::string>>();
    out.push_back(term);
  }
  return out;
}

}  // namespace

const LawTerm* LawData::Find(const std::vector<LawTerm>& list, const std::string& id) {
  for (const auto& t : list) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

const Regulator* LawData::RegulatorOn(const std::string& date) const {
  const Regulator* found = nullptr;
  for (const auto& r : regulators) {
    if (r.valid_from <= date) found = &r;
  }
  return found;
}

std::vector<std::string> Ids(const std::vector<LawTerm>& list) {
  std::vector<std::string> ids;
  for (const auto& t : list) ids.push_back(t.id);
  return ids;
}

std::string ParseLawData(const json& law, const json& regulator, LawData* out) {
  try {
    out->bases = Terms(law.at("lawful_bases"), "article", "");
    out->recognised = Terms(law.at("recognised_conditions"), "reference", "");
    out->article_9 = Terms(law.at("article_9_conditions"), "article", "needs_schedule_1");
    out->schedule_1 = Terms(law.at("schedule_1_conditions"), "reference", "");
    out->safeguards = Terms(law.at("transfer_safeguards"), "reference", "needs_copy");
    for (const auto& r : law.at("rights")) {
      RightDef d;
      d.id = r.at("id").get<std::string>();
      d.rule = r.at("rule").get<std::string>();
      d.bases = r.value("bases", std::vector<std::string>{});
      d.article_9 = r.value("article_9", std::vector<std::string>{});
      d.direct_marketing = r.value("direct_marketing", false);
      d.needs_decisions = r.value("needs_decisions", false);
      out->rights.push_back(d);
    }
    for (const auto& t : law.at("outdated_terms")) {
      out->outdated.push_back({t.at("pattern").get<std::string>(), t.at("message").get<std::string>(),
                               t.value("hint", ""), t.value("from", "")});
    }
    for (const auto& r : regulator.at("regulators")) {
      Regulator g;
      g.valid_from = r.at("valid_from").get<std::string>();
      g.name = r.at("name");
      g.website = r.at("website");
      g.complaints_url = r.at("complaints_url");
      g.short_name = r.value("short_name", "");
      g.helpline = r.value("helpline", "");
      g.postal_address = r.value("postal_address", "");
      g.postal_address_until = r.value("postal_address_until", "");
      out->regulators.push_back(g);
    }
    std::sort(out->regulators.begin(), out->regulators.end(),
              [](const Regulator& a, const Regulator& b) { return a.valid_from < b.valid_from; });
  } catch (const json::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace pnc::rules
