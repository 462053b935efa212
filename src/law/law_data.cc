// law: data/law.json + data/regulator.json + data/lint-vocabulary.json → LawData. Malformed data
// is an internal error the driver reports with the file name (exit 70 territory: pnc's own data,
// not the user's source).
#include "law/law_data.h"

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
    term.reference_before = t.value("reference_before", "");
    term.in_force = t.value("in_force", "");
    term.paragraph = t.value("paragraph", "");
    term.part = t.value("part", 0);
    term.title = t.value("title", "");
    term.flag = t.value(flag_key, false);
    term.needs_apd = t.value("needs_apd", false);
    term.without_consent = t.value("without_consent", false);
    term.article_9 = t.value("article_9", "");
    if (t.contains("for")) term.for_conditions = t["for"].get<std::vector<std::string>>();
    out.push_back(term);
  }
  return out;
}

bool InRange(const std::string& date, const std::string& from, const std::string& until) {
  return from <= date && (until.empty() || date < until);
}

Regulator ReadRegulator(const json& r) {
  Regulator g;
  g.valid_from = r.at("valid_from").get<std::string>();
  g.valid_until = r.value("valid_until", "");
  g.name = r.at("name");
  g.website = r.at("website");
  g.complaints_url = r.at("complaints_url");
  g.short_name = r.value("short_name", "");
  g.helpline = r.value("helpline", "");
  for (const auto& a : r.value("postal_addresses", json::array())) {
    PostalAddress p;
    p.valid_from = a.at("valid_from").get<std::string>();
    p.valid_until = a.value("valid_until", "");
    p.print_until = a.value("print_until", "");
    p.text = a.at("text").get<std::string>();
    p.match = a.value("match", "");
    p.why = a.value("why", "");
    g.postal_addresses.push_back(p);
  }
  return g;
}

void ReadPhrases(const json& vocabulary, const char* list, PhraseList* out) {
  for (const auto& [lang, phrases] : vocabulary.at(list).items()) {
    if (lang.rfind('$', 0) == 0) continue;  // "$comment"
    for (const auto& p : phrases) out->Add(p.get<std::string>());
  }
}

}  // namespace

std::string Regulator::PostalAddressOn(const std::string& date) const {
  for (const auto& a : postal_addresses) {
    if (InRange(date, a.valid_from, a.valid_until) && (a.print_until.empty() || date < a.print_until)) return a.text;
  }
  return "";
}

