// render: NoticeDoc → spoken script (chapters of utterances). Every sentence is the document's;
// the only words added are catalogue labels that announce structure ("A list of 3 items.").
#include "render/speech_script.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "locale/catalogue.h"
#include "render/plain_text.h"

namespace pnc::render {
namespace {

// A label's own full stop after a value that already ends a sentence ("Section 2: Who are we?.")
// would be read as a second stop; the value's mark is kept.
std::string OneStop(std::string s) {
  if (s.size() < 2 || s.back() != '.') return s;
  std::string_view before(s.data(), s.size() - 1);
  for (std::string_view mark : {"?", "!", ".", "\u061F" /* Arabic question mark */, "\u2026" /* ellipsis */}) {
    if (before.ends_with(mark)) {
      s.pop_back();
      break;
    }
  }
  return s;
}

std::string Label(const notice::NoticeDoc& doc, const std::string& key,
                  const std::map<std::string, std::string>& args) {
  auto it = doc.labels.find(key);
  return it == doc.labels.end() ? "" : OneStop(locale::Substitute(it->second, args));
}

// A count's label: the catalogue's "<key>-one" for one ("A list of one item."), else "<key>".
std::string Counted(const notice::NoticeDoc& doc, const std::string& key, const std::string& arg, size_t count) {
  if (count == 1 && doc.labels.contains(key + "-one")) return Label(doc, key + "-one", {});
  return Label(doc, key, {{arg, std::to_string(count)}});
}

// A label and its value ("Email: info@…"), joined as the catalogue says (label.audio-field); a
// value without a label is said alone, a label before a list ends as the catalogue's join does.
std::string Labelled(const notice::NoticeDoc& doc, const std::string& label, const std::string& value) {
  if (label.empty()) return value;
  std::string said = Label(doc, "audio-field", {{"label", label}, {"value", value}});
  return said.empty() ? label + " " + value : said;
}

// A sentence ends with a stop so the synthesiser pauses after a heading or a list item.
std::string Sentence(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (!s.empty() && std::string(".!?:;").find(s.back()) == std::string::npos) s += '.';
  return s;
}

// A line break inside a block is said as the end of a sentence.
const std::string kBreak = "\x1F";

std::string Sentences(const std::string& text) {
  std::string out;
  size_t at = 0;
  for (size_t next; (next = text.find(kBreak, at)) != std::string::npos; at = next + kBreak.size()) {
    std::string part = Sentence(text.substr(at, next - at));
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  }
  std::string last = text.substr(at);
  while (!last.empty() && last.front() == ' ') last.erase(0, 1);
  if (!last.empty()) out += (out.empty() ? "" : " ") + last;
  return out;
}

// "1187654" → "1 1 8, 7 6 5 4" (defined below).
std::string SpelledOut(const std::string& value);

struct Writer {
  const notice::NoticeDoc& doc;
  Chapter* chapter = nullptr;

  // Says `text` (with MarkedText's language marks) in `lang`, a span in its own language by its own
  // voice: "Service:" in English, then the Welsh name in Welsh. The sentence's stop ends the last piece.
  void Say(const std::string& text, const std::string& lang) {
    const std::string& code = lang.empty() ? doc.locale : lang;
    std::vector<Utterance> said;
    for (auto& run : LangRuns(text, code)) {
      std::string spoken = Spoken(run.text, doc.labels);
      while (!spoken.empty() && spoken.back() == ' ') spoken.pop_back();
      if (!spoken.empty()) said.push_back({run.lang, std::move(spoken)});
    }
    if (said.empty()) return;
    said.back().text = Sentence(said.back().text);
    // Consecutive sentences in one language go to the synthesiser together: fewer, longer
    // pieces sound more natural and cache as well (a block is still the unit that changes).
    for (auto& u : said) chapter->utterances.push_back(std::move(u));
  }

  void Blocks(const std::vector<notice::Block>& blocks, const std::string& lang) {
    for (const auto& b : blocks) Block(b, lang);
  }

