#pragma once
// render: NoticeDoc inlines → plain text for the formats that have no markup (braille, speech).
#include <string>

#include "doc/notice_doc.h"

namespace pnc::render {

/// What a link's address looks like written out: "mailto:a@b.org" → "a@b.org", "tel:+44…" → "",
/// an in-page "#anchor" → "" (nothing to write out), a web address as it is.
std::string LinkTarget(const std::string& href);

/// The text of `inlines`, emphasis dropped. With `write_links`, each link is followed by its
/// address in brackets unless its text already shows it ("Contact us (https://…)"). A line
/// break becomes `line_break` (a table cell's second line is often a sentence of its own).
std::string PlainText(const notice::Inlines& inlines, bool write_links, const std::string& line_break = " ");

}  // namespace pnc::render
