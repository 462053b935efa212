// draft: element detectors for who, what, why and where. Matcher → ElementResult per content
// rule: controller, representative, DPO, purposes, lawful bases and conditions, categories,
// sources, recipients, transfers, retention, statutory requirement, automated decisions.
#include <algorithm>

#include "draft/matcher.h"
#include "rules/registry.h"

namespace pnc::draft {
namespace {

using S = Status;

std::vector<int> Concat(std::vector<int> a, const std::vector<int>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Sentences of `name` that do not also match `except`.
std::vector<int> Without(const Matcher& m, std::string_view name, std::string_view except, bool positive) {
  std::vector<int> out;
  for (int s : m.Sentences(name, positive)) {
    if (!m.Has(s, except)) out.push_back(s);
  }
  return out;
}

bool Near(const Matcher& m, int a, int b, int distance) {
  const auto& sa = m.sentence(a);
  const auto& sb = m.sentence(b);
  return sa.section == sb.section || std::abs(a - b) <= distance;
}

// Sentences giving contact details that are not the regulator's.
std::vector<int> OwnContact(const Matcher& m) {
  std::vector<int> out;
  for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
    if (m.Has(s, "ico.name") || m.Has(s, "ico.contact")) continue;
    if (Matcher::HasContactDetail(m.sentence(s).text)) out.push_back(s);
  }
  return out;
}

ElementResult Controller(const Matcher& m) {
  auto id = m.Sentences("controller.statement");
  auto contact = OwnContact(m);
  if (!id.empty() && !contact.empty()) return MakeElement(m, "controller-identity", S::kPresent, "", {id[0], contact[0]});
  if (!id.empty()) {
    return MakeElement(m, "controller-identity", S::kDoubtful,
                       "the organisation is identified but no contact details (address, email or phone) were found", id);
  }
  if (!contact.empty()) {
    return MakeElement(m, "controller-identity", S::kDoubtful,
                       "contact details are given but the notice does not say who the controller is", contact);
  }
  return MakeElement(m, "controller-identity", S::kMissing, "no controller identity or contact details found", {});
}

ElementResult Representative(const Matcher& m) {
  auto rep = m.Sentences("ukrep.statement");
  if (!rep.empty()) return MakeElement(m, "uk-representative", S::kPresent, "", rep);
  auto abroad = m.Sentences("ukrep.nonuk", true);
  if (!abroad.empty()) {
    return MakeElement(m, "uk-representative", S::kMissing,
                       "the controller says it is established outside the UK but names no UK representative", abroad);
  }
  return MakeElement(m, "uk-representative", S::kNotApplicable, "no sign that the controller is outside the UK", {});
}

ElementResult Dpo(const Matcher& m) {
  auto none = m.Sentences("dpo.none");
  auto mention = Without(m, "dpo.mention", "dpo.none", true);
  if (mention.empty()) {
    return MakeElement(m, "dpo-contact", S::kNotApplicable,
                       none.empty() ? "no data protection officer is mentioned" : "the notice says there is no DPO", none);
  }
  const auto& sents = m.doc().sentences;
  for (int s : mention) {
    for (int k = s; k < static_cast<int>(sents.size()) && k <= s + 2; ++k) {
      if (sents[k].section != sents[s].section && k != s) break;
      if (Matcher::HasContactDetail(sents[k].text) && !m.Has(k, "ico.name")) {
        return MakeElement(m, "dpo-contact", S::kPresent, "", {s, k});
      }
    }
  }
  // A DPO section (heading) whose body gives contact details.
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "dpo") && Matcher::HasContactDetail(sents[s].text) && !m.Has(s, "ico.name")) {
      return MakeElement(m, "dpo-contact", S::kPresent, "", {mention[0], s});
    }
  }
  return MakeElement(m, "dpo-contact", S::kDoubtful,
                     "a data protection officer is mentioned but no contact details for them were found", mention);
}

