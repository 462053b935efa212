// tests: a long list in a field value ("Information used": many data categories) is a list node
// (Field::items) that every renderer shows as a list, with each item's own origin; a short one
// stays joined in running text.
#include <doctest/doctest.h>

#include "notice/explain.h"
#include "notice/writer.h"
#include "render/braille.h"
#include "render/speech_script.h"
#include "test_support.h"

namespace pnc {
namespace {

nlohmann::json WithCategories(const std::vector<std::string>& names) {
  nlohmann::json s = test::BaseSource();
  s["data_categories"] = nlohmann::json::array();
  s["purposes"][0]["data_categories"] = nlohmann::json::array();
  for (size_t i = 0; i < names.size(); ++i) {
    std::string id = "c" + std::to_string(i);
    s["data_categories"].push_back({{"id", id}, {"name", names[i]}, {"sources", {"you"}}});
    s["purposes"][0]["data_categories"].push_back(id);
  }
  s["purposes"][0].erase("special_category_condition");
  s["retention"]["records"][0]["data_categories"] = {"c0"};
  return s;
}

const notice::Field* FieldNamed(const notice::NoticeDoc& doc, const std::string& label) {
  for (const auto& s : doc.sections) {
    for (const auto& sub : s.children) {
      for (const auto& b : sub.blocks) {
        for (const auto& f : b.fields) {
          if (f.label == label) return &f;
        }
      }
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the threshold: five items, more than 25 words, or an item with its own comma") {
  CHECK_FALSE(notice::IsLongList({"a", "b", "c", "d"}));
  CHECK(notice::IsLongList({"a", "b", "c", "d", "e"}));
  CHECK_FALSE(notice::IsLongList({"Health, ethnicity and religion", "Contact details"}));  // two: still clear
  CHECK(notice::IsLongList({"Contact details", "Health, ethnicity and religion", "Photos"}));
  std::string ten = "one two three four five six seven eight nine ten";
  CHECK_FALSE(notice::IsLongList({ten, ten}));
  CHECK(notice::IsLongList({ten, ten, "eleven twelve thirteen four five six"}));
}

TEST_CASE("many data categories are a bulleted list under the label, each item from its source") {
  diag::Sink sink;
  auto doc = test::Build(WithCategories({"Names", "Addresses", "Phone numbers", "Health", "Photographs"}), "en", &sink);
  const notice::Field* f = FieldNamed(doc, "Information used");
  REQUIRE(f != nullptr);
  CHECK(f->value.empty());
  REQUIRE(f->items.size() == 5);
  CHECK(f->items[3].at(0).text == "Health");
  // pnc explain: each item names its own place in the source, not the list as a whole.
  const auto& o = doc.origins.at(f->items[3].at(0).origin);
  CHECK(o.kind == notice::Origin::Kind::kSource);
  CHECK(o.pointer == "/data_categories/3/name");
  // HTML: a real list inside the value (WCAG 1.3.1).
  std::string html = test::HtmlOf(doc);
  CHECK(html.find("<dt>Information used</dt><dd>\n<ul>\n<li>Names</li>\n<li>Addresses</li>") != std::string::npos);
  CHECK(html.find("<dd>Names, Addresses") == std::string::npos);
}

TEST_CASE("a short list stays in running text") {
  diag::Sink sink;
  auto doc = test::Build(WithCategories({"Names", "Addresses"}), "en", &sink);
  const notice::Field* f = FieldNamed(doc, "Information used");
  REQUIRE(f != nullptr);
  CHECK(f->items.empty());
  REQUIRE(f->value.size() == 1);
  CHECK(f->value[0].text == "Names and Addresses");
  CHECK(doc.origins.at(f->value[0].origin).kind == notice::Origin::Kind::kDerived);
}

TEST_CASE("a listed field is a list in braille and in pnc explain") {
  diag::Sink sink;
  auto doc = test::Build(WithCategories({"Names", "Addresses", "Phone numbers", "Health", "Photographs"}), "en", &sink);
  // pnc explain lists each item as its own piece of text, with its place in the source.
  int found = 0;
  for (const auto& it : notice::Explain(doc)) {
    if (it.text != "Phone numbers" && it.text != "Photographs") continue;
    ++found;
    CHECK(doc.origins.at(it.origin).pointer.rfind("/data_categories/", 0) == 0);
  }
  CHECK(found >= 2);
  // Braille: the label, then each item on its own line one level in.
  auto lines = render::BrailleLines(doc);
  size_t label = 0;
  while (label < lines.size() && lines[label].text != "Information used") ++label;
  REQUIRE(label + 5 < lines.size());
  CHECK(lines[label + 1].text == "Names");
  CHECK(lines[label + 5].text == "Photographs");
  CHECK(lines[label + 1].level == lines[label].level + 1);
}

}  // namespace pnc

namespace pnc {
namespace {

const std::string kCentre = std::string(PNC_TEST_DATA_DIR) + "/cases/truth/0013-long-group-lists/input.json";

const notice::NoticeDoc* DocNamed(const driver::Compiled& c, const std::string& base) {
  for (const auto& d : c.docs) {
    if (d.file_base == base) return &d;
  }
  return nullptr;
}

// The field labelled `label` anywhere in `blocks` (summary or a section's blocks), or nullptr.
const notice::Field* FieldIn(const std::vector<notice::Block>& blocks, const std::string& label) {
  for (const auto& b : blocks) {
    for (const auto& f : b.fields) {
      if (f.label == label) return &f;
    }
  }
  return nullptr;
}

const notice::Section* SectionNamed(const notice::NoticeDoc& doc, const std::string& id) {
  for (const auto& s : doc.sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a long list of whose right it is is a field list in the rights section and the short version") {
  auto c = test::CompileSource(kCentre);
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc* doc = DocNamed(*c, "notice.en");
  REQUIRE(doc != nullptr);
  const notice::Section* rights = SectionNamed(*doc, "rights");
  REQUIRE(rights != nullptr);
  const notice::Field* f = FieldIn(rights->blocks, "This right is for");
  REQUIRE(f != nullptr);
  REQUIRE(f->items.size() == 5);
  CHECK(f->items[1].at(0).text == "Parents, carers and guardians of members");
  CHECK(doc->origins.at(f->items[1].at(0).origin).pointer == "/data_subjects/1/name");
  CHECK(doc->origins.at(f->label_origin).key == "rights.applies-to-list");
  // The right to object's box: the list is a boxed field of its own, after the box's paragraph.
  bool boxed_list = false;
  for (const auto& b : rights->blocks)
    boxed_list = boxed_list || (b.kind == notice::BlockKind::kFields && b.role == "callout");
  CHECK(boxed_list);
  // No sentence of commas anywhere: "This right is for: Members, Parents, carers…" is gone.
  const std::string html = test::HtmlOf(*doc);
  CHECK(html.find("This right is for: Members") == std::string::npos);
  CHECK(html.find("<dt>This right is for</dt><dd>\n<ul>\n<li>Members</li>\n<li>Parents, carers and guardians of "
                  "members</li>") != std::string::npos);
  // The short version names the right again, with the list under it.
  const notice::Field* s = FieldIn(doc->summary, "The right to object is for these people");
  REQUIRE(s != nullptr);
  CHECK(s->items.size() == 5);
  // Every format reads it as a list: braille one item a line, audio "A list of 5 items."
  auto lines = render::BrailleLines(*doc);
  size_t label = 0;
  while (label < lines.size() && lines[label].text != "This right is for") ++label;
  REQUIRE(label + 2 < lines.size());
  CHECK(lines[label + 2].text == "Parents, carers and guardians of members");
  CHECK(lines[label + 2].level == lines[label].level + 1);
  std::string spoken;
  for (const auto& ch : render::SpeechScript(*doc)) {
    for (const auto& u : ch.utterances) spoken += u.text + "\n";
  }
  CHECK(spoken.find("This right is for:\nA list of 5 items.\nMembers.\nParents, carers and guardians of members.") !=
        std::string::npos);
}

TEST_CASE("a record about a long list of groups: the schedule is one record a block, the groups a field list") {
  auto c = test::CompileSource(kCentre);
  REQUIRE(c->sink.Errors() == 0);
  const notice::NoticeDoc* doc = DocNamed(*c, "notice.en");
  REQUIRE(doc != nullptr);
  const notice::Section* ret = SectionNamed(*doc, "retention");
  REQUIRE(ret != nullptr);
  int records = 0, names = 0;
  for (const auto& b : ret->blocks) {
    CHECK(b.kind != notice::BlockKind::kTable);  // a table cell holds running text only
    if (b.kind == notice::BlockKind::kFields) ++records;
    if (b.kind == notice::BlockKind::kHeading) ++names;  // each record's name, a sub-heading
  }
  CHECK(records == 2);
  CHECK(names == 2);
  const notice::Field* whose = FieldIn(ret->blocks, "Whose information");
  REQUIRE(whose != nullptr);
  REQUIRE(whose->items.size() == 5);
  CHECK(whose->items[1].at(0).text == "Parents, carers and guardians of members");
  const std::string html = test::HtmlOf(*doc);
  CHECK(html.find("<h3>Mailing list</h3>\n<dl>\n<div><dt>How long we keep it</dt><dd>Until you ask us to stop</dd>") !=
        std::string::npos);
  CHECK(html.find("<dt>Whose information</dt><dd>\n<ul>\n<li>Members</li>") != std::string::npos);
  CHECK(html.find("Whose information: Members, Parents") == std::string::npos);
  // The payroll record is about staff only: one name, in running text.
  CHECK(html.find("<dt>Whose information</dt><dd>Staff</dd>") != std::string::npos);
}

TEST_CASE("a schedule whose records name few groups stays a table") {
  diag::Sink sink;
  auto doc = test::Build(test::BaseSource(), "en", &sink);
  const notice::Section* ret = SectionNamed(doc, "retention");
  REQUIRE(ret != nullptr);
  bool table = false;
  for (const auto& b : ret->blocks) table = table || b.kind == notice::BlockKind::kTable;
  CHECK(table);
}

TEST_CASE("a right of a few groups stays one sentence") {
  nlohmann::json s = test::BaseSource();
  s["data_subjects"].push_back({{"id", "staff"}, {"name", "Staff"}});
  s["purposes"][0]["lawful_bases"] = {"legitimate-interests"};
  s["purposes"][0]["legitimate_interest"] = "Supporting families, which is why we exist.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  diag::Sink sink;
  auto doc = test::Build(s, "en", &sink);
  const std::string html = test::HtmlOf(doc);
  CHECK(html.find("This right is for: Parents.") != std::string::npos);
  CHECK(html.find("<dt>This right is for</dt>") == std::string::npos);
}

TEST_CASE("a name shown in the default language inside a translated notice keeps its lang on the list item") {
  // Welsh notice; the data categories' names have no Welsh (a fallback, allowed with --allow-fallback).
  nlohmann::json s = WithCategories({"Names", "Addresses", "Phone numbers", "Health", "Photographs"});
  s["notice"]["locales"] = {"en", "cy"};
  s["data_categories"][0]["name"] = {{"en", "Names"}, {"cy", "Enwau"}};
  diag::Sink sink;
  auto doc = test::Build(s, "cy", &sink);
  const notice::Field* f = nullptr;
  for (const auto& sec : doc.sections) {
    for (const auto& sub : sec.children) {
      for (const auto& b : sub.blocks) {
        for (const auto& x : b.fields) {
          if (x.items.size() == 5) f = &x;
        }
      }
    }
  }
  REQUIRE(f != nullptr);
  CHECK(f->ItemLang(0).empty());  // Welsh, as the page is
  CHECK(f->ItemLang(1) == "en");  // shown in English
  const std::string html = test::HtmlOf(doc);
  CHECK(html.find("<li>Enwau</li>\n<li lang=\"en\">Addresses</li>") != std::string::npos);
  // The short version's bulleted names: the <li> carries the lang too.
  CHECK(html.find("<li lang=\"en\">Phone numbers</li>") != std::string::npos);
  // Braille and audio read the item in its own language.
  bool braille = false;
  for (const auto& line : render::BrailleLines(doc))
    braille = braille || (line.text == "Addresses" && line.lang == "en");
  CHECK(braille);
  bool spoken = false;
  for (const auto& ch : render::SpeechScript(doc)) {
    for (const auto& u : ch.utterances) spoken = spoken || (u.text == "Addresses." && u.lang == "en");
  }
  CHECK(spoken);
}

TEST_CASE("the spoken 'label: value' is the catalogue's, not C++ punctuation") {
  diag::Sink sink;
  auto doc = test::Build(test::BaseSource(), "en", &sink);
  REQUIRE(doc.labels.count("audio-field") == 1);
  CHECK(doc.labels.at("audio-field") == "{label}: {value}");
  doc.labels["audio-field"] = "{label} is {value}";
  std::string spoken;
  for (const auto& ch : render::SpeechScript(doc)) {
    for (const auto& u : ch.utterances) spoken += u.text + "\n";
  }
  CHECK(spoken.find("Email is complaints at acme dot charity.") != std::string::npos);  // a contact field
  CHECK(spoken.find("How long we keep it is 6 years.") != std::string::npos);           // a table cell
  CHECK(spoken.find("Email: ") == std::string::npos);
}

}  // namespace pnc
