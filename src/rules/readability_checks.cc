// rules: Model child wordings + children's NoticeDoc → readability diagnostics; NoticeDoc → its
// table of measures (a diag::Table, printed by report).
#include "rules/readability_checks.h"

#include <charconv>
#include <set>

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

std::string OneDecimal(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  return std::string(buffer, result.ptr);
}

}  // namespace

void CheckChildReadability(const source::Model& model, const notice::NoticeDoc& child, const ReadabilityData& res,
                           std::set<std::string>* checked, diag::Sink* sink) {
  auto data = res.find(child.locale);
  if (data == res.end()) return;
  const readability::Band* band = readability::FindBand(data->second, child.band);
  if (band == nullptr) return;
  const auto& glossary = child.glossary;

  readability::CheckOptions per_text;
  per_text.reading_level = false;  // a single item is too short to grade; the whole version is graded below
  // Each wording this version shows, held to this band's targets; one shown in several versions is
  // checked once, in the youngest (the guides come youngest first), whose targets are the strictest.
  const source::Scope scope = source::ComputeScope(model, child.band);
  source::ForEachChildText(model, scope, child.band, [&](const source::Text& t) {
    const source::Translation* tr = t.Get(child.locale);
    if (tr == nullptr) return;  // a missing translation is reported by the translation rules
    if (!checked->insert(tr->pointer.empty() ? t.pointer + "@" + child.locale : tr->pointer).second) return;
    std::vector<markdown::Issue> ignored;
    std::string plain = markdown::PlainText(markdown::ToBlocks(tr->text, &ignored));
    for (const auto& f : readability::Check(plain, data->second, *band, glossary, per_text).findings) {
      Report(f, model.file, tr->pointer, sink);
    }
  });

  // A name or heading children see, held to the same checks; `lead` says why it is shown, and the
  // hint asks for (or to reword) the children's name.
  auto check_name = [&](const source::Text& name, const std::string& lead, const std::string& hint) {
    const source::Translation* tr = name.Get(child.locale);
    if (tr == nullptr) tr = name.Get(model.default_locale());  // a fallback is shown as it is
    if (tr == nullptr) return;
    const std::string at = tr->pointer.empty() ? name.pointer : tr->pointer;
    if (!checked->insert(at + "@" + child.locale + "#shown-to-children").second) return;
    std::vector<markdown::Issue> ignored;
    std::string plain = markdown::PlainText(markdown::ToBlocks(tr->text, &ignored));
    while (!plain.empty() && (plain.back() == '\n' || plain.back() == ' ')) plain.pop_back();
    for (const auto& f : readability::Check(plain, data->second, *band, glossary, per_text).findings) {
      std::string found = f.message;
      if (found.rfind("sentence has", 0) == 0) found.replace(0, 8, "the name");  // one name, not a sentence
      auto d = diag::Make(diag::Severity::kWarning, model.file, at,
                          lead + " the children's version" + (child.band.empty() ? "" : " for ages " + child.band) +
                              " calls it '" + plain + "': " + found,
                          f.rule);
      d.hints.push_back(hint + (f.rule == "jargon" && !f.hint.empty() ? " (" + f.hint + ")" : std::string()));
      sink->Add(d);
    }
  };

  // A record with no child_name for this band is shown by its adult name ("How long do we keep
  // it?", the children's just-in-time notices). A plain name ("Files") has no finding, so most
  // records raise nothing.
  for (size_t i = 0; i < model.retention.size() && i < scope.retention.size(); ++i) {
    const source::Retention& r = model.retention[i];
    if (!scope.ConcernsChildren(scope.retention[i])) continue;
    if (!source::ChildFor(r.child, r.child_by_band, child.band).present()) continue;  // not shown
    if (source::ChildFor(r.child_name, r.child_name_by_band, child.band).present()) continue;
    check_name(r.name, "retention record '" + r.id + "' has no child_name, so",
               "add \"child_name\" to the record: what a child would call it, in their words");
  }
  // So is the heading of a section's children's wording: its child_title, else its adult title.
  for (size_t i = 0; i < model.sections.size() && i < scope.sections.size(); ++i) {
    const source::ExtraSection& x = model.sections[i];
    if (!scope.ConcernsChildren(scope.sections[i])) continue;
    if (!source::ChildFor(x.child, x.child_by_band, child.band).present()) continue;  // not shown
    const source::Text& own = source::ChildFor(x.child_title, x.child_title_by_band, child.band);
    if (own.present()) {
      check_name(own, "section '" + x.id + "' has a child_title, but",
                 "reword the section's children's heading in a child's words");
    } else {
      check_name(x.title, "section '" + x.id + "' has no child_title, so",
                 "add \"child_title\" to the section: its heading in a child's words");
    }
  }

  // And a form's children's name, which heads its children's just-in-time notice (user test s28 F4).
  // Without one the adult name heads it, and missing-child-text asks for one. (A purpose's heading
  // there is its child wording, measured above.)
  for (const auto& f : model.forms) {
    if (!scope.ConcernsChildren(source::FormGroups(model, scope, f))) continue;
    const source::Text& own = source::ChildFor(f.child, f.child_by_band, child.band);
    if (own.present()) {
      check_name(own, "form '" + f.id + "' has a children's name, but",
                 "reword the form's \"child\" name in a child's words");
    }
  }

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

diag::Table MeasuresTable(std::string title, const std::vector<readability::TableRow>& rows) {
  diag::Table t;
  t.title = std::move(title);
  t.columns = {"section", "words", "sent", "avg", "max", "FK", "SMOG", "jargon"};
  auto count = [](int n) { return diag::Cell{std::to_string(n), true, n, false}; };
  auto grade = [](std::optional<double> v, bool estimate = false) {
    return v ? diag::Cell{OneDecimal(*v), true, *v, estimate} : diag::Cell{"-", true, std::nullopt, false};
  };
  bool estimated = false;
  for (const auto& row : rows) {
    const readability::TextStats& s = row.stats;
    const bool estimate = s.smog && !s.smog_reliable;
    estimated = estimated || estimate;
    t.rows.push_back({{row.title, false, std::nullopt, false},
                      count(s.words),
                      count(s.sentences),
                      grade(s.average_sentence_words),
                      count(s.max_sentence_words),
                      grade(s.flesch_kincaid),
                      grade(s.smog, estimate),
                      count(row.jargon)});
  }
  if (estimated) t.notes.push_back("* SMOG from fewer than 30 sentences: an estimate only");
  return t;
}

diag::Table ReadabilityTable(const std::string& file, const notice::NoticeDoc& doc, const ReadabilityData& res) {
  const bool child = doc.audience == "child";
  const std::string band_id = child ? doc.band : "adult";
  std::string title = file + ": " + (child ? "children's version" : "notice") + " (" + doc.locale + "), targets for " +
                      (child ? "ages " + band_id : "adults");
  auto data = res.find(doc.locale);
  const readability::Band* band = data == res.end() ? nullptr : readability::FindBand(data->second, band_id);
  if (band == nullptr) {
    diag::Table t;
    t.title = std::move(title);
    t.notes.push_back("not measured: no readability data for this locale");
    return t;
  }
  std::vector<readability::SectionText> sections;
  for (const auto& s : doc.sections) sections.push_back({s.title, SectionPlain(s)});
  return MeasuresTable(std::move(title), readability::ReadabilityRows(sections, data->second, *band, doc.glossary));
}

}  // namespace pnc::rules
