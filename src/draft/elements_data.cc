// draft: element detectors for where data goes and how long it stays. Matcher → ElementResult for
// recipients, international transfers, retention, the statutory requirement and automated decisions.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

// Whether, after a sharing verb, "to" or "with" is followed by a proper name ("passed to England
// Athletics", "shared with the Diocese of Hexley"): a named recipient the vocabulary cannot list.
// The capital letter is the cue; "to our Treasurer" (no capital after "to") is not one.
bool NamedAfterTo(const std::string& text) {
  std::string low = text;
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t verb = std::string::npos;
  for (const char* v :
       {"shar", "pass", "disclos", "give", "given", "send", "sent", "provid", "transfer", "forward", "releas"}) {
    size_t at = low.find(v);
    if (at != std::string::npos && (at == 0 || !std::isalpha(static_cast<unsigned char>(low[at - 1])))) {
      verb = std::min(verb, at);
    }
  }
  if (verb == std::string::npos) return false;
  for (const char* prep : {" to ", " with "}) {
    for (size_t at = low.find(prep, verb); at != std::string::npos; at = low.find(prep, at + 1)) {
      size_t k = at + std::char_traits<char>::length(prep);
      if (low.compare(k, 4, "the ") == 0) k += 4;
      if (k + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[k])) &&
          std::islower(static_cast<unsigned char>(text[k + 1]))) {
        return true;
      }
    }
  }
  return false;
}

