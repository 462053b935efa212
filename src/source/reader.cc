// source: typed reading of JSON objects with unknown-key, type and missing-field diagnostics.
#include "source/reader.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "source/json_locator.h"
#include "source/limits.h"
#include "source/loader.h"

namespace pnc::source {

namespace {

// Keys whose text is a title or name: shown as a heading, and a PDF string (see kMaxNameBytes).
bool IsNameKey(const std::string& key) {
  return key == "name" || key == "title" || key == "child_title" || key == "short_name";
}

// Spaces, tabs, line breaks and no-break spaces (U+00A0) only.
bool IsBlank(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') continue;
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// `what` names the field: "'period'", "'period' (cy)".
void ReportBlank(LoadContext* ctx, const std::string& pointer, const std::string& what) {
  ctx->Error(pointer, what + " is empty", "missing-field",
             {"write the value, or leave the field out if it does not apply"});
}

}  // namespace

void LoadContext::Error(const std::string& pointer, std::string message, std::string rule,
                        std::vector<std::string> hints) {
  auto d = diag::Make(diag::Severity::kError, file, pointer, std::move(message), std::move(rule));
  d.hints = std::move(hints);
  sink->Add(std::move(d));
}

std::string TypeName(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "a list";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "true/false";
    case nlohmann::json::value_t::null:
      return "null";
    default:
      return "a number";
  }
}

ObjectReader::ObjectReader(LoadContext* ctx, const nlohmann::json& value, std::string pointer, std::string what)
    : ctx_(ctx), value_(value), pointer_(std::move(pointer)), what_(std::move(what)) {
  ok_ = value_.is_object();
  if (!ok_) ctx_->Error(pointer_, what_ + " must be an object, not " + TypeName(value_), "type-mismatch");
}

std::string ObjectReader::At(const std::string& key) const { return pointer_ + "/" + EscapePointerToken(key); }

const nlohmann::json* ObjectReader::Get(const std::string& key) {
  known_.push_back(key);
  if (!ok_) return nullptr;
  auto it = value_.find(key);
  return it == value_.end() ? nullptr : &*it;
}

std::string ObjectReader::String(const std::string& key, bool required) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) {
    if (required) ctx_->Error(pointer_, what_ + " has no '" + key + "'", "missing-field");
    return "";
  }
  if (!v->is_string()) {
    ctx_->Error(At(key), "'" + key + "' must be a string, not " + TypeName(*v), "type-mismatch");
    return "";
  }
  std::string s = v->get<std::string>();
  // An empty value given is never a fact: it would satisfy a rule that asks for the field and
  // print nothing (or a bare label).
  if (IsBlank(s)) ReportBlank(ctx_, At(key), "'" + key + "'");
  // An id's characters are checked where ids are (invalid-value), with a did-you-mean.
  if (key != "id")
    CheckCharacters(ctx_, s, At(key), IsNameKey(key) ? TextKind::kName : TextKind::kAddress, "'" + key + "'");
  if (s.size() > kMaxNameBytes) {
    ctx_->Error(At(key),
                "'" + key + "' is " + std::to_string(s.size()) + " bytes long, more than the " +
                    std::to_string(kMaxNameBytes) + " pnc accepts here",
                "length-limit", {"a value here is a name, number or address; put longer text in a free-text field"});
  }
  return s;
}

bool ObjectReader::Bool(const std::string& key, bool fallback) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) return fallback;
  if (!v->is_boolean()) {
    // "yes" in quotes is the usual slip: say what to write instead.
    std::string hint = "write true or false, without quotes";
    if (v->is_string()) {
      std::string word = v->get<std::string>();
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      if (word == "yes" || word == "true" || word == "y") hint = "write true, without quotes";
      if (word == "no" || word == "false" || word == "n") hint = "write false, without quotes";
    }
    ctx_->Error(At(key), "'" + key + "' must be true or false, not " + TypeName(*v), "type-mismatch", {hint});
    return fallback;
  }
  return v->get<bool>();
}

Text ObjectReader::TextField(const std::string& key, bool required) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) {
    if (required) ctx_->Error(pointer_, what_ + " has no '" + key + "'", "missing-field");
    return {};
  }
  // ReadText reports an empty text in any locale.
  return ReadText(ctx_, *v, At(key), IsNameKey(key) ? TextKind::kName : TextKind::kText);
}

