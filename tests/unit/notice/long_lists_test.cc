// tests: a long list in a field value ("Information used": many data categories) is a list node
// (Field::items) that every renderer shows as a list, with each item's own origin; a short one
// stays joined in running text.
#include <doctest/doctest.h>

#include "notice/explain.h"
#include "notice/writer.h"
#include "render/braille.h"
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