// Whether a proper name follows "hosted by", "handled by" … or "we use" ("Bookings are handled by
// Eventbrite", "We use Mailchimp to send the newsletter"): a processor the vocabulary cannot list.
bool NamedAfterBy(const std::string& text) {
  std::string low = text;
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* cue :
       {"handled by ",       "processed by ", "stored by ",    "hosted by ",   "held by ",     "managed by ",
        "administered by ",  "run by ",       "provided by ",  "operated by ", "supplied by ", "delivered by ",
        "powered by ",       "sent by ",      "collected by ", "taken by ",    "we use ",      "we also use ",
        "we currently use ", "we are using ", "we're using "}) {
    for (size_t at = low.find(cue); at != std::string::npos; at = low.find(cue, at + 1)) {
      if (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1]))) continue;
      size_t k = at + std::char_traits<char>::length(cue);
      if (low.compare(k, 4, "the ") == 0) k += 4;
      // A name: a capital then a letter ("Eventbrite", "OSM"), not "I" or a sentence's next word.
      // (A capitalised pronoun, as in a title-case label "Details Provided by You:", is no name.)
      size_t end = k;
      while (end < low.size() && std::isalpha(static_cast<unsigned char>(low[end]))) ++end;
      static const std::set<std::string> kPronouns = {"you",   "your", "yourself", "us",  "our", "we", "them",
                                                      "their", "him",  "her",      "its", "me",  "my"};
      if (kPronouns.count(low.substr(k, end - k))) continue;
      if (k + 1 < text.size() && std::isupper(static_cast<unsigned char>(text[k])) &&
          std::isalpha(static_cast<unsigned char>(text[k + 1]))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

ElementResult Recipients(const Matcher& m) {
  const auto& sents = m.doc().sentences;
  // "We share anonymised figures with our funders": no personal data is received.
  std::vector<int> named = Without(m, "rec.named", "rec.not", true);
  // A list of data is not a list of recipients; telling the ICO about a complaint is not sharing.
  std::erase_if(named,
                [&](int s) { return UnderDataList(m, s) || m.Has(s, "complain.ico") || m.InTopic(s, "complaints"); });
  for (int s : m.Sentences("rec.toname", true)) {
    if (sents[s].heading || UnderDataList(m, s) || m.InTopic(s, "rights") || m.InTopic(s, "complaints") ||
        m.Has(s, "complain.ico") || m.Has(s, "xfer.mention") || m.Has(s, "contact.words") ||
        Matcher::HasContactDetail(sents[s].text)) {
      continue;
    }
    if (NamedAfterTo(sents[s].text)) named.push_back(s);
  }
  for (int s : m.Sentences("rec.byname", true)) {
    if (sents[s].heading || UnderDataList(m, s) || m.InTopic(s, "rights") || m.InTopic(s, "complaints") ||
        m.Has(s, "complain.ico") || m.Has(s, "ico.name") || m.Has(s, "contact.words") ||
        Matcher::HasContactDetail(sents[s].text)) {
      continue;
    }
    if (NamedAfterBy(sents[s].text)) named.push_back(s);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (int s : m.Sentences("rec.item")) {
    if (m.InTopic(s, "recipients") && !sents[s].heading) named.push_back(s);
  }
  // A section says what it is about: under "Who sees your information" plain wording names the
  // recipients ("the app we use is run by a company in Leeds"); the same words elsewhere do not.
  for (int s : m.Sentences("rec.item.topic", true)) {
    if (m.InTopic(s, "recipients") && !m.InTopic(s, "rights") && !sents[s].heading && !UnderDataList(m, s) &&
        !m.Has(s, "rec.not") && !m.Has(s, "rec.generic") && !m.Has(s, "src.generic") &&
        !m.HasWithLeadIn(s, "purpose.item") && !m.HasWithLeadIn(s, "purpose.statement")) {
      named.push_back(s);
    }
  }
  // "We share your information with:" and a list: the items are the recipients, whatever they
  // are called ("Associate bodies such as county and regional clubs").
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (sents[s].list_item && sents[s].lead_in >= 0 && m.Has(sents[s].lead_in, "rec.leadin") &&
        !m.Has(sents[s].lead_in, "rec.none")) {
      named.push_back(s);
    }
  }
  // "We report anonymous statistics to our funders", "… with no names": whatever path found the
  // receiver, no personal data reaches it, so it is not a recipient (unless the sentence also gives
  // someone "your name and address").
  std::erase_if(named, [&](int s) { return m.HasWithLeadIn(s, "rec.anon") && !m.Has(s, "rec.personal"); });
  // Telling the regulator about a breach, or keeping data from "anyone who has no right to receive it", is
  // about security, not about who routinely receives the data (nor is it a statement that nobody does).
  std::erase_if(named, [&](int s) { return m.Has(s, "rec.security"); });
  // "When an agency refers you to the food bank we receive your name": data coming to us names a
  // source (Art 14(2)(f)), not a recipient, unless the sentence also passes data on ("we receive
  // referrals from and share updates with social services") or is an item of a sharing list.
  std::erase_if(named, [&](int s) {
    bool shared_list = sents[s].lead_in >= 0 && m.Has(sents[s].lead_in, "rec.leadin");
    return m.Has(s, "rec.receive") && !m.HasWithLeadIn(s, "rec.verb") && !shared_list;
  });
  // "We publish photos on our website" names who sees them; "we ask before we publish photos" says
  // they are published but not where, nor so who can see them: partial evidence on its own.
  std::vector<int> publish_nowhere;
  for (int s : m.Sentences("rec.publish", true)) {
    if (sents[s].heading || m.Has(s, "rec.not")) continue;
    (m.Has(s, "rec.publish.place") ? named : publish_nowhere).push_back(s);
  }
  // "We do not share your data with anyone" says there are none; so does "… without your consent
  // unless the law requires it": no routine recipients.
  auto none = m.Sentences("rec.none");
  std::erase_if(none, [&](int s) { return m.Has(s, "rec.security"); });
  auto all = Concat(named, none);
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  // The sentences that share ("We share your details with the referring agency") are the evidence a
  // reader checks first; a processor or a Gift Aid claim named in passing follows.
  std::stable_partition(all.begin(), all.end(), [&](int s) { return m.InTopic(s, "recipients"); });
  std::stable_partition(all.begin(), all.end(), [&](int s) {
    return m.HasWithLeadIn(s, "rec.verb") || m.Has(s, "rec.toname") || m.Has(s, "rec.none");
  });
  if (!all.empty()) return MakeElement(m, "recipients", S::kPresent, "", all);
  if (!publish_nowhere.empty()) {
    return MakeElement(m, "recipients", S::kDoubtful,
                       "the draft says it publishes personal data but not where (website, newsletter, social "
                       "media …), and names no other recipient: say where, so who can see it is clear",
                       publish_nowhere);
  }
  // The "third parties only" evidence: sentences that pass data on to someone unnamed ("we may share it with
  // third parties"). A denied or named source ("we receive nothing from third parties"), a security sentence
  // ("cannot be intercepted by a third party") or a basis's example ("to protect you from third parties")
  // also says "third parties", but not who receives the data: quoting them would show no recipient at all.
  auto generic = m.Sentences("rec.generic");
  std::erase_if(generic, [&](int s) {
    return !(m.HasWithLeadIn(s, "rec.verb") || m.HasWithLeadIn(s, "rec.toname")) || m.Has(s, "src.generic") ||
           m.Has(s, "src.from");
  });
  return MakeElement(m, "recipients", S::kMissing,
                     generic.empty() ? "looked for who receives the data (named organisations or kinds of "
                                       "organisation, processors, or 'we do not share it'): found none"
                                     : "recipients are described only as 'third parties' or 'others': name them or "
                                       "the kinds of organisation they are",
                     generic);
}

ElementResult Transfers(const Matcher& m) {
  std::vector<int> none, mention = m.Sentences("xfer.mention");
  // Where the person is ("if you live outside the UK, you may also complain to your local authority") says
  // nothing about where their data goes.
  std::erase_if(mention, [&](int s) { return m.Has(s, "xfer.mention.not") && !m.Has(s, "xfer.verb"); });
  // "Data is not routinely transferred outside the UK" says it sometimes is.
  // "Data processed in the UK is regulated by the Information Commissioner" is about the law, not
  // about where data goes.
  for (int s : m.Sentences("xfer.none")) {
    if (m.Has(s, "xfer.none.not")) continue;
    (m.Has(s, "xfer.hedge") ? mention : none).push_back(s);
  }
  std::sort(mention.begin(), mention.end());
  // "Our website is hosted in the UK" beside "we may use services outside Europe, so data could be
  // processed there" says where one part of the data stays: the transfer it also states decides.
  std::erase_if(mention, [&](int s) { return std::find(none.begin(), none.end(), s) != none.end(); });
  bool abroad = std::any_of(mention.begin(), mention.end(), [&](int s) { return m.HasHere(s, "xfer.abroad"); });
  // "Not outside the EEA" (or the EU) says nothing of whether data leaves the UK for Europe, a
  // transfer since 2021 (to places the Art 45A regulations cover): partial evidence, unless another
  // sentence says data stays in the UK.
  bool uk = std::any_of(none.begin(), none.end(), [&](int s) { return m.HasHere(s, "xfer.none.uk"); });
  if (!none.empty() && !abroad && !uk) {
    return MakeElement(m, "international-transfers", S::kDoubtful,
                       "data is said not to leave the EEA or the EU, which does not say whether it leaves the UK "
                       "(a transfer to Europe is one too): say whether it does, and on what basis",
                       none);
  }
  if (!none.empty() && !abroad) return MakeElement(m, "international-transfers", S::kPresent, "", none);
  if (mention.empty()) {
    return MakeElement(m, "international-transfers", S::kMissing,
                       "looked for whether data is sent outside the UK ('we do not transfer …', 'stored in the UK', "
                       "or a transfer with its safeguard): found nothing",
                       {});
  }
  // The safeguard follows the destination, sometimes a few lines on (a list of places, a PDF
  // line break read as a heading).
  for (int s : mention) {
    for (int g : m.Sentences("xfer.safeguard", true)) {
      if (Near(m, s, g, 6)) return MakeElement(m, "international-transfers", S::kPresent, "", {s, g});
    }
  }
  for (int s : mention) {
    for (int g : m.Sentences("xfer.safeguard.weak", true)) {
      if (Near(m, s, g, 3)) {
        return MakeElement(m, "international-transfers", S::kDoubtful,
                           "a transfer outside the UK is mentioned with 'safeguards' that are not named (Art 45A "
                           "regulations, the IDTA, the UK Addendum, binding corporate rules …)",
                           {s, g});
      }
    }
  }
  return MakeElement(m, "international-transfers", S::kDoubtful,
                     "a transfer outside the UK is mentioned without the safeguard or Art 45A regulations relied on",
                     mention);
}

ElementResult Retention(const Matcher& m) {
  std::vector<int> found, legal, weak, vague, cookies;
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    // "We keep your information confidential" is not about how long.
    bool keep = m.Has(s, "ret.context") && !(m.Has(s, "ret.notcontext") && !m.Has(s, "ret.strong"));
    if (!keep && !m.InTopic(s, "retention")) continue;
    // "We will delete it unless the law requires us to keep it" explains erasure, not retention;
    // "when you leave, your record is archived for 60 days, then deleted" under "Your rights" is a
    // period all the same (a request to delete is not).
    bool period_here = keep && m.Has(s, "ret.period") && !m.Has(s, "right.erasure");
    if (m.InTopic(s, "rights") && !m.InTopic(s, "retention") && !period_here) continue;
    // A section says what it is about: a cookie's lifetime, said under "Cookies" or of a cookie
    // outside a retention section, is not how long the notice's records are kept.
    bool cookie = (m.InTopic(s, "cookies") || m.Has(s, "cookies")) && !m.InTopic(s, "retention");
    if (cookie && (m.Has(s, "ret.period") || m.Has(s, "ret.criteria"))) {
      cookies.push_back(s);
    } else if (m.Has(s, "ret.period") || m.Has(s, "ret.criteria")) {
      found.push_back(s);
    } else if (m.Has(s, "ret.criteria.legal") && (m.Has(s, "ret.duration") || m.InTopic(s, "retention"))) {
      // (Only where it is about how long: "we keep a record to meet our statutory obligations"
      // gives a reason to keep data, not a time.)
      // "As long as the law requires" names a criterion but lets nobody work out a period: partial
      // evidence (tests/drafts/real3/README.md), unless a period or another criterion is given.
      legal.push_back(s);
    } else if (m.Has(s, "ret.criteria.weak")) {
      weak.push_back(s);
    } else if (m.Has(s, "ret.vague")) {
      vague.push_back(s);
    }
  }
  // "Gift Aid records are kept for six years. Other data is kept only while necessary": a period
  // for some records, the rest kept as long as needed — partial evidence (`ret.rest.vague`).
  if (!found.empty() && found.size() <= 2) {
    std::vector<int> rest;
    for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
      if (m.Has(s, "ret.rest.vague")) rest.push_back(s);
    }
    if (!rest.empty()) {
      return MakeElement(m, "retention", S::kDoubtful,
                         "a period is given for some records only; the rest is kept 'as long as necessary', which "
                         "gives no period or criteria",
                         Concat(found, rest));
    }
  }
  if (!found.empty()) return MakeElement(m, "retention", S::kPresent, "", found);
  if (!legal.empty()) {
    return MakeElement(m, "retention", S::kDoubtful,
                       "retention is tied only to what the law requires, without a period or the records and laws "
                       "that set one",
                       Concat(legal, weak));
  }
  if (!weak.empty()) {
    return MakeElement(m, "retention", S::kDoubtful,
                       "retention is said to depend on the kind of data or service, without the periods or the "
                       "criteria that set them",
                       Concat(weak, vague));
  }
  if (!cookies.empty()) {
    return MakeElement(m, "retention", S::kDoubtful,
                       "a period is given only for cookies, not for the records the notice describes", cookies);
  }
  return MakeElement(m, "retention", S::kMissing,
                     vague.empty() ? "looked for a retention period or the criteria for one: found none"
                                   : "only says data is kept 'as long as necessary': no period or criteria",
                     vague);
}

