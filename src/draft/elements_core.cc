// draft: element detectors for who and what. Matcher → ElementResult for the controller, the UK
// representative, the DPO, purposes, categories and sources; and EvaluateElements, the table.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "draft/contact_scan.h"
#include "draft/elements.h"
#include "law/registry.h"

namespace pnc::draft {
namespace {

using S = Status;

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// Sentences giving contact details that are not the regulator's.
std::vector<int> OwnContact(const Matcher& m) {
  std::vector<int> out;
  for (int s = 0; s < static_cast<int>(m.doc().sentences.size()); ++s) {
    if (m.Has(s, "ico.name") || m.Has(s, "ico.contact")) continue;
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
      "pryd",      "who",          "what",   "why",       "where",   "when"};
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

// Whether the sentence names the organisation as the one the notice is about: "We are Acme
// Trust.", "Acme ydyn ni.", a title "Acme Trust Privacy Notice", or "Name: Acme" under contact
// details. The words alone cannot say this; the capitals of a proper name can.
// Whether every word of `text` is capitalised or a title word ("the", "of", "and"…): a name,
// not a sentence that mentions one.
bool OnlyName(const std::string& text) {
  static const std::set<std::string> kJoin = {"the",  "of", "and", "for", "to", "at", "in", "on", "by", "from",
                                              "with", "&",  "-",   "–",   "a",  "an", "y",  "yr", "a'r"};
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) {
      std::string w = text.substr(i, j - i);
      bool lower_word = std::isalpha(static_cast<unsigned char>(w[0])) && !Upper(w[0]);
      if (lower_word && !kJoin.count(w)) return false;
    }
    i = j;
  }
  return true;
}

bool NamesItself(const Matcher& m, int s) {
  const Sentence& sen = m.sentence(s);
  const std::string& t = sen.text;
  if ((t.rfind("We are ", 0) == 0 || t.rfind("We're ", 0) == 0) && t.size() < 120) {
    size_t k = t.find(' ', 3) + 1;
    if (k < t.size() && Upper(t[k]) && NameWords(t) > 0) return true;
  }
  for (const char* tail : {" ydyn ni.", " ydym ni.", " ydyn ni", " ydym ni"}) {
    size_t n = std::char_traits<char>::length(tail);
    if (!sen.heading && t.size() > n && t.size() < 100 && t.compare(t.size() - n, n, tail) == 0 &&
        NameWords(t.substr(0, t.size() - n)) > 0) {
      return true;
    }
  }
  const auto& tok = sen.tokens;
  // "Hilltop Community Garden respects your privacy.", "Acme Trust is committed to …": a proper
  // name (capitalised words) as the subject of the notice's opening statement.
  for (size_t i = 1; i + 1 < tok.size() && i <= 6; ++i) {
    bool verb = tok[i] == "respects" || tok[i] == "values" || tok[i] == "cares" ||
                ((tok[i] == "is" || tok[i] == "are") && (tok[i + 1] == "committed" || tok[i + 1] == "dedicated"));
    if (!verb) continue;
    std::string subject;
    size_t words = 0, pos = 0;
    while (words < i && pos < t.size()) {
      size_t end = t.find(' ', pos);
      if (end == std::string::npos) end = t.size();
      subject += t.substr(pos, end - pos) + " ";
      pos = end + 1;
      ++words;
    }
    bool starts = Upper(t[0]) || std::isdigit(static_cast<unsigned char>(t[0])) != 0;  // "6th Morpeth Scouts"
    if (starts && NameWords(subject) >= 1 && tok[0] != "we" && tok[0] != "this" && tok[0] != "our" &&
        !m.Has(s, "ico.name")) {
      return true;
    }
    break;
  }
  // A title naming the organisation: "Acme Trust Privacy Notice", "Privacy notice for Acme".
  if ((sen.heading || s == 0 || tok.size() <= 16) && t.size() < 140) {
    std::string lower = t;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* kind :
         {"privacy notice", "privacy policy", "privacy statement", "data protection policy", "data protection notice",
          "data protection and privacy policy", "hysbysiad preifatrwydd"}) {
      size_t at = lower.find(kind);
      if (at == std::string::npos) continue;
      // The name before the title, and nothing else: "Acme Trust Privacy Notice", not "You may
      // view MailChimp's privacy policy here" (another organisation's policy).
      if (at > 0 && NameWords(t.substr(0, at)) > 0 && OnlyName(t.substr(0, at))) return true;
      size_t after = at + std::char_traits<char>::length(kind);
      for (const char* link : {" for ", " of "}) {
        size_t n = std::char_traits<char>::length(link);
        if (lower.compare(after, n, link) == 0 && after + n < t.size() && Upper(t[after + n])) return true;
      }
    }
  }
  // The draft's first line is only a name ("Cinder Ash", a page title read from the HTML): the
  // site's owner, the organisation the notice speaks for. Words of a menu are not a name.
  if (s == 0 && tok.size() >= 2 && tok.size() <= 6 && OnlyName(t) && NameWords(t) >= 2) {
    bool menu = m.Matches(tok, "title.menu");
    if (!menu) return true;
  }
  // "The Oak Lane Network is a volunteer-led network for …": the notice's subject described.
  if (s <= 8 && t.size() < 400) {
    for (const char* verb : {" is a ", " is an ", " are a ", " are an "}) {
      size_t at = t.find(verb);
      if (at == std::string::npos || at > 80) continue;
      std::string name = t.substr(0, at);
      if (name.rfind("The ", 0) == 0) name = name.substr(4);
      if (name.empty() || !Upper(name[0]) || NameWords(name) == 0 || !OnlyName(name)) continue;
      size_t from = at + std::char_traits<char>::length(verb);
      // The kind of organisation among the next six words or so (`controller.kind`: the nouns of
      // controller.statement's "we are a … charity", plus a few more kinds of group).
      std::vector<std::string> rest = Tokenize(t.substr(from, 80));
      std::erase(rest, ",");
      if (rest.size() > 8) rest.resize(8);  // (about six words: "volunteer-led" is two tokens)
      if (m.Matches(rest, "controller.kind")) return true;
    }
  }
  // "At Oak Lane Choir, we take your privacy seriously"; "… how we, Oak Lane Choir, use …": the
  // organisation named as the "we" of the notice.
  if (t.rfind("At ", 0) == 0 && t.size() < 300) {
    size_t we = t.find(" we ");
    if (we != std::string::npos && we > 3) {
      std::string name = t.substr(3, we - 3);
      if (!name.empty() && name.back() == ',') name.pop_back();
      if (Upper(name[0]) && NameWords(name) > 0 && OnlyName(name)) return true;
    }
  }
  for (const char* cue : {"we, ", "We, ", "us, ", "Us, "}) {
    size_t at = t.find(cue);
    if (at == std::string::npos || (at > 0 && t[at - 1] != ' ')) continue;
    size_t k = at + std::char_traits<char>::length(cue);
    size_t end = t.find(',', k);
    if (end == std::string::npos || end - k > 80) continue;
    std::string name = t.substr(k, end - k);
    if (Upper(name[0]) && NameWords(name) > 0 && OnlyName(name)) return true;
  }
  // "This notice explains how Oak Lane Choir uses your information."
  for (const char* cue : {" how ", " the way "}) {
    size_t at = t.find(cue);
    if (at == std::string::npos || t.find("notice") > at) continue;
    size_t k = at + std::char_traits<char>::length(cue);
    size_t end = t.find_first_of(".,;", k);
    std::string rest = t.substr(k, end == std::string::npos ? std::string::npos : end - k);
    if (k < t.size() && Upper(t[k]) && NameWords(rest) > 0 &&
        (rest.find(" uses") != std::string::npos || rest.find(" collects") != std::string::npos ||
         rest.find(" handles") != std::string::npos || rest.find(" processes") != std::string::npos ||
         rest.find(" looks after") != std::string::npos)) {
      return true;
    }
  }
  // "Name: Acme Trust" in a block of contact details (not "Name: Your Full Name", a field of the
  // data collected, nor any "Name:" under a heading about the data).
  for (const char* label : {"Name:", "Organisation:", "Organization:", "Enw:"}) {
    size_t n = std::char_traits<char>::length(label);
    if (t.compare(0, n, label) != 0 || t.size() >= 100 || NameWords(t.substr(n)) == 0 || Matcher::HasContactDetail(t)) {
      continue;
    }
    std::string value = CollapseSpace(t.substr(n));
    bool yours = value.rfind("Your ", 0) == 0 || value.rfind("Eich ", 0) == 0;
    // (A short "Name: X" line may be read as a heading of its own: the heading above it counts.)
    int above = -1;
    for (int k = s - 1; k >= 0 && above < 0 && s - k <= 6; --k) {
      if (m.sentence(k).heading) above = k;
    }
    bool data_heading = above >= 0 && (m.Has(above, "topic.what") || m.Has(above, "topic.whose"));
    if (!yours && !data_heading) return true;
  }
  return false;
}

}  // namespace