ElementResult Purposes(const Matcher& m) {
  auto strong = m.Sentences("purpose.statement");
  for (int s : m.Sentences("purpose.item")) {
    if (m.InTopic(s, "purposes")) strong.push_back(s);
  }
  std::sort(strong.begin(), strong.end());
  if (!strong.empty()) return MakeElement(m, "purposes", S::kPresent, "", strong);
  auto weak = m.Sentences("purpose.weak");
  if (!weak.empty()) {
    return MakeElement(m, "purposes", S::kDoubtful, "purposes are mentioned but not described", weak);
  }
  return MakeElement(m, "purposes", S::kMissing, "no statement of why personal data is used", {});
}

constexpr std::string_view kNamedBases[] = {"basis.li", "basis.legal", "basis.vital", "basis.public",
                                            "basis.rli", "basis.contract"};

ElementResult LawfulBasis(const Matcher& m) {
  std::vector<int> named;
  for (auto c : kNamedBases) {
    auto v = m.Sentences(c, true);
    named.insert(named.end(), v.begin(), v.end());
  }
  std::vector<int> consent_ctx, consent_plain;
  for (int s : m.Sentences("basis.consent", true)) {
    if (m.Has(s, "basis.generic") || m.InTopic(s, "basis") || m.sentence(s).table_row) {
      consent_ctx.push_back(s);
    } else {
      consent_plain.push_back(s);
    }
  }
  auto all = Concat(named, consent_ctx);
  std::sort(all.begin(), all.end());
  if (!all.empty()) return MakeElement(m, "lawful-basis", S::kPresent, "", all);
  auto generic = m.Sentences("basis.generic");
  auto doubt = Concat(consent_plain, generic);
  if (!doubt.empty()) {
    return MakeElement(m, "lawful-basis", S::kDoubtful,
                       consent_plain.empty() ? "a lawful basis is referred to but none of the Art 6 bases is named"
                                             : "consent is mentioned but no lawful basis is stated as such",
                       doubt);
  }
  return MakeElement(m, "lawful-basis", S::kMissing, "no Art 6 lawful basis is named or described", {});
}

ElementResult LegitimateInterests(const Matcher& m) {
  auto li = Without(m, "basis.li", "li.definition", true);
  if (li.empty()) {
    return MakeElement(m, "legitimate-interests", S::kNotApplicable, "legitimate interests are not relied on", {});
  }
  std::vector<int> stated = Without(m, "li.interest", "li.definition", false);
  for (int s : li) {
    // A table row pairing a purpose with "legitimate interests" states the interest.
    if (m.sentence(s).table_row && m.sentence(s).tokens.size() >= 7) stated.push_back(s);
  }
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "li") && !sents[s].heading && !m.Has(s, "li.definition") &&
        (m.Has(s, "purpose.statement") || m.Has(s, "purpose.item") || sents[s].list_item)) {
      stated.push_back(s);
    }
  }
  std::sort(stated.begin(), stated.end());
  if (!stated.empty()) return MakeElement(m, "legitimate-interests", S::kPresent, "", stated);
  return MakeElement(m, "legitimate-interests", S::kDoubtful,
                     "legitimate interests are relied on but the interests pursued are not stated", li);
}

ElementResult Recognised(const Matcher& m) {
  auto rli = m.Sentences("basis.rli", true);
  if (rli.empty()) {
    return MakeElement(m, "recognised-legitimate-interest", S::kNotApplicable,
                       "recognised legitimate interests are not relied on", {});
  }
  for (int s : rli) {
    for (int c : m.Sentences("rli.condition")) {
      if (c == s || c == s + 1) return MakeElement(m, "recognised-legitimate-interest", S::kPresent, "", {s, c});
    }
  }
  return MakeElement(m, "recognised-legitimate-interest", S::kMissing,
                     "recognised legitimate interests are relied on without naming the Annex 1 condition", rli);
}