Ref ObjectReader::RefField(const std::string& key, bool required) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) {
    if (required) ctx_->Error(pointer_, what_ + " has no '" + key + "'", "missing-field");
    return {};
  }
  if (!v->is_string()) {
    ctx_->Error(At(key), "'" + key + "' must be an id string, not " + TypeName(*v), "type-mismatch");
    return {};
  }
  return {v->get<std::string>(), At(key)};
}

std::vector<Ref> ObjectReader::Refs(const std::string& key, bool required) {
  std::vector<Ref> out;
  DuplicateCheck seen(ctx_, key);
  List(key, required, [&](const nlohmann::json& item, const std::string& p) {
    if (!item.is_string()) {
      ctx_->Error(p, "ids in '" + key + "' must be strings, not " + TypeName(item), "type-mismatch");
      return;
    }
    std::string id = item.get<std::string>();
    if (seen.Fresh(id, p)) out.push_back({std::move(id), p});
  });
  seen.Finish(At(key));
  return out;
}

// Each duplicate is one diagnostic with its own excerpt: thousands would bury everything else.
constexpr size_t kShown = 10;

void DuplicateCheck::Finish(const std::string& pointer) {
  if (reported_ <= kShown) return;
  ctx_->Error(pointer, "'" + key_ + "' lists " + std::to_string(reported_ - kShown) + " more values twice",
              "duplicate-value", {"each value needs to appear only once; the first ten repeats are shown above"});
}

bool DuplicateCheck::Fresh(const std::string& value, const std::string& pointer) {
  auto [it, fresh] = first_.emplace(value, pointer);
  if (fresh) return true;
  if (++reported_ > kShown) return false;
  ctx_->Error(pointer, "'" + diag::Shorten(value) + "' is listed twice in '" + key_ + "' (first at " + it->second + ")",
              "duplicate-value", {"remove the second '" + diag::Shorten(value) + "'"});
  return false;
}

void ObjectReader::Finish() {
  if (!ok_) return;
  for (auto it = value_.begin(); it != value_.end(); ++it) {
    if (it.key() == "$schema" || it.key() == "$comment") continue;
    if (std::find(known_.begin(), known_.end(), it.key()) != known_.end()) continue;
    std::string guess = DidYouMean(it.key(), known_);
    std::string msg = "unknown key '" + diag::Shorten(it.key()) + "' in " + what_;
    if (!guess.empty()) msg += "; did you mean '" + guess + "'?";
    std::vector<std::string> hints;
    if (guess.empty()) {
      std::vector<std::string> sorted = known_;
      std::sort(sorted.begin(), sorted.end());
      sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
      hints.push_back("allowed keys here: " + diag::JoinCapped(sorted, 40));
    }
    ctx_->Error(At(it.key()), msg, "unknown-key", hints);
  }
}

// A text's characters and length; the text itself is kept (the source fails lint anyway).
void CheckText(LoadContext* ctx, const std::string& text, const std::string& pointer, TextKind kind) {
  CheckCharacters(ctx, text, pointer, kind, "text");
  size_t max = kind == TextKind::kName ? kMaxNameBytes : kMaxTextBytes;
  if (text.size() > max) {
    ctx->Error(
        pointer,
        std::string(kind == TextKind::kName ? "a title or name" : "text") + " of " + std::to_string(text.size()) +
            " bytes is longer than the " + std::to_string(max) + " pnc accepts",
        "length-limit",
        {kind == TextKind::kName ? "a title or name becomes a heading, a bookmark and the PDF's title: shorten it"
                                 : "split it into sections, or link to the full text"});
  }
}

