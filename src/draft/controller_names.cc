// draft: the names a notice gives itself. Sentence → whether it names the organisation the notice speaks
// for (a title, an opening statement, "we, X, …", a contact block's first line); Controller's first cue.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "draft/contact_scan.h"
#include "draft/elements.h"

namespace pnc::draft {
namespace {

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// The first `n` space-separated words of `t`, each followed by a space (a sentence's subject).
std::string FirstWords(const std::string& t, size_t n) {
  std::string out;
  size_t words = 0, pos = 0;
  while (words < n && pos < t.size()) {
    size_t end = t.find(' ', pos);
    if (end == std::string::npos) end = t.size();
    out += t.substr(pos, end - pos) + " ";
    pos = end + 1;
    ++words;
  }
  return out;
}

}  // namespace

// The name letters only, lower case ("Student Robotics" → "studentrobotics").
std::string Squashed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

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

namespace {

// A block of contact details under a contact heading ("Our contact details" / "Acme SCIO" / "1 High Street" /
// "hello@acme.org"): its first line names the organisation the notice speaks for when that name is of an
// organisation's kind ("SCIO", "Trust", "Guild") or is the domain of the block's email address. A person's
// name ("Jane Smith, Secretary"), a role ("Data Protection Lead") or the regulator is not one.
bool ContactBlockName(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  const std::string& t = sents[s].text;
  if (t.size() > 160 || RegulatorDetails(m, s) || sents[s].list_item) return false;
  // The heading right above (only other short heading lines between: a text file reads an address's
  // short lines as headings).
  int above = -1;
  for (int k = s - 1; k >= 0 && s - k <= 3; --k) {
    if (!sents[k].heading) break;
    if (m.Matches(sents[k].tokens, "controller.contact.heading") && sents[k].tokens.size() <= 6) above = k;
    if (above >= 0) break;
  }
  if (above < 0) return false;
  // The name: the capitalised (and joining) words the line opens with, up to a number or a comma.
  std::string name;
  for (size_t i = 0; i < t.size();) {
    size_t j = t.find(' ', i);
    if (j == std::string::npos) j = t.size();
    std::string word = t.substr(i, j - i);
    bool comma = !word.empty() && word.back() == ',';
    if (comma) word.pop_back();
    if (word.empty() || std::isdigit(static_cast<unsigned char>(word[0])) || !OnlyName(word)) break;
    name += (name.empty() ? "" : " ") + word;
    if (comma) break;
    i = j + 1;
  }
  if (name.empty() || !Upper(name[0]) || NameWords(name) == 0) return false;
  // Its contact details: in the block (this line or the next few).
  std::string domains;
  bool contact = false;
  for (int c : OwnContact(m)) {
    if (c < s || c > s + 4) continue;
    contact = true;
    const std::string& ct = sents[c].text;
    for (size_t at = ct.find('@'); at != std::string::npos; at = ct.find('@', at + 1)) {
      size_t end = ct.find_first_of(" ,;)>", at);
      domains += Squashed(ct.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1)) + " ";
    }
  }
  if (!contact) return false;
  std::string squashed = Squashed(name);
  return m.Matches(Tokenize(name), "controller.kind") || (squashed.size() >= 5 && domains.find(squashed) == 0) ||
         (squashed.size() >= 5 && domains.find(" " + squashed) != std::string::npos);
}

}  // namespace

