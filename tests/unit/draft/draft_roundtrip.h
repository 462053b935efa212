#pragma once
// draft tests: the round-trip corpus, built at test time. pnc's own notices (every example and a
// few variants, adult and children's, every locale they declare) are built in memory, and one
// checklist element at a time is removed from the NoticeDoc by structure (section ids, catalogue
// keys, source pointers, field labels), never by matching today's wording, so the corpus follows
// the notices when their sentences change.
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "doc/notice_doc.h"
#include "draft_fixtures.h"
#include "render/html.h"
#include "render/pdf.h"
#include "test_support.h"

namespace pnc::draft::testing {

using nlohmann::json;
using notice::Block;
using notice::BlockKind;
using notice::NoticeDoc;
using notice::Section;

/// A source pnc builds: an example or a variant of one.
struct RoundTripSource {
  std::string name;
  json source;
};

inline json ReadJson(const std::string& path) { return json::parse(ReadFile(path), nullptr, true, true); }

/// The examples in notices/, plus variants that exercise the conditional elements the examples do
/// not: a controller outside the UK with a UK representative, recognised legitimate interests,
/// automated decisions with safeguards, no transfers, nobody to share with.
inline std::vector<RoundTripSource> RoundTripSources() {
  namespace fs = std::filesystem;
  std::vector<RoundTripSource> out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(PNC_DEFAULT_DATA_DIR) / "notices")) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out.push_back({f.stem().string(), ReadJson(f.string())});
  json v = test::BaseSource();
  v["controller"]["uk_established"] = false;
  v["controller"]["address"] = "12 Rue de la Paix, 75002 Paris, France";
  v["controller"]["representative"] = {
      {"name", "UK Rep Services Ltd"}, {"email", "rep@ukrep.example"}, {"address", "4 Mill Lane, York YO1 7AA"}};
  v["purposes"].push_back({{"id", "disclose"},
                           {"name", "Telling the police about a crime"},
                           {"data_subjects", {"parents"}},
                           {"data_categories", {"contact"}},
                           {"lawful_bases", {"recognised-legitimate-interests"}},
                           {"recognised_legitimate_interest", "crime"},
                           {"requirement", {{"type", "none"}}}});
  v["automated_decisions"] =
      json::array({{{"id", "triage"},
                    {"name", "Sorting requests by urgency"},
                    {"logic", "A score from the answers on the booking form."},
                    {"consequences", "Urgent requests are answered first."},
                    {"safeguards", "A caseworker checks every score and you can ask for a review."},
                    {"data_categories", {"contact"}}}});
  out.push_back({"variant-abroad-rli-adm", v});
  json w = test::BaseSource();
  w["recipients"] = json::array();
  w["purposes"][0]["lawful_bases"] = {"consent"};
  w["purposes"][0]["special_category_condition"] = {{"article_9", "explicit-consent"}};
  w["purposes"][0]["requirement"] = {{"type", "none"}};
  out.push_back({"variant-consent-no-sharing", w});
  return out;
}

/// One notice pnc writes: a source in one locale, adult or children's version.
struct Built {
  std::string label;  // "pfp cy child"
  std::string locale;
  bool child = false;
  const locale::Catalogue* cat = nullptr;
  json source;
  NoticeDoc doc;
};

/// Every notice of every round-trip source: each declared locale, adult and (where declared)
/// children's versions.
inline std::vector<Built> BuildAllNotices() {
  std::vector<Built> out;
  for (const auto& s : RoundTripSources()) {
    json locales = s.source["notice"].value("locales", json::array({"en"}));
    json audiences = s.source["notice"].value("audiences", json::array({"adult"}));
    for (const auto& loc : locales) {
      for (const auto& aud : audiences) {
        Built b;
        b.locale = loc.get<std::string>();
        b.child = aud.get<std::string>() == "child";
        b.label = s.name + " " + b.locale + (b.child ? " child" : " adult");
        b.cat = test::Data().Catalogue(b.locale);
        b.source = s.source;
        diag::Sink sink;
        b.doc = test::Build(s.source, b.locale, &sink, b.child);
        out.push_back(std::move(b));
      }
    }
  }
  return out;
}