Text ReadText(LoadContext* ctx, const nlohmann::json& value, const std::string& pointer, TextKind kind) {
  Text t;
  t.pointer = pointer;
  // The member's name for diagnostics ("period"); list items have only an index.
  std::string key = pointer.substr(pointer.rfind('/') + 1);
  bool index = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos;
  if (key.empty() || index) key = "text";
  if (value.is_string()) {
    t.by_locale[ctx->locales.front()] = {value.get<std::string>(), "", pointer};
    if (IsBlank(value.get_ref<const std::string&>())) ReportBlank(ctx, pointer, "'" + diag::Shorten(key) + "'");
    CheckText(ctx, t.by_locale[ctx->locales.front()].text, pointer, kind);
    return t;
  }
  if (!value.is_object()) {
    ctx->Error(pointer,
               (key == "text" ? std::string("text") : "'" + key + "'") +
                   " must be a string or an object of locale → text, not " + TypeName(value),
               "type-mismatch");
    return t;
  }
  if (value.contains("text")) {
    // A name given once in its own language ({"text": "Pantri …", "lang": "cy"}): the same in every
    // locale, as a plain string is, and marked as that language wherever it is shown in another.
    ObjectReader r(ctx, value, pointer, "'" + diag::Shorten(key) + "'");
    const nlohmann::json* text = r.Get("text");
    t.by_locale[ctx->locales.front()] = {text->is_string() ? text->get<std::string>() : r.String("text", true), "",
                                         r.At("text")};
    if (text->is_string()) {
      if (IsBlank(text->get_ref<const std::string&>())) ReportBlank(ctx, r.At("text"), "'" + diag::Shorten(key) + "'");
      CheckText(ctx, text->get<std::string>(), r.At("text"), kind);
    }
    t.lang = r.String("lang", true);
    if (!t.lang.empty() && !IsLocaleCode(t.lang)) {
      ctx->Error(r.At("lang"), "'" + diag::Shorten(t.lang) + "' is not a language code", "invalid-value",
                 {"write the language as a BCP 47 code in lower case, such as \"cy\" (Welsh) or \"en\" (English)"});
      t.lang.clear();
    }
    r.Finish();
    t.proper_name = true;
    return t;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    std::string p = pointer + "/" + EscapePointerToken(it.key());
    if (!IsLocaleCode(it.key())) {
      ctx->Error(p, "'" + diag::Shorten(it.key()) + "' is not a locale code", "invalid-value",
                 {"translated text is written as {\"en\": \"…\", \"cy\": \"…\"}"});
      continue;
    }
    if (!ctx->Declared(it.key())) {
      ctx->Error(p, "locale '" + diag::Shorten(it.key()) + "' is not declared in notice.locales", "invalid-value",
                 {"add '" + diag::Shorten(it.key()) + "' to notice.locales or remove this translation"});
      continue;
    }
    if (it->is_string()) {
      t.by_locale[it.key()] = {it->get<std::string>(), "", p};
      if (IsBlank(it->get_ref<const std::string&>()))
        ReportBlank(ctx, p, "'" + diag::Shorten(key) + "' (" + it.key() + ")");
      CheckText(ctx, it->get<std::string>(), p, kind);
    } else if (it->is_object()) {
      ObjectReader r(ctx, *it, p, "the '" + it.key() + "' translation");
      const nlohmann::json* text = r.Get("text");
      Translation tr{text && text->is_string() ? text->get<std::string>() : r.String("text", true), r.String("from"),
                     p};
      if (text && text->is_string()) {
        if (IsBlank(tr.text)) ReportBlank(ctx, r.At("text"), "'" + diag::Shorten(key) + "' (" + it.key() + ")");
        CheckText(ctx, tr.text, r.At("text"), kind);
      }
      r.Finish();
      t.by_locale[it.key()] = tr;
    } else {
      ctx->Error(p, "a translation must be a string or {\"text\": …, \"from\": …}, not " + TypeName(*it),
                 "type-mismatch");
    }
  }
  return t;
}

const Translation* Text::Get(const std::string& locale) const {
  auto it = by_locale.find(locale);
  return it == by_locale.end() ? nullptr : &it->second;
}

// Hand-written rather than std::regex: compiling the two patterns took ~1 ms of a ~20 ms build.
bool IsIsoDate(const std::string& s) { return DateProblem(s).empty(); }

std::string DateProblem(const std::string& s) {
  auto digits = [&](size_t at, size_t n) {
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) {
    return "is not a date in the form YYYY-MM-DD";
  }
  int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  if (month < 1 || month > 12) return "has no month " + s.substr(5, 2) + " (months are 01 to 12)";
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > days) {
    return "is not a day of the calendar: " + s.substr(5, 2) + "/" + s.substr(0, 4) + " has " + std::to_string(days) +
           " days";
  }
  if (year < 1900 || year > 2099) return "is outside the years pnc accepts (1900 to 2099)";
  return "";
}

bool IsLocaleCode(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < s.size()) {
    if (s[i++] != '-') return false;
    size_t start = i;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    while (i < s.size() && alnum(s[i])) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

}  // namespace pnc::source
