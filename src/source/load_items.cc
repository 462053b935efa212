// source: the body of a source, JSON → Model: its lists of items (data subjects, sources, data
// categories, purposes, recipients, transfers, automated decisions, retention records, sections) and
// its top-level sections, read in the order of the Model. Shape only; meaning is checked by rules/.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "base/utf8.h"
#include "source/loader.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

using nlohmann::json;

// `kind` names the item in diagnostics ("purpose"); `scoped` items may narrow their data subjects.
void ReadItemBase(ObjectReader& r, Item* item, Model* m, const std::string& kind, bool scoped = true) {
  item->pointer = r.pointer();
  item->id = r.String("id", true);
  item->name = r.TextField("name", true);
  item->description = r.TextField("description");
  item->child = r.TextField("child");
  ReadAgeBands(r.context(), r, m->notice, &item->age_bands);
  ReadChildByBand(r.context(), r, m->notice, item->child, item->age_bands, &item->child_by_band);
  if (scoped && r.Get("data_subjects") != nullptr) {
    item->subjects = r.Refs("data_subjects");
    item->subjects_pointer = r.At("data_subjects");
  }
  ReadUnconfirmed(r, m, kind + " '" + item->id + "'");
}

}  // namespace

void ReadAll(LoadContext* ctx, const json& root, Model* m) {
  if (!root.is_object()) {
    ctx->Error("", "a source must be a JSON object, not " + TypeName(root), "type-mismatch");
    return;
  }
  ReadNotice(ctx, root, m);
  ObjectReader top(ctx, root, "", "the source");
  top.Get("notice");
  top.Get("not_placeholders");  // read by ReadDismissals

  // A missing controller is the rules' to report (controller-identity), like every other fact.
  if (const json* c = top.Get("controller")) ReadController(ctx, *c, m);
  if (const json* d = top.Get("dpo")) ReadDpo(ctx, *d, m);
  top.List("data_subjects", false, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a data subject group");
    Subject it;
    ReadItemBase(r, &it, m, "data subject", /*scoped=*/false);
    it.children = r.Bool("children", false);
    ReadAges(ctx, r, m->notice, &it);
    r.Finish();
    m->subjects.push_back(it);
  });
  top.List("sources", false, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a source of data");
    DataSource s;
    ReadItemBase(r, &s, m, "source");
    s.from_person = r.Bool("from_person", false);
    s.publicly_available = r.Bool("publicly_available", false);
    s.observed = r.Bool("observed", false);
    r.Finish();
    m->sources.push_back(s);
  });
  top.List("data_categories", false, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a data category");
    Category c;
    ReadItemBase(r, &c, m, "data category");
    c.special = r.Bool("special_category", false);
    c.criminal = r.Bool("criminal_offence", false);
    c.not_criminal_offence = r.String("not_criminal_offence");
    c.not_special_category = r.String("not_special_category");
    c.sources = r.Refs("sources");
    c.sources_pointer = r.At("sources");
    r.Finish();
    m->categories.push_back(c);
  });
  m->purposes_pointer = "/purposes";
  top.List("purposes", false, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a purpose");
    Purpose pu;
    ReadItemBase(r, &pu, m, "purpose");
    pu.services = r.Refs("services");
    pu.categories = r.Refs("data_categories");
    pu.bases = r.Refs("lawful_bases");
    pu.bases_pointer = r.At("lawful_bases");
    pu.legitimate_interest = r.TextField("legitimate_interest");
    pu.legal_obligation = r.TextField("legal_obligation");
    pu.public_task = r.TextField("public_task");
    if (r.Get("automated_means")) pu.automated_means = r.Bool("automated_means", true);
    pu.recognised_condition = r.RefField("recognised_legitimate_interest");
    pu.direct_marketing = r.Bool("direct_marketing", false);
    pu.not_public_task = r.String("not_public_task");
    if (r.Get("online_service")) pu.online_service_pointer = r.At("online_service");
    pu.online_service = r.Bool("online_service", false);
    if (r.Get("parental_consent")) pu.parental_consent_pointer = r.At("parental_consent");
    pu.parental_consent = r.Bool("parental_consent", false);
    if (r.Get("counselling_service")) pu.counselling_service_pointer = r.At("counselling_service");
    pu.counselling_service = r.Bool("counselling_service", false);
    if (r.Get("recipients")) {  // only "none": recipients name the purposes they serve
      pu.recipients_none_pointer = r.At("recipients");
      if (r.String("recipients") != "none")
        ctx->Error(pu.recipients_none_pointer, "a purpose's 'recipients' can only be \"none\"", "invalid-value",
                   {"name the purpose in the \"purposes\" of each recipient that receives its data"});
    }
    if (const json* sc = r.Get("special_category_condition")) {
      ObjectReader cr(ctx, *sc, r.At("special_category_condition"), "the special category condition");
      pu.special.pointer = cr.pointer();
      pu.special.id = cr.RefField("article_9", true);
      pu.special.schedule_1 = cr.RefField("schedule_1");
      pu.special.detail = cr.TextField("detail");
      ReadUnconfirmed(cr, m, "the special category condition of purpose '" + pu.id + "'");
      cr.Finish();
    }
    if (const json* cc = r.Get("criminal_offence_condition")) {
      ObjectReader cr(ctx, *cc, r.At("criminal_offence_condition"), "the criminal offence condition");
      pu.criminal.pointer = cr.pointer();
      pu.criminal.schedule_1 = cr.RefField("schedule_1", true);
      pu.criminal.detail = cr.TextField("detail");
      ReadUnconfirmed(cr, m, "the criminal offence condition of purpose '" + pu.id + "'");
      cr.Finish();
    }
    if (const json* rq = r.Get("requirement")) {
      pu.requirement_pointer = r.At("requirement");
      auto answer = [&](const json& v, const std::string& at, const std::string& what) {
        ObjectReader qr(ctx, v, at, what);
        if (!qr.ok()) return;
        Requirement q;
        q.pointer = qr.pointer();
        q.kind = qr.String("type", true);
        q.consequence = qr.TextField("consequence");
        q.child = qr.TextField("child");
        ReadChildByBand(ctx, qr, m->notice, q.child, pu.age_bands, &q.child_by_band);
        if (qr.Get("data_subjects") != nullptr) {
          q.subjects = qr.Refs("data_subjects");
          q.subjects_pointer = qr.At("data_subjects");
        }
        ReadUnconfirmed(qr, m, "the requirement of purpose '" + pu.id + "'");
        qr.Finish();
        pu.requirements.push_back(std::move(q));
      };
      if (!rq->is_object() && !rq->is_array()) {
        // Reported once here; the rules then ask nothing more of a requirement they cannot read.
        ctx->Error(pu.requirement_pointer, "'requirement' must be an object or a list of objects, not " + TypeName(*rq),
                   "type-mismatch",
                   {"one answer: {\"type\": …, \"consequence\": …}; one per group: [{\"data_subjects\": […], "
                    "\"type\": …}, …]"});
      } else if (rq->is_array()) {
        pu.requirement_list = true;
        r.List("requirement", false,
               [&](const json& v, const std::string& at) { answer(v, at, "an answer of the requirement"); });
      } else {
        answer(*rq, pu.requirement_pointer, "the requirement");
      }
    }
    r.Finish();
    m->purposes.push_back(pu);
  });

  // "none" is how a source says a list is deliberately empty (Art 13 wants the statement).
  auto none_or_list_at = [&](const json* v, const std::string& at, const char* key, bool* stated, auto each) {
    if (v == nullptr) return;
    const std::string* ptr = &at;
    if (v->is_string() && *v == "none") {
      *stated = true;
      return;
    }
    if (!v->is_array()) {
      // The source does say something, in the wrong form ("None"): the type error is the one to fix,
      // not a second error claiming the source is silent (user test F10 addendum).
      *stated = true;
      std::string guess, folded = v->is_string() ? v->get<std::string>() : "";
      std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) { return std::tolower(c); });
      if (v->is_string()) guess = DidYouMean(folded, {"none"});
      ctx->Error(*ptr,
                 std::string("'") + key + "' must be \"none\" or a list, not " +
                     (v->is_string() ? "'" + diag::Shorten(v->get<std::string>()) + "'" : TypeName(*v)) +
                     (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 "type-mismatch",
                 {std::string("write \"none\" (lower case, in quotes), or a list of objects: ") + key + ": [{…}]"});
      return;
    }
    *stated = true;
    for (size_t i = 0; i < v->size(); ++i) each((*v)[i], *ptr + "/" + std::to_string(i));
  };
  auto none_or_list = [&](const char* key, bool* stated, std::string* ptr, auto each) {
    *ptr = top.At(key);
    none_or_list_at(top.Get(key), *ptr, key, stated, each);
  };
  none_or_list("recipients", &m->recipients_stated, &m->recipients_pointer, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a recipient");
    Recipient rc;
    ReadItemBase(r, &rc, m, "recipient");
    rc.purposes = r.Refs("purposes");
    rc.processor = r.Bool("processor", false);
    r.Finish();
    m->recipients.push_back(rc);
  });
  // Transfers may be wrapped to mark the whole statement unconfirmed:
  // {"destinations": "none" | […], "unconfirmed": "…"}.
  const json* transfers = top.Get("transfers");
  m->transfers_pointer = top.At("transfers");
  std::optional<ObjectReader> wrapper;
  if (transfers != nullptr && transfers->is_object()) {
    wrapper.emplace(ctx, *transfers, m->transfers_pointer, "the transfers");
    ReadUnconfirmed(*wrapper, m, "the statement on transfers");
    transfers = wrapper->Get("destinations");
    if (transfers == nullptr) {
      ctx->Error(m->transfers_pointer, "the transfers have no 'destinations'", "missing-field",
                 {"write \"destinations\": \"none\" or a list of destinations"});
    }
    m->transfers_pointer += "/destinations";
  }
  std::set<std::string> destinations;  // folded: a set, since a source may list thousands
  none_or_list_at(
      transfers, m->transfers_pointer, "transfers", &m->transfers_stated, [&](const json& v, const std::string& p) {
        ObjectReader r(ctx, v, p, "a transfer");
        Transfer t;
        t.pointer = p;
        t.destination = r.TextField("destination", true);
        t.safeguard = r.RefField("safeguard");
        t.detail = r.TextField("detail");
        t.recipients = r.Refs("recipients");
        t.recipient_covered = r.Bool("recipient_covered", false);
        ReadUnconfirmed(r, m, "the transfer to '" + PlainName(t.destination, ctx) + "'");
        // The destination is what names a transfer to readers and what `pnc diff` and "What
        // changed" match it by: two alike would be told apart by neither (user test s30 F1).
        const std::string dest = PlainName(t.destination, ctx);
        if (!dest.empty() && !destinations.insert(base::FoldedName(dest)).second) {
          ctx->Error(
              p + "/destination", "two transfers have the destination '" + dest + "'", "duplicate-value",
              {"say in each destination what tells them apart, e.g. '" + dest + " (our case records)' and '" + dest +
               " (social media)', or make them one transfer with both recipients if the safeguard is "
               "the same"});
        }
        r.Finish();
        m->transfers.push_back(t);
      });
  if (wrapper) wrapper->Finish();
  none_or_list("automated_decisions", &m->decisions_stated, &m->decisions_pointer,
               [&](const json& v, const std::string& p) {
                 ObjectReader r(ctx, v, p, "an automated decision");
                 Decision d;
                 ReadItemBase(r, &d, m, "automated decision");
                 d.logic = r.TextField("logic");
                 d.consequences = r.TextField("consequences");
                 d.safeguards = r.TextField("safeguards");
                 d.categories = r.Refs("data_categories");
                 d.exception = r.RefField("exception");
                 if (const json* sc = r.Get("special_category_condition")) {
                   ObjectReader cr(ctx, *sc, r.At("special_category_condition"), "the special category condition");
                   d.special.pointer = cr.pointer();
                   d.special.id = cr.RefField("article_22b", true);
                   d.special.schedule_1 = cr.RefField("schedule_1");
                   d.special.detail = cr.TextField("detail");
                   cr.Finish();
                 }
                 r.Finish();
                 m->decisions.push_back(d);
               });
  m->retention_pointer = "/retention";
  if (const json* rt = top.Get("retention")) {
    ObjectReader r(ctx, *rt, "/retention", "the retention section");
    m->retention_general = r.TextField("summary");
    ReadUnconfirmed(r, m, "the retention section");
    r.List("records", false, [&](const json& v, const std::string& p) {
      ObjectReader rr(ctx, v, p, "a retention record");
      Retention re;
      ReadItemBase(rr, &re, m, "retention record");
      re.services = rr.Refs("services");
      re.categories = rr.Refs("data_categories");
      if (rr.Get("purposes") != nullptr) {
        re.purposes = rr.Refs("purposes");
        re.purposes_pointer = rr.At("purposes");
        // An empty list would tie the record to no purpose: every per-purpose view (just-in-time
        // notices, the Art 30 record) would leave its period out without a word.
        if (rr.ok() && re.purposes.empty()) {
          ctx->Error(re.purposes_pointer, "a retention record's 'purposes' names at least one purpose", "missing-field",
                     {"list the ids of the purposes whose data this record keeps, or leave 'purposes' out to "
                      "tie it to the purposes that use its data categories"});
        }
      }
      re.period = rr.TextField("period");
      re.criteria = rr.TextField("criteria");
      re.child_name = rr.TextField("child_name");
      ReadChildByBand(ctx, rr, m->notice, re.child_name, re.age_bands, &re.child_name_by_band, "child_name_by_band",
                      "child_name");
      rr.Finish();
      m->retention.push_back(re);
    });
    r.Finish();
  }
  ReadSecurity(ctx, top, m);
  ReadOtherFormats(ctx, top, m);
  ReadServices(ctx, top, m);
  ReadForms(ctx, top, m);
  ReadWording(ctx, top, m);
  m->changes = top.TextField("changes");
  top.List("sections", false, [&](const json& v, const std::string& p) {
    ObjectReader r(ctx, v, p, "a section");
    ExtraSection s;
    s.pointer = p;
    s.id = r.String("id", true);
    s.title = r.TextField("title", true);
    s.body = r.TextField("body", true);
    s.child = r.TextField("child");
    s.not_personal_data = r.String("not_personal_data");
    ReadAgeBands(ctx, r, m->notice, &s.age_bands);
    ReadChildByBand(ctx, r, m->notice, s.child, s.age_bands, &s.child_by_band);
    s.child_title = r.TextField("child_title");
    ReadChildByBand(ctx, r, m->notice, s.child_title, s.age_bands, &s.child_title_by_band, "child_title_by_band",
                    "child_title");
    if (r.Get("data_subjects") != nullptr) {
      s.subjects = r.Refs("data_subjects");
      s.subjects_pointer = r.At("data_subjects");
    }
    ReadUnconfirmed(r, m, "section '" + s.id + "'");
    r.Finish();
    m->sections.push_back(s);
  });
  if (const json* rg = top.Get("rights")) {
    ObjectReader r(ctx, *rg, "/rights", "the rights section");
    m->rights.pointer = "/rights";
    m->rights.how_to_exercise = r.TextField("how_to_exercise");
    m->rights.extra = r.TextField("extra");
    m->rights.omit = r.Refs("omit");
    ReadUnconfirmed(r, m, "the rights section");
    r.Finish();
  }
  if (const json* cp = top.Get("complaints")) {
    ObjectReader r(ctx, *cp, "/complaints", "the complaints section");
    Complaints c;
    c.pointer = "/complaints";
    c.contact = ReadContact(ctx, r, false);
    c.form_url = r.String("form_url");
    CheckWebAddress(ctx, r, "form_url", &c.form_url);
    c.how = r.TextField("how");
    c.child = r.TextField("child");
    ReadChildByBand(ctx, r, m->notice, c.child, BandLimit{}, &c.child_by_band);
    ReadUnconfirmed(r, m, "the complaints section");
    r.Finish();
    m->complaints = c;
  }
  top.Finish();
}

}  // namespace pnc::source