/// The notice as pnc's HTML renderer writes it.
inline std::string Html(const NoticeDoc& doc) {
  render::RenderContext ctx{PNC_DEFAULT_DATA_DIR, false, "A4", &test::Data().files};
  std::string html;
  diag::Sink sink;
  render::RenderHtml(doc, ctx, &html, &sink);
  return html;
}

/// The notice as pnc's large-print PDF renderer writes it.
inline std::string Pdf(const NoticeDoc& doc) {
  render::RenderContext ctx{PNC_DEFAULT_DATA_DIR, false, "A4", &test::Data().files};
  std::string pdf;
  diag::Sink sink;
  render::RenderPdf(doc, ctx, &pdf, &sink);
  return pdf;
}

/// Welsh first, then English, on one page (pnc build --bilingual cy,en).
inline std::string BilingualHtml(const std::vector<const NoticeDoc*>& docs) {
  render::RenderContext ctx{PNC_DEFAULT_DATA_DIR, false, "A4", &test::Data().files};
  std::string html;
  diag::Sink sink;
  render::RenderBilingualHtml(docs, ctx, &html, &sink);
  return html;
}

inline std::string Flat(const notice::Inlines& in) {
  std::string s;
  for (const auto& i : in) s += i.text + Flat(i.children);
  return s;
}

// --- Structural edits -------------------------------------------------------------------------

/// Calls `f` on every block list of the document (summary, sections, list items), depth first.
inline void ForEachBlockList(NoticeDoc& d, const std::function<void(std::vector<Block>&)>& f) {
  std::function<void(std::vector<Block>&)> blocks = [&](std::vector<Block>& bs) {
    f(bs);
    for (auto& b : bs) {
      for (auto& item : b.items) blocks(item);
    }
  };
  std::function<void(Section&)> section = [&](Section& s) {
    blocks(s.blocks);
    for (auto& c : s.children) section(c);
  };
  blocks(d.summary);
  for (auto& s : d.sections) section(s);
}

/// Removes blocks matching `pred`; with `with_list`, a lead-in's list or contact fields (the
/// untagged block right after it) go with it. List items whose first block matches are removed
/// too. Returns how many went.
inline int RemoveBlocks(NoticeDoc& d, const std::function<bool(const Block&)>& pred, bool with_list = true) {
  int n = 0;
  ForEachBlockList(d, [&](std::vector<Block>& bs) {
    for (size_t i = 0; i < bs.size();) {
      auto& items = bs[i].items;
      size_t before = items.size();
      std::erase_if(items, [&](const std::vector<Block>& it) { return !it.empty() && pred(it.front()); });
      n += static_cast<int>(before - items.size());
      if (pred(bs[i])) {
        bool list_follows = with_list && i + 1 < bs.size() && bs[i + 1].origin.empty() &&
                            (bs[i + 1].kind == BlockKind::kBulletList || bs[i + 1].kind == BlockKind::kOrderedList ||
                             bs[i + 1].kind == BlockKind::kFields);
        bs.erase(bs.begin() + static_cast<long>(i), bs.begin() + static_cast<long>(i) + (list_follows ? 2 : 1));
        ++n;
        continue;
      }
      if (before > 0 && items.empty()) {
        bs.erase(bs.begin() + static_cast<long>(i));
        continue;
      }
      ++i;
    }
  });
  return n;
}

inline bool Origin(const Block& b, const std::string& key) {
  return b.origin == "catalogue:" + key || b.origin.rfind("catalogue:" + key + "@", 0) == 0;
}

inline std::function<bool(const Block&)> ByOrigin(std::vector<std::string> keys) {
  return [keys](const Block& b) {
    for (const auto& k : keys) {
      if (Origin(b, k)) return true;
    }
    return false;
  };
}

/// Blocks whose text is the catalogue sentence `key` filled in (the builder does not tag them).
inline std::function<bool(const Block&)> ByTemplate(const locale::Catalogue& cat, const std::string& key) {
  std::string t = cat.Get(key);
  std::string head = t.substr(0, t.find('{'));
  return [head](const Block& b) { return !head.empty() && Flat(b.inlines).rfind(head, 0) == 0; };
}

