// source: typed reading of JSON objects with unknown-key, type and missing-field diagnostics.
#include "source/reader.h"

#include <algorithm>
#include <string>

#include "source/json_locator.h"
#include "source/loader.h"

namespace pnc::source {

void LoadContext::Error(const std::string& pointer, std::string message, std::string rule,
                        std::vector<std::string> hints) {
  auto d = diag::Make(diag::Severity::kError, file, pointer, std::move(message), std::move(rule));
  d.hints = std::move(hints);
  sink->Add(std::move(d));
}

std::string TypeName(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "a list";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "true/false";
    case nlohmann::json::value_t::null: return "null";
    default: return "a number";
  }
}

ObjectReader::ObjectReader(LoadContext* ctx, const nlohmann::json& value, std::string pointer,
                           std::string what)
    : ctx_(ctx), value_(value), pointer_(std::move(pointer)), what_(std::move(what)) {
  ok_ = value_.is_object();
  if (!ok_) ctx_->Error(pointer_, what_ + " must be an object, not " + TypeName(value_), "type-mismatch");
}

std::string ObjectReader::At(const std::string& key) const {
  return pointer_ + "/" + EscapePointerToken(key);
}

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
  if (required && s.empty()) ctx_->Error(At(key), "'" + key + "' is empty", "missing-field");
  return s;
}

bool ObjectReader::Bool(const std::string& key, bool fallback) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) return fallback;
  if (!v->is_boolean()) {
    ctx_->Error(At(key), "'" + key + "' must be true or false, not " + TypeName(*v), "type-mismatch");
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
  Text t = ReadText(ctx_, *v, At(key));
  if (required && t.present()) {
    const Translation* d = t.Get(ctx_->locales.front());
    if (d != nullptr && d->text.find_first_not_of(" \t\n") == std::string::npos) {
      ctx_->Error(At(key), "'" + key + "' is empty", "missing-field");
    }
  }
  return t;
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
  List(key, required, [&](const nlohmann::json& item, const std::string& p) {
    if (!item.is_string()) {
      ctx_->Error(p, "ids in '" + key + "' must be strings, not " + TypeName(item), "type-mismatch");
      return;
    }
    out.push_back({item.get<std::string>(), p});
  });
  return out;
}

void ObjectReader::Finish() {
  if (!ok_) return;
  for (auto it = value_.begin(); it != value_.end(); ++it) {
    if (it.key() == "$schema" || it.key() == "$comment") continue;
    if (std::find(known_.begin(), known_.end(), it.key()) != known_.end()) continue;
    std::string guess = DidYouMean(it.key(), known_);
    std::string msg = "unknown key '" + it.key() + "' in " + what_;
    if (!guess.empty()) msg += "; did you mean '" + guess + "'?";
    std::vector<std::string> hints;
    if (guess.empty()) {
      std::vector<std::string> sorted = known_;
      std::sort(sorted.begin(), sorted.end());
      sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
      std::string list;
      for (const auto& k : sorted) list += (list.empty() ? "" : ", ") + k;
      hints.push_back("allowed keys here: " + list);
    }
    ctx_->Error(At(it.key()), msg, "unknown-key", hints);
  }
}

Text ReadText(LoadContext* ctx, const nlohmann::json& value, const std::string& pointer) {
  Text t;
  t.pointer = pointer;
  if (value.is_string()) {
    t.by_locale[ctx->locales.front()] = {value.get<std::string>(), "", pointer};
    return t;
  }
  if (!value.is_object()) {
    // Name the member ("'title' must be …"); list items have only an index.
    std::string key = pointer.substr(pointer.rfind('/') + 1);
    bool index = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos;
    ctx->Error(pointer, (key.empty() || index ? std::string("text") : "'" + key + "'") +
                            " must be a string or an object of locale → text, not " + TypeName(value),
               "type-mismatch");
    return t;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    std::string p = pointer + "/" + EscapePointerToken(it.key());
    if (!IsLocaleCode(it.key())) {
      ctx->Error(p, "'" + it.key() + "' is not a locale code", "invalid-value",
                 {"translated text is written as {\"en\": \"…\", \"cy\": \"…\"}"});
      continue;
    }
    if (std::find(ctx->locales.begin(), ctx->locales.end(), it.key()) == ctx->locales.end()) {
      ctx->Error(p, "locale '" + it.key() + "' is not declared in notice.locales", "invalid-value",
                 {"add '" + it.key() + "' to notice.locales or remove this translation"});
      continue;
    }
    if (it->is_string()) {
      t.by_locale[it.key()] = {it->get<std::string>(), "", p};
    } else if (it->is_object()) {
      ObjectReader r(ctx, *it, p, "the '" + it.key() + "' translation");
      Translation tr{r.String("text", true), r.String("from"), p};
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
bool IsIsoDate(const std::string& s) {
  auto digits = [&](size_t at, size_t n) {
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) return false;
  int century = std::stoi(s.substr(0, 2)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  return (century == 19 || century == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
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
