// source: text → the first placeholder in it; a source document → every published string's
// placeholders. Hand-written scanning, one pass over each string: no regex backtracking.
#include "source/placeholder.h"

#include <array>

#include "base/utf8.h"
#include "source/json_locator.h"

namespace pnc::source {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string LowerOf(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Words that are never a fact. ("n/a" is left alone: it can be a true answer.)
constexpr std::array kWords = {"tbc", "tbd", "tba", "todo", "fixme", "lorem", "ipsum", "placeholder", "yyyy"};

// Phone numbers Ofcom keeps for drama (TV, radio, books): never a real line. 11 digits; the first
// 8 are fixed, the last 3 free.
constexpr std::array kDramaPrefixes = {"01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
                                       "01214960", "01314960", "01414960", "01514960", "01614960", "02079460",
                                       "01914980", "02890180", "02920180", "01632960", "07700900", "08081570",
                                       "09098790", "03069990"};

// Reserved for documentation (RFC 2606, RFC 6761): an address there reaches nobody.
bool DocumentationHost(std::string_view host) {
  while (!host.empty() && (host.back() == '.' || host.back() == ',' || host.back() == ';' || host.back() == ')')) {
    host.remove_suffix(1);
  }
  size_t last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return false;
  std::string tld = LowerOf(host.substr(last + 1));
  if (tld == "example" || tld == "test" || tld == "invalid" || tld == "localhost") return true;
  if (tld != "com" && tld != "org" && tld != "net") return false;
  std::string_view rest = host.substr(0, last);
  size_t dot = rest.rfind('.');
  return LowerOf(dot == std::string_view::npos ? rest : rest.substr(dot + 1)) == "example";
}

// A chunk is a run of non-space characters: "info@example.org", "https://x.test/a", "ZA000000,".
bool CheckChunk(std::string_view chunk, Placeholder* out) {
  std::string_view host;
  if (size_t at = chunk.find('@'); at != std::string_view::npos) {
    host = chunk.substr(at + 1);
  } else if (size_t scheme = chunk.find("://"); scheme != std::string_view::npos) {
    host = chunk.substr(scheme + 3);
  } else if (chunk.find('.') != std::string_view::npos) {
    host = chunk;  // a bare domain such as "www.example.org"
  }
  if (!host.empty()) {
    size_t end = host.find_first_of("/?#:]");
    host = host.substr(0, end);
    size_t start = host.find_first_not_of("([<\"'");
    if (start != std::string_view::npos && DocumentationHost(host.substr(start))) {
      *out = {std::string(chunk), "an address at a domain reserved for examples"};
      return true;
    }
  }
  return false;
}

// A word is a run of letters and digits.
bool CheckWord(std::string_view word, Placeholder* out) {
  std::string low = LowerOf(word);
  for (const char* w : kWords) {
    if (low == w) {
      *out = {std::string(word), "a placeholder word"};
      return true;
    }
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
  return false;
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

// "[insert date]", "[Your organisation]" (but not a Markdown link "[text](url)"), "{{name}}", "<insert …>".
constexpr std::array kGapStarts = {"insert", "enter", "add ", "your ", "name", "organisation", "organization",
                                   "charity", "company", "date", "address", "email", "phone", "number",
                                   "tbc", "tbd", "todo", "placeholder", "xx"};

bool CheckGap(std::string_view text, size_t open, Placeholder* out) {
  char close_char = text[open] == '[' ? ']' : text[open] == '<' ? '>' : '}';
  size_t start = open + 1;
  if (text[open] == '{') {
    if (start >= text.size() || text[start] != '{') return false;
    ++start;
  }
  // Gaps are short; looking at most 60 characters ahead keeps the scan linear.
  size_t limit = std::min(text.size(), start + 60);
  size_t close = start;
  while (close < limit && text[close] != close_char && text[close] != '\n') ++close;
  if (close >= limit || text[close] != close_char) return false;
  if (text[open] == '[' && close + 1 < text.size() && text[close + 1] == '(') return false;  // a link
  std::string inner = LowerOf(text.substr(start, close - start));
  size_t first = inner.find_first_not_of(" .…");
  if (first == std::string::npos) {
    if (text[open] == '<') return false;
    *out = {std::string(text.substr(open, close - open + 1)), "an empty gap to fill in"};
    return true;
  }
  inner = inner.substr(first);
  bool gap = text[open] == '{';  // "{{…}}" is a template variable whatever it holds
  for (const char* s : kGapStarts) gap = gap || inner.rfind(s, 0) == 0;
  if (!gap) return false;
  *out = {std::string(text.substr(open, close - open + 1)), "a gap to fill in"};
  return true;
}

}  // namespace

namespace {

Placeholder Scan(std::string_view text);

}  // namespace

Placeholder FindPlaceholder(std::string_view text) {
  Placeholder p = Scan(text);
  // Quoted in a diagnostic: long matches (a hostile run of x's) are cut at a character boundary.
  if (p.match.size() > 60) {
    size_t cut = base::Utf8CharStart(p.match, 57);
    p.match = p.match.substr(0, cut) + "...";
  }
  return p;
}

namespace {

Placeholder Scan(std::string_view text) {
  Placeholder out;
  // "to be confirmed / decided / agreed": the last two words are remembered.
  std::string prev1, prev2;
  size_t phone_until = 0;  // the end of the last digit run checked: each run is scanned once
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    if ((text[i] == '[' || text[i] == '<' || text[i] == '{') && CheckGap(text, i, &out)) return out;
    size_t chunk_end = i;
    while (chunk_end < text.size() && !IsSpace(text[chunk_end])) ++chunk_end;
    std::string_view chunk = text.substr(i, chunk_end - i);
    if (CheckChunk(chunk, &out)) return out;
    // A phone number spans chunks ("0151 702 5524"): extend over digit groups.
    if (i >= phone_until &&
        (IsDigit(chunk[0]) || (chunk[0] == '+' && chunk.size() > 1 && IsDigit(chunk[1])) || chunk[0] == '(')) {
      size_t run_end = i;
      while (run_end < text.size() &&
             (IsDigit(text[run_end]) || text[run_end] == '+' || text[run_end] == '(' || text[run_end] == ')' ||
              ((text[run_end] == ' ' || text[run_end] == '-') && run_end + 1 < text.size() &&
               (IsDigit(text[run_end + 1]) || text[run_end + 1] == '(')))) {
        ++run_end;
      }
      phone_until = run_end;
      if (CheckPhone(text.substr(i, run_end - i), &out)) return out;
    }
    for (size_t w = 0; w < chunk.size();) {
      if (!IsAlnum(chunk[w])) {
        ++w;
        continue;
      }
      size_t e = w;
      while (e < chunk.size() && IsAlnum(chunk[e])) ++e;
      std::string_view word = chunk.substr(w, e - w);
      if (CheckWord(word, &out)) return out;
      std::string low = LowerOf(word);
      if (prev2 == "to" && prev1 == "be" &&
          (low == "confirmed" || low == "decided" || low == "agreed" || low == "determined" || low == "added")) {
        out = {"to be " + std::string(word), "a placeholder phrase"};
        return out;
      }
      prev2 = std::move(prev1);
      prev1 = std::move(low);
      w = e;
    }
    i = chunk_end;
  }
  return out;
}

// Members whose strings are ids, codes, hashes or notes to the author, never published text.
bool SkippedKey(const std::string& key) {
  static const std::array kSkip = {"$schema", "$comment", "id", "from", "unconfirmed", "type", "article_9",
                                   "schedule_1", "safeguard", "recognised_legitimate_interest", "last_updated"};
  for (const char* k : kSkip) {
    if (key == k) return true;
  }
  return false;
}

void Walk(const nlohmann::json& v, const std::string& pointer, std::vector<PlaceholderAt>* out) {
  if (v.is_string()) {
    Placeholder p = FindPlaceholder(v.get_ref<const std::string&>());
    if (!p.match.empty()) out->push_back({pointer, std::move(p)});
  } else if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (SkippedKey(it.key())) continue;
      Walk(*it, pointer + "/" + EscapePointerToken(it.key()), out);
    }
  } else if (v.is_array()) {
    // Lists of strings are id references and codes ("data_categories", "locales").
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_string()) Walk(v[i], pointer + "/" + std::to_string(i), out);
    }
  }
}

}  // namespace

std::vector<PlaceholderAt> FindPlaceholders(const nlohmann::json& source) {
  std::vector<PlaceholderAt> out;
  Walk(source, "", &out);
  return out;
}

}  // namespace pnc::source
