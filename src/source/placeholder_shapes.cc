// source: the shapes of a placeholder, text → the first match of each: an address at a reserved
// domain, placeholder words, numbers of zeros, Ofcom's drama numbers, gaps to fill in, phrases.
// The words come from data (data/placeholders.json); the shapes are code.
#include "source/placeholder_shapes.h"

#include <array>

#include "base/address.h"

namespace pnc::source::shapes {
namespace {

// Phone numbers Ofcom keeps for drama (TV, radio, books): never a real line. 11 digits; the first
// 8 are fixed, the last 3 free. (Ofcom's table, not words: kept with the code that reads numbers.)
constexpr std::array kDramaPrefixes = {"01134960", "01144960", "01154960", "01164960", "01174960",
                                       "01184960", "01214960", "01314960", "01414960", "01514960",
                                       "01614960", "02079460", "01914980", "02890180", "02920180",
                                       "01632960", "07700900", "08081570", "09098790", "03069990"};

// Reserved for documentation (RFC 2606, RFC 6761), or a domain templates use: an address there
// reaches nobody.
bool ExampleHost(std::string_view host, const PlaceholderWords& w) {
  while (!host.empty() && std::string_view(".,;)>\"'").find(host.back()) != std::string_view::npos) {
    host.remove_suffix(1);
  }
  size_t last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return false;
  const std::string low = LowerOf(host);
  for (const auto& h : w.example_hosts) {
    if (low == h || (low.size() > h.size() && low.compare(low.size() - h.size(), h.size(), h) == 0 &&
                     low[low.size() - h.size() - 1] == '.')) {
      return true;
    }
  }
  for (size_t start = 0; start < low.size();) {
    size_t dot = low.find('.', start);
    if (dot == std::string::npos) dot = low.size();
    if (In(w.example_labels, low.substr(start, dot - start))) return true;
    start = dot + 1;
  }
  std::string tld = low.substr(last + 1);
  if (tld == "example" || tld == "test" || tld == "invalid" || tld == "localhost") return true;
  if (tld != "com" && tld != "org" && tld != "net") return false;
  std::string_view rest = std::string_view(low).substr(0, last);
  size_t dot = rest.rfind('.');
  return (dot == std::string_view::npos ? rest : rest.substr(dot + 1)) == "example";
}

// The address in a chunk, without the Markdown or punctuation around it:
// "form](https://example.com/form)." → "https://example.com/form".
std::string_view AddressIn(std::string_view chunk) {
  size_t begin = 0;
  if (size_t scheme = chunk.find("://"); scheme != std::string_view::npos) {
    begin = scheme;
    while (begin > 0 && IsAlnum(chunk[begin - 1])) --begin;
  } else if (size_t at = chunk.find('@'); at != std::string_view::npos) {
    begin = chunk.find_last_of("([<\"':", at);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
  } else {
    begin = chunk.find_first_not_of("([<\"'");
    if (begin == std::string_view::npos) return {};
  }
  size_t end = chunk.find_first_of(")]>\"'", begin);
  std::string_view a = chunk.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  while (!a.empty() && std::string_view(".,;:!?").find(a.back()) != std::string_view::npos) a.remove_suffix(1);
  return a;
}

// "1234567", "01234567890": six or more digits, each one more than the last (9 then 0), the way a
// template fills a number in. Real numbers of that shape are vanishingly rare, and a source can
// dismiss one in "not_placeholders".
bool CountedOut(std::string_view digits) {
  if (digits.size() < 6) return false;
  for (size_t i = 1; i < digits.size(); ++i) {
    if (!IsDigit(digits[i]) || !IsDigit(digits[i - 1]) || (digits[i - 1] - '0' + 1) % 10 != digits[i] - '0')
      return false;
  }
  return true;
}

}  // namespace

// A chunk is a run of non-space characters: "info@example.org", "https://x.test/a", "ZA000000,".
bool CheckChunk(std::string_view chunk, const PlaceholderWords& w, Placeholder* out) {
  if (chunk.size() >= 2 && chunk.find_first_not_of('?') == std::string_view::npos) {
    *out = {std::string(chunk), "question marks, not an answer"};
    return true;
  }
  // An e-mail address, a URL or a bare domain such as "www.example.org".
  if (chunk.find_first_of("@.") != std::string_view::npos || chunk.find("://") != std::string_view::npos) {
    std::string_view host = base::HostPart(chunk);
    size_t start = host.find_first_not_of("([<\"'");
    if (start != std::string_view::npos && ExampleHost(host.substr(start), w)) {
      *out = {std::string(AddressIn(chunk)), "an address at a domain reserved for examples"};
      return true;
    }
  }
  return false;
}

// A word is a run of letters and digits.
bool CheckWord(std::string_view word, const PlaceholderWords& w, Placeholder* out) {
  std::string low = LowerOf(word);
  if (In(w.words, low)) {
    *out = {std::string(word), "a placeholder word"};
    return true;
  }
  size_t xs = 0, letters = 0, zeros = 0, digits = 0;
  for (char c : low) {
    xs = c == 'x' ? xs + 1 : 0;
    if (xs >= 3) {
      *out = {std::string(word), "a row of x's"};
      return true;
    }
    letters += !IsDigit(c);
    digits += IsDigit(c);
    zeros += c == '0';
  }
  // "00000000", "ZA000000": a registration number of zeros. Letters only before the digits.
  if (digits >= 6 && zeros == digits && letters <= 3 && (letters == 0 || !IsDigit(low[0]))) {
    *out = {std::string(word), "a number made of zeros"};
    return true;
  }
  // "1234567", "12345678": a charity or company number counted out, not looked up. Seven digits or
  // more, since six ("123456") also end real phone numbers; an ICO number such as "Z1234567" is left
  // alone, as its letter makes it a real-looking registration.
  if (letters == 0 && digits >= 7 && CountedOut(low)) {
    *out = {std::string(word), "digits counted out in order, not a real number"};
    return true;
  }
  return false;
}

// "ZA 000 000", "000 000 00": a registration number of zeros written in groups, from `i` (the
// start of a chunk). Returns where the next check may start: each group is read once.
size_t CheckSpacedZeros(std::string_view text, size_t i, Placeholder* out) {
  size_t pos = i, zeros = 0, groups = 0;
  // "10 000 000" is a figure: groups after a digit are not a number of their own.
  size_t b = i;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '-' || text[b - 1] == ',' || text[b - 1] == '.')) --b;
  if (b > 0 && IsDigit(text[b - 1])) return i + 1;
  while (pos < text.size() && ((text[pos] >= 'A' && text[pos] <= 'Z') || (text[pos] >= 'a' && text[pos] <= 'z'))) ++pos;
  if (pos - i > 3) return pos;
  size_t end = pos;
  while (true) {
    if (pos < text.size() && (text[pos] == ' ' || text[pos] == '-') && (groups > 0 || pos > i)) ++pos;
    size_t g = pos;
    while (pos < text.size() && text[pos] == '0') ++pos;
    if (pos == g || (pos < text.size() && IsWordByte(text[pos]))) break;
    zeros += pos - g;
    ++groups;
    end = pos;
  }
  if (groups >= 2 && zeros >= 6) *out = {std::string(text.substr(i, end - i)), "a number made of zeros"};
  return std::max(end, i + 1);
}

