// draft tests: each checklist element is found when stated in different words, and reported
// missing (or doubtful, or not applicable) when it is not.
#include <doctest/doctest.h>

#include "draft_fixtures.h"
#include "law/registry.h"

using namespace pnc::draft;
using namespace pnc::draft::testing;

namespace {

struct Case {
  const char* rule;
  const char* text;
  Status want;
};

// A neutral frame so each case is a plausible notice; it states none of the elements.
std::string Notice(const char* text) { return std::string("Privacy notice\n\n") + text + "\n"; }

const Case kCases[] = {
    {"controller-identity",
     "Acme Trust (registered charity 1234567) is the data controller. Email us at dp@acme.org.uk.", Status::kPresent},
    {"controller-identity", "'We' means Acme CIC, 3 High Street, Leeds LS1 1AA.", Status::kPresent},
    {"controller-identity", "We respect your privacy.", Status::kMissing},
    // "The Society" with the Society's name nowhere in the draft is a description, not an identity.
    {"controller-identity", "The Society is a data controller exempt from notification.", Status::kMissing},
    {"controller-identity", "Hollybank Society runs the garden. The Society is a data controller.", Status::kDoubtful},
    {"controller-identity", "Questions? Email hello@acme.org.", Status::kMissing},
    {"controller-identity", "Hilltop Garden respects your privacy. Email hello@hilltop.org.uk.", Status::kPresent},
    {"controller-identity", "Acme Trust is the data controller.", Status::kDoubtful},
    // Another organisation's policy is not this notice's title; "At X, we …" and "we, X," name it.
    {"controller-identity", "You may view MailChimp's privacy policy here (https://mailchimp.com/legal/privacy/).",
     Status::kMissing},
    {"controller-identity", "Changes to this privacy notice. Email hello@acme.org.", Status::kMissing},
    // Another body's policy referred to by a pronoun ("Their privacy policy …") names nobody.
    {"controller-identity",
     "Our payment provider handles card details. Their privacy policy can be found here. Email hello@acme.org.",
     Status::kMissing},
    // A link to a processor's terms or another body's site is not the controller's contact route;
    // a web address offered as one is ("contact us through our website").
    {"controller-identity",
     "Acme Trust is the data controller. Card payments are taken by PayCo (terms: https://payco.example.com/terms).",
     Status::kDoubtful},
    {"controller-identity",
     "Acme Trust is the data controller. For queries, contact the county association (http://county.example.org).",
     Status::kDoubtful},
    {"controller-identity", "Acme Trust is the data controller. Contact us through www.acmetrust.org.uk.",
     Status::kPresent},
    {"controller-identity", "6th Oakfield Scouts are committed to protecting your privacy. Email hello@6thoak.org.uk.",
     Status::kPresent},
    {"controller-identity",
     "The Oakfield Staff Network is a volunteer-led network for people who work in the council. Email "
     "hello@oakfield.org.uk.",
     Status::kPresent},
    {"controller-identity",
     "This notice tells you what to expect Oak Makers Limited, trading as Oak Hackspace, to do with your data. Email "
     "board@oak.org.uk.",
     Status::kPresent},
    {"controller-identity", "At Hilltop Garden we take your privacy seriously. Email hello@hilltop.org.uk.",
     Status::kPresent},
    {"controller-identity", "This policy explains how we, Hilltop Garden, use your data. Email hello@hilltop.org.uk.",
     Status::kPresent},
    {"uk-representative", "We are established in Ireland. Our UK representative is RepCo Ltd, rep@repco.co.uk.",
     Status::kPresent},
    {"uk-representative", "Our company is based in the United States.", Status::kMissing},
    {"uk-representative", "We are a charity in Leeds.", Status::kNotApplicable},
    {"dpo-contact", "You can contact our Data Protection Officer at dpo@acme.org.", Status::kPresent},
    {"dpo-contact", "Our DPO oversees our compliance.", Status::kMissing},
    {"dpo-contact", "We are not required to appoint a data protection officer.", Status::kNotApplicable},
    {"purposes", "We use your details to send you our newsletter.", Status::kPresent},
    {"purposes", "We collect information so that we can plan our services.", Status::kPresent},
    {"purposes", "Rydym yn defnyddio eich gwybodaeth i drefnu sesiynau.", Status::kPresent},
    {"purposes", "We value your privacy.", Status::kMissing},
    {"lawful-basis", "We process your data under Article 6(1)(e) UK GDPR.", Status::kPresent},
    {"lawful-basis", "Sometimes we have a legal obligation to share information.", Status::kPresent},
    {"lawful-basis", "Our lawful basis is your consent.", Status::kPresent},
    {"lawful-basis", "We only share your information with your consent.", Status::kMissing},
    {"lawful-basis", "We will only email you with your consent.", Status::kDoubtful},
    {"lawful-basis", "We use your details to run our clubs.", Status::kMissing},
    {"lawful-basis", "We will use your data to keep you informed.", Status::kMissing},
    {"legitimate-interests",
     "We rely on legitimate interests: our legitimate interest is in running the charity effectively.",
     Status::kPresent},
    {"legitimate-interests", "It is in our legitimate interests to keep in touch with supporters.", Status::kPresent},
    {"legitimate-interests", "We rely on legitimate interests.", Status::kMissing},
    {"legitimate-interests",
     "We use your details to run our lunch club. In legal terms this is called legitimate interests.",
     Status::kPresent},
    {"legitimate-interests", "We do not rely on legitimate interests.", Status::kNotApplicable},
    {"recognised-legitimate-interest",
     "We rely on recognised legitimate interests (the safeguarding condition in Annex 1).", Status::kPresent},
    {"recognised-legitimate-interest", "For disclosures we rely on recognised legitimate interests.", Status::kMissing},
    {"special-category-condition", "We hold details of your health. We rely on your explicit consent for this.",
     Status::kPresent},
    {"special-category-condition", "We record your ethnicity and religion.", Status::kMissing},
    {"special-category-condition", "We record health information under Article 9(2)(h).", Status::kDoubtful},
    {"special-category-condition", "We do not collect special category data.", Status::kNotApplicable},
    {"criminal-offence-condition",
     "Volunteers need a DBS check. We process DBS results under Schedule 1 paragraph 18 of the DPA 2018.",
     Status::kPresent},
    {"criminal-offence-condition", "We ask about unspent convictions.", Status::kMissing},
    {"criminal-offence-condition", "We run family sessions.", Status::kNotApplicable},
    {"categories-of-data", "The types of personal data we hold include your name and address.", Status::kPresent},
    {"categories-of-data", "We receive referrals from social workers.", Status::kMissing},
    {"source-of-data", "We receive information about you from your social worker or school.", Status::kPresent},
    {"source-of-data", "Your health visitor may refer you to us.", Status::kPresent},
    {"source-of-data", "We sometimes get information about you from other organisations.", Status::kMissing},
    {"source-of-data", "We ask your referees for references.", Status::kMissing},
    {"source-of-data", "You give us your details when you book.", Status::kNotApplicable},
    {"recipients", "We share your information with the local authority and the police.", Status::kPresent},
    {"recipients", "We do not share your personal data with anyone.", Status::kPresent},
    {"recipients", "We may share your data with third parties.", Status::kMissing},
    {"recipients", "We will not share your information with anyone without your consent.", Status::kPresent},
    {"recipients", "We may share your information with:\n\n- associate clubs in the county\n- our coaches",
     Status::kPresent},
    {"recipients", "We keep your data safe.", Status::kMissing},
    {"international-transfers", "We do not transfer data outside the UK.", Status::kPresent},
    {"international-transfers", "Your data is stored on servers in the UK.", Status::kPresent},
    {"international-transfers",
     "Our email provider stores data in the USA under the International Data Transfer Agreement.", Status::kPresent},
    {"international-transfers", "Some of our suppliers are based outside the UK.", Status::kDoubtful},
    {"international-transfers", "We keep your data safe.", Status::kMissing},
    {"retention", "We keep your records for 6 years after your case closes.", Status::kPresent},
    {"retention", "Files are destroyed when the child turns 25.", Status::kPresent},
    {"retention", "Byddwn yn cadw eich gwybodaeth am saith mlynedd.", Status::kPresent},
    {"retention", "We keep information only for as long as necessary.", Status::kMissing},
    {"retention", "How long we keep information depends on the nature of the service.", Status::kDoubtful},
    {"retention", "We keep your information confidential unless the law requires us to share it.", Status::kMissing},
    {"retention", "We keep your data safe.", Status::kMissing},
    {"right-access", "You can make a subject access request.", Status::kPresent},
    {"right-access", "You can ask for a copy of the information we hold about you.", Status::kPresent},
    {"right-access", "You have rights under Article 15.", Status::kPresent},
    {"right-access", "Mae gennych hawl i gael mynediad at eich gwybodaeth.", Status::kPresent},
    // A bare remark that people have rights is no evidence of any one right (issue 14, real10); it is
    // partial evidence when it points to where the rights are set out.
    {"right-access", "You have rights over your data.", Status::kMissing},
    {"right-access", "You have rights over your data. More information about them is on the ICO's website.",
     Status::kDoubtful},
    {"right-access", "The law gives you important rights to privacy, and this policy helps you use them.",
     Status::kMissing},
    {"right-access", "We keep your data safe.", Status::kMissing},
    {"right-rectification", "You can ask us to correct information that is wrong.", Status::kPresent},
    {"right-rectification", "If anything is inaccurate, tell us and we will update it.", Status::kPresent},
    {"right-rectification", "You have the right to rectification (Art. 16).", Status::kPresent},
    {"right-rectification", "You have rights over your data.", Status::kMissing},
    {"right-rectification", "You have rights over your data; see our website for details.", Status::kDoubtful},
    {"right-erasure", "You have the right to be forgotten.", Status::kPresent},
    {"right-erasure", "You can ask us to delete your information.", Status::kPresent},
    {"right-erasure", "You can request erasure under Art. 17.", Status::kPresent},
    {"right-erasure", "We delete records after six years.", Status::kMissing},
    {"right-restriction", "You can ask us to restrict how we use your data.", Status::kPresent},
    {"right-restriction", "You can ask us to limit the processing of your data.", Status::kPresent},
    {"right-restriction", "Access to your file is restricted to our staff.", Status::kMissing},
    {"right-object", "You have the right to object to processing.", Status::kPresent},
    {"right-object", "You can ask us to stop using your information.", Status::kPresent},
    {"right-object", "Mae gennych hawl i wrthwynebu prosesu.", Status::kPresent},
    {"right-portability", "Under our contract with you, you can ask us to transfer your data to another organisation.",
     Status::kPresent},
    {"right-portability", "We rely on your consent. You have the right to data portability.", Status::kPresent},
    {"right-portability", "We rely on your consent. You can ask for a copy of your data.", Status::kMissing},
    {"right-portability", "We rely on legitimate interests.", Status::kNotApplicable},
    {"right-withdraw-consent", "We rely on consent. You can withdraw your consent at any time.", Status::kPresent},
    {"right-withdraw-consent", "We ask for your permission. You can take back your permission whenever you like.",
     Status::kPresent},
    {"right-withdraw-consent", "We rely on your consent to send emails.", Status::kMissing},
    {"right-withdraw-consent", "We rely on legitimate interests.", Status::kNotApplicable},
    {"right-complain-controller", "You can make a complaint to us by emailing dp@acme.org.", Status::kPresent},
    {"right-complain-controller", "Please see our complaints procedure.", Status::kPresent},
    {"right-complain-controller", "If you have any concerns, please contact us.", Status::kDoubtful},
    {"right-complain-controller", "You can complain to the ICO.", Status::kMissing},
    {"right-complain-ico",
     "You can complain to the Information Commissioner's Office at ico.org.uk or on 0303 123 1113.", Status::kPresent},
    {"right-complain-ico", "You have the right to lodge a complaint with the supervisory authority.",
     Status::kDoubtful},
    {"right-complain-ico", "Please contact us with any questions.", Status::kMissing},
    {"statutory-requirement",
     "You do not have to give us your information, but if you do not we may not be able to help.", Status::kPresent},
    {"statutory-requirement", "Providing your details is voluntary.", Status::kPresent},
    {"statutory-requirement", "We collect your name.", Status::kMissing},
    {"automated-decisions", "We do not use automated decision-making.", Status::kPresent},
    {"automated-decisions", "No decisions about you are made by automated means.", Status::kPresent},
    {"automated-decisions", "We use profiling; a person reviews every decision and you can contest it.",
     Status::kPresent},
    {"automated-decisions", "We use profiling to target our appeals.", Status::kDoubtful},
    {"automated-decisions", "We collect your name.", Status::kMissing},
    // Failure classes of issue #14.
    {"statutory-requirement", "We follow our regulations and contractual requirements.", Status::kMissing},
    {"statutory-requirement", "To make a request you must provide two forms of ID.", Status::kMissing},
    {"statutory-requirement", "It is your choice whether you want to receive our newsletter.", Status::kMissing},
    {"statutory-requirement", "You must give us your contact details to join; without them we cannot register you.",
     Status::kPresent},
    {"statutory-requirement", "Do you have to give it? No. You do not have to give it.", Status::kPresent},
    {"right-access", "Access to our premises is restricted to staff.", Status::kMissing},
    {"right-access", "Only trained staff have access to your records.", Status::kMissing},
    {"right-restriction", "You can have inaccurate data rectified, blocked or erased.", Status::kPresent},
    {"right-complain-controller",
     "If you have a concern about how we use your information, please raise it with us first.", Status::kPresent},
    {"right-complain-controller", "If you are unhappy with how we have handled your data, tell us at dp@acme.org.uk.",
     Status::kPresent},
    {"lawful-basis", "We process personal data only to meet our operational needs or fulfil legal requirements.",
     Status::kMissing},
    {"lawful-basis", "Our lawful bases are:\n\n(a) Your consent.", Status::kPresent},
    {"special-category-condition", "We hold health information, which requires specific protection under the law.",
     Status::kMissing},
    {"criminal-offence-condition", "We ask about criminal convictions because we have a legal obligation to.",
     Status::kMissing},
    {"automated-decisions", "We do not make decisions about you by computer alone.", Status::kPresent},
    // A right about automated decisions does not say whether they are made: missing, not doubtful.
    {"automated-decisions", "You have the right not to be subject to a decision based solely on automated processing.",
     Status::kMissing},
    {"automated-decisions",
     "We use profiling to choose which appeals to send you. You have the right to object to profiling.",
     Status::kDoubtful},
    {"right-complain-ico", "Serious breaches are reported to the ICO within 72 hours (ico.org.uk).", Status::kMissing},
    {"right-complain-ico", "For more information or to raise a concern, contact the ICO at ico.org.uk.",
     Status::kPresent},
    {"recipients", "Our membership records are held by Membermojo.", Status::kPresent},
    {"recipients", "We handle your data as required by GDPR.", Status::kMissing},
    {"statutory-requirement", "We will not pass your details to anyone unless you give us permission.",
     Status::kMissing},
    {"statutory-requirement", "We ask for an emergency contact; giving one is not compulsory.", Status::kPresent},
    {"automated-decisions", "You can ask for a person to review any decision made about you by computer.",
     Status::kMissing},
    {"recipients", "Race results, including your name and time, are published on our website.", Status::kPresent},
    {"recipients", "We publish this privacy notice on our website.", Status::kMissing},
    {"international-transfers",
     "Data is not routinely transferred outside the UK. Where necessary, appropriate safeguards are in place.",
     Status::kDoubtful},
    {"right-object", "Our lawful bases are our contract with you and our legal obligations.", Status::kNotApplicable},
    {"right-object",
     "We rely on legitimate interests to run our clubs. You can unsubscribe from marketing emails at any time.",
     Status::kDoubtful},
    {"right-object", "We send a newsletter with your consent.", Status::kMissing},
    {"right-portability", "We rely on legitimate interests to run our clubs.", Status::kNotApplicable},
    {"right-portability", "We use your details to run our clubs.", Status::kMissing},
    // Found by the round trip after #12 part 2 (pnc's notices: the erasure text, the recognised
    // legitimate interest field, children's "who can you talk to", "This right is for").
    // A recognised legitimate interest's Annex 1 condition is a legal field, not a purpose (the
    // field itself: see "… in pnc's own shapes" below); a purpose beside it still counts.
    {"purposes",
     "Why we use it\n\nWe use your details to keep children safe. Recognised legitimate interest: safeguarding (Annex "
     "1, paragraph 5).",
     Status::kPresent},
    // Withdrawal and objection named as the grounds for erasure do not state those rights, and
    // withdrawal named there is not reliance on consent.
    {"right-object",
     "We rely on legitimate interests.\n\nYour rights\n\nYou can ask us to delete your information when you withdraw "
     "consent or object and we have no other reason to keep it.",
     Status::kMissing},
    {"right-withdraw-consent",
     "We rely on your consent.\n\nYou can ask us to delete your information when you withdraw consent or object and we "
     "have no other reason to keep it.",
     Status::kMissing},
    {"right-withdraw-consent",
     "We rely on legitimate interests.\n\nYou can ask us to delete your information when you withdraw consent.",
     Status::kNotApplicable},
    {"right-object",
     "We rely on legitimate interests.\n\nYour rights\n\nYou can ask us to delete your information. You can also "
     "object to our use of it.",
     Status::kPresent},
    // A right's limits ("what we need for legal claims") are not an Art 9 condition; a named one is.
    {"special-category-condition",
     "We hold health information about you.\n\nYour rights\n\nYou can ask us to delete your information. We may keep "
     "information that we need for legal claims.",
     Status::kMissing},
    {"special-category-condition",
     "We hold health information about you.\n\nYour rights\n\nWe keep health information under Article 9(2)(f) when we "
     "need it for legal claims.",
     Status::kPresent},
    // The people a right is for are not sources ("referrers" is not "refer").
    {"source-of-data", "This right is for: families and residents, professionals, referrers and commissioners.",
     Status::kNotApplicable},
    {"source-of-data", "Professionals referring families to us tell us about their needs.", Status::kPresent},
    // Other people to talk to (a parent, a teacher, Childline) are not a way to complain to the organisation.
    {"right-complain-controller",
     "Who can you talk to?\n\nYou can also talk to:\n\n- a parent or carer\n- a teacher, or another adult you trust at "
     "school\n- Childline, about anything that worries you. It is free: 0800 1111, childline.org.uk",
     Status::kMissing},
    {"right-complain-controller",
     "Who can you talk to?\n\nIf you are not happy, you can also talk to us: hello@acme.org.uk", Status::kPresent},
    {"right-complain-controller",
     "Complaints\n\nIf you are unhappy, you can also speak to the Data Protection Lead at dp@acme.org.uk.",
     Status::kPresent},
};

}  // namespace

