// report: Sink → human (compiler-style with caret), short, JSON and SARIF 2.1.0 text; the entry
// point of every diagnostic printer (checklist.cc and sarif.cc are its other writers).
#include "report/format.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "base/utf8.h"
#include "law/registry.h"
#include "report/writers.h"

namespace pnc::report {
using diag::Diagnostic;
using diag::Severity;
using diag::Sink;
namespace {

const char kHex[] = "0123456789abcdef";

// Controls, direction marks and overrides, and the invisible characters that make two ids look the
// same (a zero-width space, word joiner, byte order mark or soft hyphen inside 'bea<U+200B>vers'),
// joiners included: a diagnostic about one (invisible-character) must show where it is.
bool Unprintable(uint32_t cp) {
  return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xFEFF || cp == 0x34F || cp == 0x180E;
}

// Spaces other than U+0020 (no-break, en, em, thin, ideographic …) and the line and paragraph
// separators: printed as themselves they look like a plain space, and 'volun<U+00A0>teers' in a
// message reads as the id the user thinks they wrote (user test s27 F13).
bool OtherSpace(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

}  // namespace

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    default:
      return "note";
  }
}

std::string ReferenceOf(const std::string& rule) {
  const rules::RuleInfo* info = rules::FindRule(rule);
  return info ? std::string(info->reference) : "";
}

std::string Printable(std::string_view text, bool show_spaces) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    const uint32_t cp = base::DecodeUtf8At(text, i, &len);
    if (cp == base::kReplacementChar && len == 1) {  // a malformed byte (a written U+FFFD has length 3)
      auto b = static_cast<unsigned char>(text[i++]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
      continue;
    }
    if (!Unprintable(cp) && !(show_spaces && OtherSpace(cp))) {
      out.append(text.substr(i, len));
    } else if (cp < 0xA0) {
      out += "\\x";
      out += kHex[cp >> 4];
      out += kHex[cp & 15];
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(cp));
      out += buf;
    }
    i += len;
  }
  return out;
}

std::string UriOf(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += static_cast<char>(std::toupper(kHex[c >> 4]));
      out += static_cast<char>(std::toupper(kHex[c & 15]));
    }
  }
  return out;
}

namespace {

std::string Location(const Diagnostic& d) {
  std::string loc = d.file.empty() ? "pnc" : d.file;
  if (d.pos.line > 0) loc += ":" + std::to_string(d.pos.line);
  if (d.pos.line > 0 && d.pos.column > 0) loc += ":" + std::to_string(d.pos.column);
  return loc;
}

std::string Headline(const Diagnostic& d) {
  std::string s = Location(d) + ": " + SeverityName(d.severity) + ": " +
                  (d.status ? std::string(diag::StatusName(*d.status)) + ": " : "") + d.message;
  if (d.pos.line == 0 && !d.pointer.empty()) s += " (at " + diag::Shorten(d.pointer, 200) + ")";
  if (!d.rule.empty()) s += " [" + d.rule + "]";
  return s;
}

// The caret sits under the column, counting characters (not bytes). Long lines (minified or
// single-line objects) are cut to a window around the column so the caret stays on screen. The
// window is measured in printed columns: a binary file's bytes print as escapes four columns wide,
// and a window of 100 of them would fill the screen with noise.
std::string Caret(const Diagnostic& d) {
  constexpr int kWidth = 100, kBefore = 40;
  const int column = d.caret_column > 0 ? d.caret_column : d.pos.column;
  std::vector<std::string> chars;  // the line split into UTF-8 characters
  for (size_t i = 0; i < d.source_line.size();) {
    size_t len = 1;
    base::DecodeUtf8At(d.source_line, i, &len);  // a malformed byte is a character of its own
    chars.push_back(d.source_line.substr(i, len));
    i += len;
  }
  std::vector<std::string> printed;
  printed.reserve(chars.size());
  for (const auto& c : chars) printed.push_back(Printable(c, true));
  const int n = static_cast<int>(chars.size());
  int first = 0;
  std::string prefix, suffix;
  if (n > kWidth && column > kBefore) {
    first = std::min(column - 1 - kBefore, n - kWidth);
    prefix = "...";
  }
  // Escapes before the caret: at most kBefore printed columns of them.
  int before = 0;
  for (int i = first; i < std::min(column - 1, n); ++i) before += static_cast<int>(printed[i].size());
  // (a line without escapes keeps its window: there `before` is the count of characters before)
  while (first < std::min(column - 1, n) && before > std::max(kBefore, column - 1 - first)) {
    before -= static_cast<int>(printed[first++].size());
    prefix = "...";
  }
  int last = std::min(n, first + kWidth);
  // At most kWidth printed columns and kMaxEscapes escaped characters after the window's start.
  constexpr int kMaxEscapes = 16;
  int width = 0, escapes = 0;
  for (int i = first; i < last; ++i) {
    width += static_cast<int>(printed[i].size());
    escapes += printed[i] != chars[i] ? 1 : 0;
    if (i >= column - 1 && (width > kWidth || escapes > kMaxEscapes)) {
      last = i;
      break;
    }
  }
  if (last < n) suffix = "...";
  std::string shown = prefix, pad(prefix.size(), ' ');
  for (int i = first; i < last; ++i) {
    const std::string& c = printed[i];
    shown += c;
    // An escape is several columns wide; the caret moves past all of them.
    if (i < column - 1) pad += chars[i] == "\t" ? "\t" : std::string(c == chars[i] ? 1 : c.size(), ' ');
  }
  std::string num = std::to_string(d.pos.line);
  return " " + num + " | " + shown + suffix + "\n " + std::string(num.size(), ' ') + " | " + pad + "^\n";
}

}  // namespace

