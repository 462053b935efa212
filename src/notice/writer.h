#pragma once
// notice: small helpers the section builders share: localised source text (with fallback marked by
// lang), catalogue text as inlines, and block constructors.
#include <map>
#include <string>
#include <vector>

#include "notice/builder.h"

namespace pnc::notice {

/// Turns source text and catalogue entries into NoticeDoc blocks for one locale.
class Writer {
 public:
  Writer(const BuildInput& in, diag::Sink* sink) : in_(in), sink_(sink) {}
  /// The locale being written.
  const std::string& locale() const { return in_.catalogue.code(); }
  /// The source model.
  const source::Model& model() const { return in_.model; }
  /// The law data.
  const rules::LawData& law() const { return in_.law; }
  /// The catalogue.
  const locale::Catalogue& cat() const { return in_.catalogue; }
  /// Catalogue text, placeholders filled (plain text, no Markdown).
  std::string T(const std::string& key, const std::map<std::string, std::string>& args = {}) const;
  /// Catalogue text parsed as inline Markdown; placeholder values are escaped first.
  Inlines I(const std::string& key, const std::map<std::string, std::string>& args = {}) const;
  /// A paragraph of catalogue text.
  Block P(const std::string& key, const std::map<std::string, std::string>& args = {}) const;
  /// Source text in this locale (default-locale text, marked with its lang, if missing).
  std::vector<Block> Blocks(const source::Text& text) const;
  /// Source text as inlines (for names and table cells).
  Inlines Inline(const source::Text& text) const;
  /// Source text as plain text (for list joining in summaries and titles).
  std::string Plain(const source::Text& text) const;
  /// The lang a text will be shown in ("" when it is in this locale).
  std::string LangOf(const source::Text& text) const;
  /// A field with plain inlines.
  static Field F(std::string label, Inlines value) { return {std::move(label), std::move(value)}; }
  /// Contact details (address, e-mail, phone, website) as fields.
  std::vector<Field> ContactFields(const source::Contact& contact) const;
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

 private:
  const source::Translation* Pick(const source::Text& text) const;
  const BuildInput& in_;
  diag::Sink* sink_;
};

/// Fills the interface labels renderers need (contents, page numbers, …) and pictogram names.
void SetLabels(const Writer& w, NoticeDoc* doc);
/// Plain text inlines.
Inlines Txt(std::string text);
/// A link inline.
Inline Link(std::string href, std::string text);
/// A paragraph block of inlines.
Block Para(Inlines inlines, std::string origin = "");
/// A bullet list of single-paragraph items.
Block Bullets(std::vector<Inlines> items);
/// A fields block.
Block Fields(std::vector<Field> fields, std::string role = "");

}  // namespace pnc::notice
