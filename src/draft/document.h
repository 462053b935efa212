#pragma once
// draft: the one text model every reader produces and the detectors consume: blocks (paragraphs,
// list items, table rows, headings) with source positions, then sections and sentences.
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "draft/pattern.h"

namespace pnc::draft {

/// A paragraph-like unit of extracted text.
struct Block {
  std::string text;   // UTF-8, whitespace collapsed to single spaces
  int line = 0;       // 1-based line of the first character (docx: paragraph no.)
  int page = 0;       // PDF page, 0 otherwise
  int page_line = 0;  // line on that page (PDF only)
  int heading = 0;    // 0 = body, 1..6 = heading level
  bool list_item = false;
  bool continues_item = false;  // a later paragraph of the same list item (HTML <li><p>…<p>)
  int depth = 0;                // HTML: list nesting (1 = an item of an outer list), 0 = not known
  bool table_row = false;       // cells joined with " | "
  bool term = false;            // a definition term (HTML <dt>): a label for what follows
  bool hidden = false;          // HTML: inside an element the page hides (hidden, display:none, aria-hidden)
  std::string lang;             // HTML: the language its markup declares (nearest lang attribute: "cy", "en"), or ""
  int lang_owner = 0;           // HTML: the element whose lang attribute that is (numbered in reading order), or 0
  std::string lang_outer;       // HTML: the language around that element when it switches to `lang`, or ""
  bool lang_passage = false;    // a passage marked in another language inside a document (MarkLanguagePassages)
  std::vector<std::pair<size_t, int>> line_breaks;  // (byte offset in text, line) where a source line starts
};

/// What a reader returns: blocks in reading order, or an error.
struct Extracted {
  std::string format;  // text, markdown, html, docx, pdf
  std::vector<Block> blocks;
  std::string error;                 // non-empty: could not be read
  std::vector<int> page_first_line;  // PDF: first line of page i+1 (lines count across pages)
};

/// One sentence (or heading, or a lead-in sentence joined with the list that follows it).
struct Sentence {
  std::string text;                 // as quoted in evidence
  std::vector<std::string> tokens;  // normalised, see Tokenize()
  int line = 0, page = 0, page_line = 0;
  int section = 0;  // index into Document::sections
  int block = 0;    // index of the block it came from
  bool heading = false;
  bool list_item = false;
  bool table_row = false;
  bool joined = false;        // a lead-in joined with one item of the list under it
  int lead_in = -1;           // list items and joined sentences: the lead-in sentence
  bool hidden = false;        // from a block the page hides (Block::hidden); joined: the lead-in or the item is
  std::string lang;           // the language the markup declares for its block (Block::lang), or ""
  bool lang_passage = false;  // Block::lang_passage
  // Layout (segment.cc): what a reader's structure says about the sentence, so a detector can ask
  // "what basis does this purpose's row or block give" instead of scanning nearby sentences.
  std::vector<std::vector<std::string>> cells;  // table rows: the tokens of each cell
  int header = -1;           // table rows: the table's header row ("Purpose | Lawful basis"), if it has one
  int label = 0;             // tokens of a field label the sentence opens with ("Lawful basis: …", "Purpose - …")
  int record = -1;           // the layout unit it belongs to: a table row, a run of "label: value" lines, a
                             // definition term with its definitions; -1 for running text
  Pattern::Filter filter{};  // Pattern::FilterOf(tokens), for Pattern::Find
};

/// A heading and the sentences under it; nested sections keep their parent.
struct Section {
  std::string heading;  // "" for the text before the first heading
  std::vector<std::string> tokens;
  int level = 0;
  int parent = -1;
  int line = 0;
  Pattern::Filter filter{};  // Pattern::FilterOf(tokens), for Pattern::Find
};

/// A segmented draft.
struct Document {
  std::vector<Section> sections;
  std::vector<Sentence> sentences;
};

/// Readers: bytes → blocks. Each catches its library's failures and sets `error`.
Extracted ReadPlainText(std::string_view utf8);
Extracted ReadMarkdown(std::string_view utf8);
Extracted ReadHtml(std::string_view utf8);
/// A text file's HTML tables ("<table>" … "</table>" lines): read as HTML blocks with the file's line numbers,
/// their lines blanked in `lines` for the text reader; MergeByLine puts them back among its blocks.
std::vector<Block> TakeHtmlTables(std::vector<std::string>* lines);
std::vector<Block> MergeByLine(std::vector<Block> blocks, std::vector<Block> tables);
Extracted ReadDocx(std::string_view bytes);
/// The .docx reader past the archive: word/document.xml, styles.xml and the relationships
/// ("" when absent). Split out so the XML walk can be fuzzed without a zip library.
Extracted ReadDocxXml(std::string_view document, std::string_view styles, std::string_view rels);
Extracted ReadPdf(std::string_view bytes);

/// Turns raw lines (text files, PDF pages) into blocks, guessing headings from their shape.
/// `pages[i]` is the page of line i (empty = no pages); `indent[i]` where line i starts (PDF, in
/// points; empty = its leading spaces).
std::vector<Block> BlocksFromLines(const std::vector<std::string>& lines, const std::vector<int>& pages,
                                   const std::vector<bool>& big_font, const std::vector<int>& indent = {});

/// Sections and sentences from blocks; `page_first_line` (PDF only) maps lines to pages.
Document Segment(std::vector<Block> blocks, const std::vector<int>& page_first_line = {});

/// The layout model (layout.cc): table cells and header rows, field labels, records. Segment
/// calls it; `blocks` are the ones `doc` was segmented from.
void AddLayout(const std::vector<Block>& blocks, Document* doc);

/// Whether a line is only a page number ("3", "Page 3", "Page 3 of 7", "- 3 -").
bool IsPageNumberLine(const std::string& line);

/// Drops page numbers and short lines repeated three or more times (running headers/footers).
void DropPageFurniture(std::vector<Block>& blocks);

/// Lowercase ASCII-folded word tokens; "," ";" ":" "|" kept as "," tokens; "n't" → "not".
std::vector<std::string> Tokenize(std::string_view text);

/// Validates UTF-8 (base/utf8.h); returns the byte offset of the first bad sequence, or npos.
using base::FindInvalidUtf8;

/// Collapses runs of whitespace (including NBSP) into one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace pnc::draft