inline std::function<bool(const Block&)> ByPointer(std::string prefix) {
  return [prefix](const Block& b) { return b.origin.rfind(prefix, 0) == 0; };
}

/// Removes fields whose label is the catalogue text of one of `keys`.
inline int RemoveFields(NoticeDoc& d, const locale::Catalogue& cat, std::vector<std::string> keys) {
  int n = 0;
  ForEachBlockList(d, [&](std::vector<Block>& bs) {
    for (auto& b : bs) {
      for (const auto& k : keys) {
        n += static_cast<int>(std::erase_if(b.fields, [&](const notice::Field& f) { return f.label == cat.Get(k); }));
      }
    }
    std::erase_if(bs, [](const Block& b) { return b.kind == BlockKind::kFields && b.fields.empty(); });
  });
  return n;
}

/// Removes the sections with these ids (at any depth); `keep_children` moves their sub-sections up.
inline int RemoveSections(NoticeDoc& d, std::vector<std::string> ids, bool keep_children = false) {
  int n = 0;
  std::function<void(std::vector<Section>&)> walk = [&](std::vector<Section>& ss) {
    for (size_t i = 0; i < ss.size();) {
      if (std::find(ids.begin(), ids.end(), ss[i].id) != ids.end()) {
        std::vector<Section> kids = keep_children ? ss[i].children : std::vector<Section>{};
        ss.erase(ss.begin() + static_cast<long>(i));
        ss.insert(ss.begin() + static_cast<long>(i), kids.begin(), kids.end());
        ++n;
        continue;
      }
      walk(ss[i].children);
      ++i;
    }
  };
  walk(d.sections);
  return n;
}

/// The child version's item for a right: its text is the catalogue's, for the age band or general,
/// perhaps followed by sentences the builder adds to the item (the right's children's condition,
/// child.right.<id>.some; "Only some of you can do this.").
inline std::function<bool(const Block&)> ChildText(const locale::Catalogue& cat, const std::string& key) {
  std::vector<std::string> texts;
  for (const auto& [k, v] : cat.messages()) {
    if (k == key || k.rfind(key + "@", 0) == 0) texts.push_back(v);
  }
  return [texts](const Block& b) {
    std::string t = Flat(b.inlines);
    return std::any_of(texts.begin(), texts.end(), [&t](const std::string& v) {
      return t == v || (t.size() > v.size() && t.rfind(v, 0) == 0 && t[v.size()] == ' ');
    });
  };
}

/// A children's guide's answer to "do you have to give it?" under a purpose: the catalogue's
/// "you do not have to" line, or the source's child wording of the requirement.
inline bool RequirementCarrier(const Block& b) {
  return Origin(b, "child.requirement.none") ||
         (b.origin.rfind("/purposes/", 0) == 0 && b.origin.find("/requirement") != std::string::npos);
}

/// Drops the organisation's own free text (custom sections such as a CCTV policy, purpose
/// descriptions and details): it may state any element in words no structure marks ("we ask for your explicit
/// consent", "we report to funders"), so the corpus is built without it.
inline void DropFreeText(NoticeDoc& d, const locale::Catalogue& cat) {
  std::erase_if(d.sections, [](const Section& s) { return s.origin.rfind("/sections/", 0) == 0; });
  RemoveBlocks(
      d, [](const Block& b) { return b.origin.rfind("/security", 0) == 0 || b.origin.rfind("/changes", 0) == 0; },
      false);
  // "Do you have to give it?": keep pnc's answer, drop the source's own consequence after it.
  ForEachBlockList(d, [&](std::vector<Block>& bs) {
    for (auto& x : bs) {
      for (auto& f : x.fields) {
        std::string v = Flat(f.value);
        size_t stop = v.find(". ");
        if (f.label == cat.Get("why.requirement") && stop != std::string::npos) {
          f.value = {{notice::InlineKind::kText, v.substr(0, stop + 1), "", {}}};
        }
      }
    }
  });
  // A description may be several paragraphs; only the first carries its source pointer.
  ForEachBlockList(d, [](std::vector<Block>& bs) {
    for (size_t i = 0; i < bs.size();) {
      const std::string& o = bs[i].origin;
      bool free = o.rfind("/purposes/", 0) == 0 && o.find("/name") == std::string::npos &&
                  o.find("/child") == std::string::npos;
      if (!free) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < bs.size() && bs[j].origin.empty() && bs[j].kind != BlockKind::kFields) ++j;
      bs.erase(bs.begin() + static_cast<long>(i), bs.begin() + static_cast<long>(j));
    }
  });
}

