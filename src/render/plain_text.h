#pragma once
// render: NoticeDoc inlines → plain text for the formats that have no markup (braille, speech).
#include <string>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::render {

/// What a link's address looks like written out: "mailto:a@b.org" → "a@b.org", "tel:+44…" → "",
/// an in-page "#anchor" → "" (nothing to write out), a web address as it is.
std::string LinkTarget(const std::string& href);

/// The text of `inlines`, emphasis dropped. With `write_links`, each link is followed by its
/// address in brackets unless its text already shows it ("Contact us (https://…)"). A line
/// break becomes `line_break` (a table cell's second line is often a sentence of its own).
std::string PlainText(const notice::Inlines& inlines, bool write_links, const std::string& line_break = " ");

/// PlainText with each kSpan in another language than `lang` (the text's own; "" = the
/// document's) enclosed in kLangOpen + its lang + kLangText … kLangClose, so the formats that speak
/// or braille the text can switch language there (LangRuns).
std::string MarkedText(const notice::Inlines& inlines, bool write_links, const std::string& lang,
                       const std::string& line_break = " ");

/// The marks MarkedText puts around a span: control characters no source text holds
/// (the loader refuses them) and BRF and speech never write.
inline constexpr char kLangOpen = '\x0E', kLangText = '\x0F', kLangClose = '\x10';

/// Plain `text` in `lang` with the marks MarkedText would give it (as it is when
/// `lang` is ""): a title that is a name in another language.
std::string MarkLang(const std::string& text, const std::string& lang);

/// A stretch of plain text in one language.
struct LangRun {
  std::string lang;
  std::string text;
};

/// `text` (with MarkedText's language marks) cut into runs, each in its span's language or
/// `lang` outside any; runs of one language are joined, and a run of only spaces and punctuation
/// (the stop after a name) goes with the run before it. No marks: one run.
std::vector<LangRun> LangRuns(const std::string& text, const std::string& lang);

}  // namespace pnc::render