bool DataListLeadIn(const Matcher& m, int lead) {
  static const std::set<std::string> kLast = {
      "use",         "collect", "hold",    "keep",      "process", "record", "include",    "includes", "including",
      "information", "data",    "details", "defnyddio", "casglu",  "cadw",   "gwybodaeth", "wybodaeth"};
  if (m.Has(lead, "src.leadin")) return false;  // "Dyma o ble rydyn ni'n cael gwybodaeth:"
  const auto& t = m.sentence(lead).tokens;
  size_t k = t.size();
  while (k > 0 && t[k - 1] == ",") --k;
  return k > 0 && kLast.count(t[k - 1]) > 0;
}

bool UnderDataList(const Matcher& m, int s) {
  int lead = m.LeadIn(s);
  return lead >= 0 && DataListLeadIn(m, lead);
}

bool Near(const Matcher& m, int a, int b, int distance) {
  return m.sentence(a).section == m.sentence(b).section || std::abs(a - b) <= distance;
}

std::vector<int> Without(const Matcher& m, std::string_view name, std::string_view except, bool positive) {
  std::vector<int> out;
  for (int s : m.Sentences(name, positive)) {
    if (!m.Has(s, except)) out.push_back(s);
  }
  return out;
}

std::vector<int> Concat(std::vector<int> a, const std::vector<int>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

ElementResult Controller(const Matcher& m) {
  // Not positive-only: "(company no. 123) is the controller" has a "no" that negates nothing.
  // A sentence saying who the controller is comes before one that only names the organisation.
  std::vector<int> id = m.Sentences("controller.statement");
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
  return MakeElement(m, "dpo-contact", S::kMissing,
                     "a data protection officer is designated, but no contact details for them (email, phone, "
                     "address) were found",
                     mention);
}

ElementResult Purposes(const Matcher& m) {
  // A heading ("Why we use your information") is not a purpose; what is under it may be.
  // Nor is a basis explained ("Contract: we need it to provide a service you asked for"), nor
  // an item of a list of data ("We use: … right to work …").
  // Sentences that explain a right ("ask us to stop using it for a while"), say who receives data,
  // or fill a legal field ("Condition for special category information: Providing health care")
  // are not purposes either.
  // (A heading that is a whole sentence of purpose, "We collect the following information to
  // provide our services:", is one: the ICO's template writes its purposes as such headings.)
  auto counts = [&](int s) {
    bool heading = m.sentence(s).heading && !(m.sentence(s).tokens.size() >= 8 && m.Has(s, "purpose.statement"));
    return !heading && !m.Has(s, "basis.entry") && !UnderDataList(m, s) && !m.InTopic(s, "rights") &&
           !m.InTopic(s, "recipients") && !m.InTopic(s, "complaints") && !m.HasWithLeadIn(s, "field.legal");
  };
  std::vector<int> strong;
  for (int s : m.Sentences("purpose.statement")) {
    if (counts(s)) strong.push_back(s);
  }
  for (int s : m.Sentences("purpose.item")) {
    if (m.InTopic(s, "purposes") && counts(s)) strong.push_back(s);
  }
  std::sort(strong.begin(), strong.end());
  if (!strong.empty()) return MakeElement(m, "purposes", S::kPresent, "", strong);
  // "Which rights apply depends on why we use your information" mentions purposes; it does not
  // state one.
  return MakeElement(m, "purposes", S::kMissing,
                     "looked for a statement of why personal data is used ('we use your details to …'): found none",
                     m.Sentences("purpose.weak"));
}

namespace {

// Whether a src.named sentence names where data comes from. A list under "Whose information we
// use" names the people concerned; "Our Data Protection Officer is provided by X Partnership" is
// about the DPO ("data" there is "data protection"), not about where data comes from.
bool NamesSource(const Matcher& m, int s) {
  // ("You can find more information on the ICO's website" is reading advice, not a source.)
  if (m.Has(s, "src.named.not") || m.Has(s, "ico.name")) return false;
  return !m.InTopic(s, "whose") && !m.HasWithLeadIn(s, "topic.whose") && !UnderDataList(m, s) && !m.Has(s, "src.own") &&
         !m.Has(s, "dpo.mention");
}

// "We also receive information from Scouts UK": data received from a proper name.
std::vector<int> FromNamed(const Matcher& m) {
  std::vector<int> out;
  for (int s : m.Sentences("src.from", true)) {
    if (!NamesSource(m, s)) continue;
    const std::string& t = m.sentence(s).text;
    for (size_t at = t.find(" from "); at != std::string::npos; at = t.find(" from ", at + 1)) {
      // (After "the", "your" or "their" and at most one more word: "from your associated Lodge".)
      size_t k = at + 6;
      for (const char* det : {"the ", "your ", "their ", "his ", "her "}) {
        size_t n = std::char_traits<char>::length(det);
        if (t.compare(k, n, det) == 0) {
          k += n;
          size_t next = t.find(' ', k);
          if (next != std::string::npos && k < t.size() && !Upper(t[k]) && next + 1 < t.size() && Upper(t[next + 1])) {
            k = next + 1;
          }
          break;
        }
      }
      if (k < t.size() && Upper(t[k]) && NameWords(t.substr(k, 40)) > 0 && t.compare(k, 3, "You") != 0) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

// "From third parties" sentences, without those that give data *to* third parties ("by using a
// third-party mailing house", "we share it with other organisations").
std::vector<int> GenericSources(const Matcher& m) { return Without(m, "src.generic", "src.generic.not", false); }

// Data that comes from others by its nature ("references", "court reports"); not where such people
// receive data ("we share your details with referees and coaches").
std::vector<int> ImpliedSources(const Matcher& m) {
  std::vector<int> out;
  for (int s : m.Sentences("src.implied", true)) {
    bool sharing = m.InTopic(s, "recipients") || m.HasWithLeadIn(s, "rec.leadin") || m.Has(s, "src.implied.not");
    if (!sharing) out.push_back(s);
  }
  return out;
}

// Whether some data comes from someone other than the person (Art 14): a source is named, or
// data that by its nature comes from others (references, DBS results, court documents) is held.
bool FromOthers(const Matcher& m) {
  for (int s : m.Sentences("src.item")) {
    if (m.InTopic(s, "sources") && !m.sentence(s).heading && !m.Has(s, "src.own") && !UnderDataList(m, s) &&
        m.CountPatterns(s, "cat.item") < 2)
      return true;
  }
  for (int s : m.Sentences("src.named")) {
    if (NamesSource(m, s)) return true;
  }
  return !FromNamed(m).empty() || !GenericSources(m).empty() || !ImpliedSources(m).empty();
}

}  // namespace

ElementResult Categories(const Matcher& m) {
  // A glossary's examples and a retention schedule's record types are not a list of the data held.
  auto elsewhere = [&](int s) { return m.InTopic(s, "glossary") || m.InTopic(s, "retention"); };
  std::vector<int> found;
  for (int s : m.Sentences("cat.statement")) {
    if (!elsewhere(s)) found.push_back(s);
  }
  const auto& sents = m.doc().sentences;
  const int n = static_cast<int>(sents.size());
  for (int s = 0; s < n; ++s) {
    // Contact lines ("email us, phone us or write to our address") are not data categories, nor
    // are a glossary's examples ("Special category: facts about your health, religion …").
    if (Matcher::HasContactDetail(m.sentence(s).text) || sents[s].joined || elsewhere(s)) continue;
    int items = m.CountPatterns(s, "cat.item");
    if (items >= 3 || (items >= 2 && m.Has(s, "cat.collect"))) found.push_back(s);
  }
  // A lead-in and its list: "We collect:" + "- your name" + "- your address" + …
  std::vector<std::vector<bool>> kinds(n);
  for (int s = 0; s < n; ++s) {
    if (!sents[s].list_item || sents[s].lead_in < 0 || Matcher::HasContactDetail(sents[s].text)) continue;
    auto& acc = kinds[sents[s].lead_in];
    auto hit = m.PatternsMatching(s, "cat.item");
    acc.resize(hit.size());
    for (size_t i = 0; i < hit.size(); ++i) acc[i] = acc[i] || hit[i];
  }
  for (int s = 0; s < n; ++s) {
    int items = static_cast<int>(std::count(kinds[s].begin(), kinds[s].end(), true));
    // Only a lead-in about data introduces data ("Where we need to, we share it with:" does not).
    bool data_lead = DataListLeadIn(m, s) || m.Has(s, "cat.statement") || m.Has(s, "topic.what");
    if (items >= 2 && data_lead && !m.Has(s, "rec.leadin") && !elsewhere(s)) found.push_back(s);
  }
  std::sort(found.begin(), found.end());
  if (!found.empty()) return MakeElement(m, "categories-of-data", S::kPresent, "", found);
  if (FromOthers(m)) {
    return MakeElement(m, "categories-of-data", S::kMissing,
                       "data is obtained from others, but no list of the kinds of data held (name, contact details, "
                       "health …) was found",
                       {});
  }
  return MakeElement(m, "categories-of-data", S::kNotApplicable,
                     "no sign that data is obtained from anyone but the person (Art 14(1)(d))", {});
}

ElementResult Source(const Matcher& m) {
  std::vector<int> named = FromNamed(m);
  for (int s : m.Sentences("src.named")) {
    if (NamesSource(m, s)) named.push_back(s);
  }
  // Items under "Where your information comes from" that name an organisation or person.
  for (int s : m.Sentences("src.item")) {
    if (m.InTopic(s, "sources") && !m.sentence(s).heading && !m.Has(s, "src.own") && !UnderDataList(m, s) &&
        m.CountPatterns(s, "cat.item") < 2) {
      named.push_back(s);
    }
  }
  std::sort(named.begin(), named.end());
  // "third parties (including, for example, Archery GB, CAA …)": the examples name the sources.
  auto generic = GenericSources(m);
  for (int s : generic) {
    const std::string& t = m.sentence(s).text;
    for (const char* cue : {"including", "such as", "for example", "e.g.", "namely", "like "}) {
      size_t at = t.find(cue);
      if (at != std::string::npos && NameWords(t.substr(at)) > 0) {
        named.push_back(s);
        break;
      }
    }
  }
  if (!named.empty()) return MakeElement(m, "source-of-data", S::kPresent, "", named);
  if (!generic.empty()) {
    return MakeElement(m, "source-of-data", S::kMissing,
                       "data comes from others, but the sources are never named ('third parties' or 'other "
                       "organisations' is not a source)",
                       generic);
  }
  auto implied = ImpliedSources(m);
  if (!implied.empty()) {
    return MakeElement(m, "source-of-data", S::kMissing,
                       "some data comes from others by its nature (references, DBS results, court documents, "
                       "referrals), but the notice never says where it comes from",
                       implied);
  }
  return MakeElement(m, "source-of-data", S::kNotApplicable, "no sign that data is obtained from anyone but the person",
                     {});
}

std::vector<ElementResult> EvaluateElements(const Matcher& m, const std::string& notice_date) {
  const Bases bases = FindBases(m);
  std::vector<ElementResult> out = {Controller(m),
                                    Representative(m),
                                    Dpo(m),
                                    Purposes(m),
                                    LawfulBasis(m, bases),
                                    LegitimateInterests(m, bases),
                                    Recognised(m, bases),
                                    SpecialCategory(m),
                                    Criminal(m),
                                    Categories(m),
                                    Source(m),
                                    Recipients(m),
                                    Transfers(m),
                                    Retention(m)};
  EvaluateRights(m, bases, out);
  out.push_back(Statutory(m));
  out.push_back(Automated(m));
  // Rules not yet in force on the notice's date do not apply.
  for (auto& e : out) {
    const rules::RuleInfo* info = rules::FindRule(e.rule);
    if (info && !info->in_force.empty() && !notice_date.empty() && notice_date < info->in_force) {
      e.status = S::kNotApplicable;
      e.reason = "not in force on the notice date (" + std::string(info->in_force) + ")";
      e.evidence.clear();
    }
  }
  return out;
}

}  // namespace pnc::draft
