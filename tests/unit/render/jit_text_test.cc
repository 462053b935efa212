// tests: render/jit.cc's plain text for paper forms takes a field's punctuation from the catalogue
// (label.field, label.field-list), not ": " written in C++ (review L7): a locale that puts a space
// before the colon gets it, and the shipped locales keep "Label: value".
#include <doctest/doctest.h>

#include "render/jit.h"
#include "test_support.h"

namespace pnc {

TEST_CASE("a just-in-time notice's plain text joins a field's label and value as the catalogue says") {
  notice::NoticeDoc doc;
  doc.locale = "fr";
  doc.labels = {{"field", "{label} : {value}"}, {"field-list", "{label} :"}};
  notice::Field one;
  one.label = "Courriel";
  one.value = {notice::Inline{notice::InlineKind::kText, "dpo@example.org"}};
  notice::Field list;
  list.label = "Pour";
  list.items = {{notice::Inline{notice::InlineKind::kText, "Membres"}}};
  notice::Block fields;
  fields.kind = notice::BlockKind::kFields;
  fields.fields = {one, list};
  notice::Section s;
  s.id = "jit-purpose-x";
  s.title = "Titre";
  s.blocks = {fields};
  doc.jit = {s};
  std::string text;
  diag::Sink sink;
  REQUIRE(render::RenderJitText(doc, {}, &text, &sink));
  CHECK(text == "Titre\n\nCourriel : dpo@example.org\nPour :\n- Membres\n");
}

TEST_CASE("every shipped locale's field pattern keeps the label before its value") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  REQUIRE(c->sink.Errors() == 0);
  for (const auto& doc : c->docs) {
    CAPTURE(doc.locale);
    REQUIRE(doc.labels.contains("field"));
    REQUIRE(doc.labels.contains("field-list"));
    CHECK(doc.labels.at("field").find("{label}") < doc.labels.at("field").find("{value}"));
  }
}

}  // namespace pnc
