#pragma once
// doc: NoticeDoc, the document model every renderer consumes. Renderers never see JSON or the
// source Model; everything they print is in here, already localised and already made safe.
#include <map>
#include <string>
#include <vector>

namespace pnc::notice {

/// Kinds of inline content (a subset of CommonMark, after safe-mode filtering), and kSpan: a run
/// in another language than its block (a name with no translation shown in the default locale's
/// words, a name the source gives a language of its own), set only by the notice stage.
enum class InlineKind { kText, kStrong, kEmphasis, kCode, kLink, kLineBreak, kSpan };

/// Where a piece of text came from: what `pnc explain` prints beside it.
struct Origin {
  /// kData: pnc's other data (data/help.json); kBuild: a fact of the build itself (the files it writes
  /// beside the document), in the words of a catalogue key.
  enum class Kind { kSource, kCatalogue, kRegulator, kDerived, kData, kBuild };
  Kind kind = Kind::kSource;
  std::string pointer;  // kSource: JSON pointer of the text; otherwise the source fact it follows from ("" = none)
  std::string key;  // kCatalogue, kBuild: the catalogue key; kRegulator, kData: the entry ("data/regulator.json …")
  std::string because;             // why it appears: the recorded condition of a catalogue key, how it was derived, or
                                   // (kBuild) the files of the build's output set it names
  std::vector<std::string> facts;  // more source facts it follows from (JSON pointers)
  bool overridden = false;         // kCatalogue: the source's `wording` replaced the catalogue text
};

/// A run of inline content; kStrong/kEmphasis/kLink/kSpan hold their content in `children`.
/// Renderers honour a kSpan's `lang`: HTML <span lang>, a PDF Span element with /Lang, the voice
/// that reads it aloud, the braille table it is brailled with; text formats keep its words.
struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;              // kText, kCode: UTF-8 text, not escaped
  std::string href;              // kLink: http(s):, mailto:, tel: or #anchor only
  std::vector<Inline> children;  // kStrong, kEmphasis, kLink, kSpan
  int origin = -1;               // index into NoticeDoc::origins (-1: the enclosing block's)
  std::string lang = {};         // kSpan: BCP 47 code of its children's language
};
using Inlines = std::vector<Inline>;

/// Kinds of block content.
enum class BlockKind {
  kParagraph,    // inlines
  kHeading,      // inlines at `level` (a sub-heading inside a section: 3..6)
  kBulletList,   // items
  kOrderedList,  // items, numbered from `start`
  kTable,        // table
  kFields,       // fields: label/value pairs (contact details, glossary)
};

struct Block;

/// A table: header row and body rows of cells; every body row has header.size() cells.
struct Table {
  std::vector<Inlines> header;
  std::vector<std::vector<Inlines>> rows;
};

/// One label/value pair, e.g. "Email" → a mailto link, or a glossary term → its meaning.
/// A field whose value lists several things (the data a purpose uses) has them in `items`, one
/// Inlines per thing, in order: renderers show them as a bulleted list under the label (HTML
/// <ul>, a tagged PDF list, one line each in braille and text, "a list of N items" read aloud), and
/// `value` is then empty. The notice stage decides when a list is long enough for that
/// (notice/writer.h, Writer::ListField).
struct Field {
  std::string label;
  Inlines value;
  int label_origin = -1;       // index into NoticeDoc::origins
  std::vector<Inlines> items;  // the value as a list (see above); empty for a value in running text
  /// The language of each item shown in another language than the document (a name with no
  /// translation, shown in the default locale): parallel to `items`, "" for an item in the
  /// document's language; may be shorter than `items` (missing = ""). HTML puts it on the <li>,
  /// PDF on the list item's tag (Lang), braille and audio read the item in it.
  std::vector<std::string> item_langs;
  /// The value is an identifier, not a quantity (a registered charity, company or ICO number):
  /// audio reads it character by character in short groups, never as a cardinal number.
  bool spelled = false;
  /// The lang of item `i` ("" = the document's).
  const std::string& ItemLang(size_t i) const {
    static const std::string kNone;
    return i < item_langs.size() ? item_langs[i] : kNone;
  }
};

