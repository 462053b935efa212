// diff: the lists of items of two Models → Changes: data subjects, sources, data categories,
// purposes, recipients, transfers, retention records and automated decisions, each matched by id
// (transfers by destination). Each reason follows the ICO's guidance on the right to be informed.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "diff/comparer.h"

namespace pnc::diff {
namespace {

// Reasons, shared so the same kind of change always gives the same explanation.
constexpr const char* kNewUse =
    "a new purpose is a new use of personal data: tell people before it starts (ICO, right to be informed: "
    "'bring any new uses of an individual's personal data to their attention before you start')";
constexpr const char* kNewData =
    "the purpose now uses data it did not: a new use of that data, to be told before it starts";
constexpr const char* kNewPeople = "the purpose now covers people it did not: tell them before it starts";
constexpr const char* kNewBasis =
    "a new lawful basis changes what people are told and which rights they have (Art 13(1)(c), 14(1)(c)); "
    "the ICO expects people to be told of a change of basis";
constexpr const char* kBasisGone =
    "a lawful basis no longer relied on changes the rights people have (Art 13(1)(c)); tell people of a change of "
    "basis";
constexpr const char* kNewSpecial = "special category (Art 9) data is new: people must know before it is collected";
constexpr const char* kNewCriminal = "criminal offence (Art 10) data is new: people must know before it is collected";
constexpr const char* kNewCategory =
    "a new category of personal data (Art 14(1)(d)): a new collection to tell people about";
constexpr const char* kNewSubject = "a new group of people whose data is used: they must be told before it starts";
constexpr const char* kNewSource = "data now comes from a new source (Art 14(2)(f)): tell people before it is obtained";
constexpr const char* kNewRecipient = "a new recipient (Art 13(1)(e)): people's data goes somewhere it did not";
constexpr const char* kRecipientPurpose = "the recipient now receives data for another purpose: a new disclosure";
constexpr const char* kNoLongerProcessor =
    "the recipient is no longer only a processor: it may now use people's data for its own purposes";
constexpr const char* kNewTransfer = "a new transfer outside the UK (Art 13(1)(f)): tell people before it starts";
constexpr const char* kWeakerSafeguard =
    "the transfer's safeguard is weaker (UK GDPR Arts 45A → 46/47 → 49): people must be told before it changes";
constexpr const char* kSafeguardSame =
    "the transfer keeps a safeguard of the same or a stronger kind (UK GDPR Arts 45A, 46/47, 49)";
constexpr const char* kLonger =
    "data is kept longer (Art 13(2)(a)): a change people must be told about before it applies";
constexpr const char* kShorter = "data is kept for less time: nothing new is done with anyone's data";
constexpr const char* kPeriodUnknown =
    "the period changed and pnc cannot tell whether it is longer: treated as material until someone checks";
constexpr const char* kNewDecision =
    "a new solely automated decision (Art 13(2)(f), Art 22A-22D): people must be told before it is made";
constexpr const char* kDecisionData = "the automated decision now uses data it did not: tell people before it does";
constexpr const char* kMarketing =
    "the purpose is now direct marketing: a new use, and a right to object people must know about";
constexpr const char* kRequired = "people now must give the data (Art 13(2)(e)): they must know before they are asked";
constexpr const char* kRequirementChanged =
    "whether people must give the data changed (Art 13(2)(e)): a fact they rely on when deciding whether to give "
    "it, to be told before it applies";
constexpr const char* kNewObserved =
    "the source now observes or generates data about people rather than taking what they give (Art 14): tell them "
    "before it starts";
constexpr const char* kNotFromPerson =
    "the data no longer comes from the person themselves (Art 14(2)(f)): tell them where it comes from before it is "
    "obtained";

bool Required(const std::string& kind) {
  // A condition of taking part is not a legal obligation, but the person must still give the data to
  // take part: a change to or from it changes what they must do.
  return kind == "statutory" || kind == "contractual" || kind == "contract-entry" || kind == "condition";
}

// The requirement's answers as text ("contractual" for one answer; "families: contractual; visitors:
// none" for one per group), so a change of any answer, or of whom it is for, is seen.
std::string RequirementKinds(const source::Purpose& p) {
  std::string out;
  for (const auto& q : p.requirements) {
    std::string who;
    for (const auto& r : q.subjects) who += (who.empty() ? "" : ", ") + r.id;
    out += (out.empty() ? "" : "; ") + (who.empty() ? "" : who + ": ") + q.kind;
  }
  return out;
}

// Whether some group must now give data it did not have to give before (an answer without
// data_subjects is every group's).
bool NowRequired(const source::Purpose& x, const source::Purpose& y) {
  auto kind_for = [](const source::Purpose& p, const std::string& group) -> std::string {
    for (const auto& q : p.requirements) {
      if (q.subjects_pointer.empty()) return q.kind;
      for (const auto& r : q.subjects) {
        if (r.id == group) return q.kind;
      }
    }
    return "";
  };
  for (const auto& q : y.requirements) {
    if (!Required(q.kind)) continue;
    std::vector<std::string> groups;
    for (const auto& r : q.subjects) groups.push_back(r.id);
    if (q.subjects_pointer.empty()) {
      for (const auto& r : y.subjects) groups.push_back(r.id);
      if (groups.empty()) groups.push_back("");  // the purpose names no groups: every group
    }
    for (const auto& g : groups) {
      if (!Required(kind_for(x, g))) return true;
    }
  }
  return false;
}

// Strength of a transfer safeguard: regulations (adequacy, the data bridge) 3, appropriate
// safeguards (Art 46/47) 2, a derogation (Art 49, no safeguard at all) 1, anything else 0.
int Strength(const std::string& id) {
  if (id == "adequacy" || id == "uk-us-data-bridge") return 3;
  if (id == "idta" || id == "addendum" || id == "binding-corporate-rules") return 2;
  if (id == "derogation") return 1;
  return 0;
}

constexpr const char* kNameAddsOrganisation =
    "the new name names an organisation the old one did not: people's data may now go to someone new "
    "(Art 13(1)(e)), which a change of wording would hide";

// Words for an organisation or a kind of one, as a recipient's or purpose's name uses them.
constexpr std::string_view kOrganisationWords[] = {
    "agencies",     "agency",    "authorities", "authority",    "bank",       "banks",    "board",     "boards",
    "charities",    "charity",   "commission",  "commissioner", "companies",  "company",  "council",   "councils",
    "court",        "courts",    "department",  "departments",  "government", "gp",       "gps",       "hmrc",
    "hospital",     "hospitals", "insurer",     "insurers",     "ltd",        "limited",  "ministry",  "nhs",
    "ofsted",       "partner",   "partners",    "plc",          "police",     "practice", "practices", "probation",
    "prison",       "prisons",   "regulator",   "regulators",   "school",     "schools",  "trust",     "trusts",
    "universities", "university"};

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// The words of `text`: runs of letters and digits (UTF-8 bytes count as letters), each with whether
// a sentence could start there (the first word, or one after '.', ':', '!' or '?').
std::vector<std::pair<std::string, bool>> Words(const std::string& text) {
  std::vector<std::pair<std::string, bool>> out;
  std::string word;
  bool boundary = true, start = true;
  for (char ch : text + " ") {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80 || c == '\'') {
      if (word.empty()) start = boundary;
      word.push_back(ch);
      continue;
    }
    if (!word.empty()) {
      out.emplace_back(std::move(word), start);
      word.clear();
      boundary = false;
    }
    if (ch == '.' || ch == ':' || ch == '!' || ch == '?') boundary = true;
  }
  return out;
}

}  // namespace

