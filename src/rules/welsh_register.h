#pragma once
// rules: how Welsh text addresses its reader: the familiar 'ti' (ti, dy, wyt, gelli di, cofia) or
// the formal/plural 'chi' (chi, eich, ydych, gallwch, cofiwch); and the cy-register rule, which
// finds a Welsh children's version that uses both. Run by the driver once the documents are built.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/notice_doc.h"
#include "locale/catalogue.h"
#include "source/model.h"

namespace pnc::rules {

/// A word (or two) of Welsh text that shows the form of address.
struct RegisterMark {
  bool familiar = false;  // true: 'ti' (second person singular); false: 'chi' (formal or plural)
  std::string words;      // as written in the text ("wyt", "gelli di", "Gallwch")
  size_t offset = 0;      // byte offset of the first word in the text
};

/// The marks of address in Welsh `text`, in order. Conservative: whole words only; a word inside
/// quotation marks, in a web or e-mail address, joined by a hyphen ("di-dâl"), elided after an
/// apostrophe ("'di" for "wedi", "'dy" for "ydy"), or capitalised inside a sentence (a name:
/// "Cylch Ti a Fi") is no mark; "di" counts only right after a second-person verb ("gelli di").
std::vector<RegisterMark> FindRegisterMarks(std::string_view text);

/// The 'chi' form of a familiar mark's words, for a fix hint ("wyt" → "ydych"); "" when none is listed.
std::string FormalFor(const std::string& familiar_words);

/// cy-register: reports each source text (or wording override) of a Welsh children's version
/// `child` whose form of address differs from the rest of the version (pnc's own sentences, read in
/// `catalogue`, first),
/// or that uses both forms itself. `reported` holds the pointers already reported (a wording shown
/// in several versions is reported once).
void CheckWelshRegister(const source::Model& model, const notice::NoticeDoc& child, const locale::Catalogue& catalogue,
                        std::set<std::string>* reported, diag::Sink* sink);

}  // namespace pnc::rules