/// A block of content.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Inlines inlines;
  int level = 3;
  std::vector<std::vector<Block>> items;
  int start = 1;
  Table table;
  std::vector<Field> fields;
  std::string lang;    // set when this block is in another language than the document (fallback)
  std::string role;    // presentation hint: "callout" (boxed, e.g. right to object, who to talk to)
  std::string origin;  // where the text came from: a source JSON pointer or "catalogue:<key>"
  int origin_id = -1;  // index into NoticeDoc::origins, for inlines that have none of their own
};

/// A titled section; children are its sub-sections, one heading level lower.
struct Section {
  std::string id;  // anchor id, ASCII, unique in the document
  std::string title;
  std::vector<Block> blocks;
  std::vector<Section> children;
  std::string icon;  // pictogram name for children's versions ("" = none)
  /// The glossary ("words we use"): it names hard terms in order to explain them, so reading
  /// measures leave it out, and the terms it explains are listed in NoticeDoc::glossary.
  bool glossary = false;
  std::string origin;      // source pointer or catalogue key of the title
  int title_origin = -1;   // index into NoticeDoc::origins
  std::string title_lang;  // the title's language when it is not the document's (a name with no translation)
};

/// A link to the same notice in another language or format.
struct Alternate {
  std::string locale;  // BCP 47 code
  std::string label;   // the language's own name, e.g. "Cymraeg"
  std::string href;    // relative file name, e.g. "notice.cy.html"
  bool current = false;
};

/// One file a build writes for a source: what a document may offer its reader instead of itself
/// (the "Other formats and languages" section, notice/outputs.h). The driver lists them.
struct OutputFile {
  std::string name;                  // relative to the source's output folder: "notice.cy.pdf"
  std::string format;                // the format's --format name: "pdf"
  std::vector<std::string> locales;  // its language, or a bilingual document's (in order); none per source
  std::string audience;              // "adult", "child"; "" for a per-source file
  std::string band;                  // a children's guide's age band (NoticeDoc::band)
};

/// The whole notice for one audience in one locale.
struct NoticeDoc {
  std::string locale;  // BCP 47 code, e.g. "cy"
  std::string dir = "ltr";
  std::string audience = "adult";  // "adult" or "child"
  std::string band;                // children's versions: the age band ("6-9", …)
  std::string file_base;           // output name without extension: "notice.en", "child.6-9.cy"
  std::string title;
  std::string organisation;
  std::string title_lang, organisation_lang;  // their language when not the document's (a name's own)
  std::string version;
  std::string updated;      // localised display date
  std::string updated_iso;  // YYYY-MM-DD
  std::string summary_title;
  std::vector<Block> summary;     // the first layer: who, what, why, your rights
  std::vector<Section> sections;  // the full notice
  std::vector<Alternate> alternates;
  /// Fixed interface text for renderers, from the locale catalogue: "contents", "page-of"
  /// ("Page {page} of {pages}"), "version", "last-updated", "skip-link", "languages", "summary".
  std::map<std::string, std::string> labels;
  /// The origin (index into `origins`) of the labels whose words become document text: those the
  /// "Other formats and languages" section is written in ("outputs", "output-pdf", …).
  std::map<std::string, int> label_origins;
  /// A preview of unconfirmed facts: the mark every page carries ("Draft: not yet confirmed");
  /// "" for a publishable notice. What is unconfirmed is listed in `summary`.
  std::string draft;
  /// The terms the glossary section explains, lowercase, as the jargon lists name them ("consent"
  /// for an entry labelled "Saying yes (consent)"); empty without a glossary.
  std::vector<std::string> glossary;
  /// Just-in-time notices, to put next to a form (--format jit): one section per form
  /// ("jit-form-<id>"), then per purpose ("jit-purpose-<id>"); empty unless the build asks.
  std::vector<Section> jit;
  /// Where each piece of text came from (pnc explain); Inline/Field/Section refer to it by index.
  std::vector<Origin> origins;
  int title_origin = -1, organisation_origin = -1, version_origin = -1, updated_origin = -1;
  int summary_title_origin = -1, draft_origin = -1;
};

}  // namespace pnc::notice
