#pragma once
// draft: languages of a draft, so a bilingual notice is judged once per language.
#include <string>
#include <vector>

#include "draft/document.h"

namespace pnc::draft {

/// "cy", "en", or "" when the sentence's function words do not tell (names, addresses, numbers).
std::string SentenceLanguage(const std::vector<std::string>& tokens);

/// Splits paragraphs that hold both languages side by side ("Rydym yn … / We …") at " / ".
std::vector<Block> SplitBilingualBlocks(std::vector<Block> blocks);

/// Marks the passages an HTML page marks in another language than the text around them (a fallback
/// name, a quotation): the element switching language holds no heading or under a quarter of the blocks.
void MarkLanguagePassages(std::vector<Block>* blocks);

/// The languages that each make up a real part of the draft (at least four sentences and a fifth
/// of those whose language is known), sorted; one entry for a monolingual draft. Marked passages
/// (Sentence::lang_passage) in their own language do not count: they are not a notice of their own.
std::vector<std::string> DocumentLanguages(const Document& doc);

/// The draft as read in one language: its sentences in `lang` and those of no clear language
/// (headings, contact details), with list lead-ins renumbered.
Document FilterLanguage(const Document& doc, const std::string& lang);

}  // namespace pnc::draft