std::vector<std::string> NewOrganisationWords(const std::string& before, const std::string& after) {
  std::set<std::string> old;
  for (const auto& [w, start] : Words(before)) old.insert(Lower(w));
  std::vector<std::string> found;
  for (const auto& [w, start] : Words(after)) {
    const std::string lw = Lower(w);
    if (old.count(lw) || std::find(found.begin(), found.end(), w) != found.end()) continue;
    const bool kind =
        std::find(std::begin(kOrganisationWords), std::end(kOrganisationWords), lw) != std::end(kOrganisationWords);
    const bool capital = w[0] >= 'A' && w[0] <= 'Z' && !start;
    if (kind || capital) found.push_back(w);
  }
  return found;
}

void Comparer::Name(const std::string& area, const std::string& id, const source::Text& x, const source::Text& y,
                    const std::string& pointer) {
  if (All(x) == All(y)) return;
  const std::vector<std::string> words = NewOrganisationWords(Plain(x, la_), Plain(y, lb_));
  if (words.empty()) return Wording(area, id, "name", x, y, pointer);
  std::string quoted;
  for (const auto& w : words) quoted += (quoted.empty() ? "'" : ", '") + w + "'";
  const std::string reason = std::string(kNameAddsOrganisation) + " (new: " + quoted + ")";
  Add(area, id, "name-changed", "", Plain(x, la_), Plain(y, lb_), y.pointer.empty() ? pointer : y.pointer,
      Class::kMaterial, reason.c_str());
}

