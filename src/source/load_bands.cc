// source: an item's age bands (`age_bands`) and its children's wording per band (`child_by_band`),
// read against the bands the notice declares (JSON → Model; whether an item is shown in a band's
// guide is the scope's question, source/scope.cc).
#include <algorithm>

#include "diag/diagnostic.h"
#include "source/json_locator.h"
#include "source/loader.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

std::string Quoted(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& i : ids) s += (s.empty() ? "'" : ", '") + i + "'";
  return s;
}

// An id that must be one of the notice's declared bands: false (and an error at `pointer`) if not.
// `meant`, when given, gets the declared band a misspelt id was meant for (its did-you-mean; "*" for
// an unknown id resembling none). A Children's code band the notice does not declare was meant as
// itself (the fix may be to declare it), so it sets nothing.
bool DeclaredBand(LoadContext* ctx, const NoticeMeta& notice, const std::string& band, const std::string& pointer,
                  const std::string& key, std::string* meant = nullptr) {
  const auto& bands = notice.child_bands;
  if (std::find(bands.begin(), bands.end(), band) != bands.end()) return true;
  // The band notice.child_age_bands misspelt (reported there): an item naming it is right, and is
  // left out until the notice's list is corrected, without a second error for the same mistake.
  const auto& misspelt = notice.misnamed_bands;
  if (std::find(misspelt.begin(), misspelt.end(), band) != misspelt.end()) return false;
  if (bands.empty()) {
    ctx->Error(
        pointer, "'" + key + "' names age band '" + diag::Shorten(band) + "', but the notice declares no age bands",
        "invalid-value",
        {"add \"child\" to notice.audiences and list the bands in notice.child_age_bands, or remove '" + key + "'"});
    return false;
  }
  if (std::find(KnownBands().begin(), KnownBands().end(), band) != KnownBands().end()) {
    ctx->Error(pointer, "the notice has no children's version for ages " + band, "invalid-value",
               {"the notice's age bands (notice.child_age_bands) are " + Quoted(bands) + "; add '" + band +
                "' there, or remove it here"});
    return false;
  }
  std::string guess = DidYouMean(band, bands);
  if (meant != nullptr) *meant = guess.empty() ? "*" : guess;
  ctx->Error(
      pointer,
      "unknown age band '" + diag::Shorten(band) + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
      "invalid-value", {"the notice's age bands (notice.child_age_bands) are " + Quoted(bands)});
  return false;
}

}  // namespace

bool BandLimit::Allows(const std::string& band) const {
  if (band.empty() || pointer.empty()) return true;
  return std::any_of(bands.begin(), bands.end(), [&](const Ref& r) { return r.id == band; });
}

const Text& ChildFor(const Text& child, const BandTexts& by_band, const std::string& band) {
  static const Text kNone;
  if (!by_band.present()) return child;
  auto it = by_band.by_band.find(band);
  return it == by_band.by_band.end() ? kNone : it->second;
}

void ReadAgeBands(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, BandLimit* out) {
  const nlohmann::json* v = r.Get("age_bands");
  if (v == nullptr) return;
  out->pointer = r.At("age_bands");
  if (!v->is_array()) {
    ctx->Error(out->pointer, "'age_bands' must be a list of age bands, not " + TypeName(*v), "type-mismatch",
               {"write \"age_bands\": [\"13-15\"]"});
    return;
  }
  if (v->empty()) {
    // An empty list would leave the item out of every children's version: a fact about children dropped.
    ctx->Error(out->pointer, "'age_bands' is empty", "invalid-value",
               {"list the age bands whose children's versions show the item, or remove 'age_bands' to show it in "
                "every one"});
    return;
  }
  if (v->size() > KnownBands().size()) {
    // Each entry must be a different band: more entries than bands is wrong as a whole (and is not
    // reported entry by entry, which a hostile list would turn into a flood).
    ctx->Error(out->pointer,
               "'age_bands' has " + std::to_string(v->size()) + " entries, but there are only " +
                   std::to_string(KnownBands().size()) + " age bands",
               "invalid-value", {"list each age band once, from notice.child_age_bands"});
    return;
  }
  DuplicateCheck seen(ctx, "age_bands");
  r.List("age_bands", false, [&](const nlohmann::json& b, const std::string& p) {
    if (!b.is_string()) {
      ctx->Error(p, "age bands are strings such as \"13-15\", not " + TypeName(b), "type-mismatch");
      return;
    }
    const std::string band = b.get<std::string>();
    if (!seen.Fresh(band, p)) return;
    if (DeclaredBand(ctx, notice, band, p, "age_bands")) out->bands.push_back({band, p});
  });
  seen.Finish(out->pointer);
}

void ReadChildByBand(LoadContext* ctx, ObjectReader& r, const NoticeMeta& notice, const Text& child,
                     const BandLimit& limit, BandTexts* out, const std::string& key, const std::string& single) {
  const nlohmann::json* v = r.Get(key);
  if (v == nullptr) return;
  const std::string at = r.At(key);
  const std::string what = single == "child" ? "wording" : single == "child_title" ? "heading" : "name";
  if (!v->is_object()) {
    out->refused = true;
    ctx->Error(at, "'" + key + "' must be an object of age band → " + what + ", not " + TypeName(*v), "type-mismatch",
               {"write \"" + key + "\": {\"6-9\": \"…\", \"13-15\": \"…\"}"});
    return;
  }
  if (v->empty()) {
    out->refused = true;
    ctx->Error(at, "'" + key + "' is empty", "invalid-value",
               {"give the children's " + what + " for each age band, or one \"" + single + "\" for every band"});
    return;
  }
  if (v->size() > KnownBands().size()) {
    out->refused = true;
    ctx->Error(at,
               "'" + key + "' has " + std::to_string(v->size()) + " entries, but there are only " +
                   std::to_string(KnownBands().size()) + " age bands",
               "invalid-value", {"give one entry per age band of notice.child_age_bands"});
    return;
  }
  if (child.present()) {
    out->refused = true;
    ctx->Error(at, "give '" + single + "' or '" + key + "', not both", "invalid-value",
               {"one " + what + " for every band goes in \"" + single + "\"; " + what +
                " that differs by band goes in \"" + key + "\", one entry per band"});
    return;
  }
  out->pointer = at;
  for (const auto& [band, text] : v->items()) {
    const std::string p = at + "/" + EscapePointerToken(band);
    if (std::string meant; !DeclaredBand(ctx, notice, band, p, key, &meant)) {
      if (!meant.empty()) out->misnamed.insert(meant);
      continue;
    }
    if (!limit.Allows(band)) {
      std::vector<std::string> allowed;
      for (const auto& b : limit.bands) allowed.push_back(b.id);
      ctx->Error(
          p,
          "'" + key + "' has " + what + " for ages " + band + ", but 'age_bands' leaves the item out of that version",
          "invalid-value",
          {"the item is shown only to ages " + Quoted(allowed) + "; remove '" + band +
           "' here, or add it to 'age_bands'"});
      continue;
    }
    out->by_band.emplace(band, ReadText(ctx, text, p));
  }
}

}  // namespace pnc::source
