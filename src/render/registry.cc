// render: the format table. A new format is one renderer file plus one row here.
#include "render/registry.h"

#include <array>

#include "render/html.h"

namespace pnc::render {
namespace {

constexpr std::array kFormats = {
    Format{"html", "html", &RenderHtml},
};

}  // namespace

std::span<const Format> AllFormats() { return kFormats; }

const Format* FindFormat(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace pnc::render