const LawTerm* LawData::Find(const std::vector<LawTerm>& list, const std::string& id) {
  for (const auto& t : list) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

const Regulator* LawData::RegulatorOn(const std::string& date) const {
  const Regulator* found = nullptr;
  for (const auto& r : regulators) {
    if (InRange(date, r.valid_from, r.valid_until)) found = &r;
  }
  return found;
}

const std::string& LawData::TextKey(const std::string& key, const std::string& date) const {
  for (const auto& d : dated_text) {
    if (d.key == key && date < d.before) return d.use;
  }
  return key;
}

std::vector<std::string> Ids(const std::vector<LawTerm>& list) {
  std::vector<std::string> ids;
  for (const auto& t : list) ids.push_back(t.id);
  return ids;
}

std::string ParseLawData(const json& law, const json& regulator, const json& vocabulary, LawData* out) {
  try {
    out->bases = Terms(law.at("lawful_bases"), "article", "");
    out->recognised = Terms(law.at("recognised_conditions"), "reference", "");
    out->article_9 = Terms(law.at("article_9_conditions"), "article", "needs_schedule_1");
    out->schedule_1 = Terms(law.at("schedule_1_conditions"), "reference", "");
    out->safeguards = Terms(law.at("transfer_safeguards"), "reference", "needs_copy");
    out->automated_special = Terms(law.at("automated_special_conditions"), "reference", "needs_schedule_1");
    for (const auto& r : law.at("rights")) {
      RightDef d;
      d.id = r.at("id").get<std::string>();
      d.rule = r.at("rule").get<std::string>();
      d.bases = r.value("bases", std::vector<std::string>{});
      d.article_9 = r.value("article_9", std::vector<std::string>{});
      d.direct_marketing = r.value("direct_marketing", false);
      d.needs_decisions = r.value("needs_decisions", false);
      d.needs_automated_means = r.value("needs_automated_means", false);
      d.decision_conditions = r.value("decision_conditions", std::vector<std::string>{});
      d.not_when_only = r.value("not_when_only", std::vector<std::string>{});
      out->rights.push_back(d);
    }
    for (const auto& a : law.value("adequacy_places", json::array())) {
      AdequacyPlace place;
      place.id = a.at("id").get<std::string>();
      place.name = a.at("name").get<std::string>();
      place.reference = a.value("reference", "");
      place.in_force = a.value("in_force", "");
      place.safeguard = a.value("safeguard", "");
      place.partial = a.value("partial", "");
      place.names = a.at("names").get<std::vector<std::string>>();
      place.exact_names = a.value("exact_names", std::vector<std::string>{});
      place.unless = a.value("unless", std::vector<std::string>{});
      out->adequacy_places.push_back(place);
    }
    for (const auto& t : law.at("outdated_terms")) {
      out->outdated.push_back({t.at("pattern").get<std::string>(), t.at("message").get<std::string>(),
                               t.value("hint", ""), t.value("from", "")});
    }
    for (const auto& t : law.value("dated_text", json::array())) {
      out->dated_text.push_back(
          {t.at("key").get<std::string>(), t.at("before").get<std::string>(), t.at("use").get<std::string>()});
    }
    for (const auto& r : regulator.at("regulators")) out->regulators.push_back(ReadRegulator(r));
    for (const auto& r : regulator.value("pending", json::array())) out->pending.push_back(ReadRegulator(r));
    out->regulator_review_by = regulator.value("review_by", "");
    out->regulator_review = regulator.value("review", "");
    if (const auto it = regulator.find("reviewed"); it != regulator.end()) {
      out->regulator_reviewed = it->at("date").get<std::string>();
      out->regulator_reviewed_against = it->value("against", "");
    }
    std::sort(out->regulators.begin(), out->regulators.end(),
              [](const Regulator& a, const Regulator& b) { return a.valid_from < b.valid_from; });
    ReadPhrases(vocabulary, "criminal_offence", &out->vocabulary.criminal_offence);
    ReadPhrases(vocabulary, "recording", &out->vocabulary.recording);
    ReadPhrases(vocabulary, "private_place", &out->vocabulary.private_place);
    ReadPhrases(vocabulary, "safeguarding", &out->vocabulary.safeguarding);
    ReadPhrases(vocabulary, "legal_compulsion", &out->vocabulary.legal_compulsion);
    ReadPhrases(vocabulary, "child_never_share", &out->vocabulary.child_never_share);
    ReadPhrases(vocabulary, "child_always_delete", &out->vocabulary.child_always_delete);
    ReadPhrases(vocabulary, "child_always_will", &out->vocabulary.child_always_will);
    for (const auto& [lang, phrases] : vocabulary.at("role_names").at("exact").items()) {
      for (const auto& ph : phrases) out->vocabulary.role_exact.Add(ph.get<std::string>());
    }
    for (const auto& [lang, phrases] : vocabulary.at("role_names").at("starts").items()) {
      for (const auto& ph : phrases) out->vocabulary.role_starts.Add(ph.get<std::string>());
    }
    for (const auto& [lang, phrases] : vocabulary.at("negations").at("exact").items()) {
      for (const auto& ph : phrases) out->vocabulary.negations.Add(ph.get<std::string>());
    }
    const json& ages = vocabulary.at("ages");
    for (const auto& [lang, phrases] : ages.at("until").items()) {
      for (const auto& ph : phrases) out->vocabulary.age_until.push_back(Words(ph.get<std::string>()));
    }
    for (const auto& [lang, words] : ages.at("birthday").items()) {
      for (const auto& w : words) out->vocabulary.age_birthday.push_back(w.get<std::string>());
    }
    const json& durations = vocabulary.at("durations");
    for (const auto& [lang, units] : durations.at("units").items()) {
      for (const auto& [w, months] : units.items()) out->vocabulary.duration_units[w] = months.get<double>();
    }
    for (const auto& [lang, numbers] : durations.at("numbers").items()) {
      for (const auto& [w, n] : numbers.items()) out->vocabulary.number_words[w] = n.get<double>();
    }
  } catch (const json::exception& e) {
    return e.what();
  }
  return "";
}

std::string ParseHelpData(const json& help, LawData* out) {
  try {
    for (const auto& h : help.at("helpers")) {
      Helper d;
      d.id = h.at("id").get<std::string>();
      d.name = h.value("name", "");
      d.phone = h.value("phone", "");
      d.website = h.value("website", "");
      d.website_text = h.value("website_text", "");
      // Only https addresses become links: this file is pnc's own data, but a slip must not print a bad href.
      if (!d.website.empty() && d.website.rfind("https://", 0) != 0)
        return "helper '" + d.id + "': website must start https://";
      if (h.contains("when_mentioned")) {
        ReadPhrases(h, "when_mentioned", &d.when_mentioned);
        if (d.when_mentioned.size() == 0) return "helper '" + d.id + "': when_mentioned lists no phrase";
      }
      out->helpers.push_back(std::move(d));
    }
  } catch (const json::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace pnc::rules
