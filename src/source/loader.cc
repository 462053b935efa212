// source: JSON text → Model. Shape only (types, keys, required fields); meaning is checked by rules/.
#include "source/loader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>

#include "source/placeholder.h"
#include "source/reader.h"

namespace pnc::source {
namespace {

using nlohmann::json;

// Addresses become links in every output, so one that is not what its key says (a
// "javascript:" URL, an e-mail with quotes in it) is an error rather than an href.
bool IsWebAddress(const std::string& v) {
  std::string lower;
  for (char ch : v) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  size_t host = 0;
  if (lower.rfind("https://", 0) == 0) {
    host = 8;
  } else if (lower.rfind("http://", 0) == 0) {
    host = 7;
  } else if (lower.find(':') < lower.find('/')) {
    return false;  // another scheme (javascript:, data:, mailto:) or a bare host:port
  }
  size_t host_end = std::min(lower.find('/', host), lower.size());
  if (host_end == host || lower.substr(host, host_end - host).find('.') == std::string::npos) return false;
  return std::none_of(v.begin(), v.end(), [](char ch) {
    return static_cast<unsigned char>(ch) <= 0x20 || ch == '"' || ch == '<' || ch == '>' || ch == '\\' || ch == '`';
  });
}

bool IsEmailAddress(const std::string& v) {
  size_t at = v.find('@');
  if (at == 0 || at == std::string::npos || v.find('@', at + 1) != std::string::npos) return false;
  if (v.find('.', at) == std::string::npos || v.back() == '.' || at + 1 == v.size()) return false;
  return std::none_of(v.begin(), v.end(), [](char ch) {
    return static_cast<unsigned char>(ch) <= 0x20 || std::strchr("\"<>()[]\\,;:`", ch) != nullptr;
  });
}

// Checks a web address, and writes its scheme in lower case: "HTTPS://x" would otherwise not be
// seen as having one, and became the link "https://HTTPS://x".
void CheckWebAddress(LoadContext* ctx, ObjectReader& r, const std::string& key, std::string* v) {
  if (v->empty()) return;
  if (!IsWebAddress(*v)) {
    ctx->Error(r.At(key), "'" + *v + "' is not a web address", "invalid-value",
               {"write a web page address, such as \"https://example.org/contact\""});
    return;
  }
  size_t colon = v->find("://");
  if (colon != std::string::npos) {
    for (size_t i = 0; i < colon; ++i) (*v)[i] = static_cast<char>(std::tolower(static_cast<unsigned char>((*v)[i])));
  }
}

// A phone number becomes a tel: link of its digits, so it may hold only what numbers are
// written with ("<script>…" once became "tel:1").
bool IsPhoneNumber(const std::string& v) {
  bool digit = false;
  for (char ch : v) {
    if (ch >= '0' && ch <= '9') {
      digit = true;
    } else if (std::string_view(" +()-./").find(ch) == std::string_view::npos && ch != '\xC2' && ch != '\xA0') {
      return false;  // (a no-break space, C2 A0 in UTF-8, is allowed between groups)
    }
  }
  return digit;
}

// `with_role`: the contact's role is printed (a DPO, representative or complaints contact). The
// controller has none and a joint controller has "responsibilities": there "role" is an unknown key,
// not a field read and then dropped.
Contact ReadContact(LoadContext* ctx, ObjectReader& r, bool name_required, bool with_role = true) {
  Contact c;
  c.pointer = r.pointer();
  c.name = r.TextField("name", name_required);
  if (with_role) c.role = r.TextField("role");
  c.address = r.TextField("address");
  // A name or address written once, as a plain string, is the same in every language.
  for (Text* t : {&c.name, &c.address}) {
    t->proper_name = t->present() && t->by_locale.begin()->second.pointer == t->pointer;
  }
  c.email = r.String("email");
  if (!c.email.empty() && !IsEmailAddress(c.email)) {
    ctx->Error(r.At("email"), "'" + c.email + "' is not an e-mail address", "invalid-value",
               {c.email.rfind("mailto:", 0) == 0
                    ? "leave out 'mailto:'; pnc adds it"
                    : "write just the address, in the form NAME@DOMAIN (no display name, no angle "
                      "brackets)"});
  }
  c.phone = r.String("phone");
  if (!c.phone.empty() && !IsPhoneNumber(c.phone)) {
    ctx->Error(r.At("phone"), "'" + c.phone + "' is not a phone number", "invalid-value",
               {"write the number with digits, spaces and + ( ) - . / only, e.g. \"0151 702 5524\"; opening hours "
                "and extensions go in another field"});
  }
  c.website = r.String("website");
  CheckWebAddress(ctx, r, "website", &c.website);
  return c;
}

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

void ReadNotice(LoadContext* ctx, const json& root, Model* m) {
  const json* v = root.contains("notice") ? &root["notice"] : nullptr;
  if (v == nullptr) {
    ctx->Error("", "the source has no 'notice' (title, version, last_updated)", "missing-field");
    return;
  }
  // Locales first: every Text field is read against them. Until a valid list is read, the model and
  // the context keep Load's default ("en").
  std::vector<std::string> codes;
  if (v->is_object() && v->contains("locales")) {
    const json& l = (*v)["locales"];
    m->notice.locales_pointer = "/notice/locales";
    if (!l.is_array() || l.empty()) {
      ctx->Error("/notice/locales", "'locales' must be a non-empty list of locale codes", "type-mismatch");
    } else {
      if (l.size() > kMaxListEntries) {
        ctx->Error("/notice/locales",
                   "'locales' has " + std::to_string(l.size()) + " entries, more than the " +
                       std::to_string(kMaxListEntries) + " pnc accepts in one list",
                   "length-limit");
      }
      DuplicateCheck seen(ctx, "locales");
      for (size_t i = 0; i < std::min(l.size(), kMaxListEntries); ++i) {
        if (l[i].is_string()) {
          // A locale listed twice would write its outputs twice: kept once, reported.
          if (seen.Fresh(l[i].get<std::string>(), "/notice/locales/" + std::to_string(i))) {
            codes.push_back(l[i].get<std::string>());
          }
        } else {
          ctx->Error("/notice/locales/" + std::to_string(i), "locale codes must be strings", "type-mismatch");
        }
      }
      seen.Finish("/notice/locales");
    }
  }
  if (!codes.empty()) {
    m->notice.locales = codes;
    ctx->SetLocales(codes);
  }

  ObjectReader r(ctx, *v, "/notice", "the notice");
  m->notice.pointer = "/notice";
  r.Get("locales");
  m->notice.title = r.TextField("title", true);
  m->notice.version = r.String("version", true);
  m->notice.date = r.String("last_updated", true);
  m->notice.date_pointer = r.At("last_updated");
  if (std::string problem = DateProblem(m->notice.date); !m->notice.date.empty() && !problem.empty()) {
    ctx->Error(m->notice.date_pointer, "'" + m->notice.date + "' " + problem, "invalid-value",
               {"write the date the notice takes effect, e.g. \"2026-10-01\""});
    m->notice.date.clear();
  }
  DuplicateCheck audiences(ctx, "audiences");
  r.List("audiences", false, [&](const json& a, const std::string& p) {
    if (a.is_string() && !audiences.Fresh(a.get<std::string>(), p)) return;
    if (!a.is_string()) {
      ctx->Error(p, "audiences are \"adult\" or \"child\", not " + TypeName(a), "type-mismatch");
    } else if (a == "child") {
      m->notice.child = true;
      m->notice.child_pointer = p;
    } else if (a != "adult") {
      std::string guess = DidYouMean(a.get<std::string>(), {"adult", "child"});
      ctx->Error(p,
                 "unknown audience '" + diag::Shorten(a.get<std::string>()) + "'" +
                     (guess.empty() ? "" : "; did you mean '" + guess + "'?"),
                 "invalid-value", {"audiences are \"adult\" and \"child\""});
    }
  });
  audiences.Finish(r.At("audiences"));
  ReadChildBands(ctx, r, &m->notice);
  ReadUnconfirmed(r, m, "the notice");
  r.List("acknowledged_changes", false, [&](const json& k, const std::string& p) {
    if (k.is_string()) {
      m->notice.acknowledged_changes.push_back(k.get<std::string>());
    } else {
      ctx->Error(p, "acknowledged changes are the keys 'pnc diff' prints, not " + TypeName(k), "type-mismatch");
    }
  });
  // The previous version (driver/history.cc reads it): a path, or "git:REV".
  m->notice.previous = r.String("previous");
  if (!m->notice.previous.empty()) m->notice.previous_pointer = r.At("previous");
  r.Finish();
}

// The name before a rename (driver/history.cc matches it against the previous version's name).
void ReadRenamedFrom(ObjectReader& r, Controller* c) {
  c->renamed_from = r.String("renamed_from");
  if (!c->renamed_from.empty()) c->renamed_from_pointer = r.At("renamed_from");
}

void ReadController(LoadContext* ctx, const json& v, Model* m) {
  ObjectReader r(ctx, v, "/controller", "the controller");
  Controller& c = m->controller;
  c.given = true;
  c.contact = ReadContact(ctx, r, true, /*with_role=*/false);
  c.short_name = r.String("short_name");
  ReadRenamedFrom(r, &c);
  c.ico_registration = r.String("ico_registration");
  c.charity_number = r.String("charity_number");
  c.company_number = r.String("company_number");
  c.uk_established = r.Bool("uk_established", true);
  ReadUnconfirmed(r, m, "the controller");
  c.public_authority = r.Bool("public_authority", false);
  r.List("joint_controllers", false, [&](const json& j, const std::string& p) {
    ObjectReader jr(ctx, j, p, "a joint controller");
    Contact jc = ReadContact(ctx, jr, true, /*with_role=*/false);
    jc.role = jr.TextField("responsibilities", true);
    jr.Finish();
    c.joint_controllers.push_back(jc);
  });
  if (const json* rep = r.Get("representative")) {
    ObjectReader rr(ctx, *rep, r.At("representative"), "the UK representative");
    c.representative = ReadContact(ctx, rr, true);
    rr.Finish();
  }
  // A web address to link, or true when the document is in place but not published.
  if (const json* apd = r.Get("appropriate_policy_document")) {
    if (apd->is_boolean()) {
      c.appropriate_policy_document_held = apd->get<bool>();
    } else {
      c.appropriate_policy_document = r.String("appropriate_policy_document");
      CheckWebAddress(ctx, r, "appropriate_policy_document", &c.appropriate_policy_document);
    }
  }
  r.Finish();
}

std::string Hex8(uint32_t h) {
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

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
  if (const json* d = top.Get("dpo")) {
    ObjectReader r(ctx, *d, "/dpo", "the DPO");
    Dpo dpo;
    dpo.designated = r.Bool("designated", false);
    if (r.ok() && !d->contains("designated")) {
      ctx->Error("/dpo", "the DPO has no 'designated'", "missing-field",
                 {"true if a Data Protection Officer is designated under Art 37, false for a data protection lead"});
    }
    dpo.contact = ReadContact(ctx, r, false);
    ReadUnconfirmed(r, m, "the DPO");
    r.Finish();
    m->dpo = dpo;
  }
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
    if (r.Get("automated_means")) pu.automated_means = r.Bool("automated_means", true);
    pu.recognised_condition = r.RefField("recognised_legitimate_interest");
    pu.direct_marketing = r.Bool("direct_marketing", false);
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
      ctx->Error(*ptr,
                 std::string("'") + key + "' must be \"none\" or a list, not " +
                     (v->is_string() ? "'" + v->get<std::string>() + "'" : TypeName(*v)),
                 "type-mismatch");
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
  none_or_list_at(transfers, m->transfers_pointer, "transfers", &m->transfers_stated,
                  [&](const json& v, const std::string& p) {
                    ObjectReader r(ctx, v, p, "a transfer");
                    Transfer t;
                    t.pointer = p;
                    t.destination = r.TextField("destination", true);
                    t.safeguard = r.RefField("safeguard");
                    t.detail = r.TextField("detail");
                    t.recipients = r.Refs("recipients");
                    ReadUnconfirmed(r, m, "the transfer to '" + PlainName(t.destination, ctx) + "'");
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

// `"not_placeholders": [{"at": "<JSON pointer>", "text": "<the match pnc reported>"}]`.
std::vector<Dismissal> ReadDismissals(LoadContext* ctx, const json& root) {
  std::vector<Dismissal> out;
  if (!root.is_object() || !root.contains("not_placeholders")) return out;
  const json& list = root["not_placeholders"];
  if (!list.is_array()) {
    ctx->Error("/not_placeholders", "'not_placeholders' must be a list, not " + TypeName(list), "type-mismatch",
               {"write [{\"at\": \"/controller/name\", \"text\": \"TBC\"}]"});
    return out;
  }
  for (size_t i = 0; i < std::min(list.size(), kMaxListEntries); ++i) {
    const std::string p = "/not_placeholders/" + std::to_string(i);
    ObjectReader r(ctx, list[i], p, "a dismissed placeholder");
    Dismissal d;
    d.pointer = p;
    d.at = r.String("at", true);
    d.text = r.String("text", true);
    r.Finish();
    if (!d.at.empty() && d.at[0] != '/') {
      ctx->Error(r.At("at"), "'" + diag::Shorten(d.at) + "' is not a JSON pointer", "invalid-value",
                 {"write the field's place as pnc reports it, such as \"/controller/name\""});
      d.at.clear();
    }
    out.push_back(std::move(d));
  }
  return out;
}

size_t Distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cur = row[j];
      size_t cost = std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + cost});
      prev = cur;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = Distance(word, c);
    // Also accept separator slips: "last-updated" for "last_updated".
    std::string a(word), b(c);
    std::replace(a.begin(), a.end(), '-', '_');
    std::replace(b.begin(), b.end(), '-', '_');
    if (a == b) d = 0;
    if (d < best_d && d < std::max(word.size(), c.size())) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

std::string TextHash(std::string_view text) {
  uint32_t h = 2166136261u;
  for (unsigned char c : text) {
    h ^= c;
    h *= 16777619u;
  }
  return Hex8(h);
}

Loaded Load(const std::string& file, std::string_view text, diag::Sink* sink) {
  Loaded out;
  out.model.file = file;
  ScanError error;
  std::vector<ScanError> duplicates;
  diag::Sink local;
  if (!out.locator.Scan(text, &error, &duplicates)) {
    auto d = diag::Make(diag::Severity::kError, file, "", error.message, error.rule);
    d.pos = out.locator.PositionOf(error.offset);
    d.source_line = out.locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    if (!error.hint.empty()) d.hints.push_back(error.hint);
    sink->Add(d);
    return out;
  }
  for (const auto& dup : duplicates) {
    auto d = diag::Make(diag::Severity::kError, file, "", dup.message, dup.rule);
    d.pos = out.locator.PositionOf(dup.offset);
    d.source_line = out.locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    local.Add(d);
  }
  json root;
  try {
    root = json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (const json::exception& e) {
    // The scanner accepts the same grammar, so this is only reached for e.g. numbers out of range.
    local.Add(diag::Make(diag::Severity::kError, file, "", std::string("cannot parse: ") + e.what(), "json-syntax"));
    sink->Merge(local);
    return out;
  }
  LoadContext ctx{file, {"en"}, &local};
  ctx.locator = &out.locator;
  ctx.SetLocales({"en"});
  // The model always has a default locale, the one its texts are read against: rules, builders and
  // translate read notice.locales.front(). A source with no 'notice' (or no valid 'locales') once
  // left the list empty, and linting its first text read through a null reference.
  out.model.notice.locales = ctx.locales;
  ReadAll(&ctx, root, &out.model);
  // A placeholder is never printed as a fact: every published string is checked, except what the
  // source explicitly says is a fact ("not_placeholders").
  std::vector<Dismissal> dismissals = ReadDismissals(&ctx, root);
  for (const auto& p : FindPlaceholders(root, &dismissals)) {
    ctx.Error(p.pointer, "'" + p.found.match + "' is a placeholder, not a fact (" + p.found.why + ")", "placeholder",
              {"write the real value; if it is not known yet, leave the field out, or mark the item "
               "\"unconfirmed\" and build a draft with --preview; if it is the real value, say so in "
               "\"not_placeholders\": [{\"at\": \"" +
               p.pointer + "\", \"text\": \"" + p.found.match + "\"}]"});
  }
  for (const auto& d : dismissals) {
    if (d.used || d.at.empty() || d.text.empty()) continue;
    ctx.Error(d.pointer,
              "nothing to dismiss: pnc finds no placeholder '" + diag::Shorten(d.text) + "' at " + diag::Shorten(d.at),
              "placeholder", {"remove this entry; a dismissal names a field and the text pnc reported there"});
  }
  // Not an object: nothing of a notice is there, and linting would only add noise.
  if (!root.is_object()) {
    Locate(out.locator, file, &local);
    sink->Merge(local);
    return out;
  }
  Locate(out.locator, file, &local);
  sink->Merge(local);
  out.parsed = true;
  return out;
}

void Locate(const Locator& locator, const std::string& file, diag::Sink* sink) {
  diag::Sink located;
  // Each diagnostic carries an excerpt of its line (at most ~900 bytes: a whole multi-megabyte
  // minified line, copied with every diagnostic and every copy of the sink, took seconds).
  for (diag::Diagnostic d : sink->All()) {
    if (d.file == file && d.pos.line == 0) {
      std::optional<Span> at;
      if (d.rule == "unknown-key" || d.rule == "duplicate-key") at = locator.Key(d.pointer);
      if (!at) at = locator.Value(d.pointer);
      d.pos = at ? locator.PositionOf(at->begin) : locator.Nearest(d.pointer);
      if (d.pos.line > 0) d.source_line = locator.Excerpt(d.pos.line, d.pos.column, &d.caret_column);
    }
    located.Add(std::move(d));
  }
  *sink = located;
}

}  // namespace pnc::source
