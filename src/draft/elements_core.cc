// draft: element detectors for what. Matcher → ElementResult for purposes, categories and sources; and the
// helpers the detectors share (Near, Without, data lists).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

}  // namespace

bool DataListLeadIn(const Matcher& m, int lead) {
  static const std::set<std::string> kLast = {
      "use",         "collect", "hold",     "keep",      "process", "record", "include",    "includes",  "including",
      "information", "data",    "details",  "defnyddio", "casglu",  "cadw",   "gwybodaeth", "wybodaeth", "need",
      "needs",       "require", "requires", "store",     "gather",  "obtain", "angen"};  // "we just need:"
  const auto& t = m.sentence(lead).tokens;
  size_t k = t.size();
  while (k > 0 && t[k - 1] == ",") --k;
  // "What we get from here:" under a source's name introduces the data that source gives, not sources
  // ("Support and school information" is data; "school" there names no source). Welsh: "… o'r
  // ffynhonnell hon:", "… o'r fan hon:".
  static const std::set<std::string> kDeixis = {"here", "them", "there", "hon", "yma", "nhw"};
  if (k >= 2 && kDeixis.count(t[k - 1]) > 0 &&
      (t[k - 2] == "from" || t[k - 2] == "ffynhonnell" || t[k - 2] == "fan" || t[k - 2] == "ganddyn")) {
    return true;
  }
  if (m.Has(lead, "src.leadin")) return false;  // "Dyma o ble rydyn ni'n cael gwybodaeth:"
  return k > 0 && kLast.count(t[k - 1]) > 0;
}

bool UnderDataList(const Matcher& m, int s) {
  int lead = m.LeadIn(s);
  return lead >= 0 && DataListLeadIn(m, lead);
}

bool Near(const Matcher& m, int a, int b, int distance) {
  return m.sentence(a).section == m.sentence(b).section || std::abs(a - b) <= distance;
}

// A list item read with its lead-in says what the item alone does not: under "We don't:" (or a
// heading "WE DON'T"), "ask about your children's health" denies it. The joined reading of item `s`.
int JoinedReading(const Matcher& m, int s) {
  const Sentence& item = m.sentence(s);
  if (!item.list_item || item.lead_in < 0) return -1;
  const int n = static_cast<int>(m.doc().sentences.size());
  for (int j = item.lead_in + 1; j < n && j <= item.lead_in + 45; ++j) {
    // Only an item of one sentence: a joined reading of several would lend one sentence's words
    // ("the right not to be subject to …") to another ("We do not make automated decisions.").
    if (m.sentence(j).joined && m.sentence(j).block == item.block) {
      return m.sentence(j).text == m.sentence(item.lead_in).text + " " + item.text ? j : -1;
    }
  }
  return -1;
}

std::vector<int> Without(const Matcher& m, std::string_view name, std::string_view except, bool positive) {
  std::vector<int> out;
  for (int s : m.Sentences(name, positive)) {
    if (m.Has(s, except)) continue;
    if (int j = JoinedReading(m, s); j >= 0 && m.Has(j, except)) continue;
    out.push_back(s);
  }
  return out;
}

