// source: contact details, and the parties that have them, JSON → Model: the controller (joint
// controllers, UK representative) and the DPO. Addresses are checked before they become links.
#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

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

// The name before a rename (driver/history.cc matches it against the previous version's name).
void ReadRenamedFrom(ObjectReader& r, Controller* c) {
  c->renamed_from = r.String("renamed_from");
  if (!c->renamed_from.empty()) c->renamed_from_pointer = r.At("renamed_from");
}

}  // namespace

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
  // A user name or password before the host ("https://user:pass@example.org", user test F19) would be
  // published in the link: an error, naming neither. Without TLS ("http://") the reader's page can be
  // altered on the way: a warning, since some small sites have no https yet.
  const size_t host = colon == std::string::npos ? 0 : colon + 3;
  const size_t end = v->find_first_of("/?#", host);
  const size_t at = v->rfind('@', end == std::string::npos ? v->size() : end);
  if (at != std::string::npos && at >= host) {
    ctx->Error(r.At(key),
               "web address '" + v->substr(0, host) + "…" + diag::Shorten(v->substr(at)) +
                   "' holds a user name or password before '@', which the notice would publish",
               "invalid-value", {"write the address without the part before '@', and change that password"});
  } else if (v->rfind("http://", 0) == 0) {
    auto d = diag::Make(diag::Severity::kWarning, ctx->file, r.At(key),
                        "web address '" + diag::Shorten(*v) + "' is not secure (http, not https)", "insecure-link");
    d.hints = {"write \"https://" + diag::Shorten(v->substr(7)) +
               "\" if the site has it: without it a reader's page can be altered on its way to them"};
    ctx->sink->Add(std::move(d));
  }
}

// `with_role`: the contact's role is printed (a DPO, representative or complaints contact). The
// controller has none and a joint controller has "responsibilities": there "role" is an unknown key,
// not a field read and then dropped.
Contact ReadContact(LoadContext* ctx, ObjectReader& r, bool name_required, bool with_role) {
  Contact c;
  c.pointer = r.pointer();
  c.name = r.TextField("name", name_required);
  if (with_role) c.role = r.TextField("role");
  c.address = r.TextField("address");
  // A name or address written once, as a plain string, is the same in every language.
  for (Text* t : {&c.name, &c.address}) {
    t->proper_name = t->proper_name || (t->present() && t->by_locale.begin()->second.pointer == t->pointer);
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

void ReadDpo(LoadContext* ctx, const json& d, Model* m) {
  ObjectReader r(ctx, d, "/dpo", "the DPO");
  Dpo dpo;
  dpo.designated = r.Bool("designated", false);
  if (r.ok() && !d.contains("designated")) {
    ctx->Error("/dpo", "the DPO has no 'designated'", "missing-field",
               {"true if a Data Protection Officer is designated under Art 37, false for a data protection lead"});
  }
  dpo.contact = ReadContact(ctx, r, false);
  ReadUnconfirmed(r, m, "the DPO");
  r.Finish();
  m->dpo = dpo;
}

}  // namespace pnc::source
