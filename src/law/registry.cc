// law: the rule table. One row per rule id; `pnc lint --rules` prints it as it stands here.
#include "law/registry.h"

#include <array>

namespace pnc::rules {
namespace {

using diag::Severity;
constexpr Severity E = Severity::kError;
constexpr Severity W = Severity::kWarning;

// Rule ids follow ../shared/law/checklist.md; `in_force` dates gate rules by the notice's date.
constexpr std::array kRules = {
    // Source-format rules: the file itself must be readable and consistent.
    RuleInfo{"json-syntax", E, "the source is well-formed JSON (comments allowed)", "pnc source format", ""},
    RuleInfo{"source-encoding", E, "the source is UTF-8 text without NUL bytes", "pnc source format", ""},
    RuleInfo{"unknown-key", E, "every key is one the format defines", "pnc source format", ""},
    RuleInfo{"duplicate-key", E, "no key appears twice in one object", "pnc source format", ""},
    RuleInfo{"type-mismatch", E, "every value has the type the format expects", "pnc source format", ""},
    RuleInfo{"missing-field", E, "required fields are present", "pnc source format", ""},
    RuleInfo{"invalid-value", E, "values are from the allowed set (dates, ids, enumerations)", "pnc source format", ""},
    RuleInfo{"duplicate-value", E, "no value is listed twice in one list (locales, audiences, ids referenced)",
             "pnc source format", ""},
    RuleInfo{"length-limit", E,
             "lists, texts, titles and the PDF stay within pnc's documented limits (README \"Input limits\")",
             "pnc source format; PDF 1.7 (ISO 32000-1) Annex C implementation limits", ""},
    RuleInfo{
        "section-id", E,
        "custom section ids differ from the anchors of pnc's own headings (so every in-page link reaches its section)",
        "UK GDPR Art 12(1) (easily accessible form); pnc source format", ""},
    RuleInfo{"duplicate-id", E, "ids are unique within their list", "pnc source format", ""},
    RuleInfo{"unknown-id", E, "every id referenced is defined", "pnc source format", ""},
    RuleInfo{"unsafe-markdown", W,
             "free text has no raw HTML (an error where words would be lost with it) and no links other than http(s), "
             "mailto and tel",
             "UK GDPR Art 12(1) (intelligible form); pnc safe Markdown", ""},
    RuleInfo{"bidi-control", E,
             "no text holds a direction embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), which can make "
             "a statement read in another order than it is written; pnc sets each language's direction itself",
             "UK GDPR Art 5(1)(a), 12(1) (transparent, intelligible form)", ""},
    RuleInfo{"insecure-link", W,
             "a web address the source gives (the organisation's website, its policy document) uses https",
             "UK GDPR Art 5(1)(f), 32 (security of processing)", ""},
    RuleInfo{"invisible-character", W,
             "no text holds a zero-width or invisible format character (U+200B, U+2060-U+2064, U+FEFF; a joiner "
             "U+200C/U+200D only between letters of scripts that use it, or inside an emoji)",
             "UK GDPR Art 12(1) (intelligible, easily accessible form)", ""},
    // Art 13/14 content rules.
    RuleInfo{"controller-identity", E, "the controller's legal name and a contact route are given",
             "UK GDPR Art 13(1)(a), 14(1)(a)", ""},
    RuleInfo{"uk-representative", E, "a controller outside the UK names its UK representative",
             "UK GDPR Art 13(1)(a), 14(1)(a), 27", ""},
    RuleInfo{"dpo-contact", E, "a designated DPO has contact details; a public authority has a designated DPO",
             "UK GDPR Art 13(1)(b), 14(1)(b), 37(1)(a)", ""},
    RuleInfo{"purposes", E, "at least one purpose of processing is described", "UK GDPR Art 13(1)(c), 14(1)(c)", ""},
    RuleInfo{"lawful-basis", E, "every purpose has a known Art 6 lawful basis", "UK GDPR Art 13(1)(c), 14(1)(c), 6(1)",
             ""},
    RuleInfo{"legitimate-interests", E, "the interests pursued are stated where Art 6(1)(f) is relied on",
             "UK GDPR Art 13(1)(d), 14(2)(b), 6(1)(f)", ""},
    RuleInfo{"recognised-legitimate-interest", E,
             "the Annex 1 condition is named where Art 6(1)(ea) is relied on, and never for direct marketing",
             "UK GDPR Art 6(1)(ea), Annex 1 (DUAA 2025 s.70)", "2026-02-05"},
    RuleInfo{"special-category-condition", E,
             "special category data has an Art 9(2) condition, and a DPA 2018 Sch 1 condition where needed",
             "UK GDPR Art 9(2); DPA 2018 s.10, Sch 1", ""},
    RuleInfo{"criminal-offence-condition", E, "criminal offence data has its DPA 2018 Sch 1 condition",
             "UK GDPR Art 10; DPA 2018 s.10(5), s.11(2), Sch 1", ""},
    RuleInfo{
        "possible-criminal-offence-data", W,
        "a data category whose words suggest criminal offence data is marked criminal_offence, or says why it is not",
        "UK GDPR Art 10; DPA 2018 s.10(5), s.11(2), Sch 1", ""},
    RuleInfo{
        "private-place-recording", W,
        "recordings in bedrooms, bathrooms or therapy rooms are marked special category data, or say why they are not",
        "UK GDPR Art 9(1), 5(1)(a)", ""},
    RuleInfo{"section-recording", E,
             "a free section that describes recording people (CCTV, cameras, audio) goes with a data category for the "
             "recordings that a purpose uses, or says why it records no one",
             "UK GDPR Art 13(1)(c), 13(2)(a), 14(1)(d)", ""},
    RuleInfo{"appropriate-policy-document", W,
             "a Schedule 1 condition that needs an appropriate policy document has one, linked or stated",
             "DPA 2018 Sch 1 paras 1(1)(b), 5, 38-41", ""},
    RuleInfo{"legal-obligation-law", W, "a purpose relying on legal obligation names the law that imposes it",
             "UK GDPR Art 6(1)(c), 6(3)", ""},
    RuleInfo{"public-authority", E,
             "a public authority does not rely on legitimate interests for its tasks, nor on the conditions only "
             "not-for-profit bodies have (Art 9(2)(d), Sch 1 paras 16 and 31)",
             "UK GDPR Art 6(1) (last subparagraph), 9(2)(d); DPA 2018 s.7, Sch 1 paras 16, 31", ""},
    RuleInfo{"child-online-consent", E,
             "consent to an online service offered directly to children under 13 is given or authorised by a "
             "parent or carer, unless it is a preventive or counselling service",
             "UK GDPR Art 8(1)-(2), 8(1A); DPA 2018 s.9 (before 2021)", ""},
    RuleInfo{"recipient-legal-duty", W,
             "a recipient that says the law requires the disclosure is served by a purpose on legal obligation",
             "UK GDPR Art 6(1)(c), 6(3), 13(1)(c), 13(1)(e)", ""},
    RuleInfo{"public-task-law", W, "a purpose relying on public task names the law that gives the task",
             "UK GDPR Art 6(1)(e), 6(3)", ""},
    RuleInfo{"public-task-review", W,
             "public task relied on by a body that is not a public authority needs a task laid down by law",
             "UK GDPR Art 6(1)(e), 6(3)", ""},
    RuleInfo{"categories-of-data", E, "the categories of personal data are listed, and each is used by a purpose",
             "UK GDPR Art 14(1)(d)", ""},
    RuleInfo{"source-of-data", E, "where data comes from is stated for every category", "UK GDPR Art 14(2)(f)", ""},
    RuleInfo{"recipients", E, "recipients or categories of recipients are stated (or that there are none)",
             "UK GDPR Art 13(1)(e), 14(1)(e)", ""},
    RuleInfo{
        "international-transfers", E,
        "transfers outside the UK are stated (or that there are none), each with its safeguard; adequacy only for a "
        "place UK adequacy regulations cover, and a question where they cover only some organisations there",
        "UK GDPR Art 13(1)(f), 14(1)(f), 45A-49", ""},
    RuleInfo{"retention", E, "every category of data has a retention period or the criteria for one",
             "UK GDPR Art 13(2)(a), 14(2)(a)", ""},
    RuleInfo{"right-access", E, "the right of access is stated", "UK GDPR Art 13(2)(b), 14(2)(c), 15", ""},
    RuleInfo{"right-rectification", E, "the right to rectification is stated", "UK GDPR Art 13(2)(b), 14(2)(c), 16",
             ""},
    RuleInfo{"right-erasure", E, "the right to erasure is stated", "UK GDPR Art 13(2)(b), 14(2)(c), 17", ""},
    RuleInfo{"right-restriction", E, "the right to restriction of processing is stated",
             "UK GDPR Art 13(2)(b), 14(2)(c), 18", ""},
    RuleInfo{"right-object", E,
             "the right to object is stated, separately and in the short version, where public task, (recognised) "
             "legitimate interests or direct marketing apply",
             "UK GDPR Art 13(2)(b), 14(2)(c), 21(1)-(4)", ""},
    RuleInfo{"right-portability", E,
             "the right to data portability is stated where consent (Art 6(1)(a) or 9(2)(a)) or contract is relied on "
             "and processing is automated",
             "UK GDPR Art 13(2)(b), 14(2)(c), 20(1)", ""},
    RuleInfo{"right-withdraw-consent", E,
             "the right to withdraw consent is stated, and named in the short version, wherever consent is relied on",
             "UK GDPR Art 13(2)(c), 14(2)(d), 7(3)", ""},
    RuleInfo{"right-complain-controller", E, "the right to complain to the controller, and how, is stated",
             "UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s.164A", "2026-06-19"},
    RuleInfo{"right-complain-ico", E,
             "the right to complain to the Information Commissioner is stated with current contact details",
             "UK GDPR Art 13(2)(d), 14(2)(e); DPA 2018 s.165", ""},
    RuleInfo{"statutory-requirement", E,
             "for data collected from the person: whether the person is obliged to give it (by law, by contract, or to "
             "enter a contract), and what happens if not; not obliged where it rests on consent alone or explicit "
             "consent",
             "UK GDPR Art 13(2)(e)", ""},
    RuleInfo{"automated-decisions", E,
             "automated decision-making is stated (or that there is none), with its logic, effects, safeguards (not "
             "'none') and, for special category data, its Art 22B condition; none rests on a recognised legitimate "
             "interest (Art 22B(4)); before 5 Feb 2026, each names its Art 22(2) exception; a question where one "
             "concerns children (Recital 71)",
             "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22D (before 5 Feb 2026: Art 22)", ""},
    RuleInfo{"regulator-details", W,
             "the regulator's details printed are current on the notice's date, from data not past its review date",
             "UK GDPR Art 13(2)(d), 14(2)(e); DPA 2018 s.165; DUAA 2025 ss.117-119", ""},
    RuleInfo{"terminology-current", W, "no repealed law or outdated term is cited",
             "UK GDPR; DPA 2018 (DPA 1998 repealed 25 May 2018)", ""},
    RuleInfo{"controller-vs-processor", W, "the controller does not call itself its own processor",
             "UK GDPR Art 4(7), 4(8), 28", ""},
    RuleInfo{"child-consent-age", W, "the age of 13 is stated only for consent to online services",
             "DPA 2018 s.9; UK GDPR Art 8", ""},
    // Translation, accessibility and children's version rules.
    RuleInfo{"missing-translation", E, "every free-text field has text in every declared locale",
             "UK GDPR Art 12(1); the Welsh Language Standards, where they apply to you", ""},
    RuleInfo{"default-locale", W,
             "texts written as plain strings, which are taken as the first locale in notice.locales, are in that "
             "locale's language (told apart for Welsh and English)",
             "UK GDPR Art 12(1); the Welsh Language Standards, where they apply to you", ""},
    RuleInfo{"stale-translation", W, "a translation was made from the current source text",
             "UK GDPR Art 12(1); the Welsh Language Standards, where they apply to you (equivalence)", ""},
    RuleInfo{"translation-numbers", W,
             "a translation states the same numbers as the text it translates (a period, a phone number), where "
             "both give numbers in digits",
             "UK GDPR Art 12(1); the Welsh Language Standards, where they apply to you (equivalence)", ""},
    RuleInfo{"unreviewed-catalogue", W, "a locale catalogue used by a notice has been reviewed",
             "UK GDPR Art 12(1) (clear and plain language)", ""},
    RuleInfo{"catalogue-placeholders", E,
             "a locale catalogue's messages (a charity's own locales/<code>.json too) use exactly the {placeholders} "
             "of en.json's: a renamed one is printed as written, a dropped one drops a fact",
             "UK GDPR Art 5(1)(a), 12(1); pnc catalogue format (locales/README.md)", ""},
    RuleInfo{
        "missing-child-text", E,
        "every item that concerns a children data subject has a child wording when a children's version is declared "
        "(what follows from not giving data: a warning)",
        "UK GDPR Art 12(1), 13(2)(e), Recital 58; guidance: ICO Children's code std 4 (statutory for online services)",
        ""},
    // Truthful notices: whom each fact concerns, drafts and placeholders, wording overrides.
    RuleInfo{"scope", E,
             "a children's version has data subjects marked children; every purpose says whose data it uses; an item's "
             "data_subjects only narrow what its links give it",
             "UK GDPR Art 12(1), 13(1)(c), 14(1)(c)-(d)", ""},
    RuleInfo{"whose-data", W,
             "a kind of data whose purposes concern children and other groups, a retention record linked to a "
             "group by one shared kind of data, or a transfer outside the UK (by its recipients), says whose it is",
             "UK GDPR Art 12(1), 13(1)(c), 13(2)(a), 14(1)(d)", ""},
    RuleInfo{"transfer-derogation", W,
             "an Art 49 derogation is not the ground for a regular transfer to a processor that holds the data",
             "UK GDPR Art 49(1), 13(1)(f)", ""},
    RuleInfo{"unstated-sharing", W,
             "a purpose no recipient serves says whether anyone receives its data (\"recipients\": \"none\"), "
             "before a notice says it is not shared; and it is not said where a recipient receives the same data "
             "about the same people through another purpose",
             "UK GDPR Art 5(1)(a), 13(1)(e), 14(1)(e)", ""},
    RuleInfo{"child-consistency", E,
             "each children's wording says what the adult notice says (retention without a time limit or for another "
             "duration; no promise that no one is told, that data is always deleted, or that a request is always "
             "granted, where adult facts or the law say otherwise)",
             "UK GDPR Art 5(1)(a), 12(1), 13(2)(a)", ""},
    RuleInfo{"unused-child-text", W, "a children's wording belongs to an item a children's version shows",
             "UK GDPR Art 12(1)", ""},
    RuleInfo{"unconfirmed", E, "no fact marked \"unconfirmed\" is published (--preview builds a draft marked as such)",
             "UK GDPR Art 5(1)(a), 12(1)", ""},
    RuleInfo{"placeholder", E,
             "no placeholder (TBC, ZA000000, example.org addresses, [insert …], John Doe, XX days, lorem ipsum; "
             "data/placeholders.json) is printed as a fact, unless the source dismisses it in not_placeholders",
             "UK GDPR Art 5(1)(a), 12(1)", ""},
    RuleInfo{"repeated-wording", W, "a source text does not repeat a sentence pnc prints beside it",
             "UK GDPR Art 12(1) (concise)", ""},
    RuleInfo{"wording", E,
             "a wording override names a catalogue key that does not state the law, is one paragraph, and keeps that "
             "key's placeholders",
             "pnc source format; UK GDPR Art 12(1)", ""},
    RuleInfo{"notice-versioning", W,
             "a version with material changes (pnc diff) has its own notice.version, so people, and the notice's "
             "history of changes, can tell the versions apart",
             "UK GDPR Art 12(1), 13(3), 14(4); guidance: ICO right to be informed (bring new uses to people's "
             "attention before the processing starts)",
             ""},
    RuleInfo{"link-target", E,
             "every in-page link a source writes (\"[x](#rights)\", in its Markdown or a wording override) reaches a "
             "heading of the notice it is in",
             "UK GDPR Art 12(1) (easily accessible form)", ""},
    RuleInfo{"contact-name", W,
             "a DPO's or complaints contact's name is a person's name, not a role or title (which goes in role)",
             "UK GDPR Art 12(1), 13(1)(b)", ""},
    RuleInfo{"reading-level", W, "children's text is within the reading grade for its age band",
             "UK GDPR Art 12(1), Recital 58; guidance: ICO Children's code std 4 (statutory for online services)", ""},
    RuleInfo{"long-sentence", W, "sentences are within the length target for their audience",
             "UK GDPR Art 12(1), Recital 58; guidance: ICO Children's code std 4 (statutory for online services)", ""},
    RuleInfo{"jargon", W, "children's text avoids listed jargon, or uses the plain alternative",
             "UK GDPR Art 12(1), Recital 58; guidance: ICO Children's code std 4 (statutory for online services)", ""},
    RuleInfo{"cy-register", W,
             "a Welsh children's version addresses the reader in one register: pnc's 'chi' (chi, eich, gallwch), not "
             "also the familiar 'ti' (ti, dy, wyt, gelli di)",
             "UK GDPR Art 12(1), Recital 58 (clear and plain language); a quality rule, not law: one form of address "
             "throughout, as Welsh public bodies write (formal 'chi')",
             ""},
    RuleInfo{"large-print-size", E, "large-print text is at least 16 pt",
             "RNIB Clear Print guidance; UK GDPR Art 12(1)", ""},
    RuleInfo{"large-print-config", E, "accessibility/large-print.json is readable, and its paper and fonts exist",
             "RNIB Clear Print guidance", ""},
    RuleInfo{"missing-glyph", E, "the PDF font covers every character of the notice", "RNIB Clear Print guidance", ""},
};

}  // namespace

std::span<const RuleInfo> AllRules() { return kRules; }

const RuleInfo* FindRule(std::string_view id) {
  for (const auto& r : kRules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

}  // namespace pnc::rules