  void Block(const notice::Block& b, const std::string& inherited) {
    const std::string lang = b.lang.empty() ? inherited : b.lang;
    switch (b.kind) {
      case notice::BlockKind::kParagraph:
      case notice::BlockKind::kHeading:
        Say(Sentences(MarkedText(b.inlines, true, lang, kBreak)), lang);
        break;
      case notice::BlockKind::kBulletList:
      case notice::BlockKind::kOrderedList:
        Say(Counted(doc, "audio-list", "count", b.items.size()), "");
        for (const auto& item : b.items) Blocks(item, lang);
        Say(Label(doc, "audio-list-end", {}), "");
        break;
      case notice::BlockKind::kTable: {
        Say(Counted(doc, "audio-table", "rows", b.table.rows.size()), "");
        int n = 1;
        for (const auto& row : b.table.rows) {
          std::string text = Label(doc, "audio-row", {{"number", std::to_string(n++)}});
          for (size_t c = 0; c < row.size(); ++c) {
            std::string cell = Sentences(MarkedText(row[c], true, lang, kBreak));
            if (cell.empty()) continue;
            std::string head = c < b.table.header.size() ? MarkedText(b.table.header[c], true, lang) : "";
            text += " " + Sentence(Labelled(doc, head, cell));
          }
          Say(text, lang);
        }
        break;
      }
      case notice::BlockKind::kFields:
        for (const auto& f : b.fields) {
          std::string value = Sentences(MarkedText(f.value, true, lang, kBreak));
          if (!f.items.empty()) {
            // A listed value is read as a list is: its length, each item, its end.
            if (!f.label.empty() || !value.empty()) Say(Labelled(doc, f.label, value), lang);
            Say(Counted(doc, "audio-list", "count", f.items.size()), "");
            for (size_t i = 0; i < f.items.size(); ++i) {
              const std::string& own = f.ItemLang(i);  // a fallback item is read in its own language
              Say(Sentences(MarkedText(f.items[i], true, own.empty() ? lang : own, kBreak)), own.empty() ? lang : own);
            }
            Say(Label(doc, "audio-list-end", {}), "");
            continue;
          }
          Say(Labelled(doc, f.label, f.spelled ? SpelledOut(value) : value), lang);
        }
        break;
    }
  }

