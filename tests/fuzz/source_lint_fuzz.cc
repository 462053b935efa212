// tests/fuzz: bytes → source::Load → rules::Lint → source::Locate, with pnc's real law data. Any
// crash, hang, sanitizer report or escaped exception is a bug: hostile sources must only make
// diagnostics.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "diag/diagnostic.h"
#include "driver/resources.h"
#include "rules/lint.h"
#include "source/loader.h"

namespace {

const pnc::driver::Resources& Res() {
  static const pnc::driver::Resources* res = [] {
    auto* r = new pnc::driver::Resources;
    pnc::diag::Sink sink;
    if (!pnc::driver::LoadResources(PNC_DEFAULT_DATA_DIR, r, &sink)) std::abort();  // broken checkout
    return r;
  }();
  return *res;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& res = Res();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  pnc::diag::Sink sink;
  pnc::source::Loaded loaded = pnc::source::Load("fuzz.json", text, &sink);
  if (loaded.parsed) {
    for (bool strict : {false, true}) {
      pnc::rules::Lint(loaded.model, res.law, {strict, !strict}, &sink);
    }
    pnc::source::Locate(loaded.locator, "fuzz.json", &sink);
  }
  sink.Sort();
  return 0;
}