ElementResult Statutory(const Matcher& m) {
  std::vector<int> found;
  // "You must provide two forms of ID" is about subject access, not about giving the data.
  // ("Cookies remember you so that you do not have to type your details again" is convenience.)
  for (int s : m.Sentences("stat.statement")) {
    if (!m.Has(s, "stat.not") && !m.Has(s, "cookies") && !m.InTopic(s, "cookies")) found.push_back(s);
  }
  // "If you are under 13 and wish to register, you must tell us your name …" states a requirement
  // for one age group only: partial evidence, unless a sentence says it for everyone.
  if (!found.empty() && std::all_of(found.begin(), found.end(), [&](int s) { return m.HasHere(s, "stat.subgroup"); })) {
    return MakeElement(m, "statutory-requirement", S::kDoubtful,
                       "whether data must be given is said only for one group of people (an age group): say "
                       "whether everyone must give it and what happens if they do not",
                       found);
  }
  if (!found.empty()) return MakeElement(m, "statutory-requirement", S::kPresent, "", found);
  // "The data we hold is what members volunteered" describes how the data arrived: it implies that
  // nothing is required but does not tell the person so, nor what happens if they give nothing.
  std::vector<int> voluntary;
  for (int s : m.Sentences("stat.voluntary")) {
    if (!m.Has(s, "stat.not") && !m.Has(s, "cookies")) voluntary.push_back(s);
  }
  if (!voluntary.empty()) {
    return MakeElement(m, "statutory-requirement", S::kDoubtful,
                       "the data is said to be given voluntarily, but the draft does not tell people whether they "
                       "must give it or what happens if they do not",
                       voluntary);
  }
  return MakeElement(m, "statutory-requirement", S::kMissing,
                     "looked for whether people must give their data and what happens if they do not ('you do not "
                     "have to …', 'if you do not provide …, we cannot …'): found none",
                     {});
}