  void Section(const notice::Section& s, int number, int depth) {
    if (depth == 0) {
      Say(Label(doc, "audio-section", {{"number", std::to_string(number)}, {"title", MarkLang(s.title, s.title_lang)}}),
          "");
    } else {
      Say(MarkLang(s.title, s.title_lang), "");
    }
    Blocks(s.blocks, "");
    for (const auto& child : s.children) Section(child, number, depth + 1);
  }
};

bool IsPhoneChar(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '+'; }

// Splits "word," into "word" and ","; brackets and quotes around it are kept apart too.
void Trim(const std::string& token, std::string* lead, std::string* core, std::string* tail) {
  size_t a = 0, b = token.size();
  while (a < b && std::string("(\"'[").find(token[a]) != std::string::npos) ++a;
  while (b > a && std::string(".,;:)\"']!?").find(token[b - 1]) != std::string::npos) --b;
  *lead = token.substr(0, a);
  *core = token.substr(a, b - a);
  *tail = token.substr(b);
}

bool IsWebAddress(const std::string& s) {
  if (s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("www.", 0) == 0) return true;
  // A bare domain: letters, a dot, then a known kind of ending ("ico.org.uk", "example.com/x").
  size_t dot = s.find('.');
  if (dot == std::string::npos || dot == 0 || s.find(' ') != std::string::npos) return false;
  std::string host = s.substr(0, s.find('/'));
  for (const char* end : {".uk", ".com", ".org", ".net", ".cymru", ".wales", ".gov", ".info", ".eu"}) {
    std::string e(end);
    if (host.size() > e.size() && host.compare(host.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::string Address(std::string s, const std::map<std::string, std::string>& labels) {
  auto label = [&](const char* key) {
    auto it = labels.find(key);
    return it == labels.end() ? std::string() : it->second;
  };
  for (const char* scheme : {"https://", "http://", "mailto:"}) {
    if (s.rfind(scheme, 0) == 0) s = s.substr(std::string(scheme).size());
  }
  while (!s.empty() && s.back() == '/') s.pop_back();
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '@')
      out += " " + label("audio-at") + " ";
    else if (c == '.')
      out += " " + label("audio-dot") + " ";
    else if (c == '/')
      out += " " + label("audio-slash") + " ";
    else if (c == '-' || c == '_')
      out += ' ';
    else
      out += c;
  }
  // "www" is said letter by letter.
  if (out.rfind("www ", 0) == 0) out = "w w w " + out.substr(4);
  return out;
}

// An identifier (a registered number) read character by character in the groups a listener notes
// down: letters apart from digits, and a run of digits in threes with the last one or two groups
// four long ("1187654" → "1 1 8, 7 6 5 4", "06146820" → "0 6 1 4, 6 8 2 0", "ZA123456" → "Z A, 1 2
// 3, 4 5 6"). Words beside the numbers ("224469 (England and Wales)") are read as words.
std::string SpellToken(const std::string& core) {
  std::vector<std::string> groups;
  std::string run;
  bool in_digits = false;
  auto flush = [&] {
    const size_t n = run.size();
    if (n == 0) return;
    std::vector<size_t> sizes = {n};
    if (in_digits && n == 5) sizes = {2, 3};
    if (in_digits && n > 5) {
      const size_t fours = n % 3;  // 7 = 3 + 4, 8 = 4 + 4, 10 = 3 + 3 + 4
      sizes.assign((n - 4 * fours) / 3, 3);
      sizes.insert(sizes.end(), fours, 4);
    }
    size_t at = 0;
    for (size_t size : sizes) {
      groups.push_back(run.substr(at, size));
      at += size;
    }
    run.clear();
  };
  for (char c : core) {
    const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!run.empty() && digit != in_digits) flush();
    in_digits = digit;
    run += c;
  }
  flush();
  std::string out;
  for (const auto& g : groups) {
    if (!out.empty()) out += ", ";
    for (size_t k = 0; k < g.size(); ++k) {
      if (k) out += ' ';
      out += g[k];
    }
  }
  return out;
}

std::string SpelledOut(const std::string& value) {
  std::string out;
  bool spelled_before = false;
  for (size_t at = 0; at < value.size();) {
    size_t end = value.find(' ', at);
    if (end == std::string::npos) end = value.size();
    const std::string token = value.substr(at, end - at);
    at = end + 1;
    if (token.empty()) continue;
    std::string lead, core, tail;
    Trim(token, &lead, &core, &tail);
    const bool id =
        !core.empty() && std::any_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        std::all_of(core.begin(), core.end(),
                    [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    if (!out.empty()) out += spelled_before && id && lead.empty() ? ", " : " ";
    out += id ? lead + SpellToken(core) + tail : token;
    spelled_before = id && tail.empty();
  }
  return out;
}

}  // namespace

std::string Spoken(const std::string& text, const std::map<std::string, std::string>& labels) {
  std::vector<std::string> tokens;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    if (end > at) tokens.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string lead, core, tail;
    Trim(tokens[i], &lead, &core, &tail);
    std::string said = core;
    // A phone number: a run of digit groups ("0303 123 1113", "+44 29 2067 8400", Childline's
    // "0800 1111"), said digit by digit with a pause between groups. A leading 0 or + and seven
    // digits tell it from a count or a year; the 116 numbers (Samaritans' 116 123, the missing
    // children line 116 000) are the UK's only six-digit helplines, so "116 000 records" is read as one.
    size_t j = i, digits = 0;
    std::vector<std::string> groups;
    while (j < tokens.size()) {
      std::string l, c, t;
      Trim(tokens[j], &l, &c, &t);
      if (c.empty() || !std::all_of(c.begin(), c.end(), IsPhoneChar) || (j > i && !l.empty())) break;
      // A number that is already whole ends before a short group or past a UK number's length: "0800
      // 1111 7 days a week" is Childline's number, then seven days, not one number.
      const size_t more =
          static_cast<size_t>(std::count_if(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
      const size_t longest = groups.empty() || groups[0][0] != '+' ? 11 : 12;
      if (j > i && ((digits >= 7 && more <= 2) || digits + more > longest)) break;
      groups.push_back(c);
      digits += more;
      ++j;
      if (!t.empty()) break;
    }
    const bool helpline_116 = groups.size() == 2 && groups[0] == "116" && groups[1].size() == 3;
    if ((digits >= 7 && (groups[0][0] == '0' || groups[0][0] == '+')) || helpline_116) {
      std::string number;
      for (size_t g = 0; g < groups.size(); ++g) {
        if (g) number += ", ";
        for (size_t k = 0; k < groups[g].size(); ++k) {
          if (k) number += ' ';
          number += groups[g][k] == '+' ? std::string("+") : std::string(1, groups[g][k]);
        }
      }
      std::string l, c, t;
      Trim(tokens[j - 1], &l, &c, &t);
      out += (out.empty() ? "" : " ") + lead + number + t;
      i = j - 1;
      continue;
    }
    if (core.find('@') != std::string::npos && core.find('.') != std::string::npos) {
      said = Address(core, labels);
    } else if (IsWebAddress(core)) {
      said = Address(core, labels);
    }
    out += (out.empty() ? "" : " ") + lead + said + tail;
  }
  // Collapse the doubled spaces address spelling can leave.
  std::string clean;
  for (char c : out) {
    if (c == ' ' && !clean.empty() && clean.back() == ' ') continue;
    clean += c;
  }
  return clean;
}

std::string VoiceFor(const std::string& locale) {
  std::string lang = locale.substr(0, locale.find('-'));
  if (lang == "en") return "en-gb";
  if (lang == "cy") return "cy";
  return "";
}

std::vector<Chapter> SpeechScript(const notice::NoticeDoc& doc) {
  std::vector<Chapter> chapters;
  Writer w{doc};
  chapters.push_back({doc.summary.empty() ? doc.title : doc.summary_title, {}});
  w.chapter = &chapters.back();
  w.Say(MarkLang(doc.title, doc.title_lang), "");
  if (!doc.organisation.empty() && doc.organisation != doc.title) {
    w.Say(MarkLang(doc.organisation, doc.organisation_lang), "");
  }
  if (!doc.draft.empty()) w.Say(doc.draft, "");
  if (!doc.summary.empty()) {
    w.Say(doc.summary_title, "");
    w.Blocks(doc.summary, "");
  }
  int number = 1;
  for (const auto& s : doc.sections) {
    // Without a summary the title opens the first section's chapter.
    if (!(chapters.size() == 1 && doc.summary.empty() && number == 1))
      chapters.push_back({s.title, {}});
    else
      chapters.back().title = s.title;
    w.chapter = &chapters.back();
    w.Section(s, number++, 0);
  }
  return chapters;
}

bool RenderSpeechScript(const notice::NoticeDoc& doc, const RenderContext&, std::string* out, diag::Sink* sink) {
  if (VoiceFor(doc.locale).empty()) {
    sink->Add(diag::Make(diag::Severity::kNote, "", "",
                         "no audio written for '" + doc.locale + "': pnc has English and Welsh voices only", ""));
    return false;
  }
  std::string text;
  for (const auto& c : SpeechScript(doc)) {
    text += "## " + c.title + "\n";
    for (const auto& u : c.utterances) text += "[" + u.lang + "] " + u.text + "\n";
    text += "\n";
  }
  *out = std::move(text);
  return true;
}

}  // namespace pnc::render
