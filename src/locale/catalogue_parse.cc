// locale: catalogue JSON → Catalogue (meta, messages, conditions, fixed, joining). A translated
// catalogue may be a user's own file, so every wrong shape is a ParseProblem at its JSON pointer,
// with the fix; nothing here lets a JSON type error escape.
#include <nlohmann/json.hpp>

#include "locale/catalogue.h"

namespace pnc::locale {
namespace {

using nlohmann::json;

// A value's JSON type in the words of a diagnostic.
std::string TypeName(const json& v) {
  if (v.is_object()) return "an object";
  if (v.is_array()) return "a list";
  if (v.is_string()) return "a text";
  if (v.is_boolean()) return "true or false";
  if (v.is_null()) return "null";
  return "a number";
}

// One reference token of a JSON pointer (~ → ~0, / → ~1).
std::string Token(const std::string& key) {
  std::string out;
  for (char c : key) out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
  return out;
}

const char kMetaHint[] =
    "write \"meta\": {\"name\": \"<the language's own name>\", \"dir\": \"ltr\", \"review\": {\"status\": "
    "\"unreviewed\"}} (locales/README.md)";
const char kReviewHint[] =
    "write \"review\": {\"status\": \"unreviewed\"}, and \"reviewed\" with \"by\" and \"date\" once a fluent "
    "speaker has checked every message";
const char kMessagesHint[] =
    "write \"messages\": {\"summary.who\": \"…\", …}: every key of pnc's locales/en.json with its translation "
    "in double quotes";
const char kOnlyEnglishHint[] =
    "only pnc's locales/en.json records this for every language: remove it from a translation";

// Reads one catalogue, stopping at its first wrong shape (each check returns false once `*p` is set).
struct Reader {
  ParseProblem* p;

  bool Fail(std::string pointer, std::string message, std::string rule, std::string hint) {
    *p = {std::move(message), std::move(pointer), std::move(rule), std::move(hint)};
    return false;
  }
  // `v` at `at`, called `name` in messages, is `kind` ("an object (name, dir, review)").
  bool Is(bool ok, const json& v, const std::string& at, const std::string& name, const std::string& kind,
          const std::string& hint) {
    return ok || Fail(at, "'" + name + "' must be " + kind + ", not " + TypeName(v), "type-mismatch", hint);
  }
  // Member `key` of object `obj` (at `at`, called `name`); nullptr, and a problem if `required`, when absent.
  const json* Member(const json& obj, const std::string& at, const std::string& name, const std::string& key,
                     bool required, const std::string& hint) {
    auto it = obj.find(key);
    if (it != obj.end()) return &*it;
    if (required)
      Fail(at, (name.empty() ? std::string("the catalogue") : "'" + name + "'") + " has no '" + key + "'",
           "missing-field", hint);
    return nullptr;
  }
  // An optional text member (`fallback` when absent).
  bool OptionalText(const json& obj, const std::string& at, const std::string& name, const std::string& key,
                    const std::string& fallback, const std::string& hint, std::string* out) {
    const json* v = Member(obj, at, name, key, false, "");
    if (!v) return (*out = fallback, true);
    if (!Is(v->is_string(), *v, at + "/" + Token(key), name + "." + key, "a text in double quotes", hint)) return false;
    *out = v->get<std::string>();
    return true;
  }
  // A list of non-empty texts (joining.vowels, …).
  bool Words(const json& obj, const std::string& at, const std::string& key, std::vector<std::string>* out) {
    const json* v = Member(obj, at, "joining", key, false, "");
    if (!v) return true;
    const std::string here = at + "/" + Token(key), hint = "write the " + key + " as a list of texts: [\"a\", \"b\"]";
    if (!Is(v->is_array(), *v, here, "joining." + key, "a list of texts", hint)) return false;
    for (size_t i = 0; i < v->size(); ++i) {
      const json& w = (*v)[i];
      if (!w.is_string() || w.get_ref<const std::string&>().empty())
        return Fail(here + "/" + std::to_string(i),
                    "'joining." + key + "' holds " + (w.is_string() ? std::string("an empty text") : TypeName(w)) +
                        ": each item must be letters in double quotes",
                    w.is_string() ? "invalid-value" : "type-mismatch", "remove it, or write the letters it stands for");
      out->push_back(w.get<std::string>());
    }
    return true;
  }
  // An object of key → text whose "$…" keys are comments (conditions); `each` receives the others.
  template <typename Each>
  bool TextTable(const json& v, const std::string& at, const std::string& name, const std::string& hint,
                 const Each& each) {
    if (!Is(v.is_object(), v, at, name, "an object of key → text", hint)) return false;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it.key().rfind("$", 0) == 0) continue;  // "$comment"
      if (!each(it.key(), it.value(), at + "/" + Token(it.key()))) return false;
    }
    return true;
  }
};

}  // namespace

