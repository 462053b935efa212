// source: JSON text → Model. Shape only (types, keys, required fields); meaning is checked by rules/.
// Load scans and parses, reads the notice's head here and the rest in load_*.cc, then finds placeholders.
#include "source/loader.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>

#include "source/normalise.h"
#include "source/placeholder.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

using nlohmann::json;

std::string Hex8(uint32_t h) {
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

// `"not_placeholders": [{"at": "<JSON pointer>", "text": "<the match pnc reported>"}]`.
std::vector<Dismissal> ReadDismissals(LoadContext* ctx, const json& root) {
  std::vector<Dismissal> out;
  if (!root.is_object() || !root.contains("not_placeholders")) return out;
  const json& list = root["not_placeholders"];
  if (!list.is_array()) {
    ctx->Error("/not_placeholders", "'not_placeholders' must be a list, not " + TypeName(list), "type-mismatch",
               {"write [{\"at\": \"/controller/name\", \"text\": \"TBC\"}]"});
    return out;
  }
  for (size_t i = 0; i < std::min(list.size(), kMaxListEntries); ++i) {
    const std::string p = "/not_placeholders/" + std::to_string(i);
    ObjectReader r(ctx, list[i], p, "a dismissed placeholder");
    Dismissal d;
    d.pointer = p;
    d.at = r.String("at", true);
    d.text = r.String("text", true);
    r.Finish();
    if (!d.at.empty() && d.at[0] != '/') {
      ctx->Error(r.At("at"), "'" + diag::Shorten(d.at) + "' is not a JSON pointer", "invalid-value",
                 {"write the field's place as pnc reports it, such as \"/controller/name\""});
      d.at.clear();
    }
    out.push_back(std::move(d));
  }
  return out;
}

size_t Distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cur = row[j];
      size_t cost = std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + cost});
      prev = cur;
    }
  }
  return row[b.size()];
}

}  // namespace

void ReadNotice(LoadContext* ctx, const json& root, Model* m) {
  const json* v = root.contains("notice") ? &root["notice"] : nullptr;
  if (v == nullptr) {
    ctx->Error("", "the source has no 'notice' (title, version, last_updated)", "missing-field");
    return;
  }
  // Locales first: every Text field is read against them. Until a valid list is read, the model and
  // the context keep Load's default ("en").
  std::vector<std::string> codes;
  if (v->is_object() && v->contains("locales")) {
    const json& l = (*v)["locales"];
    m->notice.locales_pointer = "/notice/locales";
    if (!l.is_array() || l.empty()) {
      ctx->Error("/notice/locales", "'locales' must be a non-empty list of locale codes", "type-mismatch");
    } else {
      if (l.size() > kMaxListEntries) {
        ctx->Error("/notice/locales",
                   "'locales' has " + std::to_string(l.size()) + " entries, more than the " +
                       std::to_string(kMaxListEntries) + " pnc accepts in one list",
                   "length-limit");
      }
      DuplicateCheck seen(ctx, "locales");
      for (size_t i = 0; i < std::min(l.size(), kMaxListEntries); ++i) {
        if (l[i].is_string()) {
          // A locale listed twice would write its outputs twice: kept once, reported.
          if (seen.Fresh(l[i].get<std::string>(), "/notice/locales/" + std::to_string(i))) {
            codes.push_back(l[i].get<std::string>());
          }
        } else {
          ctx->Error("/notice/locales/" + std::to_string(i), "locale codes must be strings", "type-mismatch");
        }
      }
      seen.Finish("/notice/locales");
    }
  }
  if (!codes.empty()) {
    m->notice.locales = codes;
    ctx->SetLocales(codes);
  }

  ObjectReader r(ctx, *v, "/notice", "the notice");
  m->notice.pointer = "/notice";
  r.Get("locales");
  m->notice.title = r.TextField("title", true);
  m->notice.version = r.String("version", true);
  m->notice.date = r.String("last_updated", true);
  m->notice.date_pointer = r.At("last_updated");
  if (std::string problem = DateProblem(m->notice.date); !m->notice.date.empty() && !problem.empty()) {
    ctx->Error(m->notice.date_pointer, "'" + m->notice.date + "' " + problem, "invalid-value",
               {"write the date the notice takes effect, e.g. \"2026-10-01\""});
    m->notice.date.clear();
  }
  DuplicateCheck audiences(ctx, "audiences");
  r.List("audiences", false, [&](const json& a, const std::string& p) {
    if (a.is_string() && !audiences.Fresh(a.get<std::string>(), p)) return;
    if (!a.is_string()) {
      ctx->Error(p, "audiences are \"adult\" or \"child\", not " + TypeName(a), "type-mismatch");
    } else if (a == "child") {
      m->notice.child = true;
      m->notice.child_pointer = p;
    } else if (a != "adult") {
      std::string guess = DidYouMean(a.get<std::string>(), {"adult", "child"});
      ctx->Error(p,
                 "unknown audience '" + diag::Shorten(a.get<std::string>()) + "'" +
                     (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 "invalid-value", {"audiences are \"adult\" and \"child\""});
    }
  });
  audiences.Finish(r.At("audiences"));
  ReadChildBands(ctx, r, &m->notice);
  ReadUnconfirmed(r, m, "the notice");
  r.List("acknowledged_changes", false, [&](const json& k, const std::string& p) {
    if (k.is_string()) {
      m->notice.acknowledged_changes.push_back(k.get<std::string>());
    } else {
      ctx->Error(p, "acknowledged changes are the keys 'pnc diff' prints, not " + TypeName(k), "type-mismatch");
    }
  });
  // The previous version (driver/history.cc reads it): a path, or "git:REV".
  m->notice.previous = r.String("previous");
  if (!m->notice.previous.empty()) m->notice.previous_pointer = r.At("previous");
  r.Finish();
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = Distance(word, c);
    // Also accept separator slips: "last-updated" for "last_updated".
    std::string a(word), b(c);
    std::replace(a.begin(), a.end(), '-', '_');
    std::replace(b.begin(), b.end(), '-', '_');
    if (a == b) d = 0;
    if (d < best_d && d < std::max(word.size(), c.size())) {
      best_d = d;
      best = c;
    }
  }
  if (!best.empty() || word.size() < 4) return best;
  // A shortened id ("data-bridge" for "uk-us-data-bridge"): the word as whole parts of exactly one
  // candidate.
  auto separator = [](char ch) { return ch == '-' || ch == '_'; };
  for (const auto& c : candidates) {
    for (size_t at = c.find(word); at != std::string::npos; at = c.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || separator(c[at - 1])) && (end == c.size() || separator(c[end]))) {
        if (!best.empty() && best != c) return "";
        best = c;
        break;
      }
    }
  }
  return best;
}