// A run of digit groups joined by single spaces or hyphens, such as "0151 702 5524", optionally
// after "+44": a phone number when it has 10 or 11 digits.
bool CheckPhone(std::string_view run, Placeholder* out) {
  std::string digits;
  for (char c : run) {
    if (IsDigit(c)) digits.push_back(c);
  }
  if (digits.rfind("44", 0) == 0 && run.find('+') != std::string_view::npos) digits = "0" + digits.substr(2);
  if (digits.size() < 10 || digits.size() > 11 || digits[0] != '0') return false;
  if (CountedOut(digits)) {
    *out = {std::string(run), "digits counted out in order, not a real number"};
    return true;
  }
  size_t nonzero = 0;
  for (char c : digits) nonzero += c != '0';
  if (nonzero <= 2) {
    *out = {std::string(run), "a phone number made of zeros"};
    return true;
  }
  if (digits.size() == 11) {
    for (const char* p : kDramaPrefixes) {
      if (digits.compare(0, 8, p) == 0) {
        *out = {std::string(run), "a number Ofcom reserves for drama, not a real line"};
        return true;
      }
    }
  }
  return false;
}

// "[insert date]", "[DPO name]", "[Your organisation]" (but not a Markdown link "[text](url)", nor
// "[Beavers]" or "[company number 01234567]": a gap names what to write and holds no figures),
// "{{name}}", "{name}", "<insert …>", "[ ]".
bool CheckGap(std::string_view text, size_t open, const PlaceholderWords& w, Placeholder* out) {
  char close_char = text[open] == '[' ? ']' : text[open] == '<' ? '>' : '}';
  size_t start = open + 1;
  if (text[open] == '{') {
    if (start < text.size() && text[start] != '{') {
      // "{name}", "{org_name}": one word in single braces is a template's variable, left unfilled
      // (a catalogue's placeholder copied into a source or a translation).
      size_t e = start;
      while (e < text.size() && e < start + 40 && (IsAlnum(text[e]) || text[e] == '_' || text[e] == '.')) ++e;
      if (e == start || e >= text.size() || text[e] != '}' || IsDigit(text[start])) return false;
      *out = {std::string(text.substr(open, e - open + 1)), "a template variable left unfilled"};
      return true;
    }
    if (start >= text.size()) return false;
    ++start;
  }
  // Gaps are short; looking at most 60 characters ahead keeps the scan linear.
  size_t limit = std::min(text.size(), start + 60);
  size_t close = start;
  while (close < limit && text[close] != close_char && text[close] != '\n') ++close;
  if (close >= limit || text[close] != close_char) return false;
  if (text[open] == '[' && close + 1 < text.size() && text[close + 1] == '(') return false;  // a link
  std::string inner = LowerOf(text.substr(start, close - start));
  const std::string quoted(
      text.substr(open, close - open + 1 + (text[open] == '{' && close + 1 < text.size() && text[close + 1] == '}')));
  if (inner.find_first_not_of(" .…") == std::string::npos) {
    if (text[open] == '<') return false;
    *out = {quoted, "an empty gap to fill in"};
    return true;
  }
  // "[12 months?]": a question the author left for later, figures or not.
  if (text[open] == '[' && inner.find('?') != std::string::npos) {
    *out = {quoted, "a question left in square brackets"};
    return true;
  }
  bool gap = text[open] == '{';  // "{{…}}" is a template variable whatever it holds
  bool figures = false;
  for (size_t i = 0; i < inner.size();) {
    if (!IsWordByte(inner[i]) && inner[i] != '-') {
      ++i;
      continue;
    }
    size_t e = i;
    for (; e < inner.size() && (IsWordByte(inner[e]) || inner[e] == '-'); ++e) figures = figures || IsDigit(inner[e]);
    gap = gap || In(w.gap_words, inner.substr(i, e - i));
    i = e;
  }
  if (!gap || (figures && text[open] != '{')) return false;
  *out = {quoted, "a gap to fill in"};
  return true;
}

// The first phrase of `phrases` in `low` (the text in lowercase), as whole words; `'` in a phrase
// also matches ’. Returns its offset, or npos.
size_t FindPhrase(const std::string& low, const std::string& phrase, size_t* length) {
  const std::string curly = [&] {
    std::string c;
    for (char ch : phrase) c += ch == '\'' ? std::string("\xE2\x80\x99") : std::string(1, ch);
    return c;
  }();
  for (const std::string* p : {&phrase, &curly}) {
    for (size_t at = low.find(*p); at != std::string::npos; at = low.find(*p, at + 1)) {
      bool before = at == 0 || !IsWordByte(low[at - 1]);
      bool after = at + p->size() >= low.size() || !IsWordByte(low[at + p->size()]);
      if (before && after) {
        *length = p->size();
        return at;
      }
    }
    if (curly == phrase) break;
  }
  return std::string::npos;
}

}  // namespace pnc::source::shapes