void Comparer::Subjects() {
  Items("subject", a_.subjects, b_.subjects, Class::kMaterial, kNewSubject,
        [&](const source::Subject& x, const source::Subject& y) {
          Wording("subject", y.id, "name", x.name, y.name, y.pointer);
          if (!x.children && y.children)
            Add("subject", y.id, "now-children", "", "", "children", y.pointer, Class::kMaterial, kNewPeople);
        });
}

void Comparer::Sources() {
  Items("source", a_.sources, b_.sources, Class::kMaterial, kNewSource,
        [&](const source::DataSource& x, const source::DataSource& y) {
          Wording("source", y.id, "name", x.name, y.name, y.pointer);
          Statement("source", y.id, "description", x.description, y.description, y.pointer);
          if (!x.observed && y.observed)
            Add("source", y.id, "now-observed", "", "", "observed", y.pointer, Class::kMaterial, kNewObserved);
          if (x.observed && !y.observed)
            Add("source", y.id, "no-longer-observed", "", "observed", "", y.pointer, Class::kMinor, kLess);
          if (x.from_person && !y.from_person)
            Add("source", y.id, "no-longer-from-person", "", "from the person", "", y.pointer, Class::kMaterial,
                kNotFromPerson);
          if (!x.from_person && y.from_person)
            Add("source", y.id, "now-from-person", "", "", "from the person", y.pointer, Class::kMinor, kLess);
        });
}

void Comparer::Purposes() {
  Items(
      "purpose", a_.purposes, b_.purposes, Class::kMaterial, kNewUse,
      [&](const source::Purpose& x, const source::Purpose& y) {
        Name("purpose", y.id, x.name, y.name, y.pointer);
        Statement("purpose", y.id, "description", x.description, y.description, y.pointer);
        Refs("purpose", y.id, "category", x.categories, y.categories, y.pointer, Class::kMaterial, kNewData);
        Refs("purpose", y.id, "subject", x.subjects, y.subjects, y.pointer, Class::kMaterial, kNewPeople);
        Refs("purpose", y.id, "basis", x.bases, y.bases, y.bases_pointer, Class::kMaterial, kNewBasis, kBasisGone,
             Class::kMaterial);
        Statement("purpose", y.id, "legitimate-interest", x.legitimate_interest, y.legitimate_interest, y.pointer);
        Statement("purpose", y.id, "legal-obligation", x.legal_obligation, y.legal_obligation, y.pointer);
        Statement("purpose", y.id, "public-task", x.public_task, y.public_task, y.pointer);
        if (x.recognised_condition.id != y.recognised_condition.id) {
          Add("purpose", y.id, "recognised-condition-changed", "", x.recognised_condition.id, y.recognised_condition.id,
              y.pointer, y.recognised_condition.id.empty() ? Class::kMinor : Class::kMaterial,
              y.recognised_condition.id.empty() ? kConditionGone : kNewBasis);
        }
        Conditions("purpose", y.id, "special-condition-changed", "special-condition-detail", x.special, y.special,
                   y.pointer);
        Conditions("purpose", y.id, "criminal-condition-changed", "criminal-condition-detail", x.criminal, y.criminal,
                   y.pointer);
        if (!x.direct_marketing && y.direct_marketing) {
          Add("purpose", y.id, "direct-marketing-added", "", "", "direct marketing", y.pointer, Class::kMaterial,
              kMarketing);
        } else if (x.direct_marketing && !y.direct_marketing) {
          Add("purpose", y.id, "direct-marketing-removed", "", "direct marketing", "", y.pointer, Class::kMinor, kLess);
        }
        const std::string kx = RequirementKinds(x), ky = RequirementKinds(y);
        if (kx != ky) {
          const std::string at = y.requirement_pointer.empty() ? y.pointer : y.requirement_pointer;
          bool now_required = NowRequired(x, y);
          // Whether people must give the data is a fact they rely on (Art 13(2)(e)), whichever way it
          // changes: never wording.
          Add("purpose", y.id, "requirement-changed", "", kx, ky, at, Class::kMaterial,
              now_required ? kRequired : kRequirementChanged);
        } else {
          // Same answers for the same groups, in the same order: compare each answer's consequence.
          for (size_t i = 0; i < x.requirements.size() && i < y.requirements.size(); ++i) {
            Statement("purpose", y.id, "requirement-consequence", x.requirements[i].consequence,
                      y.requirements[i].consequence, y.pointer);
          }
        }
      });
}