std::string TextHash(std::string_view text) {
  uint32_t h = 2166136261u;
  for (unsigned char c : text) {
    h ^= c;
    h *= 16777619u;
  }
  return Hex8(h);
}

Loaded Load(const std::string& file, std::string_view text, diag::Sink* sink) {
  Loaded out;
  out.model.file = file;
  ScanError error;
  std::vector<ScanError> duplicates;
  diag::Sink local;
  if (!out.locator.Scan(text, &error, &duplicates)) {
    auto d = diag::Make(diag::Severity::kError, file, "", error.message, error.rule);
    d.pos = out.locator.PositionOf(error.offset);
    d.source_line = out.locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    if (!error.hint.empty()) d.hints.push_back(error.hint);
    sink->Add(d);
    return out;
  }
  for (const auto& dup : duplicates) {
    auto d = diag::Make(diag::Severity::kError, file, "", dup.message, dup.rule);
    d.pos = out.locator.PositionOf(dup.offset);
    d.source_line = out.locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    local.Add(d);
  }
  json root;
  try {
    root = json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (const json::exception& e) {
    // The scanner accepts the same grammar, so this is only reached for e.g. numbers out of range.
    local.Add(diag::Make(diag::Severity::kError, file, "", std::string("cannot parse: ") + e.what(), "json-syntax"));
    sink->Merge(local);
    return out;
  }
  // Text pasted from macOS or some web pages can arrive decomposed ("w" + a combining circumflex):
  // it looks the same, but fonts, braille tables and the text checks expect the one letter "ŵ".
  NormaliseTexts(&root);
  LoadContext ctx{file, {"en"}, &local, {}, &out.locator};
  ctx.SetLocales({"en"});
  // The model always has a default locale, the one its texts are read against: rules, builders and
  // translate read notice.locales.front(). A source with no 'notice' (or no valid 'locales') once
  // left the list empty, and linting its first text read through a null reference.
  out.model.notice.locales = ctx.locales;
  ReadAll(&ctx, root, &out.model);
  // A placeholder is never printed as a fact: every published string is checked, except what the
  // source explicitly says is a fact ("not_placeholders").
  std::vector<Dismissal> dismissals = ReadDismissals(&ctx, root);
  for (const auto& p : FindPlaceholders(root, &dismissals)) {
    ctx.Error(p.pointer, "'" + p.found.match + "' is a placeholder, not a fact (" + p.found.why + ")", "placeholder",
              {"write the real value; if it is not known yet, leave the field out, or mark the item "
               "\"unconfirmed\" and build a draft with --preview; if it is the real value, say so in "
               "\"not_placeholders\": [{\"at\": " +
               nlohmann::json(p.pointer).dump() + ", \"text\": " + nlohmann::json(p.whole).dump() + "}]"});
  }
  for (const auto& d : dismissals) {
    if (d.used || d.at.empty() || d.text.empty()) continue;
    ctx.Error(d.pointer,
              "nothing to dismiss: pnc finds no placeholder '" + diag::Shorten(d.text) + "' at " + diag::Shorten(d.at),
              "placeholder", {"remove this entry; a dismissal names a field and the text pnc reported there"});
  }
  // Not an object: nothing of a notice is there, and linting would only add noise.
  if (!root.is_object()) {
    Locate(out.locator, file, &local);
    sink->Merge(local);
    return out;
  }
  Locate(out.locator, file, &local);
  sink->Merge(local);
  out.parsed = true;
  return out;
}

void Locate(const Locator& locator, const std::string& file, diag::Sink* sink) {
  diag::Sink located;
  // Each diagnostic carries an excerpt of its line (at most ~900 bytes: a whole multi-megabyte
  // minified line, copied with every diagnostic and every copy of the sink, took seconds).
  for (diag::Diagnostic d : sink->All()) {
    if (d.file == file && d.pos.line == 0) {
      std::optional<Span> at;
      if (d.rule == "unknown-key" || d.rule == "duplicate-key") at = locator.Key(d.pointer);
      if (!at) at = locator.Value(d.pointer);
      d.pos = at ? locator.PositionOf(at->begin) : locator.Nearest(d.pointer);
      if (d.pos.line > 0) d.source_line = locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    }
    located.Add(std::move(d));
  }
  *sink = located;
}

}  // namespace pnc::source
