// tests: a source's texts are read in NFC, so a letter typed as base + combining accent is the one
// letter fonts and readers expect (user test s27 F7: Welsh "ŵ" pasted decomposed failed the PDF).
#include <doctest/doctest.h>

#include "source/loader.h"
#include "source/normalise.h"
#include "test_support.h"

namespace pnc {
namespace {

TEST_CASE("texts are composed (NFC); keys, ASCII and already-composed text are kept") {
  nlohmann::json v = {{"title",
                       {{"cy",
                         "G"
                         "w\xCC\x82"
                         "yl"},
                        {"en", "Cafe\xCC\x81"}}},
                      {"list", {"plain ascii", "T\xC5\xB7"}},
                      {"k\xCC\x81", 3}};
  source::NormaliseTexts(&v);
  CHECK(v["title"]["cy"] == "G\xC5\xB5yl");  // ŵ, U+0175
  CHECK(v["title"]["en"] == "Caf\xC3\xA9");  // é
  CHECK(v["list"][0] == "plain ascii");
  CHECK(v["list"][1] == "T\xC5\xB7");  // ŷ, already composed
  CHECK(v.contains("k\xCC\x81"));      // a key is an id or a field name: not rewritten
}

TEST_CASE("a decomposed letter in a source reaches the model composed") {
  nlohmann::json s = test::BaseSource();
  s["controller"]["name"] = "Canolfan Gw\xCC\x82yl";
  diag::Sink sink;
  const std::string text = s.dump();
  auto loaded = source::Load("t.json", text, &sink);
  REQUIRE(loaded.model.controller.contact.name.Get("en") != nullptr);
  CHECK(loaded.model.controller.contact.name.Get("en")->text == "Canolfan G\xC5\xB5yl");
}

TEST_CASE("normalising is linear on a long run of combining marks") {
  nlohmann::json v = std::string("a") + [] {
    std::string marks;
    for (int i = 0; i < 200'000; ++i) marks += "\xCC\x81";
    return marks;
  }();
  source::NormaliseTexts(&v);
  CHECK(v.get<std::string>().size() > 200'000);
}

}  // namespace
}  // namespace pnc