std::string Catalogue::Parse(const std::string& code, const nlohmann::json& root, ParseProblem* problem) {
  ParseProblem local;
  Reader r{problem ? problem : &local};
  *r.p = {};
  code_ = code;
  auto done = [&] { return r.p->message; };
  if (!r.Is(root.is_object(), root, "", "catalogue", "an object with \"meta\" and \"messages\"",
            "start from a copy of pnc's locales/en.json and translate its messages"))
    return done();
  // meta: the language's name, its direction and who reviewed it.
  const json* meta = r.Member(root, "", "", "meta", true, kMetaHint);
  if (!meta || !r.Is(meta->is_object(), *meta, "/meta", "meta", "an object (name, dir, review)", kMetaHint))
    return done();
  const json* name = r.Member(*meta, "/meta", "meta", "name", true,
                              "add \"name\": the language's name in that language, e.g. \"Cymraeg\"");
  if (!name || !r.Is(name->is_string(), *name, "/meta/name", "meta.name", "a text in double quotes",
                     "write the language's own name in double quotes, e.g. \"Cymraeg\""))
    return done();
  name_ = name->get<std::string>();
  const std::string dir_hint =
      "write \"ltr\" for a language written left to right, \"rtl\" for one written right "
      "to left (Arabic, Hebrew)";
  if (!r.OptionalText(*meta, "/meta", "meta", "dir", "ltr", dir_hint, &dir_)) return done();
  if (dir_ != "ltr" && dir_ != "rtl") {
    r.Fail("/meta/dir", "'meta.dir' must be \"ltr\" or \"rtl\", not '" + dir_ + "'", "invalid-value", dir_hint);
    return done();
  }
  const json* review = r.Member(*meta, "/meta", "meta", "review", true, kReviewHint);
  if (!review ||
      !r.Is(review->is_object(), *review, "/meta/review", "meta.review", "an object (status, by, date)", kReviewHint))
    return done();
  const json* status = r.Member(*review, "/meta/review", "meta.review", "status", true, kReviewHint);
  if (!status || !r.Is(status->is_string(), *status, "/meta/review/status", "meta.review.status",
                       "a text in double quotes", kReviewHint))
    return done();
  review_.status = status->get<std::string>();
  if (!r.OptionalText(*review, "/meta/review", "meta.review", "by", "", "write who reviewed it in double quotes",
                      &review_.by) ||
      !r.OptionalText(*review, "/meta/review", "meta.review", "date", "",
                      "write the date of the review as \"YYYY-MM-DD\"", &review_.date))
    return done();
  // messages: key → text.
  const json* messages = r.Member(root, "", "", "messages", true, kMessagesHint);
  if (!messages ||
      !r.Is(messages->is_object(), *messages, "/messages", "messages", "an object of key → text", kMessagesHint))
    return done();
  for (auto it = messages->begin(); it != messages->end(); ++it) {
    // Name the key: a translator who typed a number or null needs to know where.
    if (!it->is_string()) {
      r.Fail("/messages/" + Token(it.key()),
             "message '" + it.key() + "' must be a text in double quotes, not " + TypeName(*it), "type-mismatch",
             "write the translation of en.json's '" + it.key() + "' in double quotes: \"…\"");
      return done();
    }
    messages_[it.key()] = it->get<std::string>();
  }
  // conditions and fixed: recorded by en.json for every language.
  if (const json* conditions = r.Member(root, "", "", "conditions", false, "")) {
    auto one = [&](const std::string& key, const nlohmann::json& v, const std::string& at) {
      if (!r.Is(v.is_string(), v, at, "conditions." + key, "a text", kOnlyEnglishHint)) return false;
      conditions_[key] = v.get<std::string>();
      return true;
    };
    if (!r.TextTable(*conditions, "/conditions", "conditions", kOnlyEnglishHint, one)) return done();
  }
  if (const json* fixed = r.Member(root, "", "", "fixed", false, "")) {
    auto one = [&](const std::string& key, const nlohmann::json& v, const std::string& at) {
      const std::string name = "fixed." + key;
      if (!r.Is(v.is_object(), v, at, name, "an object (why, instead)", kOnlyEnglishHint)) return false;
      const json* why = r.Member(v, at, name, "why", true, kOnlyEnglishHint);
      const json* instead = why ? r.Member(v, at, name, "instead", true, kOnlyEnglishHint) : nullptr;
      if (!instead || !r.Is(why->is_string(), *why, at + "/why", name + ".why", "a text", kOnlyEnglishHint) ||
          !r.Is(instead->is_string(), *instead, at + "/instead", name + ".instead", "a text", kOnlyEnglishHint))
        return false;
      fixed_[key] = {why->get<std::string>(), instead->get<std::string>()};
      return true;
    };
    if (!r.TextTable(*fixed, "/fixed", "fixed", kOnlyEnglishHint, one)) return done();
  }
  // joining: how the last item of a list is joined (see JoinLast).
  if (const json* joining = r.Member(root, "", "", "joining", false, "")) {
    const std::string hint =
        "write \"joining\" as an object (vowels, vowel_words, articles, conjunctions, lowercase_words, mutation), "
        "or leave it "
        "out (locales/README.md, 'List joining')";
    if (!r.Is(joining->is_object(), *joining, "/joining", "joining", "an object", hint) ||
        !r.Words(*joining, "/joining", "vowels", &vowels_) || !r.Words(*joining, "/joining", "articles", &articles_) ||
        !r.Words(*joining, "/joining", "conjunctions", &conjunctions_) ||
        !r.Words(*joining, "/joining", "vowel_words", &vowel_words_) ||
        !r.Words(*joining, "/joining", "lowercase_words", &lowercase_words_))
      return done();
    if (const json* mutation = r.Member(*joining, "/joining", "joining", "mutation", false, "")) {
      const std::string mhint = "write each change as \"letters\": \"letters\", e.g. \"c\": \"ch\"";
      auto one = [&](const std::string& key, const nlohmann::json& v, const std::string& at) {
        if (!r.Is(v.is_string(), v, at, "joining.mutation." + key, "a text", mhint)) return false;
        if (key.empty() || v.get_ref<const std::string&>().empty())
          return r.Fail(at, "'joining.mutation' has empty letters", "invalid-value", mhint);
        mutation_[key] = v.get<std::string>();
        return true;
      };
      if (!r.TextTable(*mutation, "/joining/mutation", "joining.mutation", mhint, one)) return done();
    }
    if (const json* contractions = r.Member(*joining, "/joining", "joining", "contractions", false, "")) {
      const std::string chint = "write each as \"word\": \"what joins the conjunction\", e.g. \"eich\": \"'ch\"";
      auto one = [&](const std::string& key, const nlohmann::json& v, const std::string& at) {
        if (!r.Is(v.is_string(), v, at, "joining.contractions." + key, "a text", chint)) return false;
        if (key.empty() || v.get_ref<const std::string&>().empty())
          return r.Fail(at, "'joining.contractions' has an empty word", "invalid-value", chint);
        contractions_[key] = v.get<std::string>();
        return true;
      };
      if (!r.TextTable(*contractions, "/joining/contractions", "joining.contractions", chint, one)) return done();
    }
  }
  return done();
}

}  // namespace pnc::locale
