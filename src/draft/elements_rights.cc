// draft: element detectors for the data-subject rights and complaints. Matcher → one
// ElementResult per right; a right named only by a vague "you have rights" is doubtful.
#include <algorithm>

#include "draft/matcher.h"

namespace pnc::draft {
namespace {

using S = Status;

struct RightSpec {
  std::string_view rule;
  std::string_view key;    // "right.<x>" strong anywhere; "right.<x>.section" inside a rights section
  std::string_view title;
};

constexpr RightSpec kRights[] = {
    {"right-access", "right.access", "the right of access"},
    {"right-rectification", "right.rectification", "the right to rectification"},
    {"right-erasure", "right.erasure", "the right to erasure"},
    {"right-restriction", "right.restriction", "the right to restriction of processing"},
    {"right-object", "right.object", "the right to object"},
    {"right-portability", "right.portability", "the right to data portability"},
    {"right-withdraw-consent", "right.withdraw", "the right to withdraw consent"},
};

std::vector<int> Found(const Matcher& m, const RightSpec& r) {
  std::vector<int> out = m.Sentences(r.key);
  std::string section = std::string(r.key) + ".section";
  for (int s : m.Sentences(section)) {
    // Loose phrasing counts inside a rights section; for consent ("you can change your mind")
    // only inside a section about consent.
    bool rights_section = r.rule != "right-withdraw-consent" && m.InTopic(s, "rights");
    if (rights_section || m.InTopic(s, r.key.substr(6))) out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

void EvaluateRights(const Matcher& m, const std::string& /*notice_date*/, std::vector<ElementResult>& out) {
  // Consent is relied on unless every mention denies it ("we do not rely on consent").
  bool consent = false;
  for (int s : m.Sentences("consent.any", true)) {
    if (!m.Has(s, "consent.none")) consent = true;
  }
  bool contract = !m.Sentences("basis.contract", true).empty();
  // A general "you have rights" statement makes an unlisted right doubtful only when the notice
  // lists no right specifically; when it lists some, the ones it leaves out are missing.
  std::vector<int> generic;
  for (int s : m.Sentences("rights.generic")) {
    if (!m.sentence(s).heading) generic.push_back(s);
  }
  bool any_specific = false;
  for (const auto& r : kRights) any_specific = any_specific || !Found(m, r).empty();
  if (any_specific) generic.clear();
  for (const auto& r : kRights) {
    auto found = Found(m, r);
    bool applies = true;
    std::string why_not;
    if (r.rule == "right-portability" && !consent && !contract) {
      applies = false;
      why_not = "neither consent nor contract is relied on";
    }
    if (r.rule == "right-withdraw-consent" && !consent) {
      applies = false;
      why_not = "consent is not relied on";
    }
    if (!found.empty()) {
      out.push_back(MakeElement(m, r.rule, S::kPresent, "", found));
    } else if (!applies) {
      out.push_back(MakeElement(m, r.rule, S::kNotApplicable, why_not, {}));
    } else if (!generic.empty()) {
      out.push_back(MakeElement(m, r.rule, S::kDoubtful,
                                std::string(r.title) + " is covered only by a general statement about rights", generic));
    } else {
      out.push_back(MakeElement(m, r.rule, S::kMissing, std::string(r.title) + " is not stated", {}));
    }
  }

  // Complaints to the organisation (DPA 2018 s.164A).
  std::vector<int> own = m.Sentences("complain.us");
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "complaints") && !sents[s].heading && !m.Has(s, "ico.name") && !m.Has(s, "ico.contact") &&
        (m.Has(s, "contact.words") || Matcher::HasContactDetail(sents[s].text))) {
      own.push_back(s);
    }
  }
  // "Complaints can be sent to our Data Protection Lead at dp@…": a complaint plus our contact.
  std::vector<int> unhappy;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.Has(s, "ico.name") || m.Has(s, "ico.contact") || !Matcher::HasContactDetail(sents[s].text)) continue;
    if (m.Has(s, "complain.word")) own.push_back(s);
    if (m.Has(s, "complain.unhappy")) unhappy.push_back(s);
  }
  std::sort(own.begin(), own.end());
  if (!own.empty()) {
    out.push_back(MakeElement(m, "right-complain-controller", S::kPresent, "", own));
  } else if (auto weak = m.Sentences("complain.us.weak"); !weak.empty() || !unhappy.empty()) {
    weak.insert(weak.end(), unhappy.begin(), unhappy.end());
    out.push_back(MakeElement(m, "right-complain-controller", S::kDoubtful,
                              "people are invited to raise concerns, but no right to complain to the organisation "
                              "(and how) is stated",
                              weak));
  } else {
    out.push_back(MakeElement(m, "right-complain-controller", S::kMissing,
                              "the right to complain to the organisation itself is not stated", {}));
  }

  // Complaints to the Information Commissioner, with contact details.
  std::vector<int> ico = m.Sentences("complain.ico");
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "complaints") && m.Has(s, "ico.name")) ico.push_back(s);
  }
  std::sort(ico.begin(), ico.end());
  auto contact = m.Sentences("ico.contact");
  if (!ico.empty() && !contact.empty()) {
    std::vector<int> ev = {ico[0], contact[0]};
    out.push_back(MakeElement(m, "right-complain-ico", S::kPresent, "", ev));
  } else if (!ico.empty()) {
    out.push_back(MakeElement(m, "right-complain-ico", S::kDoubtful,
                              "the right to complain to the ICO is stated without its contact details "
                              "(ico.org.uk/make-a-complaint, 0303 123 1113)",
                              ico));
  } else if (!contact.empty()) {
    out.push_back(MakeElement(m, "right-complain-ico", S::kDoubtful,
                              "the ICO's details appear but the right to complain to it is not stated", contact));
  } else {
    out.push_back(MakeElement(m, "right-complain-ico", S::kMissing,
                              "the right to complain to the Information Commissioner is not stated", {}));
  }
}

}  // namespace pnc::draft
