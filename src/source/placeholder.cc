// source: text → the first placeholder in it; a source document → every published string's
// placeholders. Hand-written scanning, one pass over each string per list: no regex backtracking.
// The words and phrases are data (data/placeholders.json); the shapes (zeros, reserved domains,
// Ofcom's drama numbers, gaps) are code, in placeholder_shapes.cc.
#include "source/placeholder.h"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "base/utf8.h"
#include "source/json_locator.h"
#include "source/placeholder_shapes.h"

namespace pnc::source {
namespace {

using shapes::CheckChunk;
using shapes::CheckGap;
using shapes::CheckPhone;
using shapes::CheckSpacedZeros;
using shapes::CheckWord;
using shapes::FindPhrase;
using shapes::In;
using shapes::IsAlnum;
using shapes::IsDigit;
using shapes::IsSpace;
using shapes::LowerOf;

std::mutex words_mu;
std::shared_ptr<const PlaceholderWords> active_words = std::make_shared<PlaceholderWords>();

std::shared_ptr<const PlaceholderWords> Words() {
  std::lock_guard<std::mutex> lock(words_mu);
  return active_words;
}

Placeholder Scan(std::string_view text, const PlaceholderWords& w, const std::set<std::string>& dismissed);

}  // namespace

std::string ParsePlaceholderWords(const nlohmann::json& json, PlaceholderWords* out) {
  try {
    auto list = [&](const char* key, std::vector<std::string>* to) {
      for (const auto& v : json.at(key)) to->push_back(LowerOf(v.get<std::string>()));
    };
    list("words", &out->words);
    list("phrases", &out->phrases);
    list("gap_words", &out->gap_words);
    list("example_hosts", &out->example_hosts);
    list("example_labels", &out->example_labels);
    list("whole_values", &out->whole_values);
    list("unknown_numbers", &out->unknown_numbers);
    list("time_units", &out->time_units);
    list("fill_verbs", &out->fill_verbs);
    list("fill_ends", &out->fill_ends);
  } catch (const nlohmann::json::exception& e) {
    return e.what();
  }
  return "";
}

void SetPlaceholderWords(PlaceholderWords words) {
  std::lock_guard<std::mutex> lock(words_mu);
  active_words = std::make_shared<const PlaceholderWords>(std::move(words));
}

namespace {

// Quoted in a diagnostic: long matches (a hostile run of x's) are cut at a character boundary.
Placeholder Cut(Placeholder p) {
  if (p.match.size() > 60) {
    size_t cut = base::Utf8CharStart(p.match, 57);
    p.match = p.match.substr(0, cut) + "...";
  }
  return p;
}

}  // namespace

Placeholder FindPlaceholder(std::string_view text, const std::set<std::string>& dismissed) {
  return Cut(Scan(text, *Words(), dismissed));
}

namespace {

// "Insert retention period here", "Rhowch y cyfnod yma": a short text that opens with a verb telling
// the author to fill something in and ends on "here". Only the whole text: "We add notes here when
// you visit" does not open with the verb.
bool FillInstruction(const std::string& low, const PlaceholderWords& w) {
  std::vector<std::string> words;
  for (size_t i = 0; i < low.size() && words.size() <= 8;) {
    if (!shapes::IsWordByte(low[i]) && low[i] != '\'') {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < low.size() && (shapes::IsWordByte(low[e]) || low[e] == '\'')) ++e;
    words.push_back(low.substr(i, e - i));
    i = e;
  }
  return words.size() >= 2 && words.size() <= 8 && In(w.fill_verbs, words.front()) && In(w.fill_ends, words.back());
}

// "[Supplier]", "[12 months]": pnc init writes what is still to be found in square brackets, and
// says it will not print them; so a whole text in square brackets is never a fact, whatever it holds.
// (A Markdown link "[text](url)" is a real value.) Checked after the gaps, whose reasons say more.
bool CheckBracketedValue(std::string_view text, Placeholder* out) {
  size_t start = text.find_first_not_of(" \t\r\n");
  size_t end = text.find_last_not_of(" \t\r\n.");
  if (start == std::string_view::npos || end == std::string_view::npos || end <= start + 1) return false;
  std::string_view v = text.substr(start, end - start + 1);
  if (v.front() != '[' || v.back() != ']' || v.find("](") != std::string_view::npos) return false;
  *out = {std::string(v), "a value in square brackets, still to be filled in"};
  return true;
}

// A field whose whole text stands in for a fact ("N/A", "dim", "-", "____"): the words only as the
// whole text, since "dim ond" (only) and "n/a" in a sentence are real; a text with no letter or
// digit at all is never a fact.
bool CheckWholeValue(std::string_view text, const PlaceholderWords& w, Placeholder* out) {
  std::string low = LowerOf(text);
  while (!low.empty() && IsSpace(low.back())) low.pop_back();
  size_t start = 0;
  while (start < low.size() && IsSpace(low[start])) ++start;
  low = low.substr(start);
  std::string trimmed = low;
  if (trimmed.size() > 1 && trimmed.back() == '.' && trimmed.compare(trimmed.size() - 2, 2, "..") != 0)
    trimmed.pop_back();
  if (In(w.whole_values, low) || In(w.whole_values, trimmed)) {
    *out = {std::string(text.substr(start, low.size())), "a placeholder standing for the whole text"};
    return true;
  }
  if (FillInstruction(trimmed, w)) {
    *out = {std::string(text.substr(start, low.size())), "an instruction to fill in, not a fact"};
    return true;
  }
  // Letters of other scripts are bytes >= 0x80; the typographic dashes and ellipsis are not letters.
  std::string rest = low;
  for (const char* mark : {"\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    for (size_t at; (at = rest.find(mark)) != std::string::npos;) rest.erase(at, 3);
  }
  if (!low.empty() && std::none_of(rest.begin(), rest.end(), shapes::IsWordByte)) {
    *out = {std::string(text.substr(start, low.size())), "a text with no letters or digits"};
    return true;
  }
  return false;
}

Placeholder Scan(std::string_view text, const PlaceholderWords& w, const std::set<std::string>& dismissed) {
  Placeholder out;
  // A match the source has dismissed is passed over; the scan goes on.
  auto take = [&](bool found) {
    if (!found) return false;
    if (!dismissed.count(LowerOf(out.match))) return true;
    out = {};
    return false;
  };
  if (text.empty()) return out;
  const std::string low = LowerOf(text);
  if (take(CheckWholeValue(text, w, &out))) return out;
  for (const auto& phrase : w.phrases) {
    size_t length = 0;
    size_t at = FindPhrase(low, phrase, &length);
    if (at != std::string::npos) {
      out = {std::string(text.substr(at, length)), "a placeholder phrase"};
      if (take(true)) return out;
    }
  }
  std::string prev1;
  size_t phone_until = 0;  // the end of the last digit run checked: each run is scanned once
  size_t zeros_until = 0;  // likewise for numbers of zeros in groups
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    if ((text[i] == '[' || text[i] == '<' || text[i] == '{') && take(CheckGap(text, i, w, &out))) return out;
    size_t chunk_end = i;
    while (chunk_end < text.size() && !IsSpace(text[chunk_end])) ++chunk_end;
    std::string_view chunk = text.substr(i, chunk_end - i);
    if (take(CheckChunk(chunk, w, &out))) return out;
    if (i >= zeros_until && (IsAlnum(chunk[0]))) {
      zeros_until = CheckSpacedZeros(text, i, &out);
      if (take(!out.match.empty())) return out;
    }
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
      if (take(CheckPhone(text.substr(i, run_end - i), &out))) return out;
    }
    for (size_t k = 0; k < chunk.size();) {
      if (!IsAlnum(chunk[k])) {
        ++k;
        continue;
      }
      size_t e = k;
      while (e < chunk.size() && IsAlnum(chunk[e])) ++e;
      std::string_view word = chunk.substr(k, e - k);
      if (take(CheckWord(word, w, &out))) return out;
      std::string lw = LowerOf(word);
      // "XX days", "X years": a number still to be found.
      if (In(w.time_units, lw) && In(w.unknown_numbers, prev1)) {
        // Quoted as written: the previous word, the space and this one.
        size_t here = static_cast<size_t>(chunk.data() - text.data()) + k;
        size_t from = here;
        while (from > 0 && IsSpace(text[from - 1])) --from;
        while (from > 0 && IsAlnum(text[from - 1])) --from;
        out = {std::string(text.substr(from, here + word.size() - from)), "a number still to be filled in"};
        if (take(true)) return out;
      }
      prev1 = std::move(lw);
      k = e;
    }
    i = chunk_end;
  }
  if (take(CheckBracketedValue(text, &out))) return out;
  return out;
}

// Members whose strings are ids, codes, hashes or notes to the author, never published text.
bool SkippedKey(const std::string& key) {
  static const std::array kSkip = {
      "$schema",      "$comment",         "id",          "from",      "unconfirmed",
      "type",         "article_9",        "schedule_1",  "safeguard", "recognised_legitimate_interest",
      "last_updated", "not_placeholders", "article_22b", "exception"};
  for (const char* k : kSkip) {
    if (key == k) return true;
  }
  return false;
}

void Walk(const nlohmann::json& v, const std::string& pointer, std::vector<Dismissal>* dismissals,
          std::vector<PlaceholderAt>* out) {
  if (v.is_string()) {
    std::set<std::string> dismissed;
    if (dismissals != nullptr) {
      for (const auto& d : *dismissals) {
        if (d.at == pointer) dismissed.insert(LowerOf(d.text));
      }
    }
    const std::string& text = v.get_ref<const std::string&>();
    // A wording override keeps its catalogue key's own "{org}", "{regulator}"…: there they are the
    // template's variables, filled at build time ('wording' reports any the key does not have).
    if (pointer.rfind("/wording/", 0) == 0) {
      for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        size_t close = text.find('}', open);
        if (close != std::string::npos && close - open <= 41)
          dismissed.insert(LowerOf(text.substr(open, close - open + 1)));
      }
    }
    Placeholder p = Scan(text, *Words(), dismissed);
    if (!p.match.empty()) {
      std::string whole = p.match;
      out->push_back({pointer, Cut(std::move(p)), std::move(whole)});
    }
    if (dismissals != nullptr && !dismissed.empty()) {
      // A dismissal is used when its text is one of the field's placeholders: every distinct
      // match is found by dismissing the ones found so far (a few scans of one field).
      std::set<std::string> all;
      for (int n = 0; n < 32; ++n) {
        Placeholder next = Scan(text, *Words(), all);  // uncut, as dismissals name them
        if (next.match.empty() || !all.insert(LowerOf(next.match)).second) break;
      }
      for (auto& d : *dismissals) {
        if (d.at == pointer && all.count(LowerOf(d.text))) d.used = true;
      }
    }
  } else if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (SkippedKey(it.key())) continue;
      Walk(*it, pointer + "/" + EscapePointerToken(it.key()), dismissals, out);
    }
  } else if (v.is_array()) {
    // Lists of strings are id references and codes ("data_categories", "locales").
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_string()) Walk(v[i], pointer + "/" + std::to_string(i), dismissals, out);
    }
  }
}

}  // namespace

std::vector<PlaceholderAt> FindPlaceholders(const nlohmann::json& source, std::vector<Dismissal>* dismissals) {
  std::vector<PlaceholderAt> out;
  Walk(source, "", dismissals, &out);
  return out;
}

}  // namespace pnc::source
