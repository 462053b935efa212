// source: a children group's `ages` (JSON → Model::subjects[].ages), checked as read: whole years
// within 0-17, from <= to, within the group's `age_bands`, and in at least one declared band (a
// group no children's version is for would have its facts told to no child).
#include <algorithm>

#include "diag/diagnostic.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

constexpr int kOldest = 17;  // a person of 18 is an adult (Children Act 1989 s.105)
// The youngest age a children's version is written for (the Children's code bands pnc writes start
// at 6): younger children are told through their parents or carers, in the adult notice.
constexpr int kYoungestReader = 6;

// "10-12" → 10 and 12; false for anything else.
bool ParseBand(const std::string& band, int* from, int* to) {
  const size_t dash = band.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= band.size() || band.size() > 5) return false;
  auto number = [](const std::string& s, int* out) {
    if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    *out = std::stoi(s);
    return true;
  };
  return number(band.substr(0, dash), from) && number(band.substr(dash + 1), to);
}

bool Overlap(int from, int to, const std::string& band) {
  int lo = 0, hi = 0;
  return ParseBand(band, &lo, &hi) && from <= hi && lo <= to;
}

std::string Range(int from, int to) {
  return from == to ? std::to_string(from) : std::to_string(from) + " to " + std::to_string(to);
}

std::string Quoted(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& i : ids) s += (s.empty() ? "'" : ", '") + i + "'";
  return s;
}

// One of `from` / `to`: a whole number of years within 0-17; false (and an error) otherwise.
bool ReadAge(LoadContext* ctx, ObjectReader& ages, const std::string& key, int* out) {
  const nlohmann::json* v = ages.Get(key);
  if (v == nullptr) {
    ctx->Error(ages.pointer(), "'ages' has no '" + key + "'", "missing-field",
               {"give both ends, in whole years: \"ages\": {\"from\": 5, \"to\": 11}"});
    return false;
  }
  const std::string p = ages.At(key);
  if (!v->is_number()) {
    ctx->Error(p, "'" + key + "' must be an age in whole years, not " + TypeName(*v), "type-mismatch",
               {"write a number without quotes: \"" + key + "\": 11"});
    return false;
  }
  // A number too large for an integer is read as a fraction-less double: its problem is its size.
  const double d = v->is_number_integer() ? 0 : v->get<double>();
  if (!v->is_number_integer() && (d < 0 || d > kOldest)) {
    ctx->Error(
        p, "'" + key + "' must be an age from 0 to 17", "invalid-value",
        {d < 0 ? "an age is 0 or more" : "people aged 18 and over are adults: give a children group's ages up to 17"});
    return false;
  }
  if (!v->is_number_integer()) {
    ctx->Error(p, "'" + key + "' must be a whole number of years", "invalid-value",
               {"ages are counted in whole years, as a child says them: \"from\": 5, \"to\": 11"});
    return false;
  }
  const bool negative = !v->is_number_unsigned() && v->get<long long>() < 0;
  if (negative || v->get<unsigned long long>() > static_cast<unsigned long long>(kOldest)) {
    ctx->Error(p, "'" + key + "' must be an age from 0 to 17", "invalid-value",
               {negative ? std::string("an age is 0 or more")
                         : "people aged 18 and over are adults: give a children group's ages up to 17, and put "
                           "adults in a group of their own"});
    return false;
  }
  *out = v->get<int>();
  return true;
}

}  // namespace

bool Ages::Overlaps(const std::string& band) const {
  if (!present() || band.empty()) return true;
  int lo = 0, hi = 0;
  if (!ParseBand(band, &lo, &hi)) return true;
  return from <= hi && lo <= to;
}

Ages Ages::In(const std::string& band, const std::vector<std::string>& bands) const {
  int lo = 0, hi = 0;
  if (!present() || !ParseBand(band, &lo, &hi)) return *this;
  // The youngest declared band's guide is also for the group's children younger than the band, down
  // to the youngest reader: never "Ages 0 to 9" for a group of ages 0 to 17.
  if (!bands.empty() && bands.front() == band) lo = std::min(lo, kYoungestReader);
  if (!bands.empty() && bands.back() == band) hi = kOldest;
  Ages out = *this;
  out.from = std::max(from, lo);
  out.to = std::min(to, hi);
  return out;
}

void ReadAges(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, Subject* subject) {
  const nlohmann::json* v = r.Get("ages");
  if (v == nullptr) return;
  const std::string at = r.At("ages");
  const std::string what = "data subject '" + subject->id + "'";
  if (!v->is_object()) {
    ctx->Error(at, "'ages' must be an object with 'from' and 'to', not " + TypeName(*v), "type-mismatch",
               {"write \"ages\": {\"from\": 5, \"to\": 11} (whole years, both included)"});
    return;
  }
  ObjectReader ages(ctx, *v, at, "'ages'");
  int from = 0, to = 0;
  const bool got_from = ReadAge(ctx, ages, "from", &from);
  const bool got_to = ReadAge(ctx, ages, "to", &to);
  ages.Finish();  // an unknown key, with did-you-mean ("form")
  if (!got_from || !got_to) return;
  if (from > to) {
    ctx->Error(at, "'ages' runs from " + std::to_string(from) + " to " + std::to_string(to) + ": 'from' is older",
               "invalid-value",
               {"give the youngest age in 'from' and the oldest in 'to': \"from\": " + std::to_string(to) +
                ", \"to\": " + std::to_string(from)});
    return;
  }
  if (!subject->children) {
    // Ages say which children's versions a group of children is in; on another group they say nothing.
    ctx->Error(at, what + " gives 'ages', but it is not marked \"children\": true", "invalid-value",
               {"mark the group \"children\": true if it is a group of children, or remove 'ages'"});
    return;
  }
  subject->ages = {from, to, at};
  if (!notice.child || notice.child_bands.empty()) return;
  const std::string aged = "aged " + Range(from, to);
  // Each band the group is limited to must hold some of its ages.
  for (const auto& b : subject->age_bands.bands) {
    if (Overlap(from, to, b.id)) continue;
    ctx->Error(b.pointer, what + " is " + aged + ", so it has no children in the version for ages " + b.id,
               "invalid-value", {"remove '" + b.id + "' from 'age_bands', or correct 'ages'"});
  }
  // The group must be in some children's version: a declared band its ages reach. (With 'age_bands',
  // each entry holds some of its ages or was reported above.)
  if (!subject->age_bands.pointer.empty()) return;
  bool in_some = false;
  for (const auto& band : notice.child_bands) {
    in_some = in_some || Overlap(from, to, band);
  }
  if (in_some) return;
  std::vector<std::string> fitting;  // the Children's code bands that would hold the group
  for (const auto& band : KnownBands()) {
    if (Overlap(from, to, band)) fitting.push_back(band);
  }
  std::vector<std::string> hints;
  if (!fitting.empty()) {
    hints.push_back("add " + Quoted(fitting) + " to notice.child_age_bands to write a children's version for " +
                    (fitting.size() == 1 ? "that band" : "those bands") + ", or correct 'ages'");
  } else {
    hints.push_back(
        "children's versions are written for ages 6 to 17 (the Children's code bands); younger "
        "children are told through their parents or carers: address them in the adult notice and "
        "remove \"children\": true, or correct 'ages'");
  }
  ctx->Error(at,
             what + " is " + aged + ", but no children's version is for those ages (the notice's bands are " +
                 Quoted(notice.child_bands) + ")",
             "scope", hints);
}

}  // namespace pnc::source
