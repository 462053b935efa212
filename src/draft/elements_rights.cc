// draft: element detectors for the data-subject rights and complaints. Matcher + the draft's bases
// → one ElementResult per right (not applicable where the law does not give it on those bases; a
// right named only by a vague "you have rights" is doubtful) and per complaint route.
#include <algorithm>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

struct RightSpec {
  std::string_view rule;
  std::string_view key;  // "right.<x>" strong anywhere; "right.<x>.section" inside a rights section
  std::string_view title;
  std::string_view looked;  // what a missing report says was looked for
};

constexpr RightSpec kRights[] = {
    {"right-access", "right.access", "the right of access",
     "'right of access', 'a copy of your information', 'subject access'"},
    {"right-rectification", "right.rectification", "the right to rectification",
     "'correct', 'rectify', 'update inaccurate'"},
    {"right-erasure", "right.erasure", "the right to erasure",
     "'erase', 'delete your information', 'right to be forgotten'"},
    {"right-restriction", "right.restriction", "the right to restriction of processing",
     "'restrict', 'limit how we use', 'stop using it for a while'"},
    {"right-object", "right.object", "the right to object", "'object to', 'ask us to stop using'"},
    {"right-portability", "right.portability", "the right to data portability",
     "'portability', 'machine-readable', 'move it to another organisation'"},
    {"right-withdraw-consent", "right.withdraw", "the right to withdraw consent",
     "'withdraw your consent', 'change your mind at any time'"},
};

// Whether `s` sits in a section about marketing, or is (or introduces, or is an item of) a list
// whose items are all about marketing; a list of rights with one marketing item is not.
bool MarketingChoices(const Matcher& m, int s) {
  if (m.InTopic(s, "marketing") && !m.InTopic(s, "rights")) return true;
  const auto& sents = m.doc().sentences;
  int lead = m.LeadIn(s);
  if (lead < 0) lead = s;
  if (m.Has(lead, "rights.word")) return false;
  int items = 0;
  for (int k = lead + 1; k < static_cast<int>(sents.size()) && k <= lead + 30; ++k) {
    if (sents[k].lead_in != lead || sents[k].joined) continue;
    if (!m.Has(k, "marketing.any")) return false;
    ++items;
  }
  return items > 0;
}

// The action each request right is about ("req.see", "req.change", "req.remove"), or "".
std::string_view RequestAction(std::string_view rule) {
  if (rule == "right-access") return "req.see";
  if (rule == "right-rectification") return "req.change";
  if (rule == "right-erasure") return "req.remove";
  return "";
}

// A right stated as what the person can set off, in any voice, mood or order: a trigger they
// control ("on request", "if you wish", "please tell us", "members may ask"), their own data as
// the object ("your details", "data held", "from our list") and the right's action ("may be viewed
// by a member upon request", "please advise us that you wish to be removed from our list", "if you
// wish to see …, change your details or be removed"). Not when someone else is the agent or the
// requester ("accessed by authorised coordinators", "at the request of the police"), nor about
// other people's data, the organisation's own records or a mailing list; nor is the data changing
// ("tell us when your details change") a request to correct it.
bool PersonRequest(const Matcher& m, int s, std::string_view action) {
  return !action.empty() && !m.sentence(s).heading && m.HasHere(s, "req.trigger") && m.HasHere(s, "req.owndata") &&
         !m.HasHere(s, "req.other") && (action != "req.change" || !m.HasHere(s, "req.change.not"));
}

