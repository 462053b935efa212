// source: the characters of a source's text → diagnostics: control characters, noncharacters and
// direction controls (errors), zero-width characters (warnings), each at its own line and column.
#include <cctype>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "base/utf8.h"
#include "source/invisible.h"
#include "source/json_locator.h"
#include "source/reader.h"

namespace pnc::source {

std::string CharacterProblem(const std::string& s, TextKind kind, std::string* rule) {
  if (rule) *rule = "invalid-value";
  for (size_t i = 0; i < s.size();) {
    const uint32_t cp = base::NextUtf8(s, &i);  // the file is valid UTF-8 by now
    bool line_break = cp == '\n' || cp == '\r' || cp == '\t';
    // A line break is seen, as a break: in a name or an address it is not invisible but one line too many.
    if ((cp == '\n' || cp == '\r') && kind != TextKind::kText) {
      return std::string("holds a line break (") + DescribeCodePoint(cp) + "), but " +
             (kind == TextKind::kName ? "a name" : "an address") + " must be one line";
    }
    if ((cp < 0x20 && !(line_break && kind == TextKind::kText)) || (cp >= 0x7F && cp <= 0x9F)) {
      return "holds the control character " + DescribeCodePoint(cp) + ", which no reader can see";
    }
    if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
      return "holds " + DescribeCodePoint(cp) + ", which is not a character";
    }
    // Embeddings, overrides and isolates reorder what follows (a name shown backwards, a sentence
    // whose clauses read in another order than they are written): in a legal statement that is an
    // attack or paste debris, in any kind of text. pnc marks each language's direction itself
    // (lang and dir on every element), so a notice never needs one. The marks only place neutral
    // characters, and right-to-left text uses them; a name or an address must read as it is, so it
    // has no Arabic letter mark, and an address no mark at all.
    const bool control = IsBidiControl(cp);
    const bool mark = cp == 0x200E || cp == 0x200F;
    if (control || (kind != TextKind::kText && cp == 0x061C) || (kind == TextKind::kAddress && mark)) {
      if (control && rule) *rule = "bidi-control";
      return "holds the invisible direction control " + DescribeCodePoint(cp) +
             ", which can make text read differently from what it says";
    }
  }
  return "";
}

namespace {

// The byte offset in the source of the `index`-th character (from 1) of the JSON string written at
// `at` (its opening quote), escapes counted as the one character they stand for; npos when `at`
// is not a string.
size_t RawOffset(std::string_view raw, size_t at, size_t index) {
  if (at >= raw.size() || raw[at] != '"') return std::string_view::npos;
  size_t i = at + 1;
  for (size_t n = 1; n < index && i < raw.size() && raw[i] != '"'; ++n) {
    if (raw[i] != '\\') {
      i += base::Utf8SequenceLength(static_cast<unsigned char>(raw[i]));
    } else if (i + 1 < raw.size() && raw[i + 1] == 'u') {
      // A surrogate pair (\uD83D\uDD25) is one character.
      bool high = i + 2 < raw.size() && (raw[i + 2] == 'd' || raw[i + 2] == 'D') && i + 3 < raw.size() &&
                  std::string_view("89abAB").find(raw[i + 3]) != std::string_view::npos;
      i += high ? 12 : 6;
    } else {
      i += 2;
    }
  }
  return i < raw.size() ? i : std::string_view::npos;
}

// A diagnostic at the `index`-th character of the text at `pointer` when the source's positions
// are known (the caret under the hidden character, shown as \u{…}); else at `pointer`.
diag::Diagnostic AtCharacter(const LoadContext& ctx, diag::Severity severity, const std::string& pointer, size_t index,
                             std::string message, std::string rule) {
  auto d = diag::Make(severity, ctx.file, pointer, std::move(message), std::move(rule));
  if (ctx.locator == nullptr) return d;
  if (auto span = ctx.locator->Value(pointer)) {
    size_t at = RawOffset(ctx.locator->Text(), span->begin, index);
    if (at == std::string_view::npos) return d;
    d.pos = ctx.locator->PositionOf(at);
    d.source_line = ctx.locator->Excerpt(d.pos.line, d.pos.column, &d.caret_column);
  }
  return d;
}

}  // namespace