// Whether the sentence names the organisation as the one the notice is about: "We are Acme
// Trust.", "Acme ydyn ni.", a title "Acme Trust Privacy Notice", or "Name: Acme" under contact
// details. The words alone cannot say this; the capitals of a proper name can.
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
    std::string subject = FirstWords(t, i);
    bool starts = Upper(t[0]) || std::isdigit(static_cast<unsigned char>(t[0])) != 0;  // "6th Morpeth Scouts"
    if (starts && NameWords(subject) >= 1 && tok[0] != "we" && tok[0] != "this" && tok[0] != "our" &&
        !m.Has(s, "ico.name")) {
      return true;
    }
    break;
  }
  // "QPARA will use the information we hold about you …", "Oak Lane Choir collects only what our
  // members give us": a proper name (initials count) as the subject of one of the notice's opening
  // statements about its data, speaking of itself as "we" or "our" in the same sentence. The name is
  // the notice's "we". (Not a role: "The Membership Secretary will keep …" has no "we" of its own;
  // not a processor or a platform: "Mailchimp stores our mailing list".)
  if (!sen.heading && s <= 8 && t.size() < 400 && Upper(t[0]) && !m.Has(s, "cookies")) {
    static const std::set<std::string> kVerb = {"uses",    "collects", "holds", "processes", "keeps",   "stores",
                                                "records", "gathers",  "needs", "asks",      "obtains", "shares"};
    static const std::set<std::string> kAfterModal = {"use",  "collect", "hold",   "process", "keep",   "store",
                                                      "only", "record",  "gather", "ask",     "obtain", "share"};
    for (size_t i = 1; i < tok.size() && i <= 6; ++i) {
      bool verb = kVerb.count(tok[i]) > 0 || ((tok[i] == "will" || tok[i] == "may" || tok[i] == "shall") &&
                                              i + 1 < tok.size() && kAfterModal.count(tok[i + 1]) > 0);
      if (!verb) continue;
      bool we = std::any_of(tok.begin() + static_cast<long>(i) + 1, tok.end(),
                            [](const std::string& w) { return w == "we" || w == "our" || w == "us"; });
      std::string subject = FirstWords(t, i);
      while (!subject.empty() && subject.back() == ' ') subject.pop_back();
      if (we && tok[0] != "we" && tok[0] != "this" && tok[0] != "our" && tok[0] != "the" && NameWords(subject) >= 1 &&
          OnlyName(subject) && !m.Has(s, "ico.name") && !m.Matches(Tokenize(subject), "controller.notname")) {
        return true;
      }
      break;
    }
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
      // "Privacy notice for Acme", "Website privacy policy of the Acme Trust": only title words before
      // it, so "This site links to the privacy policy of Google" (another body's policy) is not one.
      bool title_only = at == 0 || OnlyName(t.substr(0, at));
      for (const char* link : {" for ", " of ", " for the ", " of the "}) {
        size_t n = std::char_traits<char>::length(link);
        if (title_only && lower.compare(after, n, link) == 0 && after + n < t.size() && Upper(t[after + n]))
          return true;
      }
    }
  }
  // The notice's own opening words, however long the sentence: "This privacy notice for Acme Trust
  // explains …", "This is the privacy policy of the Acme Trust, a …". Only where the kind of notice
  // follows "This (is the|is our)" at the sentence start, so a link to another body's policy
  // ("You can read Google's privacy policy …", "See the privacy policy of Google") is not one.
  if (!sen.heading && t.rfind("This ", 0) == 0 && t.size() < 600) {
    std::string lower = t;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* open : {"this ", "this is the ", "this is our "}) {
      for (const char* kind : {"privacy notice", "privacy policy", "privacy statement", "data protection policy",
                               "data protection notice"}) {
        std::string head = std::string(open) + kind;
        if (lower.rfind(head, 0) != 0) continue;
        for (const char* link : {" for ", " of ", " for the ", " of the "}) {
          size_t k = head.size(), n = std::char_traits<char>::length(link);
          if (lower.compare(k, n, link) != 0 || k + n >= t.size()) continue;
          // The name: the capitalised (and joining) words after the link, up to punctuation.
          std::string name;
          for (size_t i = k + n; i < t.size();) {
            size_t j = t.find_first_of(" ,.;:('\"", i);
            if (j == std::string::npos) j = t.size();
            std::string word = t.substr(i, j - i);
            if (word.empty() || !OnlyName(word)) break;
            name += (name.empty() ? "" : " ") + word;
            if (j >= t.size() || t[j] != ' ') break;
            i = j + 1;
          }
          while (name.rfind(' ') != std::string::npos && !Upper(name[name.rfind(' ') + 1]))
            name.resize(name.rfind(' '));
          if (!name.empty() && Upper(name[0]) && NameWords(name) > 0 && OnlyName(name)) return true;
        }
      }
    }
  }
  // "Oak Lane Choir ('we', 'us' or 'our')": the organisation defined as the notice's "we".
  for (size_t at = t.find('('); at != std::string::npos && at < 400; at = t.find('(', at + 1)) {
    size_t k = at + 1;
    while (k < t.size() && (t[k] == '\'' || t[k] == '"' || static_cast<unsigned char>(t[k]) >= 0x80)) ++k;
    if (t.compare(k, 2, "we") != 0 && t.compare(k, 2, "We") != 0) continue;
    if (k + 2 < t.size() && std::isalpha(static_cast<unsigned char>(t[k + 2]))) continue;  // "(weekly …)"
    // The name right before the bracket: up to six capitalised words or joining words.
    std::vector<std::string> words;
    for (size_t i = 0, j; i < at; i = j + 1) {
      j = t.find(' ', i);
      if (j == std::string::npos || j > at) j = at;
      if (j > i) words.push_back(t.substr(i, j - i));
    }
    std::string name;
    for (int w = static_cast<int>(words.size()) - 1, n = 0; w >= 0 && n < 6 && OnlyName(words[w]); --w, ++n) {
      name = words[w] + (name.empty() ? "" : " " + name);
    }
    while (!name.empty() && !Upper(name[0]))
      name.erase(0, name.find(' ') == std::string::npos ? name.size() : name.find(' ') + 1);
    if (!name.empty() && Upper(name[0]) && NameWords(name) > 0) return true;
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
      std::erase(rest, "-");                // ("not-for-profit" is one word of the six)
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
  if (ContactBlockName(m, s) || LetterheadName(m, s)) return true;
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

}  // namespace pnc::draft
