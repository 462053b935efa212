// rules: Model child wordings + children's NoticeDoc → readability diagnostics; NoticeDoc → table.
#include "rules/readability_checks.h"

#include "markdown/markdown.h"
#include "readability/check.h"
#include "readability/table.h"
#include "source/visit.h"

namespace pnc::rules {
namespace {

std::string SectionPlain(const notice::Section& s) {
  std::string text = markdown::PlainText(s.blocks);
  for (const auto& c : s.children) text += SectionPlain(c);
  return text;
}

void Report(const readability::Finding& f, const std::string& file, const std::string& pointer, diag::Sink* sink) {
  auto d = diag::Make(diag::Severity::kWarning, file, pointer, f.message, f.rule);
  if (!f.hint.empty()) d.hints.push_back(f.hint);
  sink->Add(d);
}

}  // namespace

void CheckChildReadability(const source::Model& model, const notice::NoticeDoc& child, const ReadabilityData& res,
                           bool per_text_checks, diag::Sink* sink) {
  auto data = res.find(child.locale);
  if (data == res.end()) return;
  const readability::Band* band = readability::FindBand(data->second, child.band);
  if (band == nullptr) return;
  const auto& glossary = child.glossary;

  readability::CheckOptions per_text;
  per_text.reading_level = false;  // a single item is too short to grade; the whole version is graded below
  if (per_text_checks) source::ForEachChildText(model, [&](const source::Text& t) {
    const source::Translation* tr = t.Get(child.locale);
    if (tr == nullptr) return;  // a missing translation is reported by the translation rules
    std::vector<markdown::Issue> ignored;
    std::string plain = markdown::PlainText(markdown::ToBlocks(tr->text, &ignored));
    for (const auto& f : readability::Check(plain, data->second, *band, glossary, per_text).findings) {
      Report(f, model.file, tr->pointer, sink);
    }
  });

  readability::CheckOptions whole;
  whole.long_sentences = false;
  whole.jargon = false;
  std::string all;
  for (const auto& s : child.sections) {
    // The glossary names hard terms in order to explain them; grading it would punish the notice
    // for its glossary. Its definitions are held to the targets by the catalogue tests.
    if (!s.glossary) all += SectionPlain(s);
  }
  for (const auto& f : readability::Check(all, data->second, *band, glossary, whole).findings) {
    Report(f, model.file, model.notice.child_pointer, sink);
  }
}

std::string ReadabilityTable(const notice::NoticeDoc& doc, const std::string& band_id, const ReadabilityData& res) {
  auto data = res.find(doc.locale);
  if (data == res.end()) return "";
  const readability::Band* band = readability::FindBand(data->second, band_id);
  if (band == nullptr) return "";
  std::vector<readability::SectionText> sections;
  for (const auto& s : doc.sections) sections.push_back({s.title, SectionPlain(s)});
  return readability::FormatTable(readability::ReadabilityRows(sections, data->second, *band, doc.glossary));
}

}  // namespace pnc::rules