void CheckCharacters(LoadContext* ctx, const std::string& text, const std::string& pointer, TextKind kind,
                     const std::string& what) {
  std::string rule;
  if (std::string problem = CharacterProblem(text, kind, &rule); problem.find("line break") != std::string::npos) {
    // At the break itself, with the fix for a line break rather than for a hidden character.
    size_t index = 1;
    for (size_t i = 0; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++index) base::NextUtf8(text, &i);
    auto d = AtCharacter(*ctx, diag::Severity::kError, pointer, index, what + " " + problem, rule);
    d.hints = {"join the lines with a space; longer text belongs in a description, which may have paragraphs"};
    ctx->sink->Add(std::move(d));
  } else if (!problem.empty() && rule != "bidi-control") {
    ctx->Error(pointer, what + " " + problem, rule, {"delete the character; retype the text if unsure"});
  } else if (!problem.empty()) {
    size_t index = 1, count = 0;
    uint32_t first = 0;
    for (size_t i = 0, n = 1; i < text.size(); ++n) {
      const uint32_t cp = base::NextUtf8(text, &i);
      if (IsBidiControl(cp) && count++ == 0) std::tie(index, first) = std::make_pair(n, cp);
    }
    auto d =
        AtCharacter(*ctx, diag::Severity::kError, pointer, index,
                    what + " holds the invisible direction control " + DescribeCodePoint(first) + " at character " +
                        std::to_string(index) + (count > 1 ? " and " + std::to_string(count - 1) + " more" : "") +
                        ", which can make it read differently from what it says",
                    "bidi-control");
    d.hints = {"delete " + std::string(count > 1 ? "them" : "it") + " from " + pointer +
               ": pnc sets each language's direction itself (lang and dir on every element), so a notice needs "
               "no direction controls"};
    ctx->sink->Add(std::move(d));
  }
  // An HTML tag in a name (user test F19: "Donors<script>alert(1)</script>"): a name is plain text,
  // and safe mode would drop the tags and publish what was between them ("Donorsalert(1)"), text
  // nobody wrote as a name. Escaping it would print the markup to every reader instead. Neither
  // protects the reader, so it is an error, at the tag, for the author to delete.
  if (kind == TextKind::kName) {
    for (size_t i = text.find('<'); i != std::string::npos; i = text.find('<', i + 1)) {
      const size_t close = text.find('>', i);
      const bool tag = i + 1 < text.size() && close != std::string::npos && text.find('<', i + 1) >= close &&
                       (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/' ||
                        text[i + 1] == '!' || text[i + 1] == '?');
      if (!tag) continue;
      size_t index = 1;
      for (size_t at = 0; at < i; ++index) base::NextUtf8(text, &at);
      auto d = AtCharacter(
          *ctx, diag::Severity::kError, pointer, index,
          what + " holds the HTML tag '" + diag::Shorten(text.substr(i, close + 1 - i)) + "', but a name is plain text",
          "invalid-value");
      d.hints = {
          "delete the tag: pnc publishes no HTML from a source, so the notice would show what is left "
          "between the tags as the name"};
      ctx->sink->Add(std::move(d));
      break;
    }
  }
  // Zero-width characters: a warning, since one is usually debris from a paste rather than an
  // attack, but it is published, and a search, a copied phrase or a screen reader meets it.
  Invisible inv = FindInvisible(text);
  if (inv.cp == 0) return;
  auto d = AtCharacter(*ctx, diag::Severity::kWarning, pointer, inv.index,
                       what + " holds the invisible character " + DescribeCodePoint(inv.cp) + " at character " +
                           std::to_string(inv.index) +
                           (inv.count > 1 ? " and " + std::to_string(inv.count - 1) + " more" : ""),
                       "invisible-character");
  d.hints = {"delete " + std::string(inv.count > 1 ? "them" : "it") + " from " + pointer +
             ": readers cannot see it, but it is published, and a search, a copied phrase or a screen reader "
             "meets it"};
  if (IsJoiner(inv.cp))
    d.hints.push_back(
        "a joiner belongs between the letters of scripts such as Arabic, Persian or Devanagari, or "
        "inside an emoji; next to a Latin letter, a space or the text's edge it joins nothing");
  ctx->sink->Add(std::move(d));
}

}  // namespace pnc::source