/// Removes every part of `doc` that carries `rule` (see README: the round-trip corpus). Returns
/// false when the notice has nothing to remove for it.
inline bool RemoveElement(Built& b, const std::string& rule) {
  NoticeDoc& d = b.doc;
  const auto& cat = *b.cat;
  int n = 0;
  auto right = [&](const std::string& r) {
    n += RemoveBlocks(d, ByOrigin({"right." + r + ".title", "right." + r + ".body"}));
    n += RemoveBlocks(d, ChildText(cat, "child.right." + r));
  };
  if (rule == "controller-identity") {
    // The representative is another element: keep its paragraph and contact fields.
    std::vector<Block> rep;
    for (auto& s : d.sections) {
      if (s.id != "about") continue;
      for (size_t i = 0; i < s.blocks.size(); ++i) {
        if (Origin(s.blocks[i], "about.representative")) {
          rep.push_back(s.blocks[i]);
          if (i + 1 < s.blocks.size() && s.blocks[i + 1].kind == BlockKind::kFields) rep.push_back(s.blocks[i + 1]);
        }
      }
    }
    n += RemoveSections(d, {"about", "child-who"}, true);
    n += RemoveBlocks(d, ByOrigin({"summary.who"}));
    if (!rep.empty() && !d.sections.empty())
      d.sections.front().blocks.insert(d.sections.front().blocks.begin(), rep.begin(), rep.end());
    // Other sentences name the organisation ("If you are unhappy with how Acme CIC uses …"): the
    // name is the identity, so it goes too.
    std::vector<std::string> names;
    for (const char* key : {"name", "short_name"}) {
      const json& v = b.source["controller"].value(key, json());
      if (v.is_string()) names.push_back(v.get<std::string>());
      if (v.is_object()) {
        for (const auto& [loc, t] : v.items()) {
          if (t.is_string()) names.push_back(t.get<std::string>());
          if (t.is_object() && t.contains("text")) names.push_back(t["text"].get<std::string>());
        }
      }
    }
    std::string stand_in = b.locale == "cy" ? "y sefydliad" : "the organisation";
    std::function<void(notice::Inlines&)> scrub = [&](notice::Inlines& in) {
      for (auto& i : in) {
        for (const auto& nm : names) {
          for (size_t at; !nm.empty() && (at = i.text.find(nm)) != std::string::npos;)
            i.text.replace(at, nm.size(), stand_in);
        }
        scrub(i.children);
      }
    };
    ForEachBlockList(d, [&](std::vector<Block>& bs) {
      for (auto& x : bs) {
        scrub(x.inlines);
        for (auto& f : x.fields) scrub(f.value);
      }
    });
    d.organisation.clear();
  } else if (rule == "uk-representative") {
    n += RemoveBlocks(d, ByOrigin({"about.representative"}));
  } else if (rule == "dpo-contact") {
    // The DPO stays named; only the ways to reach them go, wherever they are given (the DPO may be
    // the complaints contact too).
    std::vector<std::string> reach;
    for (const char* key : {"email", "phone", "address"}) {
      const json& v = b.source.value("dpo", json::object()).value(key, json());
      if (v.is_string() && !v.get<std::string>().empty()) reach.push_back(v.get<std::string>());
    }
    n += RemoveBlocks(
        d,
        [&](const Block& x) {
          std::string all = Flat(x.inlines);
          for (const auto& f : x.fields) all += " " + Flat(f.value);
          for (const auto& r : reach) {
            if (all.find(r) != std::string::npos) return true;
          }
          return false;
        },
        false);
    std::function<void(std::vector<Section>&)> walk = [&](std::vector<Section>& ss) {
      for (auto& s : ss) {
        if (s.id == "dpo")
          n += static_cast<int>(std::erase_if(s.blocks, [](const Block& x) { return x.kind == BlockKind::kFields; }));
        walk(s.children);
      }
    };
    walk(d.sections);
    n += RemoveBlocks(d, ByPointer("/rights/how_to_exercise"));
  } else if (rule == "purposes") {
    // The interests pursued are purposes too; the children's "who we are" says why in one line.
    n += RemoveFields(d, cat, {"why.interest"});
    ForEachBlockList(d, [&](std::vector<Block>& bs) {
      for (auto& x : bs) {
        std::string t = Flat(x.inlines);
        if (Origin(x, "child.who.body") && t.find(". ") != std::string::npos) {
          x.inlines = {{notice::InlineKind::kText, t.substr(0, t.find(". ") + 1), "", {}}};
          ++n;
        }
      }
    });
    // Whether the person must give the data is another element (statutory-requirement): the
    // children's guide says it under each purpose, so the purpose goes and that answer stays.
    auto requirement = [](const Block& x) { return RequirementCarrier(x); };
    auto purpose = [](const Block& x) {
      return x.origin.rfind("/purposes/", 0) == 0 && x.origin.find("/requirement") == std::string::npos;
    };
    ForEachBlockList(d, [&](std::vector<Block>& bs) {
      for (auto& x : bs) {
        for (auto& item : x.items) {
          if (item.size() < 2 || !purpose(item.front()) || !std::any_of(item.begin(), item.end(), requirement))
            continue;
          n += static_cast<int>(std::erase_if(item, [&](const Block& y) { return !requirement(y); }));
        }
      }
    });
    n += RemoveBlocks(
        d, [&](const Block& x) { return purpose(x) || Origin(x, "sharing.for"); }, false);
    n += RemoveBlocks(d, ByOrigin({"summary.why", "why.intro"}));
    n += RemoveBlocks(d, ByOrigin({"child.why.intro"}), false);  // its list now holds only the answers
    std::function<void(std::vector<Section>&)> walk = [&](std::vector<Section>& ss) {
      for (auto& s : ss) {
        if (s.origin.rfind("/purposes/", 0) == 0 || s.id == "child-why") s.title.clear();
        walk(s.children);
      }
    };
    walk(d.sections);
  } else if (rule == "lawful-basis") {
    n += RemoveFields(d, cat, {"why.basis", "why.obligation", "why.interest", "why.recognised"});
  } else if (rule == "legitimate-interests") {
    n += RemoveFields(d, cat, {"why.interest"});
  } else if (rule == "recognised-legitimate-interest") {
    n += RemoveFields(d, cat, {"why.recognised"});
  } else if (rule == "special-category-condition") {
    n += RemoveFields(d, cat, {"why.special"});
  } else if (rule == "criminal-offence-condition") {
    n += RemoveFields(d, cat, {"why.criminal"});
  } else if (rule == "categories-of-data") {
    n += RemoveSections(d, {"what", "child-what"});
    n += RemoveBlocks(d, ByOrigin({"summary.what"}));
    n += RemoveBlocks(d, ByTemplate(cat, "sources.categories"));
    n += RemoveBlocks(d, ByTemplate(cat, "sources.categories-list"));  // a long list: lead-in and bullets
    n += RemoveFields(d, cat, {"why.data"});
  } else if (rule == "source-of-data") {
    // Data still comes from others, but the sources are no longer named.
    std::function<void(std::vector<Section>&)> walk = [&](std::vector<Section>& ss) {
      for (auto& s : ss) {
        if (s.id == "sources" || s.id == "child-where") {
          for (auto& blk : s.blocks) {
            size_t before = blk.items.size();
            std::erase_if(blk.items, [&](const std::vector<Block>& it) {
              if (it.empty() || it.front().origin.rfind("/sources/", 0) != 0) return false;
              size_t idx = std::stoul(it.front().origin.substr(9));
              return !b.source["sources"][idx].value("from_person", false);
            });
            if (blk.items.size() != before) {
              n += static_cast<int>(before - blk.items.size());
              Block other;
              other.inlines.push_back({notice::InlineKind::kText,
                                       b.locale == "cy" ? "Sefydliadau eraill." : "Other organisations.",
                                       "",
                                       {}});
              blk.items.push_back({other});
            }
          }
        }
        walk(s.children);
      }
    };
    walk(d.sections);
  } else if (rule == "recipients") {
    // The children's version says where information is kept under "Who do we tell?": keep that.
    for (auto& s : d.sections) {
      if (s.id != "child-share") continue;
      std::erase_if(s.blocks, [](const Block& x) {
        return !Origin(x, "child.transfers.some") && !Origin(x, "child.transfers.none");
      });
      n += 1;
      s.title = s.title.empty() ? s.title : "";
    }
    n += RemoveSections(d, {"sharing"});
    // A transfer names the recipients that receive the data abroad: those lines carry recipients too.
    n += RemoveBlocks(
        d, ByOrigin({"summary.share", "summary.share-none", "transfers.recipients", "transfers.recipients-list"}));
  } else if (rule == "international-transfers") {
    n += RemoveSections(d, {"transfers"});
    n += RemoveBlocks(
        d, ByOrigin({"summary.transfers", "summary.transfers-none", "child.transfers.some", "child.transfers.none"}));
  } else if (rule == "retention") {
    n += RemoveSections(d, {"retention", "child-keep"});
  } else if (rule == "right-access") {
    right("access");
    n += RemoveBlocks(d, ByOrigin({"summary.rights"}));
  } else if (rule == "right-rectification") {
    right("rectification");
    n += RemoveBlocks(d, ByOrigin({"summary.rights"}));
  } else if (rule == "right-erasure") {
    right("erasure");
  } else if (rule == "right-restriction") {
    right("restriction");
  } else if (rule == "right-object") {
    right("object");
    right("object-marketing");
    // Art 21(4): the short version names the right too.
    n += RemoveBlocks(
        d, ByOrigin({"summary.object", "summary.object-marketing", "summary.object-for", "summary.object-marketing-for",
                     "child.summary.object", "child.summary.object-marketing"}));
  } else if (rule == "right-portability") {
    right("portability");
  } else if (rule == "right-withdraw-consent") {
    right("withdraw-consent");
    n += RemoveBlocks(
        d, ByOrigin({"summary.withdraw-consent", "summary.withdraw-consent-for", "child.summary.withdraw-consent"}));
    // The consent basis says "you can change your mind at any time"; the glossary says it too.
    std::string consent = cat.Get("basis.consent");
    std::string head = consent.substr(0, consent.find(" ("));
    ForEachBlockList(d, [&](std::vector<Block>& bs) {
      for (auto& x : bs) {
        for (auto& f : x.fields) {
          std::string v = Flat(f.value);
          if (f.label == cat.Get("why.basis") && v.rfind(head, 0) == 0 && v.find(':') != std::string::npos) {
            f.value = {{notice::InlineKind::kText, v.substr(0, v.find(':')) + ".", "", {}}};
            ++n;
          }
        }
        std::erase_if(x.fields, [&](const notice::Field& f) { return f.label == cat.Get("child.term.consent"); });
      }
    });
  } else if (rule == "right-complain-controller") {
    // A guide whose complaints have a contact of their own says so in child.talk.unhappy (review s28 L17).
    n += RemoveBlocks(d, ByOrigin({"complaints.us", "complaints.us-process", "summary.complain", "child.talk.body",
                                   "child.talk.unhappy"}));
    n += RemoveBlocks(d, ByTemplate(cat, "child.talk.body-named"));
  } else if (rule == "right-complain-ico") {
    n += RemoveBlocks(d, ByOrigin({"complaints.ico", "summary.complain", "child.talk.ico"}));
  } else if (rule == "statutory-requirement") {
    n += RemoveFields(d, cat, {"why.requirement"});
    // The children's guide answers under each purpose ("You do not have to give us this
    // information.") with the source's child wording of what happens if not.
    n += RemoveBlocks(d, RequirementCarrier, false);
  } else if (rule == "automated-decisions") {
    n += RemoveSections(d, {"automated", "child-computer"});
    right("automated-decisions");
  }
  return n > 0;
}

}  // namespace pnc::draft::testing
