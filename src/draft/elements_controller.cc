// draft: who is responsible. Matcher → ElementResult for the controller's identity (a sentence naming the
// organisation the notice speaks for, controller_names.cc, and its own contact details; failing that, a
// proper name that twice does what a controller does), its UK representative and its DPO.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "draft/contact_scan.h"
#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

}  // namespace

bool RegulatorDetails(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  // A sentence that names the regulator, gives one of its details, or carries on an address that
  // one began: "… Information Commissioner's Office, Wycliffe House," / "Water Lane, Wilmslow …" is
  // one address whether the draft keeps it on one line, wraps it or makes each line a paragraph.
  for (int k = s, steps = 0; k >= 0 && steps < 6; --k, ++steps) {
    if (m.Has(k, "ico.name") || m.Has(k, "ico.contact")) return true;
    if (k == 0 || sents[k - 1].heading || sents[k].heading) return false;
    const std::string& before = sents[k - 1].text;
    size_t end = before.find_last_not_of(" *_");
    if (end == std::string::npos || (before[end] != ',' && before[end] != ':')) return false;
  }
  return false;
}

// Sentences giving contact details that are not the regulator's.
std::vector<int> OwnContact(const Matcher& m) {
  std::vector<int> out;
  for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
    if (RegulatorDetails(m, s)) continue;
    const std::string& t = m.sentence(s).text;
    if (!Matcher::HasContactDetail(t)) continue;
    // A web address alone is a contact route only where the sentence offers it as one ("contact
    // us through our website"): a link to a processor's terms, the law, another body's guide or
    // another organisation's site ("contact the District (http://…)") is not the controller's.
    bool only_web = !HasEmail(t) && !HasPhone(t) && !HasPostcode(t) && t.find("PO Box") == std::string::npos &&
                    t.find("P.O. Box") == std::string::npos;
    if (only_web && !m.Has(s, "contact.us")) continue;
    out.push_back(s);
  }
  return out;
}

// The capitalised words of `text` other than the usual words of a notice's title.
int NameWords(const std::string& text) {
  static const std::set<std::string> kTitle = {
      "privacy",   "notice",       "policy", "statement", "data",    "protection", "and",         "our",
      "the",       "this",         "your",   "for",       "of",      "gdpr",       "general",     "regulation",
      "uk",        "eu",           "a",      "how",       "we",      "use",        "information", "personal",
      "hysbysiad", "preifatrwydd", "polisi", "datganiad", "diogelu", "ein",        "eich",        "to",
      "in",        "on",           "page",   "pwy",       "beth",    "pam",        "sut",         "ble",
      "pryd",      "who",          "what",   "why",       "where",   "when",       "their",       "its",
      "his",       "her",          "my",     "these",     "those"};
  int n = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) || text[j] == '\'')) ++j;
    if (j > i && Upper(text[i])) {
      std::string w = text.substr(i, j - i);
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!kTitle.count(w)) ++n;
    }
    i = j;
  }
  return n;
}

namespace {

// A name is the notice's own only where the notice shows it as such: in its title, its opening
// sentence, or a sentence of its contact details (the words, or the address's domain:
// "gdpr@studentrobotics.org"). A third party's product named twice in the body is not.
bool NameShownAsOwn(const Matcher& m, const std::string& name) {
  const auto& sents = m.doc().sentences;
  std::vector<int> where = OwnContact(m);
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (sents[s].heading && s <= 1) where.push_back(s);  // the title
    if (!sents[s].heading) {
      where.push_back(s);  // the opening sentence
      break;
    }
  }
  std::string squashed = Squashed(name);
  for (int s : where) {
    const std::string& t = sents[s].text;
    if (t.find(name) != std::string::npos || (squashed.size() >= 6 && Squashed(t).find(squashed) != std::string::npos))
      return true;
  }
  return false;
}