void Comparer::Categories() {
  Items("category", a_.categories, b_.categories, Class::kMaterial, kNewCategory,
        [&](const source::Category& x, const source::Category& y) {
          Wording("category", y.id, "name", x.name, y.name, y.pointer);
          Statement("category", y.id, "description", x.description, y.description, y.pointer);
          if (!x.special && y.special)
            Add("category", y.id, "now-special", "", "", "special category", y.pointer, Class::kMaterial, kNewSpecial);
          if (!x.criminal && y.criminal)
            Add("category", y.id, "now-criminal", "", "", "criminal offence data", y.pointer, Class::kMaterial,
                kNewCriminal);
          if (x.special && !y.special)
            Add("category", y.id, "no-longer-special", "", "special category", "", y.pointer, Class::kMinor, kLess);
          if (x.criminal && !y.criminal)
            Add("category", y.id, "no-longer-criminal", "", "criminal offence data", "", y.pointer, Class::kMinor,
                kLess);
          Refs("category", y.id, "source", x.sources, y.sources,
               y.sources_pointer.empty() ? y.pointer : y.sources_pointer, Class::kMaterial, kNewSource);
        });
  // A category that arrives already flagged is the graver change: say which.
  for (auto& c : out_->changes) {
    if (c.area != "category" || c.what != "added") continue;
    for (const auto& cat : b_.categories) {
      if (cat.id != c.id) continue;
      if (cat.special) c.reason = kNewSpecial;
      if (cat.criminal) c.reason = kNewCriminal;
    }
  }
}

void Comparer::Recipients() {
  Items("recipient", a_.recipients, b_.recipients, Class::kMaterial, kNewRecipient,
        [&](const source::Recipient& x, const source::Recipient& y) {
          Name("recipient", y.id, x.name, y.name, y.pointer);
          Statement("recipient", y.id, "description", x.description, y.description, y.pointer);
          Refs("recipient", y.id, "purpose", x.purposes, y.purposes, y.pointer, Class::kMaterial, kRecipientPurpose);
          if (x.processor && !y.processor)
            Add("recipient", y.id, "no-longer-processor", "", "processor", "", y.pointer, Class::kMaterial,
                kNoLongerProcessor);
          if (!x.processor && y.processor)
            Add("recipient", y.id, "now-processor", "", "", "processor", y.pointer, Class::kMinor, kLess);
        });
}