std::vector<int> Concat(std::vector<int> a, const std::vector<int>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
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
    // A short sentence naming a basis ("Where we need to comply with a legal obligation.") is an item of
    // a list of bases; a period stated as "as long as necessary to fulfil the purposes" is retention.
    const auto& tok = m.sentence(s).tokens;
    if ((tok.size() <= 10 && AnyBasis(m, tok)) || (m.InTopic(s, "retention") && m.Has(s, "ret.vague"))) continue;
    if (counts(s)) strong.push_back(s);
  }
  for (int s : m.Sentences("purpose.item")) {
    if (m.InTopic(s, "purposes") && counts(s)) strong.push_back(s);
  }
  // A definition list of activities ("<dt>Arranging visits</dt><dd>Booking a room and a supervisor
  // …</dd>"): a term that opens with a verb's -ing form and has a definition names what the data is
  // used for, under any heading but one about the data itself, its sources, rights, sharing or the words
  // a notice explains ("Keeping you safe (safeguarding)" in a children's glossary). (A
  // term naming data — "Mailing list", "Booking details" — is not an activity.)
  const auto& sents = m.doc().sentences;
  for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
    const Sentence& t = sents[s];
    if (t.heading || t.record < 0 || t.label != static_cast<int>(t.tokens.size()) || t.tokens.size() < 2 ||
        t.tokens.size() > 6 || !counts(s) || m.InTopic(s, "what") || m.InTopic(s, "whose") || m.InTopic(s, "sources") ||
        m.InTopic(s, "retention") || m.InTopic(s, "cookies") || m.InTopic(s, "glossary")) {
      continue;
    }
    const std::string& first = t.tokens[0];
    if (first.size() < 6 || first.compare(first.size() - 3, 3, "ing") != 0 || t.text.empty() ||
        !std::isupper(static_cast<unsigned char>(t.text[0])) || m.Matches({t.tokens[1]}, "purpose.term.data")) {
      continue;
    }
    for (int k = s + 1; k < static_cast<int>(sents.size()) && k <= s + 4; ++k) {
      if (sents[k].lead_in == s) {
        strong.push_back(k);
        break;
      }
    }
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
  // "… centrally held data, provided by the National Network" and "the National Network provides information
  // to us": another body, by its proper name, as the one the data comes from (not "provided by you", nor
  // "we provide information to …").
  static const std::set<std::string> kPronouns = {"you", "your", "we", "us", "our", "they", "it", "this", "he", "she"};
  for (int s : m.Sentences("src.by", true)) {
    if (!NamesSource(m, s)) continue;
    const std::string& t = m.sentence(s).text;
    bool named = false;
    for (size_t at = t.find(" by "); !named && at != std::string::npos; at = t.find(" by ", at + 1)) {
      size_t k = at + 4;
      if (t.compare(k, 4, "the ") == 0) k += 4;
      size_t end = t.find_first_of(" ,.;:)", k);
      std::string word = t.substr(k, end == std::string::npos ? std::string::npos : end - k);
      std::string low = word;
      for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      named = !word.empty() && Upper(word[0]) && !kPronouns.count(low) && NameWords(word) > 0;
    }
    for (const char* verb :
         {" provides ", " supplies ", " passes ", " sends ", " shares ", " gives ", " forwards ", " transmits "}) {
      size_t at = t.find(verb);
      if (named || at == std::string::npos) continue;
      size_t start = t.rfind(' ', at - 1);
      std::string word =
          t.substr(start == std::string::npos ? 0 : start + 1, at - (start == std::string::npos ? 0 : start + 1));
      while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.pop_back();
      std::string low = word;
      for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      named = !word.empty() && Upper(word[0]) && !kPronouns.count(low) && NameWords(word) > 0;
    }
    if (named) out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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
    // (Under "What do we know about you?" a sentence of kinds needs no verb: "Your name, your birthday …")
    bool what = !sents[s].heading && m.InTopic(s, "what");
    if (items >= 3 || (items >= 2 && (m.Has(s, "cat.collect") || what))) found.push_back(s);
  }
  // A lead-in and its list: "We collect:" + "- your name" + "- your address" + …
  // (A list straight under a heading about the data held, "What we collect", has the heading's
  // first item as its lead-in.)
  std::vector<std::vector<bool>> kinds(n);
  std::vector<int> first_under(m.doc().sections.size(), -1);
  for (int s = 0; s < n; ++s) {
    if (!sents[s].list_item || Matcher::HasContactDetail(sents[s].text)) continue;
    int lead = sents[s].lead_in;
    if (lead < 0 && sents[s].section >= 0 && sents[s].section < static_cast<int>(first_under.size()) &&
        m.InTopic(s, "what")) {
      int& first = first_under[sents[s].section];
      if (first < 0) first = s;
      lead = first;
    }
    if (lead < 0) continue;
    auto& acc = kinds[lead];
    auto hit = m.PatternsMatching(s, "cat.item");
    acc.resize(hit.size());
    for (size_t i = 0; i < hit.size(); ++i) acc[i] = acc[i] || hit[i];
  }
  for (int s = 0; s < n; ++s) {
    int items = static_cast<int>(std::count(kinds[s].begin(), kinds[s].end(), true));
    // Only a lead-in about data introduces data ("Where we need to, we share it with:" does not).
    bool data_lead = DataListLeadIn(m, s) || m.Has(s, "cat.statement") || m.Has(s, "topic.what") ||
                     (sents[s].list_item && sents[s].lead_in < 0 && m.InTopic(s, "what"));
    if (items >= 2 && data_lead && !m.Has(s, "rec.leadin") && !elsewhere(s)) found.push_back(s);
  }
  // A table whose first column is the data ("Information | Why we hold it | How long"): its rows'
  // first cells are the kinds of data held.
  int rows = 0;
  for (int s = 0; s < n && rows < 2; ++s) {
    const Sentence& r = sents[s];
    // (A retention schedule's rows are record types; a row that also gives its basis is the data held.)
    if (!r.table_row || r.header < 0 || r.header == s || r.cells.empty() || sents[r.header].cells.empty() ||
        (elsewhere(s) && !AnyBasis(m, r.tokens))) {
      continue;
    }
    if (m.Matches(sents[r.header].cells[0], "cat.header")) {
      found.push_back(s);
      ++rows;
    }
  }
  // A thin notice names its data one kind per sentence ("Contact details are recorded on the
  // membership database", "… a list containing telephone numbers", "a record of bookings and
  // payments"): three different kinds, each said to be held, are a list all the same. (Not in a
  // sentence that denies: "we do not knowingly collect data from children" names no data held.)
  if (found.empty()) {
    std::vector<bool> seen;
    std::vector<int> where;
    for (int s = 0; s < n; ++s) {
      if (Matcher::HasContactDetail(m.sentence(s).text) || sents[s].heading || elsewhere(s) || !m.Has(s, "cat.held") ||
          m.Has(s, "cat.held.not") || m.InTopic(s, "cookies") || m.Has(s, "cookies") ||
          m.Has(s, "notice.formats"))  // "this notice in Braille or as an audio recording" holds no data
        continue;
      auto hit = m.PatternsMatching(s, "cat.item");
      seen.resize(hit.size());
      bool fresh = false;
      for (size_t i = 0; i < hit.size(); ++i) {
        fresh = fresh || (hit[i] && !seen[i]);
        seen[i] = seen[i] || hit[i];
      }
      if (fresh) where.push_back(s);
    }
    if (std::count(seen.begin(), seen.end(), true) >= 3) found = where;
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
    // (Welsh: "megis", "er enghraifft", "gan gynnwys".)
    for (const char* cue :
         {"including", "such as", "for example", "e.g.", "namely", "like ", "megis", "er enghraifft", "gan gynnwys"}) {
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

}  // namespace pnc::draft