bool ParseFormat(std::string_view name, Format* out) {
  if (name == "human")
    *out = Format::kHuman;
  else if (name == "short")
    *out = Format::kShort;
  else if (name == "json")
    *out = Format::kJson;
  else if (name == "sarif")
    *out = Format::kSarif;
  else
    return false;
  return true;
}

std::string Summary(int errors, int warnings) {
  std::string s;
  if (errors > 0) s = std::to_string(errors) + (errors == 1 ? " error" : " errors");
  if (warnings > 0)
    s += (s.empty() ? "" : ", ") + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
  return s;
}

namespace {

// A source whose translation is not yet written has one missing-translation per text (136 in user
// test s27, F23), which buried its real errors. On a terminal, more than kShownUntranslated of one
// file, locale and severity become one diagnostic at the first of them; JSON and SARIF keep each.
constexpr size_t kShownUntranslated = 3;

// The run a diagnostic belongs to: file, severity and message ("text has no 'cy' translation"),
// or "" for any other diagnostic.
std::string UntranslatedKey(const Diagnostic& d) {
  if (d.rule != "missing-translation" || d.message.rfind("text has no '", 0) != 0 ||
      d.message.find("' translation") == std::string::npos)
    return "";
  return d.file + '\0' + SeverityName(d.severity) + '\0' + d.message;
}

// The runs longer than kShownUntranslated: key → the indexes of their diagnostics, in order.
std::map<std::string, std::vector<size_t>> UntranslatedRuns(const Sink& sink) {
  std::map<std::string, std::vector<size_t>> runs;
  for (size_t i = 0; i < sink.All().size(); ++i) {
    if (std::string key = UntranslatedKey(sink.All()[i]); !key.empty()) runs[key].push_back(i);
  }
  std::erase_if(runs, [](const auto& r) { return r.second.size() <= kShownUntranslated; });
  return runs;
}

// One diagnostic for a run: at its first place, counting them all, with the fix and where they are.
Diagnostic FoldUntranslated(const Sink& sink, const std::vector<size_t>& run) {
  Diagnostic d = sink.All()[run.front()];
  const std::string n = std::to_string(run.size());
  const std::string locale = d.message.substr(13, d.message.find('\'', 13) - 13);  // after "text has no '"
  d.message = n + " texts have no '" + locale + "' translation; the first is here";
  if (d.severity == Severity::kError) {
    d.hints = {"export every untranslated text for a translator with 'pnc translate export --locale " + locale +
               "' (and 'pnc translate import' to merge it back); or build with --allow-fallback to use the default "
               "locale's text meanwhile"};
  }
  std::vector<std::string> where;
  for (size_t k = 0; k < run.size() && k < 10; ++k) where.push_back(diag::Shorten(sink.All()[run[k]].pointer, 200));
  d.hints.push_back("the " + n + " are at " + diag::JoinCapped(where) +
                    (run.size() > 10 ? ", … and " + std::to_string(run.size() - 10) + " more" : "") +
                    " (--diagnostic-format=json lists each)");
  return d;
}

}  // namespace

std::string Render(const Sink& sink, Format format) {
  // A checklist report (documents examined as a whole) is grouped per document; its SARIF is the
  // same writer's.
  const bool checklist = !sink.Subjects().empty();
  if (checklist && format == Format::kHuman) return ChecklistHuman(sink);
  if (checklist && format == Format::kJson) return ChecklistJson(sink);
  if (format == Format::kJson) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : sink.All()) {
      nlohmann::json j = {{"file", d.file}, {"severity", SeverityName(d.severity)},      {"message", d.message},
                          {"rule", d.rule}, {"pointer", diag::Shorten(d.pointer, 1000)}, {"hints", d.hints}};
      if (d.pos.line > 0) {
        j["line"] = d.pos.line;
        j["column"] = d.pos.column;
      }
      if (d.more > 0) j["more"] = d.more;  // a folded summary: this many more like it (the hint says where)
      out.push_back(j);
    }
    // Paths need not be UTF-8: such bytes become U+FFFD rather than an exception.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (format == Format::kSarif) {
    // Keys sorted, as source lint's SARIF has always been written (the draft linter's now too).
    return nlohmann::json(Sarif(sink)).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  const std::map<std::string, std::vector<size_t>> folded = UntranslatedRuns(sink);
  std::string out;
  for (size_t i = 0; i < sink.All().size(); ++i) {
    const Diagnostic& found = sink.All()[i];
    if (!IsFinding(found)) continue;
    Diagnostic summary;
    auto it = folded.find(UntranslatedKey(found));
    if (it != folded.end() && it->second.front() != i) continue;  // folded into the first of its run
    if (it != folded.end()) summary = FoldUntranslated(sink, it->second);
    const Diagnostic& d = it != folded.end() ? summary : found;
    out += Printable(Headline(d), true) + "\n";
    if (format == Format::kShort) continue;
    if (d.pos.line > 0 && !d.source_line.empty()) out += Caret(d);
    for (const auto& h : d.hints) out += "hint: " + Printable(h, true) + "\n";
  }
  std::string count = Summary(sink.Errors(), sink.Warnings());
  if (!count.empty()) out += count + "\n";
  return out;
}

}  // namespace pnc::report
