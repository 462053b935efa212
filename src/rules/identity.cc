// rules: who the controller is and how to reach it, its representative and its DPO (Art 13(1)(a)-(b)),
// and contact names that are a role rather than a person.
#include <algorithm>

#include "law/phrases.h"
#include "rules/context.h"

namespace pnc::rules {

namespace {

// The role or title a contact's name is, or "": "Data Protection Officer", "Head of Quality".
std::string RoleName(const Vocabulary& v, const std::string& name) {
  std::vector<std::string> words = Words(name);
  size_t skip = 0;
  while (skip < words.size() &&
         (words[skip] == "the" || words[skip] == "our" || words[skip] == "ein" || words[skip] == "y"))
    ++skip;
  words.erase(words.begin(), words.begin() + static_cast<long>(skip));
  if (words.empty()) return "";
  std::string exact = v.role_exact.FindIn(words);
  if (!exact.empty() && Words(exact).size() == words.size()) return name;
  // A title the name starts with: the phrase found in the first n words is n words long.
  for (size_t n = 1; n <= std::min<size_t>(3, words.size()); ++n) {
    std::string start = v.role_starts.FindIn({words.begin(), words.begin() + static_cast<long>(n)});
    if (!start.empty() && Words(start).size() == n) return name;
  }
  return "";
}

// A contact's name printed as a person ("Our Data Protection Officer is {who}") must be one.
void CheckContactName(const RuleContext& ctx, const source::Contact& c, const std::string& whose) {
  for (const auto& [locale, tr] : c.name.by_locale) {
    if (RoleName(ctx.law.vocabulary, tr.text).empty()) continue;
    ctx.Report("contact-name", tr.pointer,
               "the " + whose + "'s name '" + diag::Shorten(tr.text) + "' is a role or title, not a name",
               {"put the title in \"role\" and the person's name in \"name\", or leave \"name\" out"});
  }
}

}  // namespace

void CheckIdentity(const RuleContext& ctx) {
  if (ctx.model.dpo)
    CheckContactName(ctx, ctx.model.dpo->contact, ctx.model.dpo->designated ? "DPO" : "data protection lead");
  if (ctx.model.complaints) CheckContactName(ctx, ctx.model.complaints->contact, "complaints contact");
  const auto& c = ctx.model.controller;
  if (!c.given) {
    ctx.Report("controller-identity", "", "the source has no 'controller'",
               {"add \"controller\": {\"name\": \"…\", \"address\": \"…\", \"email\": \"…\"}"});
  }
  if (!c.contact.pointer.empty() && !c.contact.reachable()) {
    ctx.Report("controller-identity", c.contact.pointer, "the controller has no contact details",
               {"add at least one of 'address', 'email', 'phone' or 'website'"});
  }
  if (!c.uk_established && !c.representative) {
    ctx.Report("uk-representative", c.contact.pointer,
               "the controller is not established in the UK but names no UK representative",
               {"add \"representative\": {\"name\": \"…\", \"email\": \"…\"}"});
  }
  if (c.representative && !c.representative->reachable()) {
    ctx.Report("uk-representative", c.representative->pointer, "the UK representative has no contact details");
  }
  for (const auto& j : c.joint_controllers) {
    if (!j.reachable()) {
      ctx.Report("controller-identity", j.pointer, "a joint controller has no contact details",
                 {"people may exercise their rights against each joint controller (Art 26(3))"});
    }
  }
  if (ctx.model.dpo && ctx.model.dpo->designated && !ctx.model.dpo->contact.reachable()) {
    ctx.Report("dpo-contact", ctx.model.dpo->contact.pointer,
               "a Data Protection Officer is designated but has no contact details",
               {"add 'email', 'phone' or 'address'; a generic mailbox that reaches the DPO is enough"});
  }
}

}  // namespace pnc::rules