// Sentences whose subject is one proper name doing what a controller does ("Student Robotics collects
// …", "Oak Lane Choir will keep …"), grouped by that name. A name that does so twice or more is the
// organisation the notice speaks for, but the notice never says so: partial evidence.
std::vector<int> NamedAsSubject(const Matcher& m) {
  static const std::set<std::string> kVerbs = {
      "collects", "uses",     "processes", "holds",     "stores",  "keeps",   "shares",  "retains", "will",
      "may",      "receives", "gathers",   "publishes", "sends",   "asks",    "needs",   "does",    "takes",
      "records",  "protects", "verifies",  "checks",    "deletes", "obtains", "handles", "manages"};
  std::map<std::string, std::vector<int>> by_name;
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    const auto& tok = sents[s].tokens;
    const std::string& t = sents[s].text;
    // (A list item is a name or a phrase, "Families and residents", not a sentence with a subject.)
    if (sents[s].heading || sents[s].list_item || sents[s].joined || tok.size() < 5 || !Upper(t[0]) ||
        m.Has(s, "ico.name")) {
      continue;
    }
    if (tok[0] == "we" || tok[0] == "this" || tok[0] == "our" || tok[0] == "you" || tok[0] == "your") continue;
    // A third party's tool under a cookies or analytics section ("Google Analytics collects …").
    if (m.InTopic(s, "cookies") || m.Has(s, "cookies") || m.Has(s, "analytics.word")) continue;
    // The subject: the capitalised words (and joining words) the sentence opens with; the verb: the
    // first word after them, a third-person present ("verifies", "collects") or will / may.
    std::string subject, verb;
    size_t pos = 0;
    for (int w = 0; w < 7 && pos < t.size(); ++w) {
      size_t end = t.find(' ', pos);
      if (end == std::string::npos) end = t.size();
      std::string word = t.substr(pos, end - pos);
      pos = end + 1;
      if (!word.empty() && (Upper(word[0]) || (w > 0 && OnlyName(word)))) {
        subject += (w ? " " : "") + word;
        continue;
      }
      verb = word;
      break;
    }
    // Only a controller's verbs: "Gift Aid allows us …" or "the Act requires …" is a scheme or a law
    // as subject, not an organisation handling data.
    bool again = !by_name[subject].empty() && sents[by_name[subject].back()].text == t;
    if (kVerbs.count(verb) && NameWords(subject) > 0 && OnlyName(subject) && !again) {
      by_name[subject].push_back(s);
    }
  }
  std::vector<int> best;
  for (const auto& [name, v] : by_name) {
    if (v.size() >= 2 && v.size() > best.size() && NameShownAsOwn(m, name)) best = v;
  }
  return best;
}

// "The Society is a data controller" where the draft never gives the Society's name (no "Woodside
// Society" anywhere, no number): a description, not an identity (tests/drafts/real10, issue 14).
bool OnlyGenericName(const Matcher& m, int s) {
  static const char* kKinds[] = {"Society", "Club", "Parish", "Association", "Group", "Trust", "Charity", "Church"};
  const std::string& t = m.sentence(s).text;
  if (std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
      t.find("Act 19") == std::string::npos && t.find("Act 20") == std::string::npos)
    return false;
  for (const char* kind : kKinds) {
    std::string k = kind;
    if (t.find("the " + k) == std::string::npos && t.find("The " + k) == std::string::npos) continue;
    // Named anywhere: a capitalised word other than an article or determiner right before the kind.
    bool named = false;
    for (const auto& sen : m.doc().sentences) {
      for (size_t at = sen.text.find(" " + k); at != std::string::npos && !named; at = sen.text.find(" " + k, at + 1)) {
        size_t b = sen.text.rfind(' ', at - 1);
        std::string before =
            sen.text.substr(b == std::string::npos ? 0 : b + 1, at - (b == std::string::npos ? 0 : b + 1));
        static const std::set<std::string> kDet = {"the",  "The", "this", "This", "our", "Our",  "your",
                                                   "Your", "a",   "A",    "an",   "An",  "that", "That"};
        named = !before.empty() && Upper(before[0]) && kDet.count(before) == 0;
      }
      if (named) break;
    }
    return !named;
  }
  return false;
}

// The first label of each e-mail domain in `text`, lowercase ("gwefan@selar.cymru" → "selar").
std::vector<std::string> EmailDomains(const std::string& text) {
  std::vector<std::string> out;
  for (size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    size_t end = at + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    if (end >= text.size() || text[end] != '.' || at == 0 || text[at - 1] == ' ') continue;
    std::string label = text.substr(at + 1, end - at - 1);
    for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(label);
  }
  return out;
}

// A name the notice uses in two sentences of its body that is also the domain of its own e-mail address
// ("Clwb y Selar", "ap Y Selar" … gwefan@selar.cymru): the organisation the notice speaks for, though it never says it
// is the controller (partial evidence). Not a webmail domain, nor a processor or platform's name
// (`controller.notname`: "support@mailchimp.com" beside "Mailchimp").
std::vector<int> NamedByDomain(const Matcher& m, const std::vector<int>& contact) {
  static const std::set<std::string> kWebmail = {"gmail",  "googlemail", "hotmail",     "outlook", "yahoo",
                                                 "icloud", "aol",        "btinternet",  "live",    "protonmail",
                                                 "sky",    "talktalk",   "virginmedia", "me",      "mail"};
  const auto& sents = m.doc().sentences;
  for (int c : contact) {
    for (const std::string& label : EmailDomains(sents[c].text)) {
      if (label.size() < 4 || kWebmail.count(label) || m.Matches(std::vector<std::string>{label}, "controller.notname"))
        continue;
      std::vector<int> found;
      for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
        if (s == c || sents[s].heading || m.Has(s, "ico.name") || m.Has(s, "ukrep.statement") ||
            m.Has(s, "dpo.mention"))
          continue;
        // A capitalised word, or a run of them squashed ("Oak Lane" → "oaklane"), after the sentence's
        // first word, spelling the label.
        const std::string& t = sents[s].text;
        std::vector<std::string> run;
        size_t pos = t.find(' ');
        while (pos != std::string::npos) {
          size_t b = pos + 1, e = t.find(' ', b);
          std::string w = t.substr(b, e == std::string::npos ? std::string::npos : e - b);
          pos = e;
          if (w.empty() || !Upper(w[0])) {
            run.clear();
            continue;
          }
          run.push_back(w);
          std::string joined;
          for (size_t k = run.size(); k-- > 0 && (found.empty() || found.back() != s);) {
            joined = Squashed(run[k]) + joined;
            if (joined == label) found.push_back(s);
          }
        }
      }
      // (Used as a name in two sentences besides the address: one mention, "the Millbrook Newsletter", may be
      // a place or a product.)
      if (found.size() >= 2) return {found[0], c};
    }
  }
  return {};
}

}  // namespace

