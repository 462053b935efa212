// source: the loader's readers for age bands, services, wording overrides, other formats, the
// security text and `unconfirmed` marks (JSON → Model; shape only, meaning is checked by rules/).
#include <algorithm>

#include "source/json_locator.h"
#include "source/loader.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

const std::vector<std::string> kBands = {"6-9", "10-12", "13-15", "16-17"};

std::string Quoted(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& i : ids) s += (s.empty() ? "\"" : ", \"") + i + "\"";
  return s;
}

}  // namespace

const std::vector<std::string>& KnownBands() { return kBands; }

const std::vector<std::string>& KnownFormats() {
  static const std::vector<std::string> k = {"large-print", "easy-read",     "braille",
                                             "audio",       "sign-language", "other-languages"};
  return k;
}

std::string PlainName(const Text& text, const LoadContext* ctx) {
  const Translation* t = text.Get(ctx->locales.front());
  return t ? t->text : "";
}

void ReadUnconfirmed(ObjectReader& r, Model* model, const std::string& what) {
  if (r.Get("unconfirmed") == nullptr) return;
  std::string note = r.String("unconfirmed", true);
  if (!note.empty()) model->unconfirmed.push_back({r.At("unconfirmed"), what, note});
}

void ReadChildBands(LoadContext* ctx, ObjectReader& r, NoticeMeta* notice) {
  std::vector<std::pair<std::string, std::string>> given;  // band, pointer
  if (r.Get("child_age_band") != nullptr) {
    std::string one = r.String("child_age_band");
    if (!one.empty()) given.push_back({one, r.At("child_age_band")});
  }
  if (r.Get("child_age_bands") != nullptr) {
    if (!given.empty()) {
      ctx->Error(r.At("child_age_bands"), "give 'child_age_band' or 'child_age_bands', not both", "invalid-value",
                 {"list every band in \"child_age_bands\" and remove \"child_age_band\""});
    }
    r.List("child_age_bands", false, [&](const nlohmann::json& v, const std::string& p) {
      if (!v.is_string()) {
        ctx->Error(p, "age bands are strings such as \"10-12\", not " + TypeName(v), "type-mismatch");
      } else {
        given.push_back({v.get<std::string>(), p});
      }
    });
  }
  for (const auto& [band, pointer] : given) {
    if (std::find(kBands.begin(), kBands.end(), band) == kBands.end()) {
      std::string guess = DidYouMean(band, kBands);
      if (!guess.empty()) notice->misnamed_bands.push_back(guess);  // items naming it: the same mistake
      ctx->Error(pointer, "unknown age band '" + band + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 "invalid-value", {"use one of " + Quoted(kBands)});
    } else if (std::find(notice->child_bands.begin(), notice->child_bands.end(), band) != notice->child_bands.end()) {
      ctx->Error(pointer, "age band '" + band + "' is listed twice", "invalid-value");
    } else {
      notice->child_bands.push_back(band);
    }
  }
  // Youngest first: file names, readability and the PO notes follow this order.
  std::sort(notice->child_bands.begin(), notice->child_bands.end(), [](const std::string& a, const std::string& b) {
    return std::find(kBands.begin(), kBands.end(), a) < std::find(kBands.begin(), kBands.end(), b);
  });
  if (!notice->child_bands.empty()) notice->child_band = notice->child_bands.front();
  if (notice->child && given.empty()) {
    ctx->Error(
        "/notice", "a children's version needs 'child_age_band'", "missing-field",
        {"use one of the Children's code bands: " + Quoted(kBands) + ", or list several in \"child_age_bands\""});
  } else if (!notice->child && !given.empty()) {
    ctx->Error(given.front().second, "an age band is given but 'audiences' has no \"child\"", "invalid-value",
               {"add \"child\" to notice.audiences, or remove the age band"});
  }
}

void ReadSecurity(LoadContext* ctx, ObjectReader& top, Model* model) {
  const nlohmann::json* v = top.Get("security");
  if (v == nullptr) return;
  // {"en": …} is a translated text; {"body": …} is the text with its children's wording.
  if (v->is_object() && v->contains("body")) {
    ObjectReader r(ctx, *v, top.At("security"), "the security section");
    model->security = r.TextField("body", true);
    model->security_child = r.TextField("child");
    ReadChildByBand(ctx, r, model->notice, model->security_child, BandLimit{}, &model->security_child_by_band);
    ReadUnconfirmed(r, model, "the security section");
    r.Finish();
  } else {
    model->security = ReadText(ctx, *v, top.At("security"));
  }
}

void ReadOtherFormats(LoadContext* ctx, ObjectReader& top, Model* model) {
  const nlohmann::json* v = top.Get("other_formats");
  if (v == nullptr) return;
  model->other_formats_pointer = top.At("other_formats");
  // A list, or {"formats": […], "unconfirmed": "…"} to mark the offer as still to be checked.
  std::vector<Ref> refs;
  if (v->is_object()) {
    ObjectReader w(ctx, *v, top.At("other_formats"), "the other formats");
    ReadUnconfirmed(w, model, "the list of other formats");
    refs = w.Refs("formats", true);
    w.Finish();
  } else {
    refs = top.Refs("other_formats");
  }
  for (const Ref& f : refs) {
    const auto& known = KnownFormats();
    if (std::find(known.begin(), known.end(), f.id) == known.end()) {
      std::string guess = DidYouMean(f.id, known);
      ctx->Error(f.pointer, "unknown format '" + f.id + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 "invalid-value", {"formats are " + Quoted(known)});
    } else if (std::find(model->other_formats.begin(), model->other_formats.end(), f.id) !=
               model->other_formats.end()) {
      ctx->Error(f.pointer, "format '" + f.id + "' is listed twice", "invalid-value");
    } else {
      model->other_formats.push_back(f.id);
    }
  }
}

void ReadServices(LoadContext* ctx, ObjectReader& top, Model* model) {
  top.List("services", false, [&](const nlohmann::json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a service");
    Service s;
    s.pointer = p;
    s.id = r.String("id", true);
    s.name = r.TextField("name", true);
    ReadUnconfirmed(r, model, "service '" + s.id + "'");
    r.Finish();
    model->services.push_back(s);
  });
}

void ReadWording(LoadContext* ctx, ObjectReader& top, Model* model) {
  const nlohmann::json* v = top.Get("wording");
  if (v == nullptr) return;
  const std::string at = top.At("wording");
  if (!v->is_object()) {
    ctx->Error(at, "'wording' must be an object of catalogue key → text, not " + TypeName(*v), "type-mismatch",
               {"e.g. \"wording\": {\"summary.share\": \"We share it with:\"}"});
    return;
  }
  for (auto it = v->begin(); it != v->end(); ++it) {
    std::string p = at + "/" + EscapePointerToken(it.key());
    model->wording.push_back({it.key(), ReadText(ctx, *it, p), p});
  }
}

}  // namespace pnc::source