ElementResult Automated(const Matcher& m) {
  // "You have the right not to be subject to a decision based solely on automated processing"
  // names a right; it does not say whether such decisions are made.
  auto none = Without(m, "adm.none", "adm.none.not", false);
  // "… we will not renew it, and membership will automatically lapse" is about membership, not
  // decisions by computer: an event that happens automatically says nothing about ADM.
  std::erase_if(none, [&](int s) { return m.Has(s, "adm.auto.event") && !m.Has(s, "adm.mention"); });
  if (!none.empty()) return MakeElement(m, "automated-decisions", S::kPresent, "", none);
  // A right about such decisions ("the right not to be subject to automated decision-making",
  // "Rights related to profiling") says what people may do if decisions are made, not whether
  // they are: without a sentence saying they are, the element is missing, not doubtful.
  std::vector<int> mention, rights_only;
  for (int s : m.Sentences("adm.mention")) {
    bool right = m.HasWithLeadIn(s, "adm.right") || m.Has(s, "adm.none.not") || m.InTopic(s, "rights");
    // ("You can request that we do not use profiling": the "we use profiling" is what is asked against.)
    (right && (!m.Has(s, "adm.done") || m.Has(s, "adm.none.not")) ? rights_only : mention).push_back(s);
  }
  if (mention.empty()) {
    return MakeElement(m, "automated-decisions", S::kMissing,
                       rights_only.empty()
                           ? "looked for whether decisions are made by computer alone, or profiling: found nothing"
                           : "a right about automated decisions is listed, but the draft does not say whether such "
                             "decisions (or profiling) happen",
                       rights_only);
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

}  // namespace pnc::draft
