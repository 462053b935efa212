#pragma once
// notice: small helpers the section builders share: localised source text (with fallback marked by
// lang), catalogue text (or the source's `wording` override of it) as inlines, block constructors,
// and the origin of every piece of text they make (pnc explain).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "notice/builder.h"
#include "source/scope.h"

namespace pnc::markdown {
struct Issue;
}  // namespace pnc::markdown

namespace pnc::notice {

/// Turns source text and catalogue entries into NoticeDoc blocks for one locale, recording in
/// `doc->origins` where each piece of text came from.
class Writer {
 public:
  Writer(const BuildInput& in, NoticeDoc* doc, diag::Sink* sink);
  /// The locale being written.
  const std::string& locale() const { return in_.catalogue.code(); }
  /// The source model.
  const source::Model& model() const { return in_.model; }
  /// Whom each item of the model concerns.
  const source::Scope& scope() const { return scope_; }
  /// The law data.
  const rules::LawData& law() const { return in_.law; }
  /// The catalogue.
  const locale::Catalogue& cat() const { return in_.catalogue; }
  /// The age band of a children's version ("" for the adult notice).
  const std::string& band() const { return in_.band; }
  /// The children's wording of `item` this version shows: its wording for this age band where the
  /// source gives one per band (`child_by_band`), else its `child`.
  template <typename T>
  const source::Text& Child(const T& item) const {
    return source::ChildFor(item.child, item.child_by_band, in_.band);
  }
  /// The notice's earlier versions and what changed in each, newest first.
  const std::vector<HistoryStep>& history() const { return in_.history; }

  /// A source origin: the text at `pointer`.
  int Src(const std::string& pointer) const;
  /// A catalogue origin for `key`, shown because of the source fact at `fact` (and `facts`). A key
  /// the catalogue records as conditional must name its fact: a missing one is an internal error.
  int Cat(const std::string& key, const std::string& fact = "", const std::vector<std::string>& facts = {}) const;
  /// A regulator-data origin (`entry` names the field, e.g. "helpline").
  int Reg(const std::string& entry) const;
  /// An origin in pnc's other data: `entry` names the file and field ("data/help.json: childline.phone").
  int Data(const std::string& entry) const;
  /// A derived origin: text pnc composed from source facts (e.g. a list of names), with why.
  int Derived(const std::string& because, const std::string& fact, const std::vector<std::string>& facts = {}) const;

