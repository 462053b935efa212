// tests: pnc's own sentences meet the readability targets pnc holds the organisation's words to
// (user test s26 F6). Every notice pnc builds from the examples and test sources, adult and
// children's, every locale: each paragraph, list item and field value written wholly in pnc's words
// (catalogue, regulator, pnc's data) is checked as `pnc lint --readability` checks text, for long
// sentences and, in a children's version, jargon. The organisation's own words are left to lint.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "readability/check.h"
#include "test_support.h"

namespace pnc {
namespace {

using notice::Block;
using notice::BlockKind;
using notice::Inline;
using notice::Inlines;
using notice::NoticeDoc;
using notice::Origin;

struct Walker {
  const NoticeDoc& doc;
  struct Text {
    std::string keys;  // the catalogue keys (or data entries) it is written in
    std::string text;
    bool glossary;  // in the glossary, which names hard terms in order to explain them: not checked for jargon
  };
  std::vector<Text> texts;  // pnc's own words
  bool in_glossary = false;

  // True when every inline of `in` is pnc's words; their keys are added to `keys`, their text to `out`.
  bool Own(const Inlines& in, int block_origin, std::set<std::string>* keys, std::string* out) const {
    for (const Inline& i : in) {
      const int o = i.origin >= 0 ? i.origin : block_origin;
      if (i.kind == notice::InlineKind::kText || i.kind == notice::InlineKind::kCode) {
        if (o < 0 || o >= static_cast<int>(doc.origins.size())) return false;
        const Origin& origin = doc.origins[o];
        if (origin.overridden) return false;  // the organisation's `wording`
        if (origin.kind != Origin::Kind::kCatalogue && origin.kind != Origin::Kind::kRegulator &&
            origin.kind != Origin::Kind::kData && origin.kind != Origin::Kind::kBuild) {
          return false;
        }
        keys->insert(origin.key);
        *out += i.text;
      } else if (i.kind == notice::InlineKind::kLineBreak) {
        *out += " ";
      } else if (!Own(i.children, o, keys, out)) {
        return false;
      }
    }
    return true;
  }

  // `lead`: a glossary term, which the readability table reads with its definition ("Term: …").
  void Add(const Inlines& in, int origin, const std::string& lead = "") {
    std::set<std::string> keys;
    std::string text = lead;
    if (in.empty() || !Own(in, origin, &keys, &text)) return;
    std::string names;
    for (const auto& k : keys) names += (names.empty() ? "" : ",") + k;
    texts.push_back({names, text, in_glossary});
  }

  void Blocks(const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
      if (b.kind == BlockKind::kParagraph) Add(b.inlines, b.origin_id);
      for (const auto& item : b.items) Blocks(item);
      for (const auto& f : b.fields) {
        Add(f.value, b.origin_id, in_glossary ? f.label + ": " : "");
        for (const auto& item : f.items) Add(item, b.origin_id);
      }
    }
  }

  void Sections(const std::vector<notice::Section>& sections) {
    for (const auto& s : sections) {
      in_glossary = s.glossary;
      Blocks(s.blocks);
      Sections(s.children);
      in_glossary = false;
    }
  }
};

// Keys still over a target, each to be rewritten in every locale: reported, not failed, so that
// every other key is held to its targets now. Remove a key once its sentences pass.
const std::map<std::string, std::string> kPending = {
    {"basis.contract", "the lawful basis as Art 6(1)(b) words it"},
    {"basis.legitimate-interests", "the lawful basis as Art 6(1)(f) words it"},
    {"basis.recognised-legitimate-interests", "the lawful basis with its Annex 1 reference"},
    {"art9.not-for-profit-body", "the Art 9(2)(d) condition"},
    {"safeguard.uk-us-data-bridge", "the safeguard's legal name"},
    {"safeguard.uk-us-data-bridge@before-2026-02-05", "the safeguard's legal name"},
    {"safeguard.adequacy", "cy: 31 words"},
    {"rights.how", "cy: 27 words"},
    {"complaints.us-process", "cy: 27 words"},
    {"history.retention.period-longer", "the record's name and two periods in the organisation's words"},
    {"right.portability.body",
     "Art 20's conditions in one sentence; a split one reads to the draft linter as a lawful basis"},
    {"sources.categories",
     "a long list of categories under a source: bulleted, it reads to the draft linter as a list of "
     "sources (the draft round trip); needs the draft linter first"},
    {"sharing.for", "the organisation's purpose names fill it (a long list is bulleted)"},
    {"child.computer.none",
     "cy 6-9: 14 words; a shorter wording ('Nid cyfrifiaduron yn unig…') reads to the draft "
     "linter as a mention of automated decisions"},
};

bool Pending(const std::string& keys) {
  size_t at = 0;
  while (at <= keys.size()) {
    const size_t comma = std::min(keys.find(',', at), keys.size());
    if (kPending.count(keys.substr(at, comma - at))) return true;
    at = comma + 1;
  }
  return false;
}

}  // namespace

TEST_CASE("pnc's own sentences meet the readability targets of each version") {
  const auto& data = test::Data().readability;
  std::set<std::string> problems, pending;
  size_t checked = 0;
  for (const std::string& path : test::TruthSources()) {
    auto c = test::CompileSource(path);
    for (const NoticeDoc& doc : c->docs) {
      auto locale = data.find(doc.locale);
      if (locale == data.end()) continue;
      const bool child = doc.audience == "child";
      const readability::Band* band = readability::FindBand(locale->second, child ? doc.band : "adult");
      REQUIRE(band != nullptr);
      Walker w{doc, {}};
      w.Blocks(doc.summary);
      w.Sections(doc.sections);
      w.Sections(doc.jit);
      for (const auto& [keys, text, glossary] : w.texts) {
        ++checked;
        readability::CheckOptions options;
        options.reading_level = false;  // one paragraph is too short to grade
        options.jargon = child && !glossary;
        for (const auto& f : readability::Check(text, locale->second, *band, doc.glossary, options).findings) {
          (Pending(keys) ? pending : problems)
              .insert(doc.locale + " " + (child ? doc.band : "adult") + " [" + keys + "] " + f.message + ": " +
                      text.substr(f.offset, f.length));
        }
      }
    }
  }
  CHECK(checked > 1000);
  MESSAGE(pending.size() << " findings in keys still to shorten (kPending)");
  std::string report;
  for (const auto& p : problems) report += p + "\n";
  CHECK_MESSAGE(problems.empty(), "pnc's own sentences over their targets:\n" << report);
}

}  // namespace pnc
