// rules: who the controller is and how to reach it, its representative and its DPO (Art 13(1)(a)-(b)).
#include "rules/context.h"

namespace pnc::rules {

void CheckIdentity(const RuleContext& ctx) {
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