  /// The key to use for `key` in a children's version: its age-band variant when one exists.
  std::string Banded(const std::string& key) const;
  /// Catalogue (or override) text, placeholders filled (plain text, no Markdown).
  std::string T(const std::string& key, const std::map<std::string, std::string>& args = {}) const;
  /// Catalogue (or override) text parsed as inline Markdown, stamped with Cat(key, fact);
  /// placeholder values are escaped first.
  Inlines I(const std::string& key, const std::map<std::string, std::string>& args = {}, const std::string& fact = "",
            const std::vector<std::string>& facts = {}) const;
  /// A paragraph of catalogue text (see I).
  Block P(const std::string& key, const std::map<std::string, std::string>& args = {}, const std::string& fact = "",
          const std::vector<std::string>& facts = {}) const;
  /// Source text in this locale (default-locale text, marked with its lang, if missing).
  std::vector<Block> Blocks(const source::Text& text) const;
  /// Source text as inlines (for names and table cells).
  Inlines Inline(const source::Text& text) const;
  /// Source text as plain text (for list joining in summaries and titles). A text that is a name
  /// (IsName) is remembered, so Join keeps its letters as they are.
  std::string Plain(const source::Text& text) const;
  /// True when `text` is a name whose letters a list must not change (a Welsh mutation): a name
  /// given once for every language, text shown in another language because this one has none, or
  /// the same words in every language the source gives.
  bool IsName(const source::Text& text) const;
  /// The lang a text will be shown in ("" when it is in this locale): the default locale's for a
  /// text with no translation, a proper name's own (`"lang"` in the source) when it has one.
  std::string LangOf(const source::Text& text) const;
  /// `inlines` as one kSpan in `lang` (as they are when `lang` is "").
  static Inlines InLang(Inlines inlines, const std::string& lang);
  /// Marks, everywhere in `doc` (summary, sections, just-in-time notices), each name Plain made of
  /// a text in another language (LangOf) as a kSpan in that language, where a catalogue sentence
  /// or a joined list took it in as plain text; sets the title's and organisation's lang. Run once
  /// the document is built.
  void MarkLangs(NoticeDoc* doc) const;
  /// Plain text stamped with an origin.
  static Inlines Text(std::string text, int origin);
  /// A field whose label is the catalogue text of `label_key`.
  Field F(const std::string& label_key, Inlines value) const;
  /// Contact details (address, e-mail, phone, website) as fields; with `who`, the name and role
  /// first (for contacts whose name is printed nowhere else).
  std::vector<Field> ContactFields(const source::Contact& contact, bool who = false) const;
  /// Items joined as the language does ("a, b and c"; Welsh "a, b a chofnodion", "… a'r Heddlu":
  /// locale::Catalogue::JoinLast), with the source's `wording` for list.* if any. An item Plain
  /// made from a name (IsName) keeps its letters.
  std::string Join(const std::vector<std::string>& items) const;
  /// A YYYY-MM-DD date in the locale's long form, with the source's `wording` for date.* if any.
  std::string Date(const std::string& iso) const;
  /// A field (label `label_key`) naming source items: their `names` joined in running text ("a, b
  /// and c", stamped as derived from `fact`), or, for a long list (IsLongList), one item per line
  /// as a bulleted list (Field::items), each stamped with its own name's place in the source.
  Field ListField(const std::string& label_key, const std::vector<const source::Text*>& names,
                  const std::string& because, const std::string& fact) const;
  /// The sentence `key` ("Whose information: {groups}.") with `names` joined into its
  /// `placeholder`; for a long list (IsLongList), the key's lead-in `key-list` ("Whose
  /// information:") and a bulleted list of the names, each stamped as derived from `fact` too.
  /// A name shown in another language than this one keeps its lang on its list item.
  std::vector<Block> ListSentence(const std::string& key, const std::string& placeholder,
                                  const std::vector<const source::Text*>& names, const std::string& fact,
                                  const std::vector<std::string>& facts = {}) const;
  /// The same for names pnc composed (plain text; `langs`, parallel and possibly shorter, gives
  /// the lang of a name shown in another language than this one).
  std::vector<Block> ListSentence(const std::string& key, const std::string& placeholder,
                                  const std::vector<std::string>& names, const std::vector<std::string>& langs,
                                  const std::string& fact, const std::vector<std::string>& facts = {}) const;
  /// The sentence `key` ("This right is for: {groups}.") with the `names` of source items joined
  /// into its `placeholder`; for a long list (IsLongList), a field labelled by `key-list` ("This
  /// right is for") whose value is the names as a list (Field::items, each in its own language),
  /// the same list node a field's long value is.
  std::vector<Block> ListBlocks(const std::string& key, const std::string& placeholder,
                                const std::vector<const source::Text*>& names, const std::string& fact,
                                const std::vector<std::string>& facts = {}) const;
  /// Names joined as the language does ("a, b and c"), stamped as derived from `fact`.
  Inlines Joined(const std::vector<std::string>& names, const std::string& because, const std::string& fact) const;
  /// The regulator's details in force on the notice's date (or --as-of), or nullptr.
  const rules::Regulator* Regulator() const;
  /// The date the regulator's details are chosen for: --as-of, else the notice's date.
  std::string RegulatorDate() const;
  /// A value of the regulator data (locale → text) in this locale, else in English.
  std::string Localised(const nlohmann::json& by_locale) const;
  /// Digits (and +) of a phone number, for a tel: link.
  static std::string TelHref(const std::string& phone);
  /// Escapes Markdown punctuation in a value substituted into catalogue Markdown.
  static std::string Escape(const std::string& value);
  /// Sets the origin of every inline in `inlines` (and their children) that has none.
  static void Stamp(Inlines* inlines, int origin);
  void ReportMarkdown(const std::vector<markdown::Issue>& issues, const std::string& pointer) const;

 private:
  const source::Translation* Pick(const source::Text& text) const;
  // The source's override of `key` for this locale (default-locale text if untranslated), or nullptr.
  const source::Translation* Override(const std::string& key) const;
  int Add(Origin o) const;
  const BuildInput& in_;
  NoticeDoc* doc_;
  diag::Sink* sink_;
  source::Scope scope_;
  mutable std::map<std::string, int> seen_;           // origin → index, so repeated origins share one entry
  mutable std::set<std::string> names_;               // Plain text of names (IsName), for Join
  mutable std::set<std::string> fallback_;            // Plain text shown in the default locale's words, for Join
  mutable std::map<std::string, std::string> langs_;  // Plain text in another language → its lang (MarkLangs)
};

/// A list is shown as bullets rather than joined in a sentence from this many items…
inline constexpr size_t kListItems = 5;
/// …or when the joined items are longer than this many words: about what a reader takes in as
/// one line of a clause (plain-language guidance puts a sentence at 15-25 words; a list of five
/// things is where a reader starts counting commas).
inline constexpr size_t kListWords = 25;
/// True when `items` are too many or too long to read joined in running text (kListItems,
/// kListWords), or when three or more are joined and one has its own comma ("Ethnicity, religion
/// and gender"): the reader can no longer tell where one item ends.
bool IsLongList(const std::vector<std::string>& items);

/// Fills the interface labels renderers need (contents, page numbers, …) and pictogram names.
void SetLabels(const Writer& w, NoticeDoc* doc);
/// Plain text inlines (origin: the enclosing block's).
Inlines Txt(std::string text);
/// A link inline.
Inline Link(std::string href, std::string text, int origin = -1);
/// A paragraph block of inlines.
Block Para(Inlines inlines, std::string origin = "");
/// A bullet list of single-paragraph items; `langs` (parallel, may be shorter) gives the lang of an
/// item shown in another language than the document (Writer::LangOf).
Block Bullets(std::vector<Inlines> items, const std::vector<std::string>& langs = {});
/// A fields block.
Block Fields(std::vector<Field> fields, std::string role = "");
/// A sub-heading block.
Block Heading(Inlines inlines);

}  // namespace pnc::notice