ElementResult SpecialCategory(const Matcher& m) {
  auto mention = Without(m, "sc.mention", "sc.none", false);
  if (mention.empty()) {
    return MakeElement(m, "special-category-condition", S::kNotApplicable,
                       "no special category data is mentioned", m.Sentences("sc.none"));
  }
  auto cond = m.Sentences("sc.condition");
  if (!cond.empty()) {
    if (!m.Sentences("sc.needs_sch1").empty() && m.Sentences("sc.schedule1").empty()) {
      return MakeElement(m, "special-category-condition", S::kDoubtful,
                         "an Art 9(2) condition is named but not the DPA 2018 Schedule 1 condition it needs",
                         Concat(cond, m.Sentences("sc.needs_sch1")));
    }
    return MakeElement(m, "special-category-condition", S::kPresent, "", Concat(cond, mention));
  }
  auto weak = m.Sentences("sc.condition.weak");
  if (!weak.empty()) {
    return MakeElement(m, "special-category-condition", S::kDoubtful,
                       "special category data is mentioned; an extra condition is referred to but not named",
                       Concat(weak, mention));
  }
  return MakeElement(m, "special-category-condition", S::kMissing,
                     "special category data is mentioned without an Art 9 condition", mention);
}

ElementResult Criminal(const Matcher& m) {
  auto mention = Without(m, "crim.mention", "crim.none", false);
  if (mention.empty()) {
    return MakeElement(m, "criminal-offence-condition", S::kNotApplicable, "no criminal offence data is mentioned", {});
  }
  for (int c : m.Sentences("crim.condition")) {
    for (int s : mention) {
      if (Near(m, s, c, 3) || m.Has(c, "crim.condition.global")) {
        return MakeElement(m, "criminal-offence-condition", S::kPresent, "", {c, s});
      }
    }
  }
  std::vector<int> based;
  for (int s : mention) {
    for (auto c : kNamedBases) {
      if (m.Has(s, c)) based.push_back(s);
    }
    if (m.Has(s, "basis.consent")) based.push_back(s);
  }
  if (!based.empty()) {
    return MakeElement(m, "criminal-offence-condition", S::kDoubtful,
                       "criminal offence data has a lawful basis but no Art 10 / DPA 2018 Schedule 1 condition", based);
  }
  return MakeElement(m, "criminal-offence-condition", S::kMissing,
                     "criminal offence data is mentioned without its Schedule 1 condition", mention);
}

bool FromOthers(const Matcher& m) {
  return !m.Sentences("src.named").empty() || !m.Sentences("src.generic").empty();
}

ElementResult Categories(const Matcher& m) {
  auto found = m.Sentences("cat.statement");
  for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
    // Contact lines ("email us, phone us or write to our address") are not data categories.
    if (Matcher::HasContactDetail(m.sentence(s).text)) continue;
    int items = m.CountPatterns(s, "cat.item");
    if (items >= 3 || (items >= 2 && m.Has(s, "cat.collect"))) found.push_back(s);
  }
  std::sort(found.begin(), found.end());
  if (!found.empty()) return MakeElement(m, "categories-of-data", S::kPresent, "", found);
  if (FromOthers(m)) {
    return MakeElement(m, "categories-of-data", S::kMissing,
                       "data is obtained from others but the categories of data are not listed", {});
  }
  return MakeElement(m, "categories-of-data", S::kNotApplicable,
                     "no sign that data is obtained from anyone but the person (Art 14(1)(d))", {});
}

ElementResult Source(const Matcher& m) {
  auto named = m.Sentences("src.named");
  if (!named.empty()) return MakeElement(m, "source-of-data", S::kPresent, "", named);
  auto generic = m.Sentences("src.generic");
  if (!generic.empty()) {
    return MakeElement(m, "source-of-data", S::kDoubtful,
                       "data comes from others but the sources are not named", generic);
  }
  return MakeElement(m, "source-of-data", S::kNotApplicable,
                     "no sign that data is obtained from anyone but the person", {});
}

ElementResult Recipients(const Matcher& m) {
  auto named = m.Sentences("rec.named");
  for (int s : m.Sentences("rec.item")) {
    if (m.InTopic(s, "recipients") && !m.sentence(s).heading) named.push_back(s);
  }
  // "We do not share your data with anyone" says there are none; "… without your consent" does not.
  std::vector<int> none, conditional;
  for (int s : m.Sentences("rec.none")) (m.Has(s, "rec.conditional") ? conditional : none).push_back(s);
  auto all = Concat(named, none);
  std::sort(all.begin(), all.end());
  if (!all.empty()) return MakeElement(m, "recipients", S::kPresent, "", all);
  auto generic = Concat(conditional, m.Sentences("rec.generic"));
  if (!generic.empty()) {
    return MakeElement(m, "recipients", S::kDoubtful,
                       "recipients are described only in general terms (e.g. 'third parties')", generic);
  }
  return MakeElement(m, "recipients", S::kMissing, "no recipients or categories of recipients are stated", {});
}

