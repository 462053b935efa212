// draft: element detectors for the Art 6 grounds. Matcher → the bases a draft relies on, then
// ElementResults for the lawful basis, legitimate interests and recognised legitimate interests.
#include <algorithm>
#include <map>

#include "draft/elements.h"

namespace pnc::draft {
namespace {

using S = Status;

void Append(std::vector<int>& out, const std::vector<int>& more) { out.insert(out.end(), more.begin(), more.end()); }

// A sentence about how long data is kept ("… or where a legitimate interest exists") lists
// reasons to keep it; it does not say which basis the processing rests on.
// (A right to erasure or restriction is about deleting, not keeping: it is not such a sentence.)
// A table row is not such a sentence: under "What we keep, why and for how long" its basis cell
// ("legitimate interest in keeping children safe") gives the basis of the row's purpose, beside the
// period in its retention cell.
bool RetentionOnly(const Matcher& m, int s) {
  if (m.sentence(s).table_row && AnyBasis(m, m.sentence(s).tokens)) return false;
  bool keeping = m.InTopic(s, "retention") || m.Has(s, "topic.retention");
  return keeping && !m.InTopic(s, "basis") && !m.InTopic(s, "rights") && !m.HasWithLeadIn(s, "basis.generic") &&
         !m.Has(s, "right.erasure") && !m.Has(s, "right.restriction") && !m.Has(s, "right.withdraw");
}

// Sentences whose legitimate-interests mention is only the textbook definition or the RLI basis.
// "Most of our data is processed because it is necessary for our legitimate interests, or the
// legitimate interests of a third party" is first-person reliance that quotes the definition.
std::vector<int> ReliesOnLi(const Matcher& m) {
  auto v = Without(m, "basis.li", "li.definition", true);
  for (int s : m.Sentences("li.ours")) {
    if (m.Has(s, "li.definition") && !m.Has(s, "basis.rli")) v.push_back(s);
  }
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  std::erase_if(v, [&](int s) { return RetentionOnly(m, s); });
  return v;
}

}  // namespace

namespace {
// "Your data may be stored outside Europe. By submitting it, you consent to this": consent as the
// condition of a transfer abroad (Art 49(1)(a)), not a lawful basis for a use.
bool AboutTransfer(const Matcher& m, int s) {
  if (m.Has(s, "xfer.mention")) return true;
  const auto& sents = m.doc().sentences;
  return s > 0 && sents[s - 1].block == sents[s].block && m.Has(s - 1, "xfer.mention");
}
}  // namespace

bool BasisContext(const Matcher& m, int s);

namespace {
// "Acme FC is committed to: only collecting data needed for club activities and legal
// obligations": an item of a list of promises restates a principle; it names no basis the
// processing rests on (unless the list is itself about bases).
// A short line ending with "legitimate interest(s)" after at least two words, below a short header
// line naming both a purpose and a basis column in the same section (a table read as lines).
bool FlattenedRowInterest(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  const auto& tok = sents[s].tokens;
  const size_t n = tok.size();
  if (n < 4 || n > 16 || sents[s].heading || tok[n - 2] != "legitimate" ||
      (tok[n - 1] != "interest" && tok[n - 1] != "interests")) {
    return false;
  }
  // (A sentence about the basis is not a purpose cell: "Other processing relies on legitimate interests".)
  if (sents[s].table_row) return false;
  for (size_t i = 0; i + 2 < n; ++i) {
    const auto& t = tok[i];
    if (t == "relies" || t == "rely" || t == "on" || t == "basis" || t == "is" || t == "are" || t == "under")
      return false;
  }
  for (int k = s - 1; k >= 0 && k >= s - 24 && sents[k].section == sents[s].section; --k) {
    const auto& h = sents[k].tokens;
    if (sents[k].table_row || h.size() > 16) return false;  // (only lines between the header and the row)
    if (h.size() > 6) continue;
    bool purpose = false, basis = false;
    for (const auto& t : h) {
      purpose = purpose || t == "purpose" || t == "purposes";
      basis = basis || t == "basis" || t == "bases";
    }
    if (purpose && basis) return true;
  }
  return false;
}

bool Commitment(const Matcher& m, int s) {
  int lead = m.LeadIn(s);
  return lead >= 0 && lead != s && m.Has(lead, "leadin.commitment") && !BasisContext(m, s);
}
}  // namespace

namespace {
// "We do not pass your details to anyone except: - to comply with legal obligations": an item of a
// list of exceptions to sharing gives when data may be disclosed; it does not say which basis the
// notice's processing rests on (unless the list is itself about bases).
bool SharingException(const Matcher& m, int s) {
  int lead = m.LeadIn(s);
  if (lead < 0 || lead == s || BasisContext(m, s)) return false;
  return m.Has(lead, "rec.verb") || m.Has(lead, "rec.none") || m.Has(lead, "xfer.mention") ||
         m.InTopic(lead, "recipients");
}
}  // namespace

bool BasisContext(const Matcher& m, int s) {
  return m.HasWithLeadIn(s, "basis.generic") || m.InTopic(s, "basis") || m.sentence(s).table_row;
}

Bases FindBases(const Matcher& m) {
  Bases b;
  // "Where we rely on consent, you can withdraw it" explains a right; it does not say consent is
  // relied on.
  // "Do you have to give it? Yes: it is needed under our contract with you" answers whether data
  // must be given; it is not the lawful basis.
  // Opting in to cookies ("you may opt in to saving your name in cookies") is the browser's
  // consent (PECR), not a basis for the notice's uses.
  // "Members must give their permission for their details to be kept" also reads as whether data
  // must be given, but it names consent to the processing itself (basis.because): a basis.
  auto relied = [&](std::string_view name) {
    auto v = Without(m, name, "basis.hypothetical", true);
    std::erase_if(v, [&](int s) {
      return (m.HasWithLeadIn(s, "stat.statement") && !m.Has(s, "basis.because") && !m.Has(s, "basis.generic")) ||
             RetentionOnly(m, s) || Commitment(m, s) || m.Has(s, "cookies") || m.InTopic(s, "cookies") ||
             SharingException(m, s);
    });
    return v;
  };
  auto li = ReliesOnLi(m);
  std::erase_if(li, [&](int s) { return m.Has(s, "basis.hypothetical") || Commitment(m, s); });
  // The draft's own list of the bases it relies on ("we may rely on the following legal bases:" and
  // an item per basis) is the answer where it leaves legitimate interests out: a summary naming
  // three or more bases elsewhere ("… like with your consent, to comply with laws, … or to fulfil
  // our legitimate interests") paraphrases the law, it does not add a basis the list omits.
  {
    static constexpr const char* kKinds[] = {"basis.consent", "basis.contract", "basis.legal",
                                             "basis.vital",   "basis.public",   "basis.li"};
    const auto& sents = m.doc().sentences;
    std::map<int, std::pair<int, bool>> lists;  // lead-in → (items naming a basis, an item names LI)
    for (int s = 0; s < static_cast<int>(sents.size()); ++s) {
      if (!sents[s].list_item || sents[s].joined || sents[s].lead_in < 0) continue;
      bool any = false;
      for (const char* k : kKinds) any = any || m.Matches(sents[s].tokens, k);
      if (!any) continue;
      auto& l = lists[sents[s].lead_in];
      ++l.first;
      l.second = l.second || m.Matches(sents[s].tokens, "basis.li");
    }
    bool list_without_li = false;
    for (const auto& [lead, l] : lists) list_without_li = list_without_li || (l.first >= 3 && !l.second);
    bool list_with_li = false;
    for (const auto& [lead, l] : lists) list_with_li = list_with_li || (l.first >= 3 && l.second);
    if (list_without_li && !list_with_li) {
      std::erase_if(li, [&](int s) {
        int kinds = 0;
        for (const char* k : kKinds) kinds += m.Has(s, k) ? 1 : 0;
        return kinds >= 3 && !sents[s].list_item && !sents[s].joined;
      });
    }
  }
  auto rli = relied("basis.rli");
  auto contract = relied("basis.contract");
  auto legal = relied("basis.legal");
  auto vital = relied("basis.vital");
  auto pub = relied("basis.public");
  // "Legal requirements" and "required by law" name the legal-obligation basis only where the
  // draft is talking about bases; in a list of purposes they are a purpose.
  for (int s : relied("basis.legal.weak")) {
    if (BasisContext(m, s)) legal.push_back(s);
  }
  // "Sometimes the law says we must keep it" under a right (to erasure, say) is the right's limit,
  // not the basis the processing rests on.
  std::erase_if(legal, [&](int s) { return m.InTopic(s, "rights") && !BasisContext(m, s); });
  std::vector<int> consent_basis;
  // Consent to keeping or storing the data is consent to the processing, not a retention rule, so it
  // is read without `relied`'s retention filter.
  auto consents = relied("basis.consent");
  for (int s : m.Sentences("basis.consent", true)) {
    if (RetentionOnly(m, s) && m.HasHere(s, "basis.consent.processing") && !m.Has(s, "basis.hypothetical") &&
        !m.Has(s, "cookies") && !m.InTopic(s, "cookies")) {
      consents.push_back(s);
    }
  }
  std::sort(consents.begin(), consents.end());
  consents.erase(std::unique(consents.begin(), consents.end()), consents.end());
  for (int s : consents) {
    // "Condition for special category information: your explicit consent (Art 9(2)(a))" is the
    // Art 9 condition, not the Art 6 basis.
    if (m.HasWithLeadIn(s, "sc.label") || (m.Has(s, "sc.art9") && !m.Has(s, "basis.generic"))) continue;
    // "We process your data because you have given us permission" states the basis in words.
    // "We must get members' consent to store their details" names consent to the processing itself
    // (not to a use of it, nor its withdrawal, nor the Art 9 condition for sensitive data): a basis.
    bool processing = m.HasHere(s, "basis.consent.processing") && !m.Has(s, "right.withdraw") &&
                      !m.InTopic(s, "rights") && !m.Has(s, "sc.mention");
    if (BasisContext(m, s) || m.Has(s, "basis.because") || processing) {
      consent_basis.push_back(s);
    } else if (!m.HasWithLeadIn(s, "rec.verb") && !m.Has(s, "rec.item") && !m.InTopic(s, "recipients") &&
               !m.sentence(s).heading && !m.InTopic(s, "rights") && !m.Has(s, "right.withdraw") &&
               !AboutTransfer(m, s)) {
      // "We share it with event organisers, with your consent" is a condition of sharing, not a basis.
      b.consent_plain.push_back(s);
    }
  }
  // A consent sentence read as the basis means consent is relied on, so withdrawal applies
  // ("Children aged 13 and over can consent to us keeping their information"; user test s27 F6).
  // (Not a ground for erasure: "… delete it when you have withdrawn your consent".)
  for (int s : consent_basis) {
    if (!(m.Has(s, "right.as.ground") || m.InTopic(s, "rights") || m.Has(s, "right.erasure"))) b.consent = true;
  }
  b.li = !li.empty();
  b.rli = !rli.empty();
  b.contract = !contract.empty();
  b.legal = !legal.empty();
  b.vital = !vital.empty();
  b.public_task = !pub.empty();
  for (const auto* v : {&li, &rli, &contract, &legal, &vital, &pub, &consent_basis}) Append(b.named, *v);
  std::sort(b.named.begin(), b.named.end());
  b.named.erase(std::unique(b.named.begin(), b.named.end()), b.named.end());
  // "You agree that we may hold your details": the person's assent to the processing itself, in
  // other words than "consent". It makes withdrawal apply and is partial evidence of a basis (it is
  // not named as one).
  // (Read without `relied`'s filters: keeping the data is what is agreed to, not a retention rule.)
  for (int s : m.Sentences("consent.agree", true)) {
    if (m.Has(s, "consent.none") || m.HasHere(s, "consent.agree.not") || m.Has(s, "basis.hypothetical") ||
        m.sentence(s).heading || m.Has(s, "cookies") || m.InTopic(s, "cookies")) {
      continue;
    }
    b.consent = true;
    if (consent_basis.empty()) b.consent_plain.push_back(s);
  }
  // Consent is relied on unless every mention denies it ("we do not rely on consent").
  // Nor is withdrawing consent named as a ground for erasure ("… when you withdraw consent or object").
  // Nor is "we never collect sensitive data without your explicit consent": a promise about data the
  // notice does not hold (the special category element reads the same sentence as saying none).
  for (int s : relied("consent.any")) {
    bool ground = m.Has(s, "right.as.ground") && (m.Has(s, "right.erasure") || m.Has(s, "right.restriction"));
    if (!m.Has(s, "consent.none") && !ground && !m.HasHere(s, "sc.none")) b.consent = true;
  }
  // Photographs used "as part of the choir's promotion" are publicity, not direct marketing (a message
  // sent to the person, Art 21(2)): they make no right to object apply. A sentence that says
  // "marketing" or sends something to the person ("post you marketing", "email members") is direct
  // marketing even when it also names photographs.
  for (int s : m.Sentences("marketing.any", true)) {
    bool publicity = m.Has(s, "marketing.publicity") && !m.Has(s, "marketing.direct") && !m.Has(s, "marketing.word");
    if (!publicity) b.marketing = true;
  }
  return b;
}

ElementResult LawfulBasis(const Matcher& m, const Bases& b) {
  if (b.Any()) {
    // Quote a sentence about bases first ("Our lawful basis is …"), then passing mentions.
    std::vector<int> ev = b.named;
    std::stable_partition(ev.begin(), ev.end(), [&](int s) { return BasisContext(m, s); });
    // Bases tied to some purposes only ("Gift Aid: legal obligation", the other purposes naming
    // none): partial evidence. The reason names the purposes without one.
    if (auto without = PurposesWithoutBasis(m, b); !without.empty()) {
      std::string names;
      for (size_t i = 0; i < without.size() && i < 3; ++i) {
        std::string t = m.sentence(without[i]).text;
        if (t.size() > 80) {
          size_t cut = 77;  // (not inside a UTF-8 sequence)
          while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
          t = t.substr(0, cut) + "...";
        }
        names += (i ? "; '" : "'") + t + "'";
      }
      if (without.size() > 3) names += " and " + std::to_string(without.size() - 3) + " more";
      ev.resize(std::min<size_t>(ev.size(), 1));
      return MakeElement(m, "lawful-basis", S::kDoubtful,
                         "a lawful basis is named for some purposes only; none is named for " + names,
                         Concat(ev, without));
    }
    return MakeElement(m, "lawful-basis", S::kPresent, "", ev);
  }
  // "We only share it with your consent" is partial evidence; "the law that allows it" is not.
  if (!b.consent_plain.empty()) {
    return MakeElement(m, "lawful-basis", S::kDoubtful, "consent is mentioned but no lawful basis is stated as such",
                       b.consent_plain);
  }
  return MakeElement(m, "lawful-basis", S::kMissing,
                     "looked for an Art 6 basis (consent, contract, legal obligation, vital interests, public task, "
                     "legitimate interests): none is named",
                     m.Sentences("basis.generic"));
}

ElementResult LegitimateInterests(const Matcher& m, const Bases& b) {
  auto li = ReliesOnLi(m);
  if (!b.li) {
    return MakeElement(m, "legitimate-interests", S::kNotApplicable,
                       b.Any() ? "legitimate interests are not relied on"
                               : "no lawful basis is named, so legitimate interests are not shown to be relied on",
                       {});
  }
  std::vector<int> stated = Without(m, "li.interest", "li.definition", false);
  // (Nor the law's description of the basis: "One of the lawful bases is legitimate interests, which
  // is for cases where data is used for a legitimate interest of the organisation" names no interest.)
  std::erase_if(stated, [&](int s) { return m.Has(s, "basis.hypothetical") || m.Has(s, "li.lawdef"); });
  const auto& sents = m.doc().sentences;
  const int n = static_cast<int>(sents.size());
  for (int s : li) {
    // A table row pairing a purpose with "legitimate interests" states the interest (by its
    // cells; a long row read without cells, as before).
    if (sents[s].table_row && (sents[s].tokens.size() >= 7 || RowStatesInterest(m, s))) stated.push_back(s);
    // Layout pairs: the purpose of a record whose basis is legitimate interests, and the purpose of
    // a purpose block that names no other basis.
    if (int k = RecordInterest(m, s); k >= 0) stated.push_back(k);
    if (int k = BlockInterest(m, s); k >= 0) stated.push_back(k);
    // "… on the basis of legitimate interests, for these reasons:" and a list.
    // Also under a follow-on lead-in: "… for our legitimate interests." "This includes processing
    // for the purposes of:" and a list.
    bool other_basis = false;
    for (std::string_view other : {"basis.consent", "basis.contract", "basis.legal", "basis.public", "basis.vital"}) {
      other_basis = other_basis || m.Has(s, other);
    }
    int follow = !other_basis && s + 1 < n && m.Has(s + 1, "li.example") ? s + 1 : -1;
    for (int k = s + 1; k < n && k <= s + 40; ++k) {
      // (A list item, or the item read joined to its lead-in: plain text marks items by their dash.)
      bool item = sents[k].list_item || (follow >= 0 && sents[k].joined);
      // (In plain text a blank line may part the lead-in from its items: the next item then counts.)
      bool after_follow = follow >= 0 && k == follow + 1 && sents[k].list_item;
      if (((sents[k].lead_in == s || (follow >= 0 && sents[k].lead_in == follow)) && item) || after_follow) {
        stated.push_back(k);
        break;
      }
    }
    // A purpose paired with its basis: "Legitimate interest - we log door openings for security"
    // (the basis as a label, its use after it), or a table read as lines, the purpose's cell just
    // before a cell that is only the basis ("Sharing data with the committee" / "Legitimate interest").
    // (Not the label followed by the basis explained, `li.explains`: "Legitimate interests (Article
    // 6(1)(f)): we need it for a genuine interest, which does not override your rights".)
    // (And only when the words after the label give an aim, "… so that we can answer it", "… for security":
    // "Legitimate interests - this is the basis we rely on for it" states none.)
    const auto& tok = sents[s].tokens;
    if (!other_basis && tok.size() >= 8 && tok[0] == "legitimate" && (tok[1] == "interest" || tok[1] == "interests") &&
        !m.Has(s, "li.definition") && !m.Has(s, "li.explains") &&
        m.Matches(std::vector<std::string>(tok.begin() + 2, tok.end()), "li.label.aim")) {
      stated.push_back(s);
    }
    // A table flattened into lines under a "Purpose | Lawful basis" header line: each line is the
    // purpose followed by its basis ("Send reminder emails Legitimate interest"), so the words before
    // the basis are the interest pursued.
    if (!other_basis && FlattenedRowInterest(m, s)) stated.push_back(s);
    if (!other_basis && tok.size() <= 4 && s > 0) {
      int cell = s - 1;
      if (m.Has(cell, "purpose.item") || m.Has(cell, "purpose.statement")) stated.push_back(cell);
    }
    // "An example of this would be our safeguarding work" right after the basis states the interest.
    // ("This includes processing for the purposes of" states nothing without its list.)
    if (follow >= 0 && !sents[follow].joined && sents[follow].tokens.size() >= 6) {
      const std::string& first = sents[follow].tokens[0];
      if (first != "this" && first != "these" && first != "which") stated.push_back(follow);
    }
    // A list giving the purpose as one item and the basis as the next ("- We collect this to keep in
    // touch with you" "- The law allows it as our legitimate interest").
    // Not in a list of the bases the law offers, where the item is the law's wording of legitimate
    // interests ("Where it is necessary for our legitimate interests (or those of a third party) and
    // your interests … do not override those interests") and another item names a basis:
    // the items are alternatives, and the one before is another circumstance, not the interest.
    int basis_siblings = 0;
    if (sents[s].list_item && sents[s].lead_in >= 0 && m.Has(s, "li.definition")) {
      for (int k = sents[s].lead_in + 1; k < n && k <= sents[s].lead_in + 40; ++k) {
        if (k != s && sents[k].list_item && !sents[k].joined && sents[k].lead_in == sents[s].lead_in &&
            AnyBasis(m, sents[k].tokens)) {
          ++basis_siblings;
        }
      }
    }
    if (!other_basis && basis_siblings < 1 && s > 0 && sents[s].list_item && sents[s - 1].list_item &&
        !sents[s - 1].joined && sents[s - 1].section == sents[s].section && m.Has(s - 1, "purpose.statement") &&
        !AnyBasis(m, sents[s - 1].tokens)) {
      stated.push_back(s - 1);
    }
    // The interest in the same paragraph: "We collect data to provide pastoral care … In legal
    // terms this is called 'legitimate interests'." Joined copies are skipped: they repeat items.
    // A sentence that shares the paragraph's purposes among several bases ("We rely on your consent
    // to act for you, and on legitimate interests for some other processing") does not say which
    // of them legitimate interests serve.
    // Nor does a neighbour that names a basis of its own ("Where we need to comply with a legal
    // obligation." after the law's definition of legitimate interests): it is the next item of a list
    // of bases, not the purpose the interest serves.
    for (int k = std::max(0, s - 2); !other_basis && k < n && k <= s + 2; ++k) {
      if (k == s || sents[k].joined || sents[k].block != sents[s].block) continue;
      if (m.Has(k, "li.interest") || (m.Has(k, "purpose.statement") && !OtherBasis(m, sents[k].tokens))) {
        stated.push_back(k);
      }
    }
  }
  for (int s = 0; s < n; ++s) {
    if (m.InTopic(s, "li") && !sents[s].heading && !m.Has(s, "li.definition") &&
        (m.Has(s, "purpose.statement") || m.Has(s, "purpose.item") || sents[s].list_item)) {
      stated.push_back(s);
    }
  }
  // An example given to explain a right ("you can object, for example to a legitimate interest
  // like research") does not state the interests the organisation pursues.
  std::erase_if(stated, [&](int k) { return m.HasWithLeadIn(k, "right.object"); });
  std::sort(stated.begin(), stated.end());
  if (!stated.empty()) return MakeElement(m, "legitimate-interests", S::kPresent, "", Concat(li, stated));
  return MakeElement(m, "legitimate-interests", S::kMissing,
                     "legitimate interests are relied on, but the interests pursued are never stated (looked for "
                     "'our legitimate interest is …' or the purpose next to the basis)",
                     li);
}

ElementResult Recognised(const Matcher& m, const Bases& b) {
  if (!b.rli) {
    return MakeElement(m, "recognised-legitimate-interest", S::kNotApplicable,
                       "recognised legitimate interests are not relied on", {});
  }
  auto rli = m.Sentences("basis.rli", true);
  for (int s : rli) {
    for (int c : m.Sentences("rli.condition")) {
      if (c == s || c == s + 1) return MakeElement(m, "recognised-legitimate-interest", S::kPresent, "", {s, c});
    }
  }
  return MakeElement(m, "recognised-legitimate-interest", S::kMissing,
                     "recognised legitimate interests are relied on without naming the Annex 1 condition", rli);
}

}  // namespace pnc::draft