std::vector<int> Found(const Matcher& m, const RightSpec& r) {
  std::vector<int> out = m.Sentences(r.key);
  std::vector<int> candidates;  // before the exclusions below, for the headings' test at the end
  if (std::string_view action = RequestAction(r.rule); !action.empty()) {
    for (int s : m.Sentences(action)) {
      if (PersonRequest(m, s, action)) out.push_back(s);
    }
  }
  std::string section = std::string(r.key) + ".section";
  for (int s : m.Sentences(section)) {
    // Loose phrasing counts inside a rights section; for consent ("you can change your mind")
    // only inside a section about consent.
    int lead = m.LeadIn(s);
    bool rights_section =
        r.rule != "right-withdraw-consent" && (m.InTopic(s, "rights") || (lead >= 0 && m.Has(lead, "rights.leadin")));
    if (rights_section || m.InTopic(s, r.key.substr(6))) out.push_back(s);
  }
  candidates = out;
  // Cookies ("you can find out about blocking and deleting cookies") are the browser's, not the
  // person's rights over the notice's data; a list of marketing choices ("You may choose to restrict
  // the collection or use of your information in these ways: … opt out of our mailing list") is
  // not the right of access, erasure, restriction or rectification.
  std::erase_if(out, [&](int s) { return m.Has(s, "cookies") || m.InTopic(s, "cookies"); });
  if (r.rule != "right-object" && r.rule != "right-withdraw-consent") {
    std::erase_if(out, [&](int s) { return MarketingChoices(m, s) && !m.Has(s, "right.access.strong"); });
  }
  if (r.rule == "right-restriction") {
    std::erase_if(out, [&](int s) { return m.HasWithLeadIn(s, "right.restriction.not"); });
  }
  // "Leavers will automatically have their details deleted at the next renewal" is a retention
  // rule the organisation applies, not a right the person can use (unless the sentence also says
  // they may ask).
  if (r.rule == "right-erasure") {
    std::erase_if(out, [&](int s) { return m.Has(s, "right.erasure.auto") && !m.Has(s, "right.erasure.ask"); });
  }
  // "Ask us to stop using it for a while" is restriction, not objection. Unsubscribing that ends the
  // membership or the service itself ("end your membership at any time by clicking 'unsubscribe'")
  // is leaving, not objecting to direct marketing (Art 21(2)), unless the sentence is about marketing.
  if (r.rule == "right-object") {
    std::erase_if(out, [&](int s) { return m.Has(s, "right.object.not") && !m.Has(s, "right.object.general"); });
    std::erase_if(out, [&](int s) {
      return m.HasHere(s, "right.object.leave") && !m.Has(s, "right.object.general") && !m.Has(s, "marketing.any");
    });
  }
  // "Access to your file is restricted to staff", "access to our premises": not the right of access.
  if (r.rule == "right-access") {
    std::erase_if(out, [&](int s) { return m.Has(s, "right.access.not") && !m.Has(s, "right.access.strong"); });
    // "Ask for a copy to give to someone else" is portability.
    std::erase_if(out, [&](int s) { return m.Has(s, "right.portability") && !m.Has(s, "right.access.core"); });
  }
  // "You can ask us to delete it … when you withdraw consent or object": withdrawal and objection
  // named as the grounds of another right (Art 17(1)(b)-(c), 18(1)(d)) do not state those rights,
  // also as an item of its list ("… restrict our processing if:" "- you have objected to …").
  if (r.rule == "right-object" || r.rule == "right-withdraw-consent") {
    std::erase_if(out, [&](int s) {
      return m.Has(s, "right.as.ground") &&
             (m.HasWithLeadIn(s, "right.erasure") || m.HasWithLeadIn(s, "right.restriction"));
    });
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  // A heading names a topic; what its section says decides what the topic is. A heading ("Access
  // to your information") whose section uses the words in another sense (who else may access the
  // data) and states the right nowhere is no evidence of the right.
  std::erase_if(out, [&](int h) {
    if (!m.sentence(h).heading) return false;
    int sec = m.sentence(h).section;
    auto body = [&](int s) { return !m.sentence(s).heading && m.sentence(s).section == sec; };
    bool kept = std::any_of(out.begin(), out.end(), body);
    bool excluded = std::any_of(candidates.begin(), candidates.end(),
                                [&](int s) { return body(s) && !std::binary_search(out.begin(), out.end(), s); });
    std::string other = std::string(r.key) + ".not";
    if (!m.vocab().Get(other).empty()) {
      for (int s = h + 1; !excluded && s < static_cast<int>(m.doc().sentences.size()) && body(s); ++s) {
        excluded = m.HasHere(s, other);
      }
    }
    return !kept && excluded;
  });
  return out;
}

// Whether every sentence stating withdrawal only unsubscribes ("opt out of our emails at any time").
bool UnsubscribeOnly(const Matcher& m, const std::vector<int>& found) {
  return std::all_of(found.begin(), found.end(), [&](int s) {
    return m.Has(s, "right.withdraw.unsub") && !m.Has(s, "right.withdraw.consentword");
  });
}

// A sentence relying on consent for a named use other than marketing (photographs, health details,
// research), or -1. ("We also rely on your consent to use your information" names no use.)
int OtherConsent(const Matcher& m) {
  for (int s : m.Sentences("basis.consent", true)) {
    if (m.Has(s, "marketing.any") || m.InTopic(s, "marketing") || m.Has(s, "right.withdraw") ||
        m.InTopic(s, "rights") || m.Has(s, "cookies") || m.InTopic(s, "cookies") || m.Has(s, "basis.hypothetical") ||
        !m.HasWithLeadIn(s, "consent.other.use")) {
      continue;
    }
    return s;
  }
  return -1;
}

// Why a conditional right does not apply on the bases the draft names ("" = it applies).
std::string NotApplicable(const RightSpec& r, const Bases& b) {
  if (!b.Any()) {
    // With no basis named, only withdrawal can be ruled out (consent is never mentioned).
    return r.rule == "right-withdraw-consent" && !b.consent ? "consent is never mentioned" : "";
  }
  if (r.rule == "right-object" && !b.li && !b.public_task && !b.rli && !b.marketing) {
    return "neither legitimate interests nor public task is relied on, and no direct marketing is mentioned (Art 21)";
  }
  if (r.rule == "right-portability" && !b.consent && !b.contract) return "neither consent nor contract is relied on";
  if (r.rule == "right-withdraw-consent" && !b.consent) return "consent is not relied on";
  return "";
}

// Whether one of `sentences` names the UK regulator, not just "the supervisory authority".
bool NamesRegulator(const Matcher& m, const std::vector<int>& sentences) {
  return std::any_of(sentences.begin(), sentences.end(), [&](int s) { return m.Has(s, "ico.named"); });
}

// "Do you have a question? You can talk to us:" and its contact, under a children's "Who can you
// talk to?": a route for questions, where the guide gives complaints a contact of their own (pnc's
// child.talk.question). The sentence, the line that introduces it (back over the contact lines to
// the line ending in a colon), or the sentence before that asks only about questions, with no
// complaint or worry.
bool QuestionsOnly(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  auto here = [&](int i) { return i >= 0 && sents[i].section == sents[s].section && !sents[i].heading; };
  int k = s;
  for (int step = 0; step < 12 && !sents[k].text.empty() && sents[k].text.back() != ':'; ++step) {
    int lead = m.LeadIn(k);
    if (lead >= 0 && lead < k && here(lead)) {
      k = lead;  // a field's value to its label, a label or list item to its lead-in
    } else if ((Matcher::HasContactDetail(sents[k].text) || sents[k].tokens.size() <= 3) && here(k - 1)) {
      --k;  // a contact line, or a field label ("Email"), back to the one before it
    } else {
      break;
    }
  }
  bool question = false;
  for (int i : {s, k, k - 1}) {
    if (!here(i)) continue;
    if (m.Has(i, "complain.worry") || m.Has(i, "complain.word")) return false;
    question = question || m.Has(i, "complain.question");
  }
  return question;
}

}  // namespace

