// init: an existing notice's element report and sentences → StartingPoint (the facts `pnc init
// --from` carries over, each with its quote). Nothing is guessed: a value is taken only from a
// sentence that states it, and links between items (which data each purpose uses) are left to
// the DPO, since a draft rarely states them and lint asks for each.
#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "base/address.h"
#include "init/extract.h"
#include "init/starting_point.h"

namespace pnc::init {
namespace {

constexpr size_t kMaxItemName = 300;  // a longer "item" is a paragraph: quoted, not carried
constexpr size_t kMaxItems = 40;      // per list; a draft listing more is read by a person anyway

Quote QuoteOf(const draft::Evidence& e) { return {e.line, e.page, e.text}; }

const draft::ElementResult* Element(const draft::DraftReport& r, const std::string& rule) {
  for (const auto& e : r.elements) {
    if (e.rule == rule) return &e;
  }
  return nullptr;
}

// The item itself, without the lead-in the draft linter joins to it ("We collect: your name" →
// "your name") or a list bullet.
std::string ItemText(const std::string& sentence) {
  std::string s = sentence;
  if (size_t colon = s.rfind(": "); colon != std::string::npos && s.size() - colon > 4) s = s.substr(colon + 2);
  // Bullets, byte by byte only for ASCII: "•" and "·" are several bytes, compared whole.
  while (!s.empty()) {
    if (s.front() == '-' || s.front() == '*' || s.front() == ' ' || s.front() == '\t') {
      s.erase(0, 1);
    } else if (s.rfind("\xE2\x80\xA2", 0) == 0) {  // •
      s.erase(0, 3);
    } else if (s.rfind("\xC2\xB7", 0) == 0) {  // ·
      s.erase(0, 2);
    } else {
      break;
    }
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == ';' || s.back() == ',')) s.pop_back();
  if (s.size() >= 4 && s.compare(s.size() - 4, 4, " and") == 0) s.resize(s.size() - 4);
  return s;
}

// Each sentence of an element's evidence as one item; the same text twice is one item.
std::vector<Carried> Items(const draft::ElementResult* e) {
  std::vector<Carried> out;
  if (!e || e->status != draft::Status::kPresent) return out;
  std::set<std::string> seen;
  for (const auto& ev : e->evidence) {
    std::string item = ItemText(ev.text);
    // A lead-in alone ("We collect:") introduces items; it is not one.
    if (item.size() < 3 || item.size() > kMaxItemName || item.back() == ':' || !seen.insert(item).second) continue;
    out.push_back({item, QuoteOf(ev)});
    if (out.size() >= kMaxItems) break;
  }
  return out;
}

// Letters and digits only, lowercased: "0303 123 1113" and "0303-123-1113" compare equal.
std::string Key(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// The first value `find` gives in `evidence`, then in the whole draft, that is not someone else's:
// not one of their values, nor any address on their domains (the ICO's legacy "/concerns/" page).
template <typename F>
Carried FirstIn(const std::vector<const draft::ElementResult*>& elements, const std::vector<draft::Evidence>& all,
                F find, const std::vector<std::string>& not_ours = {}) {
  auto ours = [&](const std::string& v) {
    if (std::string host = base::SiteOf(v); !host.empty()) {
      for (const auto& o : not_ours) {
        if (base::OnDomain(host, base::SiteOf(o))) return false;
      }
    }
    std::string k = Key(v);
    if (k.size() < 5) return true;
    return std::none_of(not_ours.begin(), not_ours.end(),
                        [&](const std::string& o) { return o.find(k) != std::string::npos; });
  };
  for (const auto* e : elements) {
    if (!e) continue;
    for (const auto& ev : e->evidence) {
      if (std::string v = find(ev.text); !v.empty() && ours(v)) return {v, QuoteOf(ev)};
    }
  }
  for (const auto& ev : all) {
    if (std::string v = find(ev.text); !v.empty() && ours(v)) return {v, QuoteOf(ev)};
  }
  return {};
}

std::string LowerText(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool NamesDpo(const std::string& lower) {
  static const std::regex kDpoWord(R"re(\bdpo\b)re");
  return lower.find("protection officer") != std::string::npos ||
         lower.find("data protection lead") != std::string::npos || std::regex_search(lower, kDpoWord);
}

// The sentences about the DPO: those naming the role, and after them the sentences that go on about
// that person ("You can contact her at …", "They can be reached on …") or give a contact under it
// ("Email" / "dpo@…" in a definition list). A contact there is the DPO's, not the organisation's
// (user test s29 F5: "Our Data Protection Officer is R. You can contact her at dpo@…" gave the
// controller the DPO's address).
std::vector<bool> DpoContext(const std::vector<draft::Evidence>& all) {
  static const std::regex pronoun(R"re(\b(her|him|them|she|he|they)\b)re");
  static const std::regex reach(R"re(\b(contact|reach|write|email|e-mail|call|phone)\b)re");
  static const std::regex label(
      R"re(^(e-?mail|email address|phone|telephone|tel|role|name|post|address|ebost|e-bost|ffôn|rôl|enw)\s*:?$)re");
  std::vector<bool> out(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    std::string l = LowerText(all[i].text);
    if (NamesDpo(l)) {
      out[i] = true;
      continue;
    }
    if (i == 0 || !out[i - 1] || l.size() > 300) continue;
    bool contact = !FindEmail(l).empty() || !FindPhone(l).empty();
    size_t words = std::count(l.begin(), l.end(), ' ') + 1;
    bool about = contact || std::regex_search(l, reach);
    out[i] = (about && std::regex_search(l, pronoun)) || (contact && words <= 8) || std::regex_search(l, label);
  }
  return out;
}

}  // namespace

int StartingPoint::Count() const {
  int n = 0;
  for (const Carried* c :
       {&name, &email, &phone, &website, &address, &charity_number, &company_number, &ico_registration, &dpo_name,
        &dpo_email, &dpo_phone, &transfers_none, &adm_none, &complaints_email}) {
    n += c->found() ? 1 : 0;
  }
  n += dpo ? 1 : 0;
  n += static_cast<int>(bases.size() + categories.size() + purposes.size() + sources.size() + recipients.size() +
                        retention.size() + special.size() + criminal.size());
  return n;
}

StartingPoint FromDraft(const std::string& path, const draft::DraftReport& report,
                        const std::vector<draft::Evidence>& sentences, const std::vector<std::string>& not_ours_given) {
  std::vector<std::string> not_ours;
  for (const auto& o : not_ours_given) {
    not_ours.push_back(Key(o));
    if (!base::SiteOf(o).empty()) not_ours.push_back(o);  // its domain: any page or mailbox there is theirs too
  }
  StartingPoint sp;
  sp.draft = path;
  const auto* controller = Element(report, "controller-identity");
  const auto* dpo = Element(report, "dpo-contact");
  const auto* complain = Element(report, "right-complain-controller");

  // The DPO's sentences give the DPO's contacts; the organisation's come from the others.
  const std::vector<bool> dpo_context = DpoContext(sentences);
  std::vector<draft::Evidence> others, about_dpo;
  std::set<std::pair<int, std::string>> dpo_places;
  for (size_t i = 0; i < sentences.size(); ++i) {
    (dpo_context[i] ? about_dpo : others).push_back(sentences[i]);
    if (dpo_context[i]) dpo_places.insert({sentences[i].line, sentences[i].text});
  }
  auto without_dpo = [&](const draft::ElementResult* e) {
    draft::ElementResult kept;
    if (!e) return kept;
    kept.status = e->status;
    for (const auto& ev : e->evidence) {
      if (!dpo_places.count({ev.line, ev.text}) && !NamesDpo(LowerText(ev.text))) kept.evidence.push_back(ev);
    }
    return kept;
  };
  const draft::ElementResult controller_own = without_dpo(controller), complain_own = without_dpo(complain);
  const std::vector<const draft::ElementResult*> contact = {&controller_own, &complain_own};

  sp.name = FirstIn({&controller_own}, others, FindControllerName);
  sp.email = FirstIn(contact, others, FindEmail, not_ours);
  sp.phone = FirstIn(contact, others, FindPhone, not_ours);
  sp.website = FirstIn({&controller_own}, others, FindWebsite, not_ours);
  sp.address = FirstIn({&controller_own}, others, FindAddress, not_ours);
  sp.charity_number = FirstIn({}, sentences, FindCharityNumber);
  sp.company_number = FirstIn({}, sentences, FindCompanyNumber);
  sp.ico_registration = FirstIn({}, sentences, FindIcoRegistration);

  if (dpo && dpo->status != draft::Status::kNotApplicable && !dpo->evidence.empty()) {
    sp.dpo = true;
    sp.dpo_quote = QuoteOf(dpo->evidence.front());
    for (const auto& ev : dpo->evidence) {
      std::string lower = LowerText(ev.text);
      if (lower.find("protection officer") != std::string::npos || lower.find("dpo") != std::string::npos) {
        sp.dpo_designated = true;
      }
    }
    sp.dpo_name = FirstIn({dpo}, about_dpo, FindDpoName);
    sp.dpo_email = FirstIn({dpo}, about_dpo, FindEmail, not_ours);
    sp.dpo_phone = FirstIn({dpo}, about_dpo, FindPhone, not_ours);
  }
  // The notice's own date ("Last updated 1 December 2026"), when it gives a whole one.
  if (report.stated.date.size() == 10) sp.last_updated = {report.stated.date, QuoteOf(report.stated.evidence)};

  if (const auto* lb = Element(report, "lawful-basis"); lb && lb->status == draft::Status::kPresent) {
    std::set<std::string> seen;
    for (const auto& ev : lb->evidence) {
      for (const auto& id : FindBases(ev.text)) {
        if (seen.insert(id).second) sp.bases.push_back({id, QuoteOf(ev)});
      }
    }
  }
  sp.categories = Items(Element(report, "categories-of-data"));
  sp.purposes = Items(Element(report, "purposes"));
  sp.sources = Items(Element(report, "source-of-data"));
  sp.recipients = Items(Element(report, "recipients"));
  sp.retention = Items(Element(report, "retention"));
  // Special category and criminal data: the sentences that name it, whether or not the draft gave
  // the condition (a missing condition is still evidence that such data is held).
  for (auto [rule, into] :
       {std::pair{"special-category-condition", &sp.special}, {"criminal-offence-condition", &sp.criminal}}) {
    if (const auto* e = Element(report, rule); e && e->status != draft::Status::kNotApplicable) {
      for (const auto& ev : e->evidence) into->push_back(QuoteOf(ev));
      if (into->size() > 3) into->resize(3);
    }
  }
  if (const auto* t = Element(report, "international-transfers"); t && t->status == draft::Status::kPresent) {
    for (const auto& ev : t->evidence) {
      if (Negated(ev.text) && !sp.transfers_none.found()) {
        sp.transfers_none = {"none", QuoteOf(ev)};
      } else {
        sp.transfers.push_back(QuoteOf(ev));
      }
    }
    // Said both ways ("not outside the UK" and a transfer): no answer is carried, both are quoted.
    if (sp.transfers_none.found() && !sp.transfers.empty()) {
      sp.transfers.insert(sp.transfers.begin(), sp.transfers_none.quote);
      sp.transfers_none = {};
    }
  }
  if (const auto* a = Element(report, "automated-decisions"); a && a->status == draft::Status::kPresent) {
    for (const auto& ev : a->evidence) {
      if (Negated(ev.text)) {
        sp.adm_none = {"none", QuoteOf(ev)};
        break;
      }
    }
  }
  if (complain && complain->status == draft::Status::kPresent && !complain->evidence.empty()) {
    sp.complaints_quote = QuoteOf(complain->evidence.front());
    sp.complaints_email = FirstIn({complain}, {}, FindEmail, not_ours);
  }
  for (const auto& e : report.elements) {
    if (e.status == draft::Status::kMissing) sp.missing.push_back(e.rule);
  }
  return sp;
}

}  // namespace pnc::init