ElementResult Transfers(const Matcher& m) {
  auto none = m.Sentences("xfer.none");
  if (!none.empty()) return MakeElement(m, "international-transfers", S::kPresent, "", none);
  auto mention = m.Sentences("xfer.mention");
  if (mention.empty()) {
    return MakeElement(m, "international-transfers", S::kMissing,
                       "nothing says whether data is transferred outside the UK", {});
  }
  for (int s : mention) {
    for (int g : m.Sentences("xfer.safeguard")) {
      if (Near(m, s, g, 3)) return MakeElement(m, "international-transfers", S::kPresent, "", {s, g});
    }
  }
  return MakeElement(m, "international-transfers", S::kDoubtful,
                     "a transfer outside the UK is mentioned without the safeguard or Art 45A regulations relied on",
                     mention);
}

ElementResult Retention(const Matcher& m) {
  std::vector<int> found, vague;
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    bool ctx = m.Has(s, "ret.context") || m.InTopic(s, "retention");
    if (!ctx) continue;
    if (m.Has(s, "ret.period") || m.Has(s, "ret.criteria")) {
      found.push_back(s);
    } else if (m.Has(s, "ret.vague")) {
      vague.push_back(s);
    }
  }
  if (!found.empty()) return MakeElement(m, "retention", S::kPresent, "", found);
  if (!vague.empty()) {
    return MakeElement(m, "retention", S::kDoubtful,
                       "retention is described only vaguely (e.g. 'as long as necessary') without a period or criteria",
                       vague);
  }
  return MakeElement(m, "retention", S::kMissing, "no retention period or criteria found", {});
}

ElementResult Statutory(const Matcher& m) {
  auto found = m.Sentences("stat.statement");
  if (!found.empty()) return MakeElement(m, "statutory-requirement", S::kPresent, "", found);
  return MakeElement(m, "statutory-requirement", S::kMissing,
                     "nothing says whether people must provide their data, or what happens if they do not", {});
}

ElementResult Automated(const Matcher& m) {
  auto none = m.Sentences("adm.none");
  if (!none.empty()) return MakeElement(m, "automated-decisions", S::kPresent, "", none);
  auto mention = m.Sentences("adm.mention");
  if (mention.empty()) {
    return MakeElement(m, "automated-decisions", S::kMissing,
                       "nothing says whether automated decision-making or profiling is used", {});
  }
  for (int s : mention) {
    for (int g : m.Sentences("adm.safeguard")) {
      if (Near(m, s, g, 3)) return MakeElement(m, "automated-decisions", S::kPresent, "", {s, g});
    }
  }
  return MakeElement(m, "automated-decisions", S::kDoubtful,
                     "automated decisions or profiling are mentioned without the logic, effects and safeguards",
                     mention);
}

}  // namespace

std::vector<ElementResult> EvaluateElements(const Matcher& m, const std::string& notice_date) {
  std::vector<ElementResult> out = {Controller(m),      Representative(m), Dpo(m),         Purposes(m),
                                    LawfulBasis(m),     LegitimateInterests(m),           Recognised(m),
                                    SpecialCategory(m), Criminal(m),       Categories(m), Source(m),
                                    Recipients(m),      Transfers(m),      Retention(m)};
  EvaluateRights(m, notice_date, out);
  out.push_back(Statutory(m));
  out.push_back(Automated(m));
  // Rules not yet in force on the notice's date do not apply.
  for (auto& e : out) {
    const rules::RuleInfo* info = rules::FindRule(e.rule);
    if (info && !info->in_force.empty() && !notice_date.empty() && notice_date < info->in_force) {
      e.status = S::kNotApplicable;
      e.reason = "not in force on the notice date (" + std::string(info->in_force) + ")";
    }
  }
  return out;
}

}  // namespace pnc::draft
