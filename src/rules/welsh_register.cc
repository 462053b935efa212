// rules: a built Welsh children's version + its catalogue → cy-register diagnostics on the source
// texts that mix 'ti' and 'chi' (the marks themselves are found by welsh_address.cc).
#include "rules/welsh_register.h"

#include <algorithm>
#include <map>
#include <utility>

#include "base/utf8.h"
#include "source/visit.h"

namespace pnc::rules {

namespace {

// The pieces of a built document: the source texts it shows (JSON pointers of their translations,
// or of a wording override) and the catalogue keys of pnc's own sentences, in reading order.
struct Pieces {
  std::vector<std::string> pointers;
  std::vector<std::string> keys;
};

void AddOrigin(const notice::NoticeDoc& doc, int id, Pieces* out) {
  if (id < 0 || static_cast<size_t>(id) >= doc.origins.size()) return;
  const notice::Origin& o = doc.origins[static_cast<size_t>(id)];
  using Kind = notice::Origin::Kind;
  if (o.kind == Kind::kSource && !o.pointer.empty()) {
    out->pointers.push_back(o.pointer);
  } else if ((o.kind == Kind::kCatalogue || o.kind == Kind::kBuild) && !o.overridden && !o.key.empty()) {
    out->keys.push_back(o.key);
  }
}

void AddInlines(const notice::NoticeDoc& doc, const notice::Inlines& inlines, Pieces* out) {
  for (const auto& in : inlines) {
    AddOrigin(doc, in.origin, out);
    AddInlines(doc, in.children, out);
  }
}

void AddBlocks(const notice::NoticeDoc& doc, const std::vector<notice::Block>& blocks, Pieces* out) {
  for (const auto& b : blocks) {
    AddOrigin(doc, b.origin_id, out);
    AddInlines(doc, b.inlines, out);
    for (const auto& item : b.items) AddBlocks(doc, item, out);
    for (const auto& cell : b.table.header) AddInlines(doc, cell, out);
    for (const auto& row : b.table.rows) {
      for (const auto& cell : row) AddInlines(doc, cell, out);
    }
    for (const auto& f : b.fields) {
      AddOrigin(doc, f.label_origin, out);
      AddInlines(doc, f.value, out);
      for (const auto& item : f.items) AddInlines(doc, item, out);
    }
  }
}

void AddSections(const notice::NoticeDoc& doc, const std::vector<notice::Section>& sections, Pieces* out) {
  for (const auto& s : sections) {
    AddOrigin(doc, s.title_origin, out);
    AddBlocks(doc, s.blocks, out);
    AddSections(doc, s.children, out);
  }
}

// A name, role or postal address is what someone is called, not how the text speaks to the reader.
bool IsName(std::string pointer, const std::string& locale) {
  const std::string suffix = "/" + locale;
  if (pointer.size() > suffix.size() && pointer.compare(pointer.size() - suffix.size(), suffix.size(), suffix) == 0) {
    pointer.resize(pointer.size() - suffix.size());
  }
  const std::string last = pointer.substr(pointer.rfind('/') + 1);
  return last == "name" || last == "short_name" || last == "role" || last == "address";
}

std::string Quote(const std::string& text) {
  constexpr size_t kMax = 60;
  if (text.size() <= kMax) return text;
  size_t cut = kMax;
  while (cut > 0 && base::IsUtf8Continuation(text[cut])) --cut;
  return text.substr(0, cut) + "…";
}

std::string Name(bool familiar) { return familiar ? "'ti'" : "'chi'"; }

// The fix: the 'chi' form of each familiar word found, or the other way round in a 'ti' version.
std::string Fix(const std::vector<RegisterMark>& wrong, bool want_familiar, const std::string& where) {
  std::string fix = "write it with " + Name(want_familiar) + ", as " + where + " does";
  // 'dy' soft-mutates the next word and 'eich' does not: swapping the word alone is ungrammatical.
  if (want_familiar)
    return fix +
           " ('chi' → 'ti', 'eich' → 'dy', 'ydych' → 'wyt', 'gallwch' → 'gelli'; 'dy' mutates the next word: 'eich "
           "manylion' → 'dy fanylion di')";
  const bool dy = std::any_of(wrong.begin(), wrong.end(), [](const RegisterMark& m) { return m.words == "dy"; });
  const std::string unmutate =
      dy ? "; after 'eich' the next word is not mutated: 'dy fanylion di' → 'eich manylion chi'" : "";
  std::vector<std::string> pairs;
  for (const auto& m : wrong) {
    const std::string formal = FormalFor(m.words);
    std::string pair = "'" + m.words + "' → '" + formal + "'";
    if (formal.empty() || std::find(pairs.begin(), pairs.end(), pair) != pairs.end()) continue;
    pairs.push_back(pair);
  }
  if (pairs.size() > 4) pairs.resize(4);
  std::string list;
  for (const auto& p : pairs) list += (list.empty() ? "" : ", ") + p;
  return (list.empty() ? fix : fix + ": " + list) + unmutate;
}

std::string Words(const std::vector<RegisterMark>& marks) {
  std::vector<std::string> seen;
  for (const auto& m : marks) {
    if (std::find(seen.begin(), seen.end(), m.words) == seen.end()) seen.push_back(m.words);
  }
  if (seen.size() > 3) seen.resize(3);
  std::string out;
  for (const auto& w : seen) out += (out.empty() ? "'" : ", '") + w + "'";
  return out;
}

}  // namespace

void CheckWelshRegister(const source::Model& model, const notice::NoticeDoc& child, const locale::Catalogue& catalogue,
                        std::set<std::string>* reported, diag::Sink* sink) {
  if (child.audience != "child" || (child.locale != "cy" && child.locale.rfind("cy-", 0) != 0)) return;
  Pieces pieces;
  AddBlocks(child, child.summary, &pieces);
  AddSections(child, child.sections, &pieces);
  AddSections(child, child.jit, &pieces);

  // pnc's own sentences: their register, from the catalogue's text (placeholders left out).
  int own_familiar = 0, own_formal = 0;
  std::string own_example[2];  // [familiar]: "'Gallwch' in pnc's sentence 'Gallwch chi …' (child.x)"
  std::set<std::string> seen_keys;
  for (const auto& key : pieces.keys) {
    if (!seen_keys.insert(key).second || !catalogue.Has(key)) continue;
    const std::string text = catalogue.messages().at(key);
    for (const auto& m : FindRegisterMarks(text)) {
      (m.familiar ? own_familiar : own_formal)++;
      std::string& example = own_example[m.familiar ? 1 : 0];
      if (example.empty()) {
        example = "'" + m.words + "' in pnc's sentence '" + Quote(text) + "' (" + key + ")";
      }
    }
  }

  // The source's texts this version shows, with their marks.
  std::map<std::string, std::string> text_at;
  source::ForEachText(model, [&](const source::Text& t) {
    for (const auto& [code, tr] : t.by_locale) {
      if (!tr.pointer.empty()) text_at.emplace(tr.pointer, tr.text);
    }
  });
  struct Piece {
    std::string pointer;
    std::vector<RegisterMark> familiar, formal;
  };
  std::vector<Piece> own_texts;
  std::set<std::string> seen_pointers;
  int familiar_texts = 0, formal_texts = 0;
  for (const auto& pointer : pieces.pointers) {
    if (!seen_pointers.insert(pointer).second || IsName(pointer, child.locale)) continue;
    auto found = text_at.find(pointer);
    if (found == text_at.end()) continue;
    Piece p{pointer, {}, {}};
    for (auto& m : FindRegisterMarks(found->second)) (m.familiar ? p.familiar : p.formal).push_back(std::move(m));
    if (p.familiar.empty() && p.formal.empty()) continue;
    familiar_texts += !p.familiar.empty();
    formal_texts += !p.formal.empty();
    own_texts.push_back(std::move(p));
  }
  if (own_texts.empty()) return;

  // The version's register: pnc's own sentences', else the one most of the source's texts use
  // (formal 'chi' on a tie: the register Welsh public bodies write in).
  const bool pnc_speaks = own_familiar + own_formal > 0;
  const bool familiar = pnc_speaks ? own_familiar > own_formal : familiar_texts > formal_texts;
  const std::string version = "the Welsh children's version" + (child.band.empty() ? "" : " for ages " + child.band);
  for (const auto& p : own_texts) {
    const auto& wrong = familiar ? p.formal : p.familiar;
    if (wrong.empty() || !reported->insert(p.pointer).second) continue;
    const auto& right = familiar ? p.familiar : p.formal;
    std::string message, form_hint, where;
    if (!right.empty()) {
      message = "this Welsh children's text addresses the reader both as 'ti' and as 'chi'";
      form_hint = "'ti' here: " + Words(p.familiar) + "; 'chi' here: " + Words(p.formal);
      where = "the rest of " + version;
    } else if (pnc_speaks) {
      message = "this Welsh children's text addresses the reader as " + Name(!familiar) + ", pnc's sentences in " +
                version + " as " + Name(familiar);
      form_hint = Name(!familiar) + " here: " + Words(wrong) + "; " + Name(familiar) +
                  " in pnc's text: " + own_example[familiar ? 1 : 0];
      where = "pnc's catalogue";
    } else {
      const Piece* other = nullptr;
      for (const auto& q : own_texts) {
        if (!(familiar ? q.familiar : q.formal).empty()) {
          other = &q;
          break;
        }
      }
      message = "this Welsh children's text addresses the reader as " + Name(!familiar) + ", other texts of " +
                version + " as " + Name(familiar);
      form_hint = Name(!familiar) + " here: " + Words(wrong);
      if (other != nullptr) {
        form_hint +=
            "; " + Name(familiar) + ": " + Words(familiar ? other->familiar : other->formal) + " at " + other->pointer;
      }
      where = "the rest of the version";
    }
    auto d = diag::Make(diag::Severity::kWarning, model.file, p.pointer, message, "cy-register");
    d.hints = {form_hint, Fix(wrong, familiar, where)};
    sink->Add(std::move(d));
  }
}

}  // namespace pnc::rules
