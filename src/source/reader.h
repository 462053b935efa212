#pragma once
// source: typed, position-aware reading of one JSON object; unknown keys are reported when the
// reader is finished. Internal to the loader.
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "source/model.h"

namespace pnc::source {

/// Shared state while loading one file.
struct LoadContext {
  std::string file;
  std::vector<std::string> locales;  // declared locales; the first is the default
  diag::Sink* sink = nullptr;
  /// Reports an error at `pointer`.
  void Error(const std::string& pointer, std::string message, std::string rule,
             std::vector<std::string> hints = {});
};

/// Reads the members of one JSON object by name and type.
class ObjectReader {
 public:
  /// Reads `value` at `pointer`; `what` names it in messages ("the controller").
  ObjectReader(LoadContext* ctx, const nlohmann::json& value, std::string pointer, std::string what);
  /// True when the value was an object (a type error has been reported otherwise).
  bool ok() const { return ok_; }
  /// Pointer of this object.
  const std::string& pointer() const { return pointer_; }
  /// Pointer of a member.
  std::string At(const std::string& key) const;
  /// The member, or nullptr; marks the key as known.
  const nlohmann::json* Get(const std::string& key);
  /// A string member ("" when absent); reports a missing required one.
  std::string String(const std::string& key, bool required = false);
  /// A boolean member.
  bool Bool(const std::string& key, bool fallback);
  /// A free-text member (string or locale → text object).
  Text TextField(const std::string& key, bool required = false);
  /// A list of id references.
  std::vector<Ref> Refs(const std::string& key, bool required = false);
  /// A single id reference.
  Ref RefField(const std::string& key, bool required = false);
  /// A list member: calls `each(value, pointer)` per element. Returns false if absent.
  template <typename F>
  bool List(const std::string& key, bool required, F each);
  /// Reports keys that were never asked for, with a did-you-mean suggestion.
  void Finish();

 private:
  LoadContext* ctx_;
  const nlohmann::json& value_;
  std::string pointer_;
  std::string what_;
  bool ok_ = false;
  std::vector<std::string> known_;
};

/// Reads a free-text value at `pointer`.
Text ReadText(LoadContext* ctx, const nlohmann::json& value, const std::string& pointer);

/// The JSON type's name for messages ("a string", "a list").
std::string TypeName(const nlohmann::json& value);

/// YYYY-MM-DD with a year 1900-2099, a month 01-12 and a day 01-31.
bool IsIsoDate(const std::string& s);

/// A locale code: 2-3 lowercase letters, then any number of "-" and 2-8 letters or digits.
bool IsLocaleCode(const std::string& s);

/// Reads an item's `"unconfirmed": "what must be checked"` into model->unconfirmed; `what` names
/// the item ("purpose 'care'").
void ReadUnconfirmed(ObjectReader& r, Model* model, const std::string& what);

/// The default-locale text of a field ("" when absent), for naming an item in messages.
std::string PlainName(const Text& text, const LoadContext* ctx);

/// notice.child_age_band (one band) or notice.child_age_bands (several), into `notice`.
void ReadChildBands(LoadContext* ctx, ObjectReader& r, NoticeMeta* notice);

/// `security`: a text, or {"body": text, "child": text}.
void ReadSecurity(LoadContext* ctx, ObjectReader& top, Model* model);

/// `other_formats`: the formats the notice is offered in on request.
void ReadOtherFormats(LoadContext* ctx, ObjectReader& top, Model* model);

/// `services`: [{"id", "name"}].
void ReadServices(LoadContext* ctx, ObjectReader& top, Model* model);

/// `wording`: {"<catalogue key>": text}.
void ReadWording(LoadContext* ctx, ObjectReader& top, Model* model);

/// The format ids `other_formats` accepts.
const std::vector<std::string>& KnownFormats();

template <typename F>
bool ObjectReader::List(const std::string& key, bool required, F each) {
  const nlohmann::json* v = Get(key);
  if (v == nullptr) {
    if (required) ctx_->Error(pointer_, what_ + " has no '" + key + "'", "missing-field");
    return false;
  }
  if (!v->is_array()) {
    ctx_->Error(At(key), "'" + key + "' must be a list, not " + TypeName(*v), "type-mismatch");
    return false;
  }
  for (size_t i = 0; i < v->size(); ++i) each((*v)[i], At(key) + "/" + std::to_string(i));
  return true;
}

}  // namespace pnc::source