ElementResult Controller(const Matcher& m) {
  // Not positive-only: "(company no. 123) is the controller" has a "no" that negates nothing.
  // A sentence saying who the controller is comes before one that only names the organisation.
  std::vector<int> id = m.Sentences("controller.statement");
  std::erase_if(id, [&](int s) { return OnlyGenericName(m, s); });
  for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
    if (NamesItself(m, s) && std::find(id.begin(), id.end(), s) == id.end()) id.push_back(s);
  }
  // Quote a sentence before a heading that happens to match.
  std::stable_partition(id.begin(), id.end(), [&](int s) { return !m.sentence(s).heading; });
  auto contact = OwnContact(m);
  if (!id.empty() && !contact.empty())
    return MakeElement(m, "controller-identity", S::kPresent, "", {id[0], contact[0]});
  if (!id.empty()) {
    return MakeElement(m, "controller-identity", S::kDoubtful,
                       "the organisation is identified but no contact details (address, email or phone) were found",
                       id);
  }
  if (auto subject = NamedAsSubject(m); !subject.empty() && !contact.empty()) {
    subject.resize(2);
    subject.push_back(contact[0]);
    return MakeElement(m, "controller-identity", S::kDoubtful,
                       "an organisation is named as the one collecting and using the data, with contact details, but "
                       "the notice never says it is the controller (or who 'we' are)",
                       subject);
  }
  if (auto named = NamedByDomain(m, contact); !named.empty()) {
    return MakeElement(m, "controller-identity", S::kDoubtful,
                       "an organisation is named in the notice and its e-mail address is at that name's domain, but "
                       "the notice never says it is the controller (or who 'we' are)",
                       named);
  }
  return MakeElement(m, "controller-identity", S::kMissing,
                     contact.empty() ? "looked for the organisation responsible for the data (its name as controller, "
                                       "'we means …', registration numbers) and its contact details: found neither"
                                     : "the notice never says who the controller is (the organisation responsible for "
                                       "the data); contact details alone do not identify it",
                     {});
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
  // A heading names a topic: "Data Protection Officer" over "We are not required to appoint one"
  // designates no one (the section says so).
  std::erase_if(mention, [&](int s) {
    return m.sentence(s).heading &&
           std::any_of(none.begin(), none.end(), [&](int n) { return m.sentence(n).section == m.sentence(s).section; });
  });
  if (mention.empty()) {
    return MakeElement(m, "dpo-contact", S::kNotApplicable,
                       none.empty() ? "no data protection officer is mentioned" : "the notice says there is no DPO",
                       none);
  }
  const auto& sents = m.doc().sentences;
  for (int s : mention) {
    // (The details may follow a few lines on: a name, a title and an address, one per line.)
    for (int k = s; k < static_cast<int>(sents.size()) && k <= s + 10; ++k) {
      if (sents[k].section != sents[s].section && k != s) break;
      if (Matcher::HasContactDetail(sents[k].text) && !RegulatorDetails(m, k)) {
        return MakeElement(m, "dpo-contact", S::kPresent, "", {s, k});
      }
    }
    // Or just before it, when that is the route for data requests: "To have your details removed, email
    // help@acme.org. Our data protection officer is Jo Bloggs." (three sentences, same section). Not the
    // organisation's own contact block ("Acme CIC is the data controller. Write to us at …"): that is
    // how to reach the organisation, not its officer.
    for (int k = s - 1; k >= 0 && k >= s - 3; --k) {
      if (sents[k].section != sents[s].section || sents[k].heading) break;
      bool request = false;
      for (const char* right : {"right.access", "right.rectification", "right.erasure", "right.restriction",
                                "right.object", "right.portability"}) {
        request = request || m.Has(k, right);
      }
      if (request && !m.Has(k, "controller.statement") && Matcher::HasContactDetail(sents[k].text) &&
          !RegulatorDetails(m, k)) {
        return MakeElement(m, "dpo-contact", S::kPresent, "", {s, k});
      }
    }
  }
  // A DPO section (heading) whose body gives contact details.
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    if (m.InTopic(s, "dpo") && Matcher::HasContactDetail(sents[s].text) && !RegulatorDetails(m, s)) {
      return MakeElement(m, "dpo-contact", S::kPresent, "", {mention[0], s});
    }
  }
  return MakeElement(m, "dpo-contact", S::kMissing,
                     "a data protection officer is designated, but no contact details for them (email, phone, "
                     "address) were found",
                     mention);
}

}  // namespace pnc::draft
