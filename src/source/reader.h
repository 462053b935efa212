#pragma once
// source: typed, position-aware reading of one JSON object; unknown keys are reported when the
// reader is finished. Internal to the loader.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "source/limits.h"
#include "source/model.h"

namespace pnc::source {

/// Shared state while loading one file.
struct LoadContext {
  std::string file;
  std::vector<std::string> locales;  // declared locales; the first is the default
  diag::Sink* sink = nullptr;
  /// Sets the declared locales.
  void SetLocales(const std::vector<std::string>& codes) {
    locales = codes;
    declared = std::set<std::string>(codes.begin(), codes.end());
  }
  /// Whether `code` is declared (a set: every translation key is looked up).
  bool Declared(const std::string& code) const { return declared.count(code) > 0; }
  std::set<std::string> declared;
  /// The source's positions, when known: a hidden character is shown at its own column.
  const class Locator* locator = nullptr;
  /// Reports an error at `pointer`.
  void Error(const std::string& pointer, std::string message, std::string rule, std::vector<std::string> hints = {});
};

/// Reports values listed twice in one list (rule duplicate-value), in linear time: a list of a
/// million copies of one locale once took quadratic time and gigabytes downstream.
class DuplicateCheck {
 public:
  /// Checks the list named `key` ("locales", "data_categories").
  DuplicateCheck(LoadContext* ctx, std::string key) : ctx_(ctx), key_(std::move(key)) {}
  /// True the first time `value` is seen; otherwise reports it at `pointer` (the first ten; the
  /// rest are counted) and returns false.
  bool Fresh(const std::string& value, const std::string& pointer);
  /// Reports how many duplicates were counted but not shown, at the list's `pointer`.
  void Finish(const std::string& pointer);

 private:
  LoadContext* ctx_;
  std::string key_;
  std::unordered_map<std::string, std::string> first_;
  size_t reported_ = 0;
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
  /// The loading context (file, locales, sink).
  LoadContext* context() const { return ctx_; }
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

/// What a string is, for the characters and length it may have.
enum class TextKind {
  kText,     // free text (Markdown): line breaks allowed
  kName,     // a title or name: no direction controls, at most kMaxNameBytes
  kAddress,  // an e-mail, phone, web address or id: no invisible characters at all
};

/// Why `s` cannot be shown as it is (characters.cc: a control character, a noncharacter, a direction control,
/// a direction mark where `kind` allows none), or "" when it can; `*rule` (if given) is the rule
/// that reports it: "bidi-control" for an embedding, override or isolate, else "invalid-value".
std::string CharacterProblem(const std::string& s, TextKind kind, std::string* rule = nullptr);

/// Reports CharacterProblem(text) as an error at `pointer` ("<what> holds …"), and a zero-width
/// character (source/invisible.h) as an invisible-character warning naming it and its place.
void CheckCharacters(LoadContext* ctx, const std::string& text, const std::string& pointer, TextKind kind,
                     const std::string& what);

/// Reads a free-text value at `pointer`, checking its characters and length (length-limit).
Text ReadText(LoadContext* ctx, const nlohmann::json& value, const std::string& pointer,
              TextKind kind = TextKind::kText);

/// The JSON type's name for messages ("a string", "a list").
std::string TypeName(const nlohmann::json& value);

/// A real calendar date YYYY-MM-DD (leap years counted) with a year 1900-2099.
bool IsIsoDate(const std::string& s);

/// Why `s` is not such a date ("is not a date in the form YYYY-MM-DD", "is not a day of the
/// calendar: …", "is outside the years pnc accepts …"), or "" when it is one.
std::string DateProblem(const std::string& s);

/// A locale code: 2-3 lowercase letters, then any number of "-" and 2-8 letters or digits.
bool IsLocaleCode(const std::string& s);

/// Reads an item's `"unconfirmed": "what must be checked"` into model->unconfirmed; `what` names
/// the item ("purpose 'care'").
void ReadUnconfirmed(ObjectReader& r, Model* model, const std::string& what);

/// The default-locale text of a field ("" when absent), for naming an item in messages.
std::string PlainName(const Text& text, const LoadContext* ctx);

/// notice.child_age_band (one band) or notice.child_age_bands (several), into `notice`.
void ReadChildBands(LoadContext* ctx, ObjectReader& r, NoticeMeta* notice);

/// An item's `age_bands` (each one of the notice's declared bands; not empty), into `out`.
void ReadAgeBands(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, BandLimit* out);

/// An item's `child_by_band` (band → text; declared bands within `limit`; not beside `child`).
/// `key` and `single` name another such pair: "child_title_by_band" beside "child_title".
void ReadChildByBand(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, const Text& child,
                     const BandLimit& limit, BandTexts* out, const std::string& key = "child_by_band",
                     const std::string& single = "child");

/// A children group's `ages` ({"from": 5, "to": 11}: whole years within 0-17, from <= to), checked
/// against the group's `age_bands` and the notice's declared bands (load_ages.cc), into `subject`.
void ReadAges(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, Subject* subject);

/// The whole source, after its syntax is checked (load_items.cc): the notice's head, the parties,
/// then every list and section, in the order of the Model.
void ReadAll(LoadContext* ctx, const nlohmann::json& root, Model* model);

/// `notice` (loader.cc): its `locales` first, since every Text field is read against them.
void ReadNotice(LoadContext* ctx, const nlohmann::json& root, Model* model);

/// `controller`, with its joint controllers and UK representative (load_contacts.cc).
void ReadController(LoadContext* ctx, const nlohmann::json& value, Model* model);

/// `dpo`: whether one is designated, and the contact.
void ReadDpo(LoadContext* ctx, const nlohmann::json& value, Model* model);

/// A contact's name (reported when `name_required` and absent), role (when `with_role`: the
/// controller has none), address, e-mail, phone and website, each checked.
Contact ReadContact(LoadContext* ctx, ObjectReader& r, bool name_required, bool with_role = true);

/// Reports the member `key` (its value in `*v`) if it is not a web address; otherwise writes its
/// scheme in lower case.
void CheckWebAddress(LoadContext* ctx, ObjectReader& r, const std::string& key, std::string* v);

/// `security`: a text, or {"body": text, "child": text}.
void ReadSecurity(LoadContext* ctx, ObjectReader& top, Model* model);

/// `other_formats`: the formats the notice is offered in on request.
void ReadOtherFormats(LoadContext* ctx, ObjectReader& top, Model* model);

/// `services`: [{"id", "name"}].
void ReadServices(LoadContext* ctx, ObjectReader& top, Model* model);
/// `forms`: where data is collected, each with the purposes it serves (load_forms.cc).
void ReadForms(LoadContext* ctx, ObjectReader& top, Model* model);

/// `wording`: {"<catalogue key>": text}.
void ReadWording(LoadContext* ctx, ObjectReader& top, Model* model);

/// The Children's code age bands, youngest first.
const std::vector<std::string>& KnownBands();

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
  if (v->size() > kMaxListEntries) {
    ctx_->Error(At(key),
                "'" + key + "' has " + std::to_string(v->size()) + " entries, more than the " +
                    std::to_string(kMaxListEntries) + " pnc accepts in one list",
                "length-limit", {"a notice lists kinds of data, purposes and recipients, not individual records"});
  }
  // Past the limit, the first entries are still read, so no other rule reports a cascade.
  for (size_t i = 0; i < std::min(v->size(), kMaxListEntries); ++i) each((*v)[i], At(key) + "/" + std::to_string(i));
  return true;
}

}  // namespace pnc::source