TEST_SUITE("draft") {
  TEST_CASE("draft elements: found in different words, missing when absent") {
    for (const auto& c : kCases) {
      std::string rule = c.rule, text = c.text;
      CAPTURE(rule);
      CAPTURE(text);
      DraftReport r = LintDraft("case.txt", Notice(c.text), Options());
      REQUIRE(r.error.empty());
      CHECK(StatusName(StatusOf(r, c.rule)) == StatusName(c.want));
      const ElementResult* e = Element(r, c.rule);
      REQUIRE(e);
      if (c.want == Status::kPresent || c.want == Status::kDoubtful) {
        CHECK_FALSE(e->evidence.empty());
      }
      if (c.want != Status::kPresent) CHECK_FALSE(e->reason.empty());
    }
  }

  // Grammatical variants of each element (active, passive, nominal) in a frame that relies on
  // legitimate interests and consent, so every right applies; look-alikes that must not count; and
  // Welsh in the glossary's terms (../shared/locales-reference/welsh-glossary.md), with mutations.
  TEST_CASE("draft elements: a first line that is only a name is the site's owner; a menu is not") {
    auto status = [](const char* text) {
      return StatusName(StatusOf(LintDraft("page.txt", text, Options()), "controller-identity"));
    };
    CHECK(status("Oakfield Rowers\n\nPrivacy\n\nEmail hello@oakfieldrowers.org.uk.\n") == "present");
    CHECK(status("About Us\n\nPrivacy\n\nEmail hello@oakfieldrowers.org.uk.\n") == "missing");
    CHECK(status("Privacy Policy\n\nEmail hello@oakfieldrowers.org.uk.\n") == "missing");
  }

  // The partial tier for a name that does what a controller does (real7's case): only a controller's
  // verbs, only a name the notice shows as its own (title, opening sentence, contact details or their
  // domain), never a third party's tool under cookies or analytics. Otherwise no evidence: missing.
  TEST_CASE(
      "draft elements: a name as the subject of a controller's verbs is partial evidence only when shown as own") {
    auto status = [](const char* text) {
      return StatusName(StatusOf(LintDraft("draft.md", text, Options()), "controller-identity"));
    };
    CHECK(status("# Privacy policy\n\n## What we collect\n\nPersonal data is anything that identifies you.\n\n"
                 "Hill Robotics collects your name and school when you register.\n\nHill Robotics keeps these "
                 "records for two years.\n\nEmail privacy@hillrobotics.org with any question.\n") == "doubtful");
    CHECK(status("# Privacy policy\n\nWe take your name when you give.\n\nGift Aid lets us claim more on each "
                 "pound.\n\nGift Aid obliges us to keep your declaration.\n\nGift Aid requires us to keep a "
                 "record.\n\nGift Aid allows us to claim tax back.\n\nEmail hello@example.org.\n") == "missing");
    CHECK(status("# Privacy policy\n\nWe take your name when you join.\n\n## Our website\n\nMatomo Analytics "
                 "collects data on how pages are used.\n\nMatomo Analytics stores it on a server.\n\nEmail "
                 "hello@example.org.\n") == "missing");
    CHECK(status("# Privacy policy\n\nWe take your name when you join.\n\nParkside Rowing keeps a list of "
                 "crews.\n\nParkside Rowing uses it to plan outings.\n\nEmail hello@example.org.\n") == "missing");
  }

  TEST_CASE("draft elements: phrasing variants are found, look-alikes are not") {
    struct V {
      const char* rule;
      const char* text;
    };
    const V kFound[] = {
        {"right-access", "You can request a copy of the personal data we hold about you."},
        {"right-access", "You are entitled to see the information we keep about you."},
        {"right-access", "You have the right to be told whether we hold your data and to receive a copy."},
        {"right-access", "You can find out what personal data we hold about you."},
        {"right-access", "You may ask for access to your personal information."},
        {"right-rectification", "You can ask for your information to be corrected."},
        {"right-rectification", "You can request the correction of inaccurate data."},
        {"right-rectification", "You have the right to have incorrect details updated."},
        {"right-rectification", "If your details are wrong, please let us know and we will correct them."},
        {"right-rectification", "You can ask us to amend your personal data if it is inaccurate."},
        {"right-rectification", "You may request that inaccurate information is rectified."},
        {"right-erasure", "You can ask for your personal data to be deleted."},
        {"right-erasure", "You can request the deletion of your data."},
        {"right-erasure", "You have the right to request erasure of your personal data."},
        {"right-erasure", "You may ask that we delete your information."},
        {"right-erasure", "You can request that your data is erased."},
        {"right-erasure", "You can ask us to remove your details from our records."},
        {"right-erasure", "You have the right to have your personal data erased in some circumstances."},
        {"right-restriction", "You can ask us to restrict the processing of your data."},
        {"right-restriction", "You can request that the processing of your data is restricted."},
        {"right-restriction", "You have the right to request restriction of processing."},
        {"right-restriction", "You can ask us to limit how we use your information."},
        {"right-restriction", "You can ask us to suspend the use of your data while a complaint is resolved."},
        {"right-restriction", "You may ask for the processing of your data to be restricted."},
        {"right-object", "You can object to the processing of your personal data."},
        {"right-object", "You have the right to object to our use of your data."},
        {"right-object", "You can ask us to stop processing your data."},
        {"right-object", "You may raise an objection to how we use your information."},
        {"right-portability", "You can ask for your data in a machine-readable format."},
        {"right-portability", "You can request that we transfer your data to another organisation."},
        {"right-portability", "You have the right to data portability."},
        {"right-withdraw-consent", "You can withdraw your consent at any time."},
        {"right-withdraw-consent", "You may change your mind and withdraw consent whenever you wish."},
        {"right-withdraw-consent", "Where you have given consent, you can take it back at any time."},
        {"right-complain-ico", "You can complain to the ICO at ico.org.uk."},
        {"right-complain-ico",
         "You have the right to lodge a complaint with the Information Commissioner's Office (www.ico.org.uk, 0303 123 "
         "1113)."},
        {"statutory-requirement",
         "You are not obliged to give us your information, but if you don't we cannot process your application."},
        {"statutory-requirement", "Providing your data is voluntary."},
        {"statutory-requirement",
         "You must give us this information so that we can enrol you; without it we cannot offer you a place."},
        {"statutory-requirement",
         "We need your contact details to register you as a member; if you do not provide them we cannot accept your "
         "membership."},
        {"automated-decisions", "We do not carry out automated decision making."},
        {"automated-decisions", "No automated decision-making or profiling takes place."},
        {"automated-decisions", "We don't use your data to make automated decisions about you."},
        {"international-transfers", "Your data is not transferred outside the UK."},
        {"international-transfers", "We do not send your data abroad."},
        {"international-transfers", "All data is held on servers in the UK."},
        {"international-transfers", "We do not transfer personal data outside the UK or the European Economic Area."},
        {"retention", "We will keep your information for three years after your membership ends."},
        {"retention", "Membership records are kept for six years for accounting purposes."},
        {"retention", "Your details will be deleted when you leave the club."},
        {"retention", "We retain application forms for 12 months."},
        {"retention", "Personal data is destroyed after two years of inactivity."},
        {"retention", "We hold your data for as long as you remain a member and for one year afterwards."},
        {"retention", "Information will be kept in line with our retention schedule, which is available on request."},
        {"recipients", "We share your details with our national governing body."},
        {"recipients", "Your information may be passed to the local council."},
        {"recipients", "We will only share your data with the police if the law requires it."},
        {"recipients", "Your data is stored securely by our membership system provider."},
        {"recipients", "We do not share your information with anyone else."},
        {"recipients", "We will never sell or pass on your details to other organisations."},
        {"recipients", "Your name may be shared with other members of the group."},
        {"statutory-requirement",
         "You don't have to give us your details, but we can't keep in touch with you without them."},
        {"statutory-requirement", "Giving us your information is optional."},
        {"statutory-requirement",
         "If you choose not to give us your contact details, we will not be able to send you updates."},
        {"statutory-requirement", "We cannot accept your booking without your name and phone number."},
        {"automated-decisions", "We do not use automated decision-making, including profiling."},
        {"automated-decisions", "No decisions are made about you by automated means."},
        {"automated-decisions", "We do not make any decisions about you based solely on automated processing."},
        {"international-transfers", "We don't transfer your information outside the UK."},
        {"international-transfers", "Your personal data is stored within the United Kingdom."},
        {"international-transfers", "Your data will not leave the UK."},
        {"right-complain-controller",
         "If you wish to complain about how we have handled your data, please contact the secretary at "
         "sec@club.org.uk."},
        {"right-complain-controller", "If you are unhappy with how we have used your data, please tell us first."},
        {"right-complain-controller", "You can make a complaint to us by writing to the chair."},
        {"right-complain-ico",
         "If you are not satisfied with our response, you can complain to the Information Commissioner's Office, "
         "ico.org.uk."},
        {"controller-identity",
         "The Riverside Club is the data controller. You can contact us at info@riverside.org.uk."},
        {"controller-identity",
         "This privacy notice explains how Oak Lane Choir uses your data. Contact: choir@oaklane.org.uk"},
        {"lawful-basis",
         "We process your information because it is necessary for the performance of your membership contract."},
        {"lawful-basis", "Our legal basis for processing your data is legitimate interests."},
        {"lawful-basis", "We rely on your consent to send you newsletters."},
        {"purposes", "We use your details to manage your membership and to tell you about events."},
        {"purposes", "Your information is used to process your booking."},
        {"purposes", "We need your email address so we can send you the newsletter."},
        {"legitimate-interests",
         "We rely on legitimate interests. Our legitimate interest is keeping members informed about club events."},
        {"legitimate-interests", "It is in our legitimate interests to contact past donors about our appeals."},
        {"legitimate-interests",
         "We process your data for our legitimate interests of running the club and keeping members safe."},
        {"special-category-condition", "We hold health information about you with your explicit consent."},
        {"special-category-condition",
         "We process information about your religion under Article 9(2)(d) as a not-for-profit religious body."},
        {"criminal-offence-condition",
         "Volunteers need a DBS check; we process criminal records data under Schedule 1, Part 2, paragraph 18 of the "
         "Data Protection Act 2018."},
        {"retention", "We retain financial records for seven years in line with HMRC requirements."},
        {"retention", "We will keep your data while you are a member and for two years afterwards."},
        {"retention", "Your details are removed from our mailing list as soon as you unsubscribe."},
        {"automated-decisions", "We do not carry out profiling or automated decision-making."},
        {"automated-decisions", "Decisions about you are always made by a member of staff."},
        {"controller-identity",
         "The Hill Walkers Club (\"we\", \"us\") is responsible for your personal data. Email: "
         "hello@hillwalkers.org.uk"},
        {"dpo-contact", "Our Data Protection Officer can be contacted at dpo@acme.org.uk."},
        {"source-of-data", "We receive information about you from your school or social worker."},
        {"source-of-data", "Your local authority may refer you to us and share details about your circumstances."},
        {"categories-of-data", "We collect your name, address, email address and date of birth."},
        {"right-complain-controller",
         "Complaints about how we handle your data should be sent to our Data Protection Lead at dp@acme.org.uk."},
    };
    const V kNot[] = {
        // Europe only: whether data leaves the UK (for the EEA, a transfer too) is not said (doubtful).
        {"international-transfers", "We do not transfer personal data outside the European Economic Area."},
        {"right-access", "Access to our building is by key card only."},
        {"right-erasure", "Records are deleted six years after your last visit."},
        {"right-restriction", "We restrict access to your file to the staff who need it."},
        {"right-rectification", "We check that our records are correct every year."},
        {"right-object", "Members can object to motions at the annual meeting."},
        {"international-transfers", "Our office is in the UK."},
        {"retention", "We keep your data safe and secure."},
        {"statutory-requirement", "You must keep your password secret."},
        {"automated-decisions", "Our booking system sends automatic reminders."},
        {"recipients", "We may share your data with third parties."},
        {"source-of-data", "We sometimes receive information about you from third parties."},
        {"legitimate-interests", "We rely on legitimate interests."},
        {"special-category-condition", "We hold details of your health."},
        {"criminal-offence-condition", "We ask about unspent convictions."},
        {"retention", "We take the security of your data seriously and store it securely."},
        {"controller-identity", "Please contact us with any questions."},
        {"source-of-data", "We collect your details when you join."},
    };
    const V kWelsh[] = {
        {"controller-identity", "Canolfan y Fro yw'r rheolydd data. E-bost: post@canolfan.cymru"},
        {"purposes", "Rydym yn defnyddio eich gwybodaeth i drefnu sesiynau."},
        {"lawful-basis", "Ein sail gyfreithlon dros brosesu eich gwybodaeth yw cydsyniad."},
        {"lawful-basis", "Rydym yn dibynnu ar ein buddiannau dilys."},
        {"recipients", "Efallai y byddwn yn rhannu eich gwybodaeth â'r awdurdod lleol."},
        {"recipients", "Ni fyddwn yn rhannu eich data ag unrhyw un arall."},
        {"international-transfers", "Nid ydym yn trosglwyddo eich gwybodaeth y tu allan i'r Deyrnas Unedig."},
        {"international-transfers", "Ni fyddwn yn trosglwyddo eich data y tu allan i'r DU."},
        {"retention", "Byddwn yn cadw eich gwybodaeth am chwe blynedd."},
        {"retention", "Rydym yn cadw cofnodion am saith mlynedd ar ôl i chi adael."},
        {"right-access", "Mae gennych hawl i gael mynediad at eich gwybodaeth."},
        {"right-access", "Gallwch ofyn am gopi o'r wybodaeth sydd gennym amdanoch."},
        {"right-rectification", "Mae gennych hawl i ofyn inni gywiro gwybodaeth anghywir."},
        {"right-erasure", "Mae gennych hawl i ofyn inni ddileu eich gwybodaeth."},
        {"right-restriction", "Mae gennych hawl i gyfyngu ar brosesu eich gwybodaeth."},
        {"right-object", "Mae gennych hawl i wrthwynebu prosesu."},
        {"right-portability", "Mae gennych hawl i gludadwyedd data."},
        {"right-withdraw-consent", "Gallwch dynnu'ch cydsyniad yn ôl unrhyw bryd."},
        {"right-complain-controller", "Os ydych yn anhapus, gallwch gwyno i ni drwy e-bostio post@canolfan.cymru."},
        {"right-complain-ico", "Gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth: cy.ico.org.uk, 0303 123 1113."},
        {"statutory-requirement", "Nid oes rhaid i chi roi eich gwybodaeth i ni, ond heb hi ni allwn eich helpu."},
        {"automated-decisions", "Nid ydym yn gwneud penderfyniadau awtomataidd."},
        {"automated-decisions", "Nid ydym yn defnyddio proffilio na phenderfyniadau awtomataidd."},
    };
    auto lint = [](const char* frame, const char* text, const char* rule) {
      return std::string(StatusName(StatusOf(LintDraft("v.txt", std::string(frame) + text + "\n", Options()), rule)));
    };
    const char* en = "Privacy notice\n\nWe rely on legitimate interests and your consent.\n\n";
    const char* cy = "Hysbysiad preifatrwydd\n\nRydym yn dibynnu ar eich cydsyniad ac ar ein buddiannau dilys.\n\n";
    for (const auto& v : kFound) {
      std::string rule = v.rule, text = v.text;
      CAPTURE(rule);
      CAPTURE(text);
      CHECK(lint(en, v.text, v.rule) == "present");
    }
    for (const auto& v : kNot) {
      std::string rule = v.rule, text = v.text;
      CAPTURE(rule);
      CAPTURE(text);
      CHECK(lint(en, v.text, v.rule) != "present");
    }
    for (const auto& v : kWelsh) {
      std::string rule = v.rule, text = v.text;
      CAPTURE(rule);
      CAPTURE(text);
      CHECK(lint(cy, v.text, v.rule) == "present");
    }
  }

  // The same findings in the shapes pnc writes them: a field (label, then value) of an HTML notice,
  // and Welsh.
  TEST_CASE("draft elements: legal fields, rights' grounds and other helpers in pnc's own shapes") {
    auto html = [](const std::string& body) {
      return "<!doctype html><html lang=\"en\"><body><h1>Privacy notice</h1>" + body + "</body></html>";
    };
    auto status = [](const std::string& path, const std::string& text, const char* rule) {
      return std::string(StatusName(StatusOf(LintDraft(path, text, Options()), rule)));
    };
    // "Employment and tax law" explaining a legal obligation under "Lawful basis" is not Art 9(2)(b).
    std::string basis = html(
        "<p>We use health information.</p><h2>Why we use it</h2><dl><div><dt>Lawful basis</dt><dd>Legal obligation (UK "
        "GDPR "
        "Article 6(1)(c)): we need it to comply with a legal duty that applies to us. Employment and tax law "
        "(right-to-work "
        "checks).</dd></div></dl>");
    CHECK(status("n.html", basis, "special-category-condition") == "missing");
    std::string named = html(
        "<p>We use health information.</p><h2>Why we use it</h2><dl><div><dt>Lawful basis</dt><dd>Legal obligation (UK "
        "GDPR "
        "Article 6(1)(c)). Employment law (Article 9(2)(b)).</dd></div></dl>");
    CHECK(status("n.html", named, "special-category-condition") != "missing");
    // The recognised legitimate interest's field is the condition, not a purpose.
    std::string rli = html(
        "<h2>Why we use it</h2><dl><div><dt>Lawful basis</dt><dd>Recognised legitimate interest (UK GDPR Article "
        "6(1)(ea)).</dd></div>"
        "<div><dt>Recognised legitimate interest</dt><dd>Safeguarding children and adults at risk (Annex 1, paragraph "
        "5).</dd></div></dl>");
    CHECK(status("n.html", rli, "purposes") == "missing");
    CHECK(status("n.html", rli, "recognised-legitimate-interest") == "present");
    // Welsh: withdrawal and objection as grounds for erasure; other people a child can talk to.
    const char* cy =
        "Hysbysiad preifatrwydd\n\nRydym yn dibynnu ar eich cydsyniad ac ar ein buddiannau dilys.\n\nEich hawliau\n\n";
    std::string erasure = std::string(cy) +
                          "Gallwch ofyn i ni ddileu eich gwybodaeth pan fyddwch yn tynnu eich cydsyniad yn ôl neu'n "
                          "gwrthwynebu ac nad oes gennym reswm arall i'w chadw.\n";
    CHECK(status("n.txt", erasure, "right-object") == "missing");
    CHECK(status("n.txt", erasure, "right-withdraw-consent") == "missing");
    std::string talk =
        "Hysbysiad preifatrwydd\n\nGyda phwy allwch chi siarad?\n\nGallwch chi hefyd siarad â:\n\n- rhiant neu ofalwr\n"
        "- Childline, am unrhyw beth sy'n eich poeni chi: childline.org.uk, 0800 1111\n";
    CHECK(status("n.txt", talk, "right-complain-controller") == "missing");
    std::string us =
        "Hysbysiad preifatrwydd\n\nGyda phwy allwch chi siarad?\n\nOs ydych chi'n anhapus, gallwch chi siarad â ni: "
        "post@canolfan.cymru\n";
    CHECK(status("n.txt", us, "right-complain-controller") == "present");
  }

  TEST_CASE("draft elements: a legal duty named as an exception to sharing or a right's limit is no basis") {
    auto basis = [](const std::string& body) {
      std::string text =
          "# Oakfield Chess Club privacy notice\n\nOakfield Chess Club is the data controller. Email "
          "sec@oakfieldchess.example.org.\n\n" +
          body;
      return StatusOf(LintDraft("club.md", text, Options()), "lawful-basis");
    };
    // An item of a list of exceptions to "we never pass your details on" says when data may be
    // disclosed, not the basis of the club's processing.
    CHECK(basis("## Sharing\n\nWe never pass your details to other organisations except:\n\n- when a court orders "
                "it\n- to comply with legal obligations\n") == Status::kMissing);
    // A right's limit ("the law says we must keep it") is not a basis either.
    CHECK(basis("## Your rights\n\nYou can ask us to delete your details. Sometimes the law says we must keep "
                "them.\n") == Status::kMissing);
    // The same duty stated as the basis counts, in the sharing section too.
    CHECK(basis("## Sharing\n\nWe give match results to the county league. Our lawful basis for this is a legal "
                "obligation under the league's rules.\n") == Status::kPresent);
  }

  TEST_CASE("draft elements: an organisation named only as the subject of its sentences is doubtful, not missing") {
    auto controller = [](const std::string& body) {
      return StatusOf(LintDraft("n.md", "# Privacy\n\n" + body, Options()), "controller-identity");
    };
    // Named twice as the one collecting and keeping the data, with a contact address, never "we are".
    CHECK(controller("Riverside Robotics collects the names of team members.\n\nRiverside Robotics keeps them on a "
                     "server in Leeds.\n\nQuestions go to privacy@riverside.example.org.\n") == Status::kDoubtful);
    // A processor named once is not the organisation the notice speaks for; nor is any name without contact details.
    CHECK(controller("Mailchimp stores the mailing list.\n\nQuestions go to privacy@riverside.example.org.\n") ==
          Status::kMissing);
    CHECK(controller("Riverside Robotics collects the names of team members.\n\nRiverside Robotics keeps them on a "
                     "server in Leeds.\n") == Status::kMissing);
  }

  TEST_CASE("draft elements: a contact block under a contact heading names the organisation when its first line does") {
    auto controller = [](const std::string& block) {
      return StatusOf(LintDraft("n.txt",
                                "## Our contact details\n\n" + block +
                                    "\n\n## What we collect\n\nWe collect your name and email address to run "
                                    "our sessions.\n",
                                Options()),
                      "controller-identity");
    };
    // The first line is a name of an organisation's kind, or the domain of the block's email address.
    CHECK(controller("Hilltop Garden SCIO   \n4 Mill Lane   \nLeeds LS1 1AA\n\nhello@hilltopgarden.example.org") ==
          Status::kPresent);
    CHECK(controller("Brightwater\n12 Quay Street\nBristol BS1 4AA\nteam@brightwater.example.org") == Status::kPresent);
    // A person, a role or the regulator at the head of the block names no controller; nor does a name with no
    // contact details in its block.
    CHECK(controller("Jane Smith, Secretary\n4 Mill Lane\nLeeds LS1 1AA\njane@mailbox.example.org") ==
          Status::kMissing);
    CHECK(controller("Data Protection Lead\n4 Mill Lane\nLeeds LS1 1AA\ndp@mailbox.example.org") == Status::kMissing);
    CHECK(controller("Information Commissioner's Office\nWycliffe House, Water Lane\nWilmslow SK9 5AF") ==
          Status::kMissing);
    CHECK(controller("Hilltop Garden SCIO\n\nWe are happy to answer questions at our open days.") == Status::kMissing);
  }

  TEST_CASE("draft elements: a 'missing' recipients report quotes only sentences that pass data on") {
    auto recipients = [](const std::string& body) {
      DraftReport r = LintDraft(
          "n.md", "# Privacy notice\n\nAcme Trust is the data controller (hello@acme.example.org).\n\n" + body,
          Options());
      const ElementResult* e = Element(r, "recipients");
      REQUIRE(e != nullptr);
      CHECK(e->status == Status::kMissing);
      return *e;
    };
    std::string denied =
        "We do not receive any information from third parties.\n\nNo website is safe from being "
        "attacked by third parties, but ours is encrypted.\n\n";
    ElementResult shared = recipients(denied + "We may share your details with third parties.\n");
    REQUIRE(shared.evidence.size() == 1);
    CHECK(shared.evidence[0].text == "We may share your details with third parties.");
    // Nothing passes data on: no quote, and the reason says what was looked for.
    ElementResult none = recipients(denied);
    CHECK(none.evidence.empty());
    CHECK(none.reason.find("looked for who receives the data") != std::string::npos);
  }

  TEST_CASE("draft elements: a summary naming many bases does not add one the draft's own list of bases leaves out") {
    auto li = [](const std::string& items) {
      std::string text =
          "# Oakfield Chess Club privacy notice\n\nOakfield Chess Club is the data controller. Email "
          "sec@oakfieldchess.example.org.\n\n## Our legal bases\n\nIn short, we only use your details when the law "
          "allows it, such as with your consent, to meet a legal duty, to keep a contract or to pursue our "
          "legitimate interests.\n\nWe rely on the following legal bases:\n\n" +
          items;
      return StatusOf(LintDraft("club.md", text, Options()), "legitimate-interests");
    };
    // The list names consent, contract and vital interests only: legitimate interests are not relied on.
    CHECK(li("- Consent, when you sign up for the newsletter.\n- Contract, to run your membership.\n- Vital "
             "interests, in a medical emergency at a tournament.\n") == Status::kNotApplicable);
    // The list names legitimate interests without saying what they are: relied on, interests missing.
    CHECK(li("- Consent, when you sign up for the newsletter.\n- Contract, to run your membership.\n- Legitimate "
             "interests.\n") == Status::kMissing);
  }

  TEST_CASE("draft elements: the notice's opening names its organisation however long the sentence") {
    auto controller = [](const std::string& body) {
      return StatusOf(
          LintDraft("n.md", "# Privacy\n\n" + body + "\n\nWrite to hello@millbrook.example.org.\n", Options()),
          "controller-identity");
    };
    // "This privacy notice for X …" and "This is the privacy policy of the X, a …", in a long opening sentence.
    CHECK(controller("This privacy notice for Millbrook Gardening Circle explains what we collect when you join, "
                     "come to a meeting, borrow tools from the shed or sign up to the monthly seed swap list.") ==
          Status::kPresent);
    CHECK(controller("This is the privacy policy of the Millbrook Gardening Circle, an informal group of growers "
                     "who meet on the allotments every second Saturday of the month from spring to autumn.") ==
          Status::kPresent);
    // The organisation defined as the notice's "we" in brackets.
    CHECK(controller("Millbrook Gardening Circle (\"we\", \"us\") looks after the details of its members.") ==
          Status::kPresent);
    // "X is a … community enterprise": a hyphenated description does not hide the kind of organisation.
    CHECK(controller("Millbrook Growers CIC is a Leeds-based not-for-profit community enterprise that lends tools.") ==
          Status::kPresent);
    // Negatives: another body's policy, a notice for a group of people, a bracket that is not "we".
    CHECK(controller("This site links to the privacy policy of Google, which runs our maps.") == Status::kMissing);
    CHECK(controller("This privacy notice for members explains what we collect when you join.") == Status::kMissing);
    CHECK(controller("We send the Millbrook Newsletter (weekly) to everyone on the list.") == Status::kMissing);
  }

  TEST_CASE("draft elements: a name used twice in the body and spelt by the e-mail's domain is partial identity") {
    auto controller = [](const std::string& body, const std::string& email) {
      return StatusOf(LintDraft("n.md", "# Privacy\n\n" + body + "\n\nQuestions? Write to " + email + ".\n", Options()),
                      "controller-identity");
    };
    const std::string body =
        "When you join the Fernlea Singers online, we keep your email address to send rehearsal news. Votes "
        "for the Fernlea Singers song of the year are counted once and then deleted.";
    // The notice never says who "we" are, but its own address is at the name it uses for itself.
    CHECK(controller(body, "web@fernleasingers.org.uk") == Status::kDoubtful);
    CHECK(controller(body, "web@fernlea.org.uk") == Status::kDoubtful);
    // Not a webmail address, another domain, or a platform named twice beside its own support address.
    CHECK(controller(body, "fernleasingers@gmail.com") == Status::kMissing);
    CHECK(controller(body, "web@choirhub.org.uk") == Status::kMissing);
    CHECK(controller("We send news through Mailchimp. The list is kept by Mailchimp on its servers.",
                     "help@mailchimp.com") == Status::kMissing);
  }

  TEST_CASE(
      "draft elements: the near-miss tier quotes the closest sentence and leaves a draft with no evidence missing") {
    auto lint = [](const std::string& body) {
      return LintDraft("n.md",
                       "# Privacy notice of Oak Lane Choir\n\nOak Lane Choir is the data controller, "
                       "hello@oaklane.example.org.\n\n## About us\n\n" +
                           body,
                       Options());
    };
    DraftReport near = lint("Old registers are archived and shredded when the committee next clears the cupboard.\n");
    const ElementResult* e = Element(near, "retention");
    REQUIRE(e);
    CHECK(e->status == Status::kDoubtful);
    REQUIRE_FALSE(e->evidence.empty());
    CHECK(e->evidence[0].text.find("shredded") != std::string::npos);
    CHECK(e->reason.find("comes close") != std::string::npos);
    // Keeping data safe is not keeping it for a time; a lead-in introduces, its items state.
    CHECK(StatusOf(lint("We keep your details safe on a locked laptop.\n"), "retention") == Status::kMissing);
    CHECK(StatusOf(lint("We hold the following details about members:\n"), "retention") == Status::kMissing);
    // Objection named as a ground of erasure is no near miss for the right to object.
    CHECK(StatusOf(lint("We rely on our legitimate interests in running the choir.\n\nYou can ask us to delete your "
                        "details when you object and we have no other reason to keep them.\n"),
                   "right-object") == Status::kMissing);
  }

  TEST_CASE("draft elements: objection named as an item of restriction's grounds is not the right to object") {
    auto object = [](const std::string& extra) {
      std::string text =
          "# Oakfield Chess Club privacy notice\n\nOakfield Chess Club is the data controller. Email "
          "sec@oakfieldchess.example.org. We use members' details to run the club, relying on our legitimate "
          "interests in running it.\n\n## Your rights\n\nYou can ask us to limit how we use your details if:\n\n"
          "- you think they are wrong and we are checking them\n- you have objected to our use of them and we are "
          "weighing your reasons\n\n" +
          extra;
      return StatusOf(LintDraft("club.md", text, Options()), "right-object");
    };
    CHECK(object("") == Status::kMissing);
    CHECK(object("You can object to our use of your details at any time.\n") == Status::kPresent);
  }

  TEST_CASE("draft elements: rules not in force on the notice date do not apply") {
    DraftReport before = LintDraft("n.txt", Notice("You can complain to the ICO."), Options("2026-01-01"));
    CHECK(StatusOf(before, "right-complain-controller") == Status::kNotApplicable);
    DraftReport after = LintDraft("n.txt", Notice("You can complain to the ICO."), Options("2026-06-19"));
    CHECK(StatusOf(after, "right-complain-controller") == Status::kMissing);
  }

  TEST_CASE("draft elements: every content rule is reported once, with a registry id") {
    DraftReport r = LintDraft("n.txt", Notice("Hello."), Options());
    CHECK(r.elements.size() == 25);
    for (const auto& e : r.elements) CHECK(pnc::rules::FindRule(e.rule) != nullptr);
  }

  TEST_CASE("draft problems: outdated and wrong statements") {
    struct P {
      const char* text;
      const char* rule;
    } cases[] = {
        {"We comply with the Data Protection Act 1998.", "terminology-current"},
        {"We follow the EU General Data Protection Regulation.", "terminology-current"},
        {"We hold sensitive personal data.", "terminology-current"},
        {"Our US supplier is certified under the Privacy Shield.", "international-transfers"},
        {"Complain at https://ico.org.uk/concerns/.", "regulator-details"},
        {"Write to the ICO at Wycliffe House, Water Lane, Wilmslow.", "regulator-details"},
        {"We are the controller and also the data processor.", "controller-vs-processor"},
        {"Young people over the age of 13 can consent to us holding their information.", "child-consent-age"},
        {"Any request must be made in writing.", "right-access"},
        {"You have the right not to be subject to a decision based solely on automated processing.",
         "automated-decisions"},
        {"We hold your health records because it is in our legitimate interests to support you.",
         "special-category-condition"},
        // Welsh, with the mutations the words take after "y", "ar", "gyda" and "yn" (welsh-glossary.md §7).
        {"Mae ein cyflenwr yn America wedi'i gofrestru o dan y Darian Preifatrwydd.", "international-transfers"},
        {"Rydym yn dibynnu ar Darian Preifatrwydd yr UE-UDA.", "international-transfers"},
        {"Mae'r cwmni'n cydymffurfio gyda Tharian Preifatrwydd.", "international-transfers"},
        {"Tarian Preifatrwydd sy'n diogelu'r data.", "international-transfers"},
        {"Gall pobl ifanc dros 13 oed roi caniatâd i ni gadw eu manylion.", "child-consent-age"},
        {"Mae plant 13 oed neu hŷn yn gallu rhoi eu cydsyniad eu hunain.", "child-consent-age"},
        {"Cânt gytuno eu hunain o 13 oed ymlaen.", "child-consent-age"},
    };
    for (const auto& c : cases) {
      std::string text = c.text;
      CAPTURE(text);
      DraftReport r = LintDraft("n.txt", Notice(c.text), Options());
      bool found = false;
      for (const auto& p : r.problems) found = found || p.rule == c.rule;
      CHECK(found);
    }
    // Correct statements raise nothing.
    for (const char* ok : {"We follow the UK GDPR and the Data Protection Act 2018.",
                           "Children aged 13 or over can consent to our online app.",
                           "We act as a data processor on behalf of the local authority.",
                           "You can make a request verbally or in writing.",
                           "Gall plant 13 oed a hŷn gytuno i ddefnyddio ein ap ar-lein.",
                           "Rydym yn diogelu eich preifatrwydd fel tarian."}) {
      std::string text = ok;
      CAPTURE(text);
      CHECK(LintDraft("n.txt", Notice(ok), Options()).problems.empty());
    }
    // Dated: Wycliffe House is flagged from 5 June 2025, when the ICO announced its move and pnc stops
    // printing the address (data/regulator.json print_until; regulator_test keeps the two equal).
    CHECK(LintDraft("n.txt", Notice("Wycliffe House, Wilmslow."), Options("2025-06-04")).problems.empty());
    CHECK_FALSE(LintDraft("n.txt", Notice("Wycliffe House, Wilmslow."), Options("2025-06-05")).problems.empty());
  }

  TEST_CASE("draft elements: a children's guide leaves the legal detail to the full notice") {
    auto guide = [](const std::string& title) {
      return "# " + title +
             "\n\nWe are Brightwater Play Scheme, 4 Quay Street, Brightwater BW1 2AB, hello@brightwater-play.org.uk."
             "\n\n## What do we know about you?\n\nYour name, your age and any allergies you have.\n\n## Why do we "
             "use it?\n\nSo that we can look after you at the play scheme.\n\n## Who do we tell?\n\nWe only tell "
             "your parents or carers.\n\n## How long do we keep it?\n\nWe delete it one year after your last "
             "visit.\n\n## What can you do?\n\nYou can ask to see what we know about you. You can ask us to "
             "change it if it is wrong, or to delete it. You can ask us to stop using it for a while. If you are "
             "not happy, tell us, or tell the ICO.\n";
    };
    // pnc's own title, and the words a children's guide written by hand uses.
    for (std::string title : {"Your information: a guide for children and young people", "Young people's version",
                              "Our privacy notice: child-friendly version", "Eich gwybodaeth: canllaw i blant"}) {
      CAPTURE(title);
      DraftReport r = LintDraft("guide.md", guide(title), Options());
      for (const char* rule : {"lawful-basis", "special-category-condition"}) {
        CAPTURE(rule);
        const ElementResult* e = Element(r, rule);
        REQUIRE(e);
        CHECK(e->status == Status::kNotApplicable);
        CHECK(e->reason.find("a children's guide") != std::string::npos);
      }
      // What a child needs stays judged: their rights (a guide naming no basis cannot show that the right
      // to data portability does not apply), and how long: remove the retention line and it is missing.
      CHECK(StatusOf(r, "right-portability") == Status::kMissing);
      CHECK(StatusOf(r, "retention") == Status::kPresent);
      std::string g = guide(title);
      g.erase(g.find("We delete it one year"), std::string("We delete it one year after your last visit.").size());
      CHECK(StatusOf(LintDraft("guide.md", g, Options()), "retention") == Status::kMissing);
    }
    // A notice that is not a children's guide, or only points to one, is judged in full.
    for (std::string title : {"Privacy notice", "Privacy notice (a version for children is available)"}) {
      CAPTURE(title);
      DraftReport r = LintDraft("notice.md", guide(title), Options());
      CHECK(StatusOf(r, "lawful-basis") == Status::kMissing);
      CHECK(StatusOf(r, "special-category-condition") == Status::kMissing);
    }
    DraftReport pointer = LintDraft(
        "notice.md", "# Privacy notice\n\nA version for children is available on request.\n\n" + guide("Our notice"),
        Options());
    CHECK(StatusOf(pointer, "lawful-basis") == Status::kMissing);
  }

  // Review s28 L17: a children's guide whose complaints have a contact of their own asks "Do you have a
  // question?" before the contact for questions. That contact is no complaint route; the one after "Are
  // you not happy…?" is.
  TEST_CASE("draft elements: a children's contact for questions only is no complaint route") {
    auto html = [](const std::string& body) {
      return "<!doctype html><html lang=\"en\"><body><h1>Your information: a guide for children</h1>"
             "<p>We are Acme.</p><h2>Who can you talk to?</h2><p>Do you have a question? You can talk to us:</p>"
             "<dl class=\"callout\"><div><dt>Address</dt><dd>1 High Street, Leeds LS1 1AA</dd></div>"
             "<div><dt>Email</dt><dd>dpo@acme.org.uk</dd></div></dl>" +
             body + "</body></html>";
    };
    auto status = [](const std::string& text) {
      return std::string(StatusName(StatusOf(LintDraft("child.html", text, Options()), "right-complain-controller")));
    };
    CHECK(status(html("")) == "missing");
    CHECK(status(html("<p>Are you not happy with how we use your information? You can tell us here:</p><dl "
                      "class=\"callout\"><div><dt>Email</dt><dd>complaints@acme.org.uk</dd></div></dl>")) == "present");
    // The one line for both, as a guide with one contact says it, is still the complaint route.
    std::string both = html("");
    both.replace(both.find("Do you have a question?"), 23, "Do you have a question, or are you not happy?");
    CHECK(status(both) == "present");
  }
}