void EvaluateRights(const Matcher& m, const Bases& bases, std::vector<ElementResult>& out) {
  // A general "you have rights" statement makes an unlisted right doubtful only when the notice
  // lists no right specifically; when it lists some, the ones it leaves out are missing.
  std::vector<int> generic;
  for (int s : m.Sentences("rights.generic")) {
    // "… to protect our legal rights and the legal rights of others" is an interest, not a
    // statement that people have rights.
    if (!m.sentence(s).heading && !m.Has(s, "rights.generic.not")) generic.push_back(s);
  }
  // A bare remark that the law gives people rights ("You have important rights to privacy") is no
  // evidence of any one right: it is partial evidence only when it points somewhere (the ICO, a
  // page, a contact) where the rights are set out; otherwise each right is missing (issue 14).
  // (The next sentence points only while it is still about rights: "If you have any concerns, ring the
  // office" gives a route for complaints, not the place where the rights are set out.)
  auto about_rights = [&](int n) {
    return m.Has(n, "topic.rights") || !(m.Has(n, "complain.word") || m.Has(n, "complain.worry"));
  };
  bool pointed = std::any_of(generic.begin(), generic.end(), [&](int s) {
    return m.Has(s, "rights.generic.pointer") || (s + 1 < static_cast<int>(m.doc().sentences.size()) &&
                                                  m.Has(s + 1, "rights.generic.pointer") && about_rights(s + 1));
  });
  if (!pointed) generic.clear();
  bool any_specific = false;
  for (const auto& r : kRights) any_specific = any_specific || !Found(m, r).empty();
  if (any_specific) generic.clear();
  const std::string no_basis = bases.Any() ? "" : " (no lawful basis is named, so it cannot be shown not to apply)";
  for (const auto& r : kRights) {
    auto found = Found(m, r);
    std::string why_not = NotApplicable(r, bases);
    if (!found.empty()) {
      // Only "stop sending me marketing" while legitimate interests or public task are relied on:
      // the general right to object (Art 21(1)) is not stated.
      // ("… prevent such processing" a sentence or two after one about marketing refers to that marketing.)
      auto marketing = [&](int s) {
        if (m.Has(s, "right.object.marketing") || m.InTopic(s, "marketing")) return true;
        if (!m.HasHere(s, "right.object.anaphor")) return false;
        for (int k = s - 1; k >= 0 && k >= s - 2 && m.sentence(k).section == m.sentence(s).section; --k) {
          if (m.Has(k, "right.object.marketing")) return true;
        }
        return false;
      };
      bool general = std::any_of(found.begin(), found.end(),
                                 [&](int s) { return m.Has(s, "right.object.general") || !marketing(s); });
      // (With no basis named, legitimate interests cannot be ruled out: the same holds, as it does for
      // every conditional right, "unsubscribe from the mailing list" being no general right to object.)
      if (r.rule == "right-object" && !general && (bases.li || bases.public_task || bases.rli || !bases.Any())) {
        out.push_back(MakeElement(m, r.rule, S::kDoubtful,
                                  bases.Any() ? "only the right to object to direct marketing is stated; legitimate "
                                                "interests or public task are relied on, so the right to object to "
                                                "that processing must be stated too (Art 21(1), 21(4))"
                                              : "only the right to object to direct marketing is stated; no lawful "
                                                "basis is named, so legitimate interests or public task cannot be "
                                                "ruled out and the general right to object must be stated too (Art "
                                                "21(1), 21(4))",
                                  found));
        continue;
      }
      // "Every reasonable step must be taken to ensure inaccurate data is rectified" is the accuracy
      // principle (Art 5(1)(d)), a duty of the organisation; it does not tell people they may ask.
      bool duty = std::all_of(found.begin(), found.end(),
                              [&](int s) { return m.Has(s, "right.principle") && !m.Has(s, "right.erasure.ask"); });
      if (duty && (r.rule == "right-rectification" || r.rule == "right-erasure")) {
        out.push_back(MakeElement(m, r.rule, S::kDoubtful,
                                  "stated only as the organisation's duty to keep data accurate (Art 5(1)(d)), not "
                                  "as a right people can use: say that they can ask",
                                  found));
        continue;
      }
      // "You can unsubscribe at any time" withdraws consent to marketing only: where consent is also
      // relied on for something else (photographs, health details), withdrawing it is not stated.
      if (r.rule == "right-withdraw-consent" && UnsubscribeOnly(m, found)) {
        if (int other = OtherConsent(m); other >= 0) {
          out.push_back(MakeElement(m, r.rule, S::kDoubtful,
                                    "withdrawal is stated only as unsubscribing from mailings; consent is also relied "
                                    "on for other uses (quoted), and the right to withdraw that consent at any time "
                                    "is not stated",
                                    {found[0], other}));
          continue;
        }
      }
      out.push_back(MakeElement(m, r.rule, S::kPresent, "", found));
    } else if (!why_not.empty()) {
      out.push_back(MakeElement(m, r.rule, S::kNotApplicable, why_not, {}));
    } else if (!generic.empty()) {
      out.push_back(MakeElement(m, r.rule, S::kDoubtful,
                                std::string(r.title) + " is covered only by a general statement about rights",
                                generic));
    } else {
      out.push_back(MakeElement(
          m, r.rule, S::kMissing,
          std::string(r.title) + " is not stated (looked for " + std::string(r.looked) + ")" + no_basis, {}));
    }
  }

  // Complaints to the organisation (DPA 2018 s.164A).
  const auto& sents = m.doc().sentences;
  auto regulator = [&](int s) { return m.Has(s, "ico.name") || m.Has(s, "ico.contact"); };
  std::vector<int> own = m.Sentences("complain.us");
  // "If you have a concern about a child's safety, contact our Safeguarding Lead": a safeguarding
  // route, not a complaint about the use of data.
  std::vector<int> weak;
  for (int s : m.Sentences("complain.us.weak")) {
    if (!(m.Has(s, "complain.notdata") && !m.Has(s, "complain.aboutuse"))) weak.push_back(s);
  }
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    // A sentence giving the ICO may give the organisation's own route first ("… please contact our Data
    // Protection Officer; alternatively you may complain to the ICO"): that route still counts.
    if (sents[s].heading || (regulator(s) && !m.Has(s, "complain.route.own"))) continue;
    // "You can also talk to: a parent or carer", Childline: other people to turn to, not a route
    // to the organisation itself.
    if (m.HasWithLeadIn(s, "complain.elsewhere") && !m.Has(s, "contact.us")) continue;
    bool contact = m.Has(s, "contact.words") || Matcher::HasContactDetail(sents[s].text);
    if (m.InTopic(s, "complaints") && contact && !QuestionsOnly(m, s)) own.push_back(s);
    // "Complaints … should be addressed to the Chair"; "any worries, have a word with Joan and we'll put it
    // right": a complaint, or a worry the organisation promises to settle, taken to one of its people.
    if (m.Has(s, "complain.route.person") && !m.Has(s, "complain.notdata") &&
        (m.Has(s, "complain.word") || (m.Has(s, "complain.worry") && m.Has(s, "complain.resolve")))) {
      own.push_back(s);
    }
    if (!Matcher::HasContactDetail(sents[s].text) && !m.Has(s, "contact.words")) continue;
    // "Complaints can be sent to our Data Protection Lead at dp@…"; "If you are unhappy with
    // how we use your data, contact our DPO": a complaint route. ("Any concerns? Contact us" is
    // the weaker complain.us.weak.)
    if (m.Has(s, "complain.word") || m.Has(s, "complain.unhappy.strong") || m.Has(s, "complain.aboutuse")) {
      own.push_back(s);
    }
  }
  std::sort(own.begin(), own.end());
  std::sort(weak.begin(), weak.end());
  if (!own.empty()) {
    out.push_back(MakeElement(m, "right-complain-controller", S::kPresent, "", own));
  } else if (!weak.empty()) {
    out.push_back(MakeElement(m, "right-complain-controller", S::kDoubtful,
                              "people are invited to raise concerns or questions, but no right to complain to the "
                              "organisation (and how) is stated",
                              weak));
  } else {
    out.push_back(MakeElement(m, "right-complain-controller", S::kMissing,
                              "looked for a way to complain to the organisation itself ('complain to us', a complaints "
                              "procedure, 'if you are unhappy, contact …'): found none",
                              {}));
  }

  // Complaints to the Information Commissioner, with contact details.
  // "Serious breaches are reported to the ICO", "guidance on the ICO's website (ico.org.uk)", "We
  // are registered with the ICO": the regulator named for something else, not a complaint route.
  auto elsewhere = [&](int s) { return m.Has(s, "ico.notroute") && !m.Has(s, "complain.ico.strong"); };
  std::vector<int> ico;
  for (int s : m.Sentences("complain.ico")) {
    if (!elsewhere(s)) ico.push_back(s);
  }
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "complaints") && m.Has(s, "ico.name") && !sents[s].heading && !elsewhere(s)) ico.push_back(s);
  }
  std::sort(ico.begin(), ico.end());
  ico.erase(std::unique(ico.begin(), ico.end()), ico.end());
  std::vector<int> contact, other;
  for (int s : m.Sentences("ico.contact")) {
    bool registration = m.Has(s, "ico.registration") && !m.Has(s, "complain.ico");
    (registration || elsewhere(s) ? other : contact).push_back(s);
  }
  if (!ico.empty() && !contact.empty()) {
    out.push_back(MakeElement(m, "right-complain-ico", S::kPresent, "", {ico[0], contact[0]}));
  } else if (!ico.empty() && NamesRegulator(m, ico)) {
    // The statute asks for the right, not the address (checklist: contact details are ICO best
    // practice): present, with the advice in its reason. "The supervisory authority" alone does
    // not say which one (doubtful, below).
    out.push_back(MakeElement(m, "right-complain-ico", S::kPresent,
                              "stated without the ICO's contact details, which the ICO advises giving "
                              "(ico.org.uk/make-a-complaint, 0303 123 1113)",
                              ico));
  } else if (!ico.empty()) {
    out.push_back(MakeElement(m, "right-complain-ico", S::kDoubtful,
                              "the right to complain to 'the supervisory authority' is stated without naming the "
                              "Information Commissioner or giving its contact details (ico.org.uk/make-a-complaint)",
                              ico));
  } else if (!contact.empty()) {
    out.push_back(MakeElement(m, "right-complain-ico", S::kDoubtful,
                              "the ICO's details appear but the right to complain to it is not stated", contact));
  } else {
    out.push_back(MakeElement(m, "right-complain-ico", S::kMissing,
                              other.empty() ? "looked for the right to complain to the Information Commissioner: not "
                                              "stated"
                                            : "the ICO is named only for guidance, registration or breach reports: "
                                              "the right to complain to it is not stated",
                              other));
  }
}

}  // namespace pnc::draft
