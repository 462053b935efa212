// rules: data categories whose own words suggest Art 10 or Art 9 data the source has not marked
// (possible-criminal-offence-data, private-place-recording), and free sections that describe recording
// people no category records (section-recording). Source text → phrase matches from
// data/lint-vocabulary.json → a question, with an explicit way to answer it in the source.
#include <optional>

#include "rules/context.h"

namespace pnc::rules {
namespace {

// The first phrase of `list` in the text, searching the default locale first so the message quotes
// the words most readers of the source know; each locale is searched alone, so the end of one
// language never joins the start of another. "" when none matches.
std::string Find(const RuleContext& ctx, const PhraseList& list, const source::Text& text) {
  if (const source::Translation* tr = text.Get(ctx.model.default_locale())) {
    std::string hit = list.FindIn(Words(tr->text));
    if (!hit.empty()) return hit;
  }
  for (const auto& [locale, tr] : text.by_locale) {
    std::string hit = list.FindIn(Words(tr.text));
    if (!hit.empty()) return hit;
  }
  return "";
}

std::string FindInItem(const RuleContext& ctx, const PhraseList& list, const source::Item& item) {
  std::string hit = Find(ctx, list, item.name);
  return hit.empty() ? Find(ctx, list, item.description) : hit;
}

void CheckCriminal(const RuleContext& ctx, const source::Category& c) {
  if (c.criminal) {
    if (!c.not_criminal_offence.empty()) {
      ctx.Report("invalid-value", c.pointer + "/not_criminal_offence",
                 "data category '" + c.id + "' is marked both criminal_offence and not_criminal_offence",
                 {"keep one: \"criminal_offence\": true, or the reason it is not criminal offence data"});
    }
    return;
  }
  if (!c.not_criminal_offence.empty()) return;  // the source has answered the question
  std::string hit = FindInItem(ctx, ctx.law.vocabulary.criminal_offence, c);
  if (hit.empty()) return;
  ctx.Report("possible-criminal-offence-data", c.pointer,
             "data category '" + c.id + "' mentions '" + hit +
                 "', which is often criminal offence data, but is not marked criminal_offence",
             {"if it can hold allegations, offences, convictions, cautions, DBS check results or court proceedings "
              "about anyone (Art 10; DPA 2018 s.11(2)), add \"criminal_offence\": true and a "
              "\"criminal_offence_condition\" to each purpose that uses it",
              "if it never does, say why with \"not_criminal_offence\", e.g. \"we record only that a DBS check "
              "was done and when, never its result\""});
}

// Each purpose's first private-place phrase, found once however many categories it uses.
class PurposePlaces {
 public:
  explicit PurposePlaces(const RuleContext& ctx) : ctx_(ctx), found_(ctx.model.purposes.size()) {}
  const std::string& Of(size_t i) {
    if (!found_[i]) found_[i] = FindInItem(ctx_, ctx_.law.vocabulary.private_place, ctx_.model.purposes[i]);
    return *found_[i];
  }

 private:
  const RuleContext& ctx_;
  std::vector<std::optional<std::string>> found_;
};

void CheckRecordings(const RuleContext& ctx, const source::Category& c, PurposePlaces* places) {
  if (c.special) {
    if (!c.not_special_category.empty()) {
      ctx.Report("invalid-value", c.pointer + "/not_special_category",
                 "data category '" + c.id + "' is marked both special_category and not_special_category",
                 {"keep one: \"special_category\": true, or the reason it is not special category data"});
    }
    return;
  }
  if (!c.not_special_category.empty()) return;
  const Vocabulary& v = ctx.law.vocabulary;
  if (FindInItem(ctx, v.recording, c).empty()) return;
  // Where the recording happens is often said by the purpose that makes it, not the category.
  std::string place = FindInItem(ctx, v.private_place, c), where;
  for (size_t i = 0; i < ctx.model.purposes.size() && place.empty(); ++i) {
    const source::Purpose& p = ctx.model.purposes[i];
    if (!RuleContext::Uses(p.categories, c.id)) continue;
    place = places->Of(i);
    if (!place.empty()) where = ", in purpose '" + p.id + "'";
  }
  if (place.empty()) return;
  ctx.Report("private-place-recording", c.pointer,
             "data category '" + c.id + "' is recorded in a private place ('" + place + "'" + where +
                 ") but is not marked special_category",
             {"camera or audio recording in bedrooms, bathrooms or therapy rooms captures health and sex-life "
              "information (Art 9(1)): add \"special_category\": true and a \"special_category_condition\" to each "
              "purpose that uses it, and check that recording there is fair at all (Art 5(1)(a))",
              "if nothing is recorded in such places, say so with \"not_special_category\", e.g. \"no cameras in "
              "bedrooms or bathrooms\""});
}

// The first recording phrase anywhere a section's reader sees it: its title and body, and the children's
// heading and wording of every band.
std::string FindInSection(const RuleContext& ctx, const source::ExtraSection& s) {
  const PhraseList& list = ctx.law.vocabulary.recording;
  for (const source::Text* t : {&s.title, &s.body, &s.child, &s.child_title}) {
    std::string hit = Find(ctx, list, *t);
    if (!hit.empty()) return hit;
  }
  for (const source::BandTexts* b : {&s.child_by_band, &s.child_title_by_band}) {
    for (const auto& [band, t] : b->by_band) {
      std::string hit = Find(ctx, list, t);
      if (!hit.empty()) return hit;
    }
  }
  return "";
}

// A section that tells readers they are filmed or recorded describes processing. Without a data category
// for the recordings that a purpose uses, the notice gives that processing no purpose, lawful basis or
// retention period (Art 13(1)(c), 13(2)(a)), and the children's guide and rights never hear of it.
void CheckSectionRecordings(const RuleContext& ctx) {
  const source::Model& m = ctx.model;
  bool recorded = false;  // some recording category is used by a purpose
  for (const auto& c : m.categories) {
    if (FindInItem(ctx, ctx.law.vocabulary.recording, c).empty()) continue;
    for (const auto& p : m.purposes) recorded = recorded || RuleContext::Uses(p.categories, c.id);
  }
  if (recorded) return;
  for (const auto& s : m.sections) {
    if (!s.not_personal_data.empty()) continue;  // the source has answered the question
    std::string hit = FindInSection(ctx, s);
    if (hit.empty()) continue;
    ctx.Report("section-recording", s.pointer,
               "section '" + s.id + "' describes recording people ('" + hit +
                   "'), but no data category for recordings is used by a purpose",
               {"add a data category for the recordings (e.g. {\"id\": \"cctv\", \"name\": \"CCTV footage\", "
                "\"sources\": [...]}, with the \"data_subjects\" it films), a purpose that uses it with its "
                "\"lawful_bases\" (and its \"legitimate_interest\" where that is one), and a retention record that "
                "names the category with its \"period\": the notice then says what is recorded, why, on what basis "
                "and for how long (Art 13(1)(c), 13(2)(a)); the section can keep the details",
                "if the section records no one (an audio version of this notice), say so with "
                "\"not_personal_data\""});
  }
}

}  // namespace

void CheckCategoryText(const RuleContext& ctx) {
  PurposePlaces places(ctx);
  for (const auto& c : ctx.model.categories) {
    CheckCriminal(ctx, c);
    CheckRecordings(ctx, c, &places);
  }
  CheckSectionRecordings(ctx);
}

}  // namespace pnc::rules
