// tests: the main rights a just-in-time notice lists follow the law for its purposes' bases.
#include <doctest/doctest.h>

#include "markdown/markdown.h"
#include "test_support.h"

namespace pnc {
namespace {

// The adult just-in-time notices' text for a source whose one purpose rests on `bases`.
std::string JitText(const nlohmann::json& bases) {
  auto s = test::BaseSource();
  s["purposes"][0]["lawful_bases"] = bases;
  s["purposes"][0]["legal_obligation"] = "The Charities Act 2011 requires us to keep these records.";
  s["purposes"][0]["requirement"] = {{"type", "none"}};
  s["controller"]["public_authority"] = true;
  driver::Options options;
  options.formats = {"html", "jit"};
  const std::string text = s.dump(2);
  auto c = test::CompileSource("t.json", options, &text);
  REQUIRE(c->sink.Errors() == 0);
  std::string out;
  for (const auto& d : c->docs) {
    for (const auto& j : d.jit) out += markdown::PlainText(j.blocks);
  }
  return out;
}

}  // namespace

// Art 17(3)(b): no right to erasure where processing is necessary for a legal obligation or a task in
// the public interest; a purpose resting on anything else keeps it in the list.
TEST_CASE("a just-in-time notice lists erasure only where Art 17(3)(b) does not exclude it") {
  const std::string deleted = "Have it deleted";
  CHECK(JitText({"legal-obligation"}).find(deleted) == std::string::npos);
  CHECK(JitText({"public-task"}).find(deleted) == std::string::npos);
  CHECK(JitText({"legal-obligation", "public-task"}).find(deleted) == std::string::npos);
  CHECK(JitText({"legal-obligation", "contract"}).find(deleted) != std::string::npos);
  CHECK(JitText({"contract"}).find(deleted) != std::string::npos);
}

}  // namespace pnc
