// source: parsed JSON → the same JSON with every text in NFC (libunistring's u8_normalize).
// Why a library: composition needs the Unicode tables (canonical pairs, combining classes,
// exclusions), and libunistring is already in the process: libgettextpo depends on it.
#include "source/normalise.h"

#include <uninorm.h>

#include <cstdlib>
#include <vector>

namespace pnc::source {
namespace {

bool Ascii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

void Normalise(std::string* s) {
  if (Ascii(*s)) return;
  size_t length = 0;
  uint8_t* nfc = u8_normalize(UNINORM_NFC, reinterpret_cast<const uint8_t*>(s->data()), s->size(), nullptr, &length);
  // NULL only for invalid UTF-8 or out of memory; the scanner refused invalid UTF-8 before parsing.
  if (nfc == nullptr) return;
  s->assign(reinterpret_cast<const char*>(nfc), length);
  std::free(nfc);
}

}  // namespace

void NormaliseTexts(nlohmann::json* v) {
  // An explicit stack: a source may nest as deep as the scanner allows.
  std::vector<nlohmann::json*> todo = {v};
  while (!todo.empty()) {
    nlohmann::json* j = todo.back();
    todo.pop_back();
    if (j->is_string()) {
      Normalise(j->get_ptr<std::string*>());
    } else if (j->is_structured()) {
      for (auto& child : *j) todo.push_back(&child);
    }
  }
}

}  // namespace pnc::source