// Transfers have no id: they are matched by destination text (default locale).
void Comparer::Transfers() {
  std::map<std::string, const source::Transfer*> before;
  for (const auto& t : a_.transfers) before[Plain(t.destination, la_)] = &t;
  std::set<std::string> seen;
  for (const auto& t : b_.transfers) {
    std::string dest = Plain(t.destination, lb_);
    seen.insert(dest);
    auto it = before.find(dest);
    if (it == before.end()) {
      Add("transfer", dest, "added", "", "", dest + " (" + t.safeguard.id + ")", t.pointer, Class::kMaterial,
          kNewTransfer);
      continue;
    }
    const source::Transfer& x = *it->second;
    if (x.safeguard.id != t.safeguard.id) {
      bool weaker = Strength(t.safeguard.id) < Strength(x.safeguard.id);
      Add("transfer", dest, "safeguard-changed", "", x.safeguard.id, t.safeguard.id,
          t.safeguard.pointer.empty() ? t.pointer : t.safeguard.pointer, weaker ? Class::kMaterial : Class::kMinor,
          weaker ? kWeakerSafeguard : kSafeguardSame);
    }
    Refs("transfer", dest, "recipient", x.recipients, t.recipients, t.pointer, Class::kMaterial, kNewTransfer);
    Statement("transfer", dest, "detail", x.detail, t.detail, t.pointer);
  }
  for (const auto& t : a_.transfers) {
    std::string dest = Plain(t.destination, la_);
    if (!seen.count(dest)) Add("transfer", dest, "removed", "", dest, "", t.pointer, Class::kMinor, kLess);
  }
}

void Comparer::Retention() {
  Items("retention", a_.retention, b_.retention, Class::kMinor,
        "a new retention rule says more about how long data is kept; the data it covers is compared under purposes and "
        "categories",
        [&](const source::Retention& x, const source::Retention& y) {
          Wording("retention", y.id, "name", x.name, y.name, y.pointer);
          if (All(x.period) != All(y.period)) {
            std::string px = Plain(x.period, la_), py = Plain(y.period, lb_);
            std::string rx, ry;
            long dx = PeriodDays(px, &rx), dy = PeriodDays(py, &ry);
            if (rx != ry) dx = dy = -1;  // measured from something else: not comparable
            if (dx >= 0 && dy >= 0 && dy == dx) {
              Add("retention", y.id, "period-changed", "", px, py, y.period.pointer, Class::kMinor, kWording);
            } else if (dx >= 0 && dy >= 0) {
              Add("retention", y.id, dy > dx ? "period-longer" : "period-shorter", "", px, py, y.period.pointer,
                  dy > dx ? Class::kMaterial : Class::kMinor, dy > dx ? kLonger : kShorter);
            } else {
              Add("retention", y.id, "period-changed", "", px, py,
                  y.period.pointer.empty() ? y.pointer : y.period.pointer, Class::kMaterial, kPeriodUnknown);
            }
          }
          if (All(x.criteria) != All(y.criteria)) {
            Add("retention", y.id, "criteria-changed", "", Plain(x.criteria, la_), Plain(y.criteria, lb_),
                y.criteria.pointer.empty() ? y.pointer : y.criteria.pointer, Class::kMaterial, kPeriodUnknown);
          }
          Refs("retention", y.id, "category", x.categories, y.categories, y.pointer, Class::kMinor,
               "the rule now covers more data; whether that data is new is compared under purposes and categories");
        });
}

void Comparer::Decisions() {
  Items("decision", a_.decisions, b_.decisions, Class::kMaterial, kNewDecision,
        [&](const source::Decision& x, const source::Decision& y) {
          Wording("decision", y.id, "name", x.name, y.name, y.pointer);
          Statement("decision", y.id, "logic", x.logic, y.logic, y.pointer);
          Statement("decision", y.id, "consequences", x.consequences, y.consequences, y.pointer);
          Statement("decision", y.id, "safeguards", x.safeguards, y.safeguards, y.pointer);
          Refs("decision", y.id, "category", x.categories, y.categories, y.pointer, Class::kMaterial, kDecisionData);
          Conditions("decision", y.id, "special-condition-changed", "special-condition-detail", x.special, y.special,
                     y.pointer);
        });
}

}  // namespace pnc::diff
